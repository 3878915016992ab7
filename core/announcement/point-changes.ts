import type { Bilingual, Finding, FindingCode, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  ExactDecimal,
  PointChange,
  TextSpan,
  UnreadFigure,
} from './announced-figures.js';
import { decimalText, exactDecimalOf } from './announced-figures.js';
import type { JudgedFigure, UnjudgedFigure } from './judged-figures.js';

/**
 * A change in percentage points stated with both rates (`占22.4%，较上届的19.1%提高3.3个百分点`): the
 * current rate, the last term's rate after 较上届的 (比上届, 较上一届 …), and the change. The change
 * is judged when the current rate is a share the text states with its part and base and that share was
 * judged: then both rates are certain, and the change must be their difference. Each rate stated may be
 * rounded half-up or cut short (the percentage rule), so the change is wrong only when no pair of true
 * rates behind the two stated ones gives a difference that the stated change rounds or cuts to. With
 * one rate stated (`同比提高8.1个百分点`), or a current rate whose base is not stated, the change is
 * listed unread (`change`) or unjudged (`counts-not-stated`), never judged on a guess.
 */

/** How far before 百分点 the two rates and the change may stand: one clause. */
const REACH = 80;
/** The current rate, the last term's, the direction and the change, ending at 百分点 (folded text). */
const BOTH_RATES =
  // eslint-disable-next-line regexp/no-super-linear-move -- searched in a window of REACH characters only
  /(\d+(?:\.\d+)?)%[，,]?(?:较|比|与)(?:上届|上一届|上次换届|上次|上轮换届|上轮|换届前)(?:的|相比的?)?(\d+(?:\.\d+)?)%(?:相比)?[，,]?(提高|上升|增加|增长|高出|下降|降低|减少)了?(\d+(?:\.\d+)?)个?百分点$/;
const DOWN = /下降|降低|减少/;
/**
 * The last term's rate after 由 (从), the direction, the current rate after 到 (至), then the direction
 * again and the change, ending at 百分点: `由上届的62.4%提高到96.2%，提高33.8个百分点` (folded text).
 */
const FROM_TO =
  /(?:由|从)(?:上届|上一届|上次换届|上次|上轮换届|上轮|换届前|往届)?的?(\d+(?:\.\d+)?)%(提高|上升|增加|增长|下降|降低|减少)(?:到|至)(\d+(?:\.\d+)?)%[，,]?(?:共|累计)?(提高|上升|增加|增长|高出|下降|降低|减少)了?(\d+(?:\.\d+)?)个?百分点$/;

/** Every change in points stated with both rates, in text order. */
export function pointChanges(folded: string, original: string): PointChange[] {
  const found: PointChange[] = [];
  for (let at = folded.indexOf('百分点'); at >= 0; at = folded.indexOf('百分点', at + 3)) {
    const from = Math.max(0, at - REACH);
    const window = folded.slice(from, at + 3);
    // 提高3个百分点以上, 左右: a bound or an approximation of the change, nothing to judge.
    if (/^(?:以上|以下|左右|上下|多)/.test(folded.slice(at + 3, at + 5))) continue;
    const fromTo = changeFromTo(window, from, at, original);
    if (fromTo !== null) {
      found.push(fromTo);
      continue;
    }
    const match = BOTH_RATES.exec(window);
    if (!match?.[1] || !match[2] || !match[3] || !match[4]) continue;
    const start = from + match.index;
    // A rate cut out of a longer number by the window's start is no rate.
    if (/[\d.]/.test(folded.charAt(start - 1))) continue;
    const currentEnd = start + match[1].length + 1;
    const previousStart = start + match[0].indexOf(`${match[2]}%`, match[1].length + 1);
    const changeStart = at - match[4].length - (folded.charAt(at - 1) === '个' ? 1 : 0);
    const span: TextSpan = [start, at + 3];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      current: exactDecimalOf(match[1]),
      currentSpan: [start, currentEnd],
      previous: exactDecimalOf(match[2]),
      previousSpan: [previousStart, previousStart + match[2].length + 1],
      change: exactDecimalOf(match[4]),
      changeSpan: [changeStart, changeStart + match[4].length],
      down: DOWN.test(match[3]),
    });
  }
  return found;
}

/**
 * 由上届的62.4%提高到96.2%，提高33.8个百分点 in a window ending at 百分点 (starting at `from`): the change with
 * the rate after 到 as the current one; null when the shape is not there, the two directions disagree, or
 * the first rate was cut out of a longer number by the window's start.
 */
function changeFromTo(window: string, from: number, at: number, original: string): PointChange | null {
  const match = FROM_TO.exec(window);
  if (!match?.[1] || !match[2] || !match[3] || !match[4] || !match[5]) return null;
  if (DOWN.test(match[2]) !== DOWN.test(match[4])) return null;
  const start = from + match.index;
  const previousAt = match[0].indexOf(`${match[1]}%`);
  const previousStart = start + previousAt;
  const currentStart = start + match[0].indexOf(`${match[3]}%`, previousAt + match[1].length + 1);
  const changeStart = at - match[5].length - (window.charAt(at - from - 1) === '个' ? 1 : 0);
  const span: TextSpan = [start, at + 3];
  return {
    span,
    text: original.slice(span[0], span[1]),
    current: exactDecimalOf(match[3]),
    currentSpan: [currentStart, currentStart + match[3].length + 1],
    previous: exactDecimalOf(match[1]),
    previousSpan: [previousStart, previousStart + match[1].length + 1],
    change: exactDecimalOf(match[5]),
    changeSpan: [changeStart, changeStart + match[5].length],
    down: DOWN.test(match[2]),
  };
}

/**
 * The changes whose current rate the reader read as a share (a figure ending where the rate ends), with
 * the last term's rate and the change no longer listed unread: the check judges them or says why not.
 */
export function withPointChanges(
  changes: readonly PointChange[],
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[],
): { readonly pointChanges: PointChange[]; readonly unread: UnreadFigure[] } {
  const shareEnds = new Set(
    figures.flatMap((figure) =>
      figure.kind === 'percent' && figure.origin.span ? [figure.origin.span[1]] : [],
    ),
  );
  const kept = changes.filter((change) => shareEnds.has(change.currentSpan[1]));
  if (kept.length === 0) return { pointChanges: [], unread: [...unread] };
  const taken = new Set(kept.flatMap((change) => [change.previousSpan[0], change.changeSpan[0]]));
  return { pointChanges: kept, unread: unread.filter((figure) => !taken.has(figure.span[0])) };
}

interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/** The true values a stated one may come from: rounded half-up [v − ½u, v + ½u) or cut short [v, v + u). */
function statedRange(value: ExactDecimal): readonly [Ratio, Ratio] {
  const d = 2n * 10n ** BigInt(value.decimals);
  return [
    { n: 2n * value.digits - 1n, d },
    { n: 2n * value.digits + 2n, d },
  ];
}

const less = (a: Ratio, b: Ratio) => a.n * b.d < b.n * a.d;
const minus = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });

/**
 * Whether some true current value and some true last value behind the stated ones (each rounded half-up
 * or cut short) differ, in the direction stated, by an amount the stated change may be written for.
 */
export function changeAgrees(change: {
  readonly current: ExactDecimal;
  readonly previous: ExactDecimal;
  readonly change: ExactDecimal;
  readonly down: boolean;
}): boolean {
  const [nowLow, nowHigh] = statedRange(change.current);
  const [thenLow, thenHigh] = statedRange(change.previous);
  // The difference in the direction stated: (now − then) for a rise, (then − now) for a fall.
  const [low, high] = change.down
    ? [minus(thenLow, nowHigh), minus(thenHigh, nowLow)]
    : [minus(nowLow, thenHigh), minus(nowHigh, thenLow)];
  const [changeLow, changeHigh] = statedRange(change.change);
  return !less(changeHigh, low) && !less(high, changeLow);
}

/**
 * Judges each change whose current rate was judged as a share: right when some true current rate and
 * some true last rate behind the stated ones differ by an amount the stated change may be written for.
 */
export function judgePointChanges(
  figures: AnnouncedFigures,
  judgedShares: readonly JudgedFigure[],
  lang: Lang,
): { readonly findings: Finding[]; readonly judged: JudgedFigure[]; readonly unjudged: UnjudgedFigure[] } {
  const findings: Finding[] = [];
  const judged: JudgedFigure[] = [];
  const unjudged: UnjudgedFigure[] = [];
  const shareEnds = new Set(
    judgedShares.flatMap((figure) => (figure.rule === 'share' && figure.span ? [figure.span[1]] : [])),
  );
  for (const change of figures.pointChanges ?? []) {
    const where = { span: change.span, text: change.text };
    const current = decimalText(change.current) + '%';
    const previous = decimalText(change.previous) + '%';
    const stated = decimalText(change.change);
    const shareJudged = shareEnds.has(change.currentSpan[1]);
    if (!shareJudged) {
      unjudged.push({
        ...where,
        reason: 'counts-not-stated',
        work: {
          zh: `现在的比例${current}没有按写明的人数核对，${stated}个百分点的变化无从核对`,
          en: `the current rate ${current} is not checked against stated counts, so the change of ${stated} points cannot be checked`,
        },
      });
      continue;
    }
    const agrees = changeAgrees(change);
    const direction = change.down ? { zh: '下降', en: 'fall' } : { zh: '提高', en: 'rise' };
    const difference = decimalText(differenceOf(change));
    if (agrees) {
      // 22.4 − 19.1 = 3.3 written 3.4: the rates before rounding (22.43, 19.06) may differ by it.
      const before =
        difference === stated
          ? { zh: '', en: '' }
          : {
              zh: `，两个比例在四舍五入前可相差${stated}个百分点`,
              en: `, and the rates before rounding may differ by ${stated}`,
            };
      judged.push({
        rule: 'point-change',
        right: true,
        ...where,
        work: {
          zh: `${current}与上届${previous}相差${difference}个百分点${before.zh}，公告写${direction.zh}${stated}个百分点：正确`,
          en: `${current} against last term's ${previous} is a ${direction.en} of ${difference} points${before.en}; the notice states ${stated}: right`,
        },
      });
      continue;
    }
    const work = {
      zh: `${current}与上届${previous}相差${difference}个百分点，公告却写${direction.zh}${stated}个百分点`,
      en: `${current} against last term's ${previous} is a ${direction.en} of ${difference} points, but the notice states ${stated}`,
    };
    judged.push({ rule: 'point-change', right: false, ...where, work });
    findings.push(
      wrongChangeFinding(
        'ANNOUNCED_PERCENT_MISMATCH',
        { zh: '个百分点', en: 'points' },
        change,
        work,
        figures,
        lang,
      ),
    );
  }
  return { findings, judged, unjudged };
}

/**
 * The warning for a change that no true values behind the stated ones give: the same for a change in
 * points and a change in an average age but for its code and the unit the change is counted in.
 */
export function wrongChangeFinding(
  code: FindingCode,
  unit: Bilingual,
  change: PointChange,
  work: Bilingual,
  figures: AnnouncedFigures,
  lang: Lang,
): Finding {
  const where = { span: change.span, text: change.text };
  const difference = decimalText(differenceOf(change));
  return makeFinding(
    {
      code,
      severity: 'warning',
      messages: {
        zh: `公告写“${change.text}”，但${work.zh}，应为${difference}${unit.zh}`,
        en: `The notice states “${change.text}”, but ${work.en}, so ${difference} ${unit.en}`,
      },
      contest: null,
      candidate: null,
      expected: difference,
      found: decimalText(change.change),
      where: { ...(figures.file !== undefined ? { file: figures.file } : {}), ...where },
    },
    lang,
  );
}

/** The stated rates' difference in the direction stated, at the most decimals either is written with. */
export function differenceOf(change: Pick<PointChange, 'current' | 'previous' | 'down'>): ExactDecimal {
  const decimals = Math.max(change.current.decimals, change.previous.decimals);
  const scaled = (value: ExactDecimal) => value.digits * 10n ** BigInt(decimals - value.decimals);
  const digits = change.down
    ? scaled(change.previous) - scaled(change.current)
    : scaled(change.current) - scaled(change.previous);
  return { digits, decimals };
}
