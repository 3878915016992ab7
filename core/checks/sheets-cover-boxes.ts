import type { Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { englishCount } from '../text/english-count.js';
import { boxScope } from './box-scope.js';

/**
 * BALLOT_ACCOUNTING_MISMATCH where the tally sheets leave out a box that returned valid ballots, or a
 * contest of such a box: no row at all, not even `#blank`. Counted as nothing, its ballots would pass
 * for abstentions, and a missing sheet could decide who is elected unseen. Only for a recount from
 * tally sheets: from ballot records, a box's records are its votes (their own checks cover them).
 */
export function checkSheetsCoverBoxes(
  sheets: readonly BoxSheet[],
  tally: ElectionTally,
  election: Pick<Election, 'contests'>,
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    const scope = boxScope(sheet);
    if (!scope || scope.valid === 0) continue;
    const valid = englishCount(scope.valid, 'valid ballot');
    const votes = tally.boxes.get(sheet.box);
    const base = { code: 'BALLOT_ACCOUNTING_MISMATCH', severity: 'error', box: sheet.box, found: 0 } as const;
    if (!votes) {
      findings.push(
        makeFinding(
          {
            ...base,
            expected: scope.valid,
            messages: {
              zh: `票箱“${sheet.box}”有效票${scope.valid}张，计票单中却没有这个票箱的任何得票`,
              en: `box "${sheet.box}" has ${valid}, but the tally sheets have no votes for it at all`,
            },
          },
          lang,
        ),
      );
      continue;
    }
    for (const contest of election.contests) {
      if (votes.contests.has(contest.id)) continue;
      findings.push(
        makeFinding(
          {
            ...base,
            contest: contest.id,
            expected: scope.valid,
            messages: {
              zh: `票箱“${sheet.box}”有效票${scope.valid}张，计票单中却没有${contest.name}的任何得票（弃权也没有）`,
              en: `box "${sheet.box}" has ${valid}, but the tally sheets have no votes for ${contest.name} there (not even abstentions)`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}
