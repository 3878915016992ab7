/**
 * 吴小兰（801票，69.42%）: a candidate's votes and share in one bracket, the share after a comma. Whether the
 * share at `at` in the folded text stands so: a bracket opened right before a count of votes and a comma,
 * nothing else between them.
 */
export function votesThenShare(folded: string, at: number): boolean {
  return VOTES_THEN_COMMA.test(folded.slice(Math.max(0, at - REACH), at));
}

const REACH = 24;
export const VOTES_THEN_COMMA = /[(（]\s*(?:(?:得票)\s*)?\d[\d,，]*\s*票\s*[,，]\s*$/;
