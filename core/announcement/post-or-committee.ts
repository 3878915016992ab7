import type { AnnouncedFigure } from './announced-figures.js';

/**
 * 委员 names a post and, in 委员总数 or 委员会, all the members: after `选出村委会成员5名，其中主任1名，委员4名`,
 * `女性委员2名，占委员总数的40%` may be of the 4 委员 or of all 5 (2 of 5 is the 40% written). When the base
 * named is a post the text states as a part of a total of members, which of the two is meant the text
 * does not say: the share is unread (`ambiguous-base`), never judged of the post alone.
 */
export function postAmongParts(base: string, figures: readonly AnnouncedFigure[]): boolean {
  if (!POST_OR_ALL.test(base)) return false;
  return figures.some((figure) => figure.kind === 'group' && figure.label === base && figure.partOf !== null);
}

/** A post that also names all the members: 委员 (主任 and 副主任 never do). */
const POST_OR_ALL = /^[^女男妇]*委员$/;
