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
  const low = above[0] / above[1] + 1n;
  const first = low > from ? low : from;
  let last = to;
  if (upTo !== null) {
    const high = upTo[0] / upTo[1];
    last = last === null || high < last ? high : last;
  }
  return last === null || first <= last;
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
        enCounts`of ${base.from} ${base.name.en} ${exactShareText(part, base.from)}, which rounds to ${should(base.from)}`,
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
