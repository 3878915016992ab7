import type { Finding, Lang } from '../model/finding.js';
import type { AnnouncedFigures, PointChange, TextSpan } from './announced-figures.js';
import { decimalText, exactDecimalOf } from './announced-figures.js';
import type { JudgedFigure } from './judged-figures.js';
import { spanOverlaps } from './linear-scans.js';
import { changeAgrees, differenceOf, wrongChangeFinding } from './point-changes.js';

/**
 * A change in an average age stated with both ages in one clause (`平均年龄43.2岁，较上届的46.8岁下降3.6岁`):
 * the current age, the last term's age after 较上届的 (比上届, 与上一届相比), the direction and the change in
 * years. Each age stated may be rounded half-up or cut short, as a rate in a change of points is
 * (point-changes.ts), so the change is wrong only when no pair of true ages behind the two stated gives a
 * difference that the stated change rounds or cuts to: 46.8 − 3.6 = 43.2 is right, 下降2.6岁 is not. An
 * age in any other shape (one age stated, `较上届下降3.6岁`, an approximate one) is never judged.
 */

/** How far after 平均年龄 the two ages and the change may stand: one clause. */
const REACH = 60;
/** The current age, the last term's, the direction and the change, from 平均年龄 (folded text). */
const BOTH_AGES =
  /^平均年龄(?:为|是)?(\d+(?:\.\d+)?)周?岁[，,]?(?:较|比|与)(?:上届|上一届|上次换届|上次|上轮换届|上轮|换届前)(?:的|相比的?)?(?:平均年龄)?(?:为)?(\d+(?:\.\d+)?)周?岁(?:相比)?[，,]?(提高|上升|增加|增长|增大|高出|大|下降|降低|减少|减小|小|年轻)了?(\d+(?:\.\d+)?)周?岁/d;
const DOWN = /下降|降低|减少|减小|小|年轻/;
/** 下降3岁以上, 左右, 多: a bound or an approximation of the change, nothing to judge. */
const NOT_EXACT_AFTER = /^(?:以上|以下|左右|上下|多|余)/;

/** Every change in an average age stated with both ages, in text order. */
export function ageChanges(folded: string, original: string): PointChange[] {
  const found: PointChange[] = [];
  for (let at = folded.indexOf('平均年龄'); at >= 0; at = folded.indexOf('平均年龄', at + 4)) {
    const match = BOTH_AGES.exec(folded.slice(at, at + REACH));
    const indices = match?.indices;
    if (!match?.[1] || !match[2] || !match[3] || !match[4] || !indices) continue;
    const [current, previous, , change] = [indices[1], indices[2], indices[3], indices[4]];
    if (!current || !previous || !change) continue;
    const end = at + match[0].length;
    if (NOT_EXACT_AFTER.test(folded.slice(end, end + 2))) continue;
    // A change cut short by the clause's reach (下降3.6岁 read as 3 of 3.6) is no change.
    if (/[\d.]/.test(folded.charAt(end))) continue;
    const span: TextSpan = [at, end];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      current: exactDecimalOf(match[1]),
      currentSpan: [at + current[0], at + current[1]],
      previous: exactDecimalOf(match[2]),
      previousSpan: [at + previous[0], at + previous[1]],
      change: exactDecimalOf(match[4]),
      changeSpan: [at + change[0], at + change[1]],
      down: DOWN.test(match[3]),
    });
  }
  return found;
}

/** The changes found, with their ages and change no longer listed unread: the check judges them. */
export function withAgeChanges<U extends { readonly span: TextSpan }>(
  changes: readonly PointChange[],
  unread: readonly U[],
): { readonly ageChanges: PointChange[]; readonly unread: U[] } {
  if (changes.length === 0) return { ageChanges: [], unread: [...unread] };
  const inChange = spanOverlaps(changes.map((change) => change.span));
  return { ageChanges: [...changes], unread: unread.filter((figure) => !inChange(figure.span)) };
}

/** Judges each change in an average age against the two ages stated (rule `age-change`). */
export function judgeAgeChanges(
  figures: AnnouncedFigures,
  lang: Lang,
): { readonly findings: Finding[]; readonly judged: JudgedFigure[] } {
  const findings: Finding[] = [];
  const judged: JudgedFigure[] = [];
  for (const change of figures.ageChanges ?? []) {
    const where = { span: change.span, text: change.text };
    const current = decimalText(change.current);
    const previous = decimalText(change.previous);
    const stated = decimalText(change.change);
    const difference = decimalText(differenceOf(change));
    const direction = change.down ? { zh: '下降', en: 'fall' } : { zh: '提高', en: 'rise' };
    if (changeAgrees(change)) {
      const before =
        difference === stated
          ? { zh: '', en: '' }
          : {
              zh: `，两个年龄在四舍五入前可相差${stated}岁`,
              en: `, and the ages before rounding may differ by ${stated}`,
            };
      judged.push({
        rule: 'age-change',
        right: true,
        ...where,
        work: {
          zh: `平均年龄${current}岁与上届${previous}岁相差${difference}岁${before.zh}，公告写${direction.zh}${stated}岁：正确`,
          en: `an average age of ${current} against last term's ${previous} is a ${direction.en} of ${difference} years${before.en}; the notice states ${stated}: right`,
        },
      });
      continue;
    }
    const work = {
      zh: `平均年龄${current}岁与上届${previous}岁相差${difference}岁，公告却写${direction.zh}${stated}岁`,
      en: `an average age of ${current} against last term's ${previous} is a ${direction.en} of ${difference} years, but the notice states ${stated}`,
    };
    judged.push({ rule: 'age-change', right: false, ...where, work });
    findings.push(
      wrongChangeFinding('ANNOUNCED_SUM_MISMATCH', { zh: '岁', en: 'years' }, change, work, figures, lang),
    );
  }
  return { findings, judged };
}
