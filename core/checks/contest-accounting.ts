import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { scopeName } from './box-scope.js';
import type { ContestScope } from './contest-scopes.js';
import { enCounts, englishCount } from '../text/english-count.js';

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
              en: enCounts`${where.en}: ${contest.name} has ${votesForNames} votes, more than ${contest.seats} seats × (${valid} valid − ${blank} abstaining) = ${seatsTimesVoting}`,
            },
          },
          lang,
        ),
      );
      continue;
    }
    const unaccounted = valid - votesForNames - blank;
    if (
      !blankStated &&
      scope.box === null &&
      contest.seats === 1 &&
      pack.overvote === 'void-ballot' &&
      scope.validExact &&
      unaccounted > 0
    ) {
      findings.push(unaccountedFinding(base, contest.name, valid, votesForNames, blank, unaccounted, lang));
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
              en: enCounts`${where.en}: ${contest.name} has ${votesForNames} votes plus ${blank} abstentions = ${votesForNames + blank}, fewer than the ${valid} valid ballots: some valid ballots are not counted`,
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
 * BALLOTS_UNACCOUNTED (warning): a one-seat contest's sheets state no abstentions (no `#blank` rows) in
 * some box, and its votes fall short of its valid ballots. Each valid ballot is a vote or an
 * abstention there, so the rest are abstentions only if the sheets left them out; said, with the
 * figure inferred, rather than shown as "弃权 0".
 */
function unaccountedFinding(
  base: { readonly contest: string; readonly box: string | null },
  contestName: string,
  valid: number,
  votes: number,
  blank: number,
  unaccounted: number,
  lang: Lang,
): Finding {
  const stated =
    blank > 0
      ? { zh: `加已写明的弃权${blank}张`, en: enCounts` plus ${blank} stated abstentions` }
      : { zh: '', en: '' };
  return makeFinding(
    {
      code: 'BALLOTS_UNACCOUNTED',
      severity: 'warning',
      contest: base.contest,
      expected: valid,
      found: votes + blank,
      messages: {
        zh: `${contestName}有效票${valid}张，得票${votes}票${stated.zh}，有${unaccounted}张有效票未计入；计票单没有写弃权（#blank）行，若这些是弃权，则弃权为${blank + unaccounted}张（推算，非计票单所写）`,
        en: enCounts`${contestName}: ${englishCount(valid, 'valid ballot')}, ${englishCount(votes, 'vote')}${stated.en}: ${englishCount(unaccounted, 'valid ballot')} not accounted for; the sheets have no abstention (#blank) rows, so if these are abstentions there were ${blank + unaccounted} (inferred, not stated on the sheets)`,
      },
    },
    lang,
  );
}
