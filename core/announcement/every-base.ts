import type { Bilingual } from '../model/finding.js';
import { enCounts } from '../text/english-count.js';
import type { ExactDecimal } from './announced-figures.js';
import { decimalText } from './announced-figures.js';
import { exactShareText, roundedShare, truncatedShare } from './percent-rule.js';

/**
 * A share whose base is one of a small known set of counts, the text not saying which (a bare 得票率 of a
 * village's voters or of its valid ballots, which the table does not state; a table naming no round after
 * two rounds' turnout): it is right when some reading makes it right, and so is left unread then. When no
 * reading makes it right it is wrong whichever base it is of, and is flagged, with every base shown.
 *
 * Each base is a stated count (`from` = `to`) or an unstated one known only to lie between two bounds
 * (the valid ballots of a village: at least the candidate's votes, at most its voters; `to` null: no upper
 * bound). A share is right of a base when some whole number the base may be gives it, rounded half up or
 * cut to the stated places (percent-rule.ts). Exact arithmetic on BigInt throughout.
 */
export interface CandidateBase {
  readonly name: Bilingual;
  /**
   * The notice's own heading of the count when its English name is a translation of it (`登记选民` under
   * `registered voters`): the English report gives both, `registered voters (“登记选民”, 1,190)`.
   */
  readonly heading?: string;
  readonly from: bigint;
  /** The largest the base may be; null when it has no upper bound. Equal to `from` for a stated count. */
  readonly to: bigint | null;
}

/** A share's part and the bases it may be of, carried on the figure for the check to judge against all. */
export interface BaseReadings {
  readonly part: bigint;
  readonly bases: readonly CandidateBase[];
}

/** The whole numbers in (a/b, c/d] ∩ [from, to]: whether there is one. `c/d` null: no upper end. */
function someWholeBetween(
  above: readonly [bigint, bigint],
  upTo: readonly [bigint, bigint] | null,
  from: bigint,
  to: bigint | null,
): boolean {
  return wholesBetween(above, upTo, from, to) !== null;
}

/** Whether some whole number of the base gives the stated share, rounded half up or cut to its places. */
export function rightOfSomeBase(stated: ExactDecimal, part: bigint, base: CandidateBase): boolean {
  if (base.from <= 0n) return false;
  const scale = 100n * 10n ** BigInt(stated.decimals);
  const scaled = part * scale;
  const s = stated.digits;
  if (part === 0n) return s === 0n;
  if (s < 0n) return false;
  // Rounded half up to s: s − ½ ≤ part·scale/b < s + ½, so 2·part·scale/(2s + 1) < b ≤ 2·part·scale/(2s − 1).
  const rounded = someWholeBetween(
    [2n * scaled, 2n * s + 1n],
    s > 0n ? [2n * scaled, 2n * s - 1n] : null,
    base.from,
    base.to,
  );
  if (rounded) return true;
  // Cut to s: s ≤ part·scale/b < s + 1, so part·scale/(s + 1) < b ≤ part·scale/s.
  return someWholeBetween([scaled, s + 1n], s > 0n ? [scaled, s] : null, base.from, base.to);
}

/** Whether the stated share is wrong of every base it may be of (false when no base is known). */
export function wrongOfEveryBase(stated: ExactDecimal, readings: BaseReadings): boolean {
  return (
    readings.bases.length > 0 && readings.bases.every((base) => !rightOfSomeBase(stated, readings.part, base))
  );
}

/** What each base gives: a stated count its share; a count between bounds the shares its bounds give. */
export function everyBaseWork(stated: ExactDecimal, readings: BaseReadings, partName: Bilingual): Bilingual {
  const shown = decimalText(stated) + '%';
  const { part } = readings;
  const should = (whole: bigint) => decimalText(roundedShare(part, whole, stated.decimals)) + '%';
  const zh: string[] = [];
  const en: string[] = [];
  for (const base of readings.bases) {
    if (base.to !== null && base.from === base.to) {
      zh.push(`占${base.name.zh}${base.from}的${exactShareText(part, base.from)}，应为${should(base.from)}`);
      en.push(
        enCounts`of ${base.from} ${base.name.en}${base.heading === undefined ? '' : ` (“${base.heading}”)`} ${exactShareText(part, base.from)}, which rounds to ${should(base.from)}`,
      );
    } else if (base.to !== null) {
      const [low, high] = [truncatedShare(part, base.to, stated.decimals), should(base.from)];
      zh.push(
        `占${base.name.zh}（文中未写，在${base.from}到${base.to}之间）的比例在${decimalText(low)}%到${high}之间，且其中没有一个整数能得出${shown}`,
      );
      en.push(
        enCounts`of the ${base.name.en} (not stated, from ${base.from} to ${base.to}) from ${decimalText(low)}% to ${high}, and no whole number among them gives ${shown}`,
      );
    } else {
      zh.push(`占${base.name.zh}（文中未写，不少于${base.from}）的比例没有一个能得出${shown}`);
      en.push(
        enCounts`of the ${base.name.en} (not stated, at least ${base.from}) no whole number gives ${shown}`,
      );
    }
  }
  return {
    zh: `${partName.zh}${part}${zh.join('；')}：公告写${shown}，不论是哪一个基数的比例都不对（按每一个可能的基数核对，全都不对才判错）`,
    en: enCounts`${part} ${partName.en} ${en.join('; ')}: the stated ${shown} is wrong whichever of these bases it is of (judged against every base it may be of, wrong only when wrong of all)`,
  };
}

/**
 * What a share whose base the text leaves open is under each base it may be of, for people: right or
 * wrong of each (a report's unread entry, `bases`). `from` and `to` as in CandidateBase (`to` null: no
 * upper bound); `gives`, for a base the text does not state and the share is right of, the whole numbers
 * of it from which to which that give the share (`to` null: any from `from` up).
 */
export interface BaseOutcome {
  readonly name: Bilingual;
  /** As CandidateBase's. */
  readonly heading?: string;
  readonly from: number;
  readonly to: number | null;
  readonly right: boolean;
  readonly gives?: { readonly from: number; readonly to: number | null };
}

/** The whole numbers in (a/b, c/d] ∩ [from, to], first and last (last null: no end); null when none. */
function wholesBetween(
  above: readonly [bigint, bigint],
  upTo: readonly [bigint, bigint] | null,
  from: bigint,
  to: bigint | null,
): readonly [bigint, bigint | null] | null {
  const low = above[0] / above[1] + 1n;
  const first = low > from ? low : from;
  let last = to;
  if (upTo !== null) {
    const high = upTo[0] / upTo[1];
    last = last === null || high < last ? high : last;
  }
  return last === null || first <= last ? [first, last] : null;
}

/** The whole numbers of a base, first and last, that give the stated share rounded half up or cut (as rightOfSomeBase). */
function wholesGiving(
  stated: ExactDecimal,
  part: bigint,
  base: CandidateBase,
): readonly [bigint, bigint | null] | null {
  if (base.from <= 0n || part <= 0n || stated.digits <= 0n) return null;
  const scaled = part * 100n * 10n ** BigInt(stated.decimals);
  const s = stated.digits;
  const rounded = wholesBetween([2n * scaled, 2n * s + 1n], [2n * scaled, 2n * s - 1n], base.from, base.to);
  const cut = wholesBetween([scaled, s + 1n], [scaled, s], base.from, base.to);
  if (rounded === null || cut === null) return rounded ?? cut;
  // Both: one run where they meet or overlap, else the rounded one (each of its numbers gives the share).
  const [a, b] = [rounded, cut];
  const meets = (x: readonly [bigint, bigint | null], y: readonly [bigint, bigint | null]) =>
    x[1] === null || x[1] + 1n >= y[0];
  if (!(meets(a, b) && meets(b, a))) return rounded;
  const first = a[0] < b[0] ? a[0] : b[0];
  const last = a[1] === null || b[1] === null ? null : a[1] > b[1] ? a[1] : b[1];
  return [first, last];
}

/** The stated share against each base it may be of: right or wrong of each. */
export function baseOutcomes(stated: ExactDecimal, readings: BaseReadings): BaseOutcome[] {
  return readings.bases.map((base) => {
    const right = rightOfSomeBase(stated, readings.part, base);
    const stated_ = base.to !== null && base.from === base.to;
    const gives = right && !stated_ ? wholesGiving(stated, readings.part, base) : null;
    return {
      name: base.name,
      ...(base.heading === undefined ? {} : { heading: base.heading }),
      from: Number(base.from),
      to: base.to === null ? null : Number(base.to),
      right,
      ...(gives
        ? { gives: { from: Number(gives[0]), to: gives[1] === null ? null : Number(gives[1]) } }
        : {}),
    };
  });
}

/**
 * Which of the bases a share may be of make it right and which wrong, in words an observer can ask
 * about: `若是占有效票数（文中未写；为893至894时）的比例则对；若是占参加投票901的比例则不对` / `right if it is of
 * the valid ballots (not stated; if they number 893 to 894); wrong if of the voters who took part
 * (“参加投票”, 901)`.
 */
export function baseOutcomesWords(outcomes: readonly BaseOutcome[]): Bilingual {
  const zhOne = (one: BaseOutcome) => {
    if (one.to !== null && one.from === one.to) return `${one.name.zh}${one.from}`;
    const gives = one.gives;
    if (gives)
      return gives.to === null
        ? `${one.name.zh}（文中未写；为${gives.from}或以上时）`
        : gives.to === gives.from
          ? `${one.name.zh}（文中未写；为${gives.from}时）`
          : `${one.name.zh}（文中未写；为${gives.from}至${gives.to}时）`;
    return one.to === null
      ? `${one.name.zh}（文中未写，不少于${one.from}）`
      : `${one.name.zh}（文中未写，在${one.from}到${one.to}之间）`;
  };
  const enOne = (one: BaseOutcome) => {
    if (one.to !== null && one.from === one.to)
      return one.heading === undefined
        ? enCounts`${one.name.en} (${one.from})`
        : enCounts`${one.name.en} (“${one.heading}”, ${one.from})`;
    const gives = one.gives;
    if (gives)
      return gives.to === null
        ? enCounts`${one.name.en} (not stated; if they number ${gives.from} or more)`
        : gives.to === gives.from
          ? enCounts`${one.name.en} (not stated; if they number ${gives.from})`
          : enCounts`${one.name.en} (not stated; if they number ${gives.from} to ${gives.to})`;
    return one.to === null
      ? enCounts`${one.name.en} (not stated, at least ${one.from})`
      : enCounts`${one.name.en} (not stated, from ${one.from} to ${one.to})`;
  };
  const right = outcomes.filter((one) => one.right);
  const wrong = outcomes.filter((one) => !one.right);
  const zh: string[] = [];
  const en: string[] = [];
  if (right.length > 0) {
    zh.push(`若是占${right.map(zhOne).join('或')}的比例则对`);
    en.push(`right if it is of the ${right.map(enOne).join(' or of the ')}`);
  }
  if (wrong.length > 0) {
    zh.push(`若是占${wrong.map(zhOne).join('或')}的比例则不对`);
    en.push(`wrong if of the ${wrong.map(enOne).join(' or of the ')}`);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
