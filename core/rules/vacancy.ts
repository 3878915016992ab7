import type { Round } from '../model/election.js';
import type { Bilingual } from '../model/finding.js';
import type { VacancyRule } from './rule-pack.js';
import { enCounts } from '../text/english-count.js';

/** Who the contests at hand elected, over the whole committee. */
export interface CommitteeOutcome {
  /** Members elected in the contests at hand (every post counts), with those a runoff lists as elected earlier. */
  readonly membersElected: number;
  /** Whether the chair (主任) is among them; null when no contest at hand is the chair's. */
  readonly chairElected: boolean | null;
  /**
   * Whether the count is the whole committee's: a first round, or a runoff that lists the members
   * elected earlier (`alreadyElected`). A runoff's definition otherwise lists only the seats left open.
   */
  readonly wholeCommittee: boolean;
}

/**
 * Whether the open seats may stay vacant: `allowed`, `not-allowed`, or `unknown` when it depends on
 * members elected earlier that the input does not list. Null when the pack has no such rule for
 * this round.
 */
export type VacancyStanding = 'allowed' | 'not-allowed' | 'unknown';

export function vacancyStanding(
  rule: VacancyRule | undefined,
  round: Round,
  outcome: CommitteeOutcome,
): VacancyStanding | null {
  if (!rule || rule.after !== round) return null;
  // Members elected earlier only add to the count, so a short count is final only for the whole committee.
  const membersMet = outcome.membersElected >= rule.minMembers ? true : outcome.wholeCommittee ? false : null;
  // A chair's contest at hand that is still open means no chair yet, whatever came before.
  const chairMet = rule.chairElected ? outcome.chairElected : true;
  if (membersMet === false || chairMet === false) return 'not-allowed';
  if (membersMet === true && chairMet === true) return 'allowed';
  return 'unknown';
}

/** "村民委员会成员达到3人且已选出主任" / "at least 3 committee members, the chair among them". */
function condition(rule: VacancyRule): Bilingual {
  return {
    zh: `村民委员会成员达到${rule.minMembers}人${rule.chairElected ? '且已选出主任' : ''}`,
    en: enCounts`at least ${rule.minMembers} committee members${rule.chairElected ? ', the chair among them' : ''}`,
  };
}

function permission(rule: VacancyRule): Bilingual {
  return rule.decidedBy === 'villagers-meeting'
    ? {
        zh: '所缺名额可以暂缺、不再另行选举，由村民会议或者村民代表会议决定',
        en: "the open seats may stay vacant without a further vote if the villagers' meeting or villagers' representatives' meeting so decides",
      }
    : { zh: '所缺名额可以空缺', en: 'the open seats may stay vacant' };
}

/**
 * The rule itself in plain words, for showing a pack: "另行选举后，村民委员会成员达到3人的，所缺名额可以空缺" /
 * "after the runoff, with at least 3 committee members, the open seats may stay vacant".
 */
export function describeVacancyRule(rule: VacancyRule): Bilingual {
  const needed = condition(rule);
  const may = permission(rule);
  return rule.after === 'first'
    ? {
        zh: `第一次投票后，${needed.zh}的，${may.zh}`,
        en: `after the first vote, with ${needed.en}, ${may.en}`,
      }
    : { zh: `另行选举后，${needed.zh}的，${may.zh}`, en: `after the runoff, with ${needed.en}, ${may.en}` };
}

/**
 * What the vacancy rule says of this result, for SEAT_UNFILLED: `elected` is the count at hand,
 * `source` names the pack (its measures).
 */
export function describeVacancy(
  rule: VacancyRule,
  standing: VacancyStanding,
  outcome: CommitteeOutcome,
  source: Bilingual,
): Bilingual {
  const needed = condition(rule);
  const may = permission(rule);
  const count = outcome.membersElected;
  if (standing === 'allowed') {
    const chair = rule.chairElected
      ? { zh: '且已选出主任', en: ', the chair among them' }
      : { zh: '', en: '' };
    return {
      zh: `已选出村民委员会成员${count}人${chair.zh}，不少于${rule.minMembers}人：${may.zh}（${source.zh}）`,
      en: enCounts`${count} committee members are elected${chair.en} (${rule.minMembers} or more): ${may.en} (${source.en})`,
    };
  }
  if (standing === 'not-allowed') {
    const why =
      rule.chairElected && outcome.chairElected === false
        ? { zh: '主任未选出', en: 'the chair is not elected' }
        : {
            zh: `已选出${count}人，未达到${rule.minMembers}人`,
            en: enCounts`${count} elected, fewer than ${rule.minMembers}`,
          };
    return {
      zh: `${why.zh}，所缺名额不能暂缺（${source.zh}）`,
      en: `${why.en}: the open seats may not stay vacant (${source.en})`,
    };
  }
  return {
    zh: `连同此前当选者，${needed.zh}的，${may.zh}；否则应再行选举（${source.zh}）`,
    en: `with those elected before, if there are ${needed.en}, ${may.en}; otherwise they are elected again (${source.en})`,
  };
}

/** "在30日内" / "within 30 days", or nothing when the pack sets no limit. */
export function describeRunoffDeadline(days: number | undefined): Bilingual {
  return days === undefined
    ? { zh: '', en: '' }
    : { zh: `在${days}日内`, en: enCounts` within ${days} days` };
}
