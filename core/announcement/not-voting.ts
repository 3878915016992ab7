/**
 * People counted as not voting (列席人员12名（不参加投票）, 未参加投票的选民45人, 弃权未投票的3人): words of
 * voting negated. They are no count of the ballot account; read as the voters, 12 stood for the ballots
 * cast of a meeting where 69 voted.
 */
const NEGATED_VOTING = String.raw`(?:不|未能?|没有?)(?:参加|参与)?了?(?:这次|本次|此次)?(?:投票|选举)`;

/** The words after a count say the people counted did not vote: 12名（不参加投票）. */
const NOT_VOTING_AFTER = new RegExp(String.raw`^[^\S\n]*(?:[（(][^\S\n]*)?${NEGATED_VOTING}`);

/** The words before a count, in its clause, name people who did not vote: 未参加投票的选民45人. */
const NOT_VOTING_BEFORE = new RegExp(String.raw`${NEGATED_VOTING}[^，,。；;：:\d]{0,12}$`);

export function countsThoseNotVoting(label: string, trailer: string): boolean {
  return NOT_VOTING_AFTER.test(trailer) || NOT_VOTING_BEFORE.test(label);
}
