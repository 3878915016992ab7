import type { Contest } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { candidatesNeeded, isNotCompetitive } from '../recount/election-validity.js';
import type { RulePack } from '../rules/rule-pack.js';
import { enCounts, englishCount } from '../text/english-count.js';

/**
 * NOT_COMPETITIVE (差额): a contest with no more candidates than seats, or fewer than the share of the
 * seats the pack's text sets (`minCandidateMargin`); an error where the pack makes that void the
 * election, a warning otherwise. A contest with no candidates at all is an election without a
 * candidate list (海选, 自荐直选) and is not checked.
 */
export function checkCompetitiveness(
  contests: readonly Contest[],
  pack: Pick<RulePack, 'voidWhenNotCompetitive' | 'minCandidateMargin'>,
  lang: Lang,
): Finding[] {
  const margin = pack.minCandidateMargin;
  return contests
    .filter((contest) => isNotCompetitive(contest, margin))
    .map((contest) => {
      const found = contest.candidates.length;
      const needed = candidatesNeeded(contest.seats, margin);
      const short =
        margin && found > contest.seats
          ? {
              zh: `${contest.name}候选人${found}名，应选${contest.seats}名，差额不足应选人数的${percent(margin)}（至少需${needed}名候选人）`,
              en: enCounts`${contest.name} has ${englishCount(found, 'candidate')} for ${englishCount(contest.seats, 'seat')}: the margin (差额) is less than ${percent(margin)} of the seats (${needed} candidates needed)`,
            }
          : {
              zh: `${contest.name}候选人${found}名，不多于应选${contest.seats}名，不是差额选举`,
              en: `${contest.name} has ${englishCount(found, 'candidate')} for ${englishCount(contest.seats, 'seat')}: not competitive (差额)`,
            };
      return makeFinding(
        {
          code: 'NOT_COMPETITIVE',
          severity: pack.voidWhenNotCompetitive ? 'error' : 'warning',
          contest: contest.id,
          expected: needed,
          found,
          messages: short,
        },
        lang,
      );
    });
}

/** A share of the seats as the texts write it (20%). */
function percent(margin: NonNullable<RulePack['minCandidateMargin']>): string {
  const value = (margin.num * 100) / margin.den;
  return Number.isInteger(value) ? `${value}%` : `${margin.num}/${margin.den}`;
}
