import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet } from '../model/tally.js';
import type { BallotTotals } from '../recount/ballot-totals.js';
import { returnedSurpluses, surplusWords } from '../recount/returned-surplus.js';

/** RETURNED_EXCEEDS_ISSUED, for each box and for the total. */
export function checkReturnedExceedsIssued(
  sheets: readonly BoxSheet[],
  totals: BallotTotals,
  lang: Lang,
): Finding[] {
  return returnedSurpluses(sheets, totals, 'issued').map((surplus) =>
    makeFinding(
      {
        code: 'RETURNED_EXCEEDS_ISSUED',
        severity: 'error',
        box: surplus.box,
        expected: surplus.allowed,
        found: surplus.returned,
        messages: surplusWords('issued', surplus),
      },
      lang,
    ),
  );
}
