import { enCounts, englishCount } from '../text/english-count.js';
import type { BoxSheet } from '../model/tally.js';
import type { BallotTotals } from './ballot-totals.js';

/** What the ballots returned are held to: the ballots issued (发出选票) or the voters who signed in (投票人数). */
export type ReturnedLimit = 'issued' | 'voters';

/** A box (or, with `box` null, the total) that returned more ballots than its limit allows. */
export interface ReturnedSurplus {
  readonly box: string | null;
  readonly returned: number;
  readonly allowed: number;
}

/**
 * Each box, in the order given, then the total, whose ballots returned exceed `limit`. A box that
 * does not state both figures is left out, and so is the total unless every box states the limit.
 */
export function returnedSurpluses(
  sheets: readonly BoxSheet[],
  totals: BallotTotals,
  limit: ReturnedLimit,
): ReturnedSurplus[] {
  const surpluses: ReturnedSurplus[] = [];
  for (const sheet of sheets) {
    const allowed = sheet[limit];
    if (sheet.returned !== undefined && allowed !== undefined && sheet.returned > allowed)
      surpluses.push({ box: sheet.box, returned: sheet.returned, allowed });
  }
  const allowed = totals[limit];
  if (allowed !== null && totals.cast > allowed)
    surpluses.push({ box: null, returned: totals.cast, allowed });
  return surpluses;
}

/** "box X returned N ballots, more than …", the same words for the finding and for ELECTION_VOID. */
export function surplusWords(limit: ReturnedLimit, surplus: ReturnedSurplus): { zh: string; en: string } {
  const { box, returned, allowed } = surplus;
  const ballots = englishCount(returned, 'ballot');
  const than =
    limit === 'issued'
      ? {
          zh: `发出的${allowed}张`,
          en: box === null ? enCounts`the ${allowed} issued` : enCounts`the ${allowed} it issued`,
        }
      : { zh: `投票人数${allowed}人`, en: `the ${englishCount(allowed, 'voter')} who signed in` };
  return box === null
    ? {
        zh: `共收回选票${returned}张，多于${than.zh}`,
        en: `${ballots} ${returned === 1 ? 'was' : 'were'} returned in all, more than ${than.en}`,
      }
    : {
        zh: `票箱“${box}”收回选票${returned}张，多于${than.zh}`,
        en: `box “${box}” returned ${ballots}, more than ${than.en}`,
      };
}
