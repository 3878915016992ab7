import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { scopeName } from './box-scope.js';
import type { ContestScope } from './contest-scopes.js';
import { enCounts, englishCount } from '../text/english-count.js';

/**
 * VOTES_EXCEED_BALLOTS: a contest has more votes for names than seats × valid ballots, or one name
 * more votes than there are valid ballots (no ballot may name a person twice).
 */
export function checkVotesExceedBallots(scopes: readonly ContestScope[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const { scope, contest, standings } of scopes) {
    const where = scopeName(scope);
    const limit = BigInt(contest.seats) * BigInt(scope.valid);
    if (BigInt(standings.votesForNames) > limit) {
      findings.push(
        makeFinding(
          {
            code: 'VOTES_EXCEED_BALLOTS',
            severity: 'error',
            contest: contest.id,
            box: scope.box,
            expected: Number(limit),
            found: standings.votesForNames,
            messages: {
              zh: `${where.zh}${contest.name}共得票${standings.votesForNames}票，多于应选${contest.seats}名×有效票${scope.valid}张=${limit}票`,
              en: enCounts`${where.en}: ${contest.name} has ${standings.votesForNames} votes for names, more than ${contest.seats} seats × ${scope.valid} valid ballots = ${limit}`,
            },
          },
          lang,
        ),
      );
    }
    for (const standing of standings.ranked) {
      if (standing.votes <= scope.valid) continue;
      findings.push(
        makeFinding(
          {
            code: 'VOTES_EXCEED_BALLOTS',
            severity: 'error',
            contest: contest.id,
            candidate: standing.id,
            box: scope.box,
            expected: scope.valid,
            found: standing.votes,
            messages: {
              zh: `${where.zh}${standing.name}在${contest.name}得票${standing.votes}票，多于有效票${scope.valid}张`,
              en: `${where.en}: ${standing.name} has ${englishCount(standing.votes, 'vote')} for ${contest.name}, more than the ${englishCount(scope.valid, 'valid ballot')}`,
            },
          },
          lang,
        ),
      );
    }
  }
  return findings;
}
