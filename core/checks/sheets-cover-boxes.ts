import type { Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { englishCount } from '../text/english-count.js';
import { nameSkeleton, visibleName } from '../text/name-skeleton.js';
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
  const lookalike = lookalikeBoxes(sheets, tally);
  for (const sheet of sheets) {
    const scope = boxScope(sheet);
    if (!scope || scope.valid === 0) continue;
    const valid = englishCount(scope.valid, 'valid ballot');
    const votes = tally.boxes.get(sheet.box);
    const base = { code: 'BALLOT_ACCOUNTING_MISMATCH', severity: 'error', box: sheet.box, found: 0 } as const;
    if (!votes) {
      const other = lookalike.get(sheet.box);
      const hint = other
        ? {
            zh: `；计票单中的票箱“${other}”看起来是同一个，但写法不同（“${visibleName(sheet.box)}”）`,
            en: `; the tally sheets' box “${other}” looks the same but is written differently (“${visibleName(sheet.box)}”)`,
          }
        : { zh: '', en: '' };
      findings.push(
        makeFinding(
          {
            ...base,
            expected: scope.valid,
            messages: {
              zh: `票箱“${sheet.box}”有效票${scope.valid}张，计票单中却没有这个票箱的任何得票${hint.zh}`,
              en: `box “${sheet.box}” has ${valid}, but the tally sheets have no votes for it at all${hint.en}`,
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
              en: `box “${sheet.box}” has ${valid}, but the tally sheets have no votes for ${contest.name} there (not even abstentions)`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}

/**
 * For each box of the accounting that the tally sheets do not name, a box only the tally sheets name
 * that looks the same (a full-width digit, a space, a zero-width character: core/text/name-skeleton.ts),
 * so that the finding says why the two do not meet.
 */
function lookalikeBoxes(sheets: readonly BoxSheet[], tally: ElectionTally): Map<string, string> {
  const accounted = new Set(sheets.map((sheet) => sheet.box));
  const bySkeleton = new Map<string, string>();
  for (const box of tally.boxes.keys()) if (!accounted.has(box)) bySkeleton.set(nameSkeleton(box), box);
  const found = new Map<string, string>();
  for (const sheet of sheets) {
    if (tally.boxes.has(sheet.box)) continue;
    const other = bySkeleton.get(nameSkeleton(sheet.box));
    if (other !== undefined) found.set(sheet.box, other);
  }
  return found;
}
