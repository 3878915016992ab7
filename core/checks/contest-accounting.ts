import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { scopeName } from './box-scope.js';
import type { ContestScope } from './contest-scopes.js';
import { englishCount } from '../text/english-count.js';

/**
 * BALLOT_ACCOUNTING_MISMATCH within a contest. A valid ballot either abstains in the contest (#blank)
 * or names 1 to `seats` people, so with V valid ballots, B blank and N votes for names:
 *   B ≤ V;   N ≤ seats × (V − B);   and, when an overvote voids the whole ballot, N + B ≥ V.
 * With one seat the last two make N + B = V exactly. The upper bounds hold with whatever abstentions
 * are stated. The lower bound needs B and V both stated (a sheet without a #blank figure leaves
 * abstentions unknown, and so the total of all boxes as well), and does not hold where an overvote
 * voids only the contest (such a ballot is valid but neither blank nor a vote). N > seats × V is
 * left to VOTES_EXCEED_BALLOTS, so one error is reported once.
 */
export function checkContestAccounting(
  scopes: readonly ContestScope[],
  pack: RulePack,
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  for (const { scope, contest, standings } of scopes) {
    const where = scopeName(scope);
    const { blank, votesForNames, blankStated } = standings;
    const valid = scope.valid;
    const base = {
      code: 'BALLOT_ACCOUNTING_MISMATCH',
      severity: 'error',
      contest: contest.id,
      box: scope.box,
    } as const;
    if (blank > valid) {
      findings.push(
        makeFinding(
          {
            ...base,
            expected: valid,
            found: blank,
            messages: {
              zh: `${where.zh}${contest.name}弃权${blank}张，多于有效票${valid}张`,
              en: `${where.en}: ${contest.name} has ${englishCount(blank, 'abstention')}, more than the ${englishCount(valid, 'valid ballot')}`,
            },
          },
          lang,
        ),
      );
      continue;
    }
    const seatsTimesVoting = BigInt(contest.seats) * BigInt(valid - blank);
    const allVotes = BigInt(contest.seats) * BigInt(valid);
    if (BigInt(votesForNames) > seatsTimesVoting && BigInt(votesForNames) <= allVotes) {
      findings.push(
        makeFinding(
          {
            ...base,
            expected: Number(seatsTimesVoting),
            found: votesForNames,
            messages: {
              zh: `${where.zh}${contest.name}得票${votesForNames}票，多于应选${contest.seats}名×（有效票${valid}张−弃权${blank}张）=${seatsTimesVoting}票`,
              en: `${where.en}: ${contest.name} has ${votesForNames} votes, more than ${contest.seats} seats × (${valid} valid − ${blank} abstaining) = ${seatsTimesVoting}`,
            },
          },
          lang,
        ),
      );
      continue;
    }
    if (pack.overvote === 'void-ballot' && blankStated && scope.validExact && votesForNames + blank < valid) {
      findings.push(
        makeFinding(
          {
            ...base,
            expected: valid,
            found: votesForNames + blank,
            messages: {
              zh: `${where.zh}${contest.name}得票${votesForNames}票加弃权${blank}张共${votesForNames + blank}，少于有效票${valid}张：有有效票未计入`,
              en: `${where.en}: ${contest.name} has ${votesForNames} votes plus ${blank} abstentions = ${votesForNames + blank}, fewer than the ${valid} valid ballots: some valid ballots are not counted`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}
