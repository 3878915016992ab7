import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet } from '../model/tally.js';
import type { BallotTotals } from '../recount/ballot-totals.js';
import { englishCount } from '../text/english-count.js';

/** RETURNED_EXCEEDS_ISSUED, for each box and for the total. */
export function checkReturnedExceedsIssued(
  sheets: readonly BoxSheet[],
  totals: BallotTotals,
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    if (sheet.returned === undefined || sheet.issued === undefined || sheet.returned <= sheet.issued)
      continue;
    findings.push(
      makeFinding(
        {
          code: 'RETURNED_EXCEEDS_ISSUED',
          severity: 'error',
          box: sheet.box,
          expected: sheet.issued,
          found: sheet.returned,
          messages: {
            zh: `票箱“${sheet.box}”收回选票${sheet.returned}张，多于发出的${sheet.issued}张`,
            en: `box "${sheet.box}" returned ${englishCount(sheet.returned, 'ballot')}, more than the ${sheet.issued} it issued`,
          },
        },
        lang,
      ),
    );
  }
  if (totals.issued !== null && totals.cast > totals.issued) {
    findings.push(
      makeFinding(
        {
          code: 'RETURNED_EXCEEDS_ISSUED',
          severity: 'error',
          expected: totals.issued,
          found: totals.cast,
          messages: {
            zh: `共收回选票${totals.cast}张，多于发出的${totals.issued}张`,
            en: `${englishCount(totals.cast, 'ballot')} ${totals.cast === 1 ? 'was' : 'were'} returned in all, more than the ${totals.issued} issued`,
          },
        },
        lang,
      ),
    );
  }
  return findings;
}
