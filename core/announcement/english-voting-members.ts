/**
 * `704 voting members`, `Voting members: 704`: an association's or a cooperative's members with a vote,
 * or those of them who voted? English uses the words for both. They are the voters only when the words
 * after them say they voted (`704 voting members cast ballots`, `took part`); else the count is listed
 * unread (doubtful-label), never taken for the electorate or the voters on a guess.
 */
export const VOTING_MEMBERS_BEFORE = /\bvoting members?\b[^\S\n]*(?:[:：][^\S\n]*)?$/i;
const VOTING_MEMBERS_AFTER = /^[^\S\n]*voting members?\b/i;
/** What they did, right after them: they voted. */
const VOTED = /^[^\S\n]*voting members?[^\S\n]+(?:cast\b|voted\b|took part\b|turned out\b|came to vote\b)/i;

export function votingMembersUncertain(label: string, trailer: string): boolean {
  if (VOTING_MEMBERS_BEFORE.test(label)) return true;
  return VOTING_MEMBERS_AFTER.test(trailer) && !VOTED.test(trailer);
}
