import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { englishCount } from '../text/english-count.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  CountFigure,
  CountMeaning,
  GroupFigure,
  PercentFigure,
  ShareTerm,
  VotesFigure,
} from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import { COUNT_NAMES, englishCountOf, quoted, termName, whereOf } from './figure-names.js';
import { POSTS } from './figure-words.js';
import { normalizeText } from './normalize-text.js';
import { isAttributeLabel } from './summary-totals.js';
import type { ArithmeticWork, CheckRule, JudgedFigure, UnjudgedFigure } from './judged-figures.js';
import { exactShareText, judgePercent, roundedShare } from './percent-rule.js';
import { judgeWrittenCalculations } from './judge-calculations.js';

/**
 * Checks an announcement against itself, with no tally at all: parts against stated totals
 * (ANNOUNCED_SUM_MISMATCH) and every stated percentage against the counts it is a share of
 * (ANNOUNCED_PERCENT_MISMATCH). For sums, `expected` is the stated total and `found` the sum of the
 * stated parts (or the part that exceeds it); for shares, `expected` is the share the counts give and
 * `found` the share stated.
 */
export function checkAnnouncementArithmetic(figures: AnnouncedFigures, lang: Lang): Finding[] {
  return [...workAnnouncementArithmetic(figures, lang).findings];
}

/** The same checks, with the work shown: every figure judged (right ones too) and every share left unjudged. */
export function workAnnouncementArithmetic(
  figures: AnnouncedFigures,
  lang: Lang,
): ArithmeticWork & { readonly findings: readonly Finding[] } {
  const check = new ArithmeticCheck(figures, lang);
  check.repeatedFigures();
  check.ballotAccounting();
  check.candidateVotes();
  check.groups();
  check.partitions();
  for (const figure of figures.figures) if (figure.kind === 'percent') check.percent(figure);
  const calculated = judgeWrittenCalculations(figures, lang);
  return {
    findings: [...check.findings, ...calculated.findings],
    judged: [...check.judged, ...calculated.judged],
    unjudged: check.unjudged,
  };
}

/** Parts that between them make up their whole total: men and women, re-elected and newly elected. */
const HALVES: readonly (readonly [RegExp, RegExp])[] = [
  [/^(男|men\b|male\b)/i, /^(女|women\b|female\b)/i],
  [/^(连任|连选连任|留任|re-?elected\b)/i, /^(新当选|新进|新任|newly elected\b|new\b)/i],
];

/**
 * Whether a half names all the men (or women, or re-elected) of the total, not a body among them: its
 * label is the word alone (女性, 连任的) or with the total's own noun (女性成员 of 村委会成员); 男性主任 is a
 * body of chairs, and with 女性 it need not make up the total.
 */
function halfOfWhole(label: string, word: RegExp, total: GroupFigure): boolean {
  const rest = label
    .replace(word, '')
    .replace(/^(性|的)+/, '')
    .trim();
  return rest === '' || total.label.endsWith(rest);
}

class ArithmeticCheck {
  readonly findings: Finding[] = [];
  readonly judged: JudgedFigure[] = [];
  readonly unjudged: UnjudgedFigure[] = [];
  private readonly counts = new Map<CountMeaning, CountFigure>();
  /** Figures by the share term they can stand for, in text order. */
  private readonly byTerm = new Map<string, AnnouncedFigure[]>();

  constructor(
    private readonly figures: AnnouncedFigures,
    private readonly lang: Lang,
  ) {
    for (const figure of figures.figures) {
      if (figure.kind === 'count' && figure.contest === null && !this.counts.has(figure.meaning))
        this.counts.set(figure.meaning, figure);
      const key = figureTermKey(figure);
      if (key === null) continue;
      const list = this.byTerm.get(key);
      if (list) list.push(figure);
      else this.byTerm.set(key, [figure]);
    }
  }

  /** The same figure stated twice with different values. */
  repeatedFigures(): void {
    const seen = new Map<string, AnnouncedFigure & { value: bigint }>();
    for (const figure of this.figures.figures) {
      const key = identity(figure);
      if (key === null || figure.kind === 'percent' || figure.kind === 'elected') continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, figure);
        continue;
      }
      // 甲村登记选民800人 … 乙村登记选民600人: counts of two places, not one figure stated twice.
      if (scopeOf(first) !== scopeOf(figure)) continue;
      if (first.value === figure.value) {
        this.right('stated-twice', figure, {
          zh: `先写“${quoted(first)}”，后写“${quoted(figure)}”，数字相同：正确`,
          en: `“${quoted(first)}”, then “${quoted(figure)}”: the same value, right`,
        });
        continue;
      }
      this.sum('stated-twice', figure, first.value, figure.value, {
        zh: `同一数字前后不一致：先写“${quoted(first)}”，后写“${quoted(figure)}”`,
        en: `The same figure is stated twice with different values: “${quoted(first)}”, then “${quoted(figure)}”`,
      });
    }
  }

  /** valid + invalid = returned; returned ≤ issued; cast = returned; cast ≤ registered. */
  ballotAccounting(): void {
    // The counts of one place only: a summary's counts of another village are no part of these sums.
    const scope = scopeOf([...this.counts.values()][0]);
    const { registered, cast, issued, returned, valid, invalid } = Object.fromEntries(
      [...this.counts].filter(([, figure]) => scopeOf(figure) === scope),
    ) as Partial<Record<CountMeaning, CountFigure>>;
    if (valid && invalid && returned && valid.value + invalid.value === returned.value)
      this.right('ballots', returned, {
        zh: `有效票${valid.value}加无效票${invalid.value}等于收回选票${returned.value}：正确`,
        en: `valid ${valid.value} + invalid ${invalid.value} = ${returned.value} returned: right`,
      });
    if (valid && invalid && returned && valid.value + invalid.value !== returned.value)
      this.sum('ballots', returned, returned.value, valid.value + invalid.value, {
        zh: `有效票${valid.value}加无效票${invalid.value}等于${valid.value + invalid.value}，不等于收回选票${returned.value}`,
        en: `Valid ${valid.value} plus invalid ${invalid.value} is ${valid.value + invalid.value}, not the ${returned.value} ballots returned`,
      });
    if (returned && issued && returned.value <= issued.value)
      this.right('ballots', returned, {
        zh: `收回选票${returned.value}不多于发出选票${issued.value}：正确`,
        en: `${returned.value} returned ≤ ${issued.value} issued: right`,
      });
    if (returned && issued && returned.value > issued.value)
      this.sum('ballots', returned, issued.value, returned.value, {
        zh: `收回选票${returned.value}多于发出选票${issued.value}`,
        en: `More ballots returned (${returned.value}) than issued (${issued.value})`,
      });
    if (cast && returned && cast.value === returned.value)
      this.right('ballots', cast, {
        zh: `参加投票人数${cast.value}等于收回选票数${returned.value}：正确`,
        en: `${cast.value} voters = ${returned.value} ballots returned: right`,
      });
    if (cast && returned && cast.value !== returned.value)
      this.sum('ballots', cast, returned.value, cast.value, {
        zh: `参加投票人数${cast.value}与收回选票数${returned.value}不一致`,
        en: `Voters who cast a ballot (${cast.value}) differ from ballots returned (${returned.value})`,
      });
    if (cast && registered && cast.value <= registered.value)
      this.right('ballots', cast, {
        zh: `参加投票人数${cast.value}不多于登记选民数${registered.value}：正确`,
        en: `${cast.value} voters ≤ ${registered.value} registered: right`,
      });
    if (cast && registered && cast.value > registered.value)
      this.sum('ballots', cast, registered.value, cast.value, {
        zh: `参加投票人数${cast.value}多于登记选民数${registered.value}`,
        en: `More voters cast a ballot (${cast.value}) than are registered (${registered.value})`,
      });
  }

  /** No candidate can have more votes than there are valid ballots (or ballots cast). */
  candidateVotes(): void {
    const limit = this.counts.get('valid') ?? this.counts.get('returned') ?? this.counts.get('cast');
    if (!limit) return;
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'votes') continue;
      const name = COUNT_NAMES[limit.meaning];
      if (figure.value <= limit.value) {
        this.right('votes-within-ballots', figure, {
          zh: `${figure.candidate}得票${figure.value}，不多于${name.zh}${limit.value}：正确`,
          en: `${figure.candidate} ${figure.value} ≤ ${limit.value} ${name.en}: right`,
        });
        continue;
      }
      this.sum('votes-within-ballots', figure, limit.value, figure.value, {
        zh: `${figure.candidate}得票${figure.value}，多于${name.zh}${limit.value}`,
        en: `${figure.candidate} is stated to have ${englishCount(figure.value, 'vote')}, more than the ${englishCountOf(limit.meaning, limit.value)}`,
      });
    }
  }

  /**
   * Each part of a summary no larger than its total; the two halves of a total that divide it in two
   * (men and women, re-elected and newly elected) together exactly the total.
   */
  groups(): void {
    // Parts refer to the group of that label stated last before them (a part may have parts itself).
    const latest = new Map<string, GroupFigure>();
    const partsOf = new Map<GroupFigure, GroupFigure[]>();
    for (const figure of this.figures.figures) {
      if (figure.kind !== 'group') continue;
      const total = figure.partOf === null ? undefined : latest.get(figure.partOf);
      if (total) partsOf.get(total)?.push(figure);
      latest.set(figure.label, figure);
      partsOf.set(figure, []);
    }
    for (const [total, parts] of partsOf) {
      for (const part of parts)
        if (part.implied && part.value > total.value) continue;
        else if (part.value <= total.value)
          this.right('part-within-total', part, {
            zh: `${part.label}${part.value}人，不多于${total.label}${total.value}人：正确`,
            en: `“${part.label}” ${part.value} ≤ “${total.label}” ${total.value}: right`,
          });
        else
          this.sum('part-within-total', part, total.value, part.value, {
            zh: `${part.label}${part.value}人，多于总数${total.label}${total.value}人`,
            en: `“${part.label}” (${part.value}) is more than the total “${total.label}” (${total.value})`,
          });
      for (const [first, second] of HALVES) {
        const a = parts.find((part) => first.test(part.label));
        const b = parts.find((part) => second.test(part.label));
        // Halves attached by their labels alone may be of another body than the total presumed
        // (男性40人，女性30人 after 两委成员120人，其中村委会成员70人): a sum that fails is not judged.
        const guessed = a?.implied === true || b?.implied === true;
        const whole =
          a !== undefined &&
          b !== undefined &&
          halfOfWhole(a.label, first, total) &&
          halfOfWhole(b.label, second, total);
        if (
          a &&
          b &&
          a.value + b.value !== total.value &&
          (guessed || !whole || !this.rightAfter(total, parts, a, b))
        )
          continue;
        if (a && b && a.value + b.value === total.value)
          this.right('halves', total, {
            zh: `${a.label}${a.value}人加${b.label}${b.value}人等于${total.label}${total.value}人：正确`,
            en: `“${a.label}” ${a.value} + “${b.label}” ${b.value} = “${total.label}” ${total.value}: right`,
          });
        else if (a && b)
          this.sum('halves', total, total.value, a.value + b.value, {
            zh: `${a.label}${a.value}人加${b.label}${b.value}人等于${a.value + b.value}人，不等于${total.label}${total.value}人`,
            en: `“${a.label}” ${a.value} plus “${b.label}” ${b.value} is ${a.value + b.value}, not the total “${total.label}” ${total.value}`,
          });
      }
      this.posts(total, parts);
    }
  }

  /**
   * Totals with the parts stated right after them that make them up (stated-partitions.ts): all the
   * kinds stated must add up to the total exactly; some of them must not exceed it.
   */
  partitions(): void {
    for (const { total, parts, complete, mayHold } of this.figures.partitions ?? []) {
      if (total.kind !== 'count' && total.kind !== 'group') continue;
      const sum = parts.reduce((acc, part) => acc + part.value, 0n);
      // 直接 that may hold the mobile box: the parts read so add up to the sum without it.
      const inner = parts.find((part) => part.kind === mayHold?.inner)?.value ?? 0n;
      const readings = mayHold ? [sum, sum - inner] : [sum];
      const holds = complete
        ? readings.includes(total.value)
        : readings.some((reading) => reading <= total.value);
      const zhParts = parts.map((part) => `“${part.text}”`).join('加');
      const enParts = parts.map((part) => `“${part.text}”`).join(' + ');
      const stated = `“${quoted(total)}”`;
      if (holds) {
        this.right('partition', total, {
          zh: `${zhParts}${complete ? '等于' : '不多于'}${stated}：正确`,
          en: `${enParts} ${complete ? '=' : '≤'} ${stated}: right`,
        });
        continue;
      }
      const zhOther = mayHold ? `（直接投票若含流动票箱，则为${sum - inner}）` : '';
      const enOther = mayHold ? ` (${sum - inner} if 直接 counts the mobile box too)` : '';
      this.sum('partition', total, total.value, sum, {
        zh: `${zhParts}等于${sum}${zhOther}，${complete ? '不等于' : '多于'}${stated}的${total.value}`,
        en: `${enParts} is ${sum}${enOther}, ${complete ? 'not' : 'more than'} the ${total.value} of ${stated}`,
      });
    }
  }

  /**
   * Whether two halves are stated right after their total, one after the other (其中男40人，女30人), with
   * nothing counted between but shares and attributes of the same people (党员, 35岁以下): after a body
   * (其中村委会成员70人，男性40人…) they may be halves of that body, and a sum that fails proves nothing.
   * `X中，` right before them names their total again (村委会成员中，男性48名，女性17名).
   */
  private rightAfter(
    total: GroupFigure,
    parts: readonly GroupFigure[],
    a: GroupFigure,
    b: GroupFigure,
  ): boolean {
    const [earlier, later] = parts.indexOf(a) < parts.indexOf(b) ? [a, b] : [b, a];
    const all = this.figures.figures;
    const between = (from: AnnouncedFigure, to: AnnouncedFigure) =>
      all.slice(all.indexOf(from) + 1, all.indexOf(to));
    if (!between(earlier, later).every((figure) => figure.kind === 'percent')) return false;
    if (earlier.first === true) return true;
    return between(total, earlier).every(
      (figure) =>
        figure.kind === 'percent' ||
        (figure.kind === 'group' && figure.partOf === total.label && isAttributeLabel(figure.label)),
    );
  }

  /** 其中：主任9人，副主任9人，委员27人 — the posts of a committee make it up exactly. */
  private posts(total: GroupFigure, parts: readonly GroupFigure[]): void {
    const posts = POSTS.map((post) => parts.filter((part) => post.test(part.label)));
    if (posts.some((found) => found.length !== 1)) return;
    const stated = posts.map((found) => found[0]).filter((part) => part !== undefined);
    const sum = stated.reduce((a, part) => a + part.value, 0n);
    const list = stated.map((part) => `${part.label}${part.value}`);
    if (sum === total.value) {
      this.right('posts', total, {
        zh: `${list.join('、')}人，合计${sum}人，等于${total.label}${total.value}人：正确`,
        en: `the posts ${stated.map((part) => `“${part.label}” ${part.value}`).join(' + ')} = “${total.label}” ${total.value}: right`,
      });
      return;
    }
    this.sum('posts', total, total.value, sum, {
      zh: `${list.join('、')}人，合计${sum}人，不等于${total.label}${total.value}人`,
      en: `The posts ${stated.map((part) => `“${part.label}” ${part.value}`).join(', ')} add up to ${sum}, not the total “${total.label}” ${total.value}`,
    });
  }

  /** A stated percentage against the stated counts it is a share of. */
  percent(read: PercentFigure): void {
    const figure = this.withStatedBallots(read);
    const part = this.valueOf(figure.part, figure);
    const whole = this.valueOf(figure.whole, figure);
    if (part !== null && whole !== null && this.candidateRateAmbiguous(figure, part, whole)) return;
    if (part !== null && whole !== null && this.turnoutPartInConflict(figure, part, whole)) return;
    // A part attached only by its label (女性, 连任) that is larger than its total shows the attachment
    // wrong: the share is not judged, and said so.
    if (part !== null && whole !== null && part > whole && this.impliedPart(figure)) {
      this.unjudged.push({
        ...located(figure),
        reason: 'counts-not-stated',
        work: {
          zh: `${decimalText(figure.value)}%的基数不明：${termName(figure.part).zh}${part}多于所推定的基数${termName(figure.whole).zh}${whole}`,
          en: `${decimalText(figure.value)}% has no clear base: ${termName(figure.part).en} ${part} is more than the base presumed, ${termName(figure.whole).en} ${whole}`,
        },
      });
      return;
    }
    const stated = decimalText(figure.value) + '%';
    const partName = termName(figure.part);
    const wholeName = termName(figure.whole);
    if (part === null || whole === null) {
      const missing = [part === null ? partName : null, whole === null ? wholeName : null].filter(
        (name) => name !== null,
      );
      this.unjudged.push({
        ...located(figure),
        reason: 'counts-not-stated',
        work: {
          zh: `${stated}是${partName.zh}占${wholeName.zh}的比例，但公告没有写出${missing.map((name) => name.zh).join('和')}的数字`,
          en: `${stated} is a share of ${partName.en} in ${wholeName.en}, but the notice states no count of ${missing.map((name) => name.en).join(' or ')}`,
        },
      });
      return;
    }
    const verdict = judgePercent(figure.value, part, whole);
    const exact = exactShareText(part, whole);
    if (verdict.kind === 'undefined') {
      this.unjudged.push({
        ...located(figure),
        reason: 'zero-base',
        work: {
          zh: `${stated}的基数${wholeName.zh}为0`,
          en: `${stated} is a share of ${wholeName.en}, which is 0`,
        },
      });
      return;
    }
    if (verdict.kind === 'agrees') {
      const how =
        verdict.how === 'rounded' ? { zh: '四舍五入', en: 'rounded' } : { zh: '截尾', en: 'truncated' };
      this.right('share', figure, {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}的${exact}，公告写${stated}：正确（${how.zh}）`,
        en: `${partName.en} ${part} of ${wholeName.en} ${whole} = ${exact}, stated ${stated}: right (${how.en})`,
      });
      return;
    }
    const expected = decimalText(roundedShare(part, whole, figure.value.decimals)) + '%';
    this.judged.push({
      rule: 'share',
      right: false,
      ...located(figure),
      work: {
        zh: `${partName.zh}${part}占${wholeName.zh}${whole}的${exact}，公告写${stated}：应为${expected}`,
        en: `${partName.en} ${part} of ${wholeName.en} ${whole} = ${exact}, stated ${stated}: should be ${expected}`,
      },
    });
    const people = (term: ShareTerm) => (term.kind === 'group' ? '人' : '');
    this.findings.push(
      makeFinding(
        {
          code: 'ANNOUNCED_PERCENT_MISMATCH',
          severity: 'warning',
          messages: {
            zh: `公告写“${quoted(figure)}”，但${partName.zh}${part}${people(figure.part)}占${wholeName.zh}${whole}${people(figure.whole)}的${exact}，应为${expected}`,
            en: `The notice states “${quoted(figure)}”, but ${part} ${partName.en} of ${whole} ${wholeName.en} is ${exact}, so ${expected}`,
          },
          contest:
            figure.part.kind === 'votes'
              ? (figure.part.contest?.id ?? figure.part.contest?.text ?? null)
              : null,
          candidate: figure.part.kind === 'votes' ? figure.part.candidate : null,
          expected,
          found: stated,
          where: whereOf(this.figures, figure),
        },
        this.lang,
      ),
    );
  }

  /**
   * The ballots cast, when the text states no voters but states the ballots returned (收回6812张，投票率
   * 达81.45%): each voter puts one ballot in the box, so the returned ballots are the voters (as
   * `castFrom` in the report). Ballots issued are never taken for them.
   */
  private withStatedBallots(figure: PercentFigure): PercentFigure {
    if (this.byTerm.has('count:cast') || !this.byTerm.has('count:returned')) return figure;
    const returned: ShareTerm = { kind: 'count', meaning: 'returned' };
    const swap = (term: ShareTerm): ShareTerm =>
      term.kind === 'count' && term.meaning === 'cast' ? returned : term;
    return { ...figure, part: swap(figure.part), whole: swap(figure.whole) };
  }

  /**
   * A candidate's 得票率 is of the ballots cast (《村民委员会组织法》第二十四条), yet notices also give it of the
   * valid ballots. When the text states valid ballots that differ from the ballots cast and the two
   * readings give different verdicts, the share is left unjudged, and said so (true); else false.
   */
  private candidateRateAmbiguous(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    if (figure.part.kind !== 'votes' || figure.whole.kind !== 'count') return false;
    if (figure.whole.meaning !== 'cast' && figure.whole.meaning !== 'returned') return false;
    const valid = this.valueOf({ kind: 'count', meaning: 'valid' }, figure);
    if (valid === null || valid === whole) return false;
    if (sameVerdict(figure, [part, whole], [part, valid])) return false;
    const stated = decimalText(figure.value) + '%';
    const wholeName = termName(figure.whole);
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}是${termName(figure.part).zh}${part}的比例，但基数不明：占${wholeName.zh}${whole}的${exactShareText(part, whole)}，占有效票${valid}的${exactShareText(part, valid)}，两者结论不同`,
      en: `${stated} is a share of ${termName(figure.part).en} ${part} whose base is unclear: of ${wholeName.en} ${whole} it is ${exactShareText(part, whole)}, of ${valid} valid ballots ${exactShareText(part, valid)}, and the two verdicts differ`,
    });
    return true;
  }

  /** A share two stated readings judge differently: unjudged (`ambiguous-base`), with both fractions. */
  private unjudgedForTwoReadings(figure: PercentFigure, work: Bilingual): void {
    this.unjudged.push({ ...located(figure), reason: 'ambiguous-base', work });
  }

  /**
   * A turnout whose voters differ from the ballots returned (参加投票300人 beside 收回选票700张): one of the
   * two is wrong, and a turnout right of one and wrong of the other rests on neither. It is left unjudged,
   * and said so (true); the two counts themselves are flagged by the ballot check.
   */
  private turnoutPartInConflict(figure: PercentFigure, part: bigint, whole: bigint): boolean {
    if (figure.part.kind !== 'count' || figure.part.meaning !== 'cast') return false;
    const returned = this.valueOf({ kind: 'count', meaning: 'returned' }, figure);
    if (returned === null || returned === part) return false;
    if (sameVerdict(figure, [part, whole], [returned, whole])) return false;
    const stated = decimalText(figure.value) + '%';
    const wholeName = termName(figure.whole);
    this.unjudgedForTwoReadings(figure, {
      zh: `${stated}的参加投票人数不明：参加投票${part}人占${wholeName.zh}${whole}的${exactShareText(part, whole)}，收回选票${returned}张占${exactShareText(returned, whole)}，两者结论不同`,
      en: `${stated} has unclear voters: ${part} who voted of ${wholeName.en} ${whole} is ${exactShareText(part, whole)}, ${returned} ballots returned ${exactShareText(returned, whole)}, and the two verdicts differ`,
    });
    return true;
  }

  /** Whether the part of a share is a group attached to its total only by its label. */
  private impliedPart(figure: PercentFigure): boolean {
    if (figure.part.kind !== 'group') return false;
    const stated = this.byTerm.get(termKey(figure.part)) ?? [];
    return stated.some((group) => group.kind === 'group' && group.implied === true);
  }

  /** The stated value of a share's term: the nearest such figure stated before the percentage, else the first. */
  private valueOf(term: ShareTerm, near: PercentFigure): bigint | null {
    const matches = this.byTerm.get(termKey(term)) ?? [];
    // Figures are in text order: a binary search keeps long summaries linear.
    const at = near.origin.span?.[0] ?? 0;
    let [low, high] = [0, matches.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((matches[middle]?.origin.span?.[0] ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    const chosen = matches[low - 1] ?? matches[0];
    return chosen && 'value' in chosen && typeof chosen.value === 'bigint' ? chosen.value : null;
  }

  /** A check that held: listed with its work, so that the report shows it was made. */
  private right(rule: CheckRule, figure: AnnouncedFigure, work: { zh: string; en: string }): void {
    this.judged.push({ rule, right: true, ...located(figure), work });
  }

  private sum(
    rule: CheckRule,
    figure: AnnouncedFigure,
    expected: bigint,
    found: bigint,
    messages: { zh: string; en: string },
  ): void {
    this.judged.push({ rule, right: false, ...located(figure), work: messages });
    const contest = 'contest' in figure ? (figure.contest?.id ?? figure.contest?.text ?? null) : null;
    this.findings.push(
      makeFinding(
        {
          code: 'ANNOUNCED_SUM_MISMATCH',
          severity: 'warning',
          messages,
          contest,
          candidate: figure.kind === 'votes' ? figure.candidate : null,
          expected: Number(expected),
          found: Number(found),
          where: whereOf(this.figures, figure),
        },
        this.lang,
      ),
    );
  }
}

/** The key of a share term, and of the figure that states it (names folded: 張 = 张). */
function termKey(term: ShareTerm): string {
  switch (term.kind) {
    case 'count':
      return `count:${term.meaning}`;
    case 'votes':
      return `votes:${term.contest?.id ?? term.contest?.text ?? ''}:${normalizeText(term.candidate.trim())}`;
    case 'group':
      return `group:${term.label}`;
  }
}

function figureTermKey(figure: AnnouncedFigure): string | null {
  switch (figure.kind) {
    case 'count':
      return figure.contest === null ? termKey({ kind: 'count', meaning: figure.meaning }) : null;
    case 'votes':
      return termKey({ kind: 'votes', contest: figure.contest, candidate: figure.candidate });
    case 'group':
      return termKey({ kind: 'group', label: figure.label });
    default:
      return null;
  }
}

function contestKey(figure: VotesFigure): string | null {
  return figure.contest?.id ?? figure.contest?.text ?? null;
}

/** What makes two figures the same statement: meaning and contest, or contest and candidate. */
function identity(figure: AnnouncedFigure): string | null {
  switch (figure.kind) {
    case 'count':
      return `count:${figure.meaning}:${figure.contest?.id ?? figure.contest?.text ?? ''}`;
    case 'votes':
      return `votes:${contestKey(figure) ?? ''}:${figure.candidate}`;
    case 'group':
      // Summaries of several villages or towns state groups of one label for each (清源街道 …成员50名
      // after another town's 43), and bare posts of different bodies share a word (委员): only ballot
      // counts and votes are one figure stated twice.
      return null;
    default:
      return null;
  }
}

/** The place a figure is of ('' for the notice's own election). */
function scopeOf(figure: AnnouncedFigure | undefined): string {
  return figure?.kind === 'count' ? (figure.scope ?? '') : '';
}

/** Where a judged figure stands: its span of text, or its JSON path as its text. */
function located(figure: AnnouncedFigure): { text: string; span?: readonly [number, number] } {
  return figure.origin.span
    ? { text: figure.origin.text, span: figure.origin.span }
    : { text: figure.origin.path ?? figure.origin.text };
}

/** Whether a stated share is right of both readings (part of whole) or of neither. */
function sameVerdict(figure: PercentFigure, ...readings: (readonly [bigint, bigint])[]): boolean {
  const verdicts = readings.map(([part, whole]) => judgePercent(figure.value, part, whole).kind === 'agrees');
  return verdicts.every((verdict) => verdict === verdicts[0]);
}
