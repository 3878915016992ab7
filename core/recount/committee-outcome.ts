import type { ElectedMember, Round } from '../model/election.js';
import type { ContestResult } from '../model/report.js';
import type { CommitteeOutcome } from '../rules/vacancy.js';

/** The chair's contest: by the id the samples and forms use, or by the post's name. */
const CHAIR_IDS = new Set(['chair']);
const CHAIR_NAMES = new Set(['主任', '村民委员会主任', '村委会主任']);

function isChair(contest: Pick<ContestResult, 'id' | 'name'>): boolean {
  return CHAIR_IDS.has(contest.id) || CHAIR_NAMES.has(contest.name.trim());
}

/** A post named in `alreadyElected` that is not one of the runoff's contests: the chair by id or name. */
const isChairPost = (post: string): boolean => CHAIR_IDS.has(post) || CHAIR_NAMES.has(post);

/**
 * Members elected over every post of the committee, and whether the chair is among them. A first
 * round's definition holds the whole committee; a runoff's only the seats left open, so the committee
 * is whole only when it lists the members elected earlier (`alreadyElected`, even if none were).
 */
export function committeeOutcome(
  contests: readonly Pick<ContestResult, 'id' | 'name' | 'elected'>[],
  round: Round,
  alreadyElected?: readonly ElectedMember[],
): CommitteeOutcome {
  const earlier = round === 'runoff' ? (alreadyElected ?? []) : [];
  const earlierIn = (contest: Pick<ContestResult, 'id'>) =>
    earlier.filter((member) => member.contest === contest.id).length;
  const chairs = contests.filter(isChair);
  return {
    membersElected: earlier.length + contests.reduce((sum, contest) => sum + contest.elected.length, 0),
    chairElected:
      chairs.length > 0
        ? chairs.every((contest) => contest.elected.length + earlierIn(contest) > 0)
        : earlier.some((member) => isChairPost(member.contest))
          ? true
          : null,
    wholeCommittee: round === 'first' || alreadyElected !== undefined,
  };
}
