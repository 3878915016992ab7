/**
 * 江小勇得票最多，当选为委员: a runoff notice names the winner in the clause before 当选, as the one with the
 * most votes, and not in the clause of 当选 itself. The name's offsets in the clause's text, or null when
 * the clause opens with no such words.
 */
export function mostVotesSubject(clause: string): readonly [number, number] | null {
  const match = MOST_VOTES.exec(clause);
  if (!match?.[1]) return null;
  const from = match.index + match[0].indexOf(match[1]);
  return [from, from + match[1].length];
}

// The name opens the clause (after 候选人 or spaces), then 得票 or 票数 with 最多 / 最高.
const MOST_VOTES = /^\s*(?:候选人)?([\u4e00-\u9fff·]{2,5}?)(?:同志)?(?:的)?(?:得票|票数)(?:数)?(?:最多|最高)/;
