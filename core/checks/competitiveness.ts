import type { Contest } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { isNotCompetitive } from '../recount/election-validity.js';
import type { RulePack } from '../rules/rule-pack.js';
import { englishCount } from '../text/english-count.js';

/**
 * NOT_COMPETITIVE (差额): a contest with no more candidates than seats; an error where the pack makes
 * that void the election, a warning otherwise. A contest with no candidates at all is an election
 * without a candidate list (海选, 自荐直选) and is not checked.
 */
export function checkCompetitiveness(
  contests: readonly Contest[],
  pack: Pick<RulePack, 'voidWhenNotCompetitive'>,
  lang: Lang,
): Finding[] {
  return contests.filter(isNotCompetitive).map((contest) =>
    makeFinding(
      {
        code: 'NOT_COMPETITIVE',
        severity: pack.voidWhenNotCompetitive ? 'error' : 'warning',
        contest: contest.id,
        expected: contest.seats + 1,
        found: contest.candidates.length,
        messages: {
          zh: `${contest.name}候选人${contest.candidates.length}名，不多于应选${contest.seats}名，不是差额选举`,
          en: `${contest.name} has ${englishCount(contest.candidates.length, 'candidate')} for ${englishCount(contest.seats, 'seat')}: not competitive (差额)`,
        },
      },
      lang,
    ),
  );
}
