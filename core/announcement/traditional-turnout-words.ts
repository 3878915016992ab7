/**
 * Turnout phrasings of Taiwanese reports, written in traditional characters, that the simplified words do
 * not settle. Each is read only from the original (traditional) spelling and only in its own frame:
 *
 * - `總票數417票` standing bare in its clause (而且總票數417票已達…): the ballots of the vote counted all
 *   together (同意、不同意、無效), Taiwan's 投票數, read as the voters who cast them. Not `他們的總票數` nor
 *   `吳某總票數270票` (a candidate's votes: a name or other words stand before it), nor a simplified 总票数
 *   (a mainland notice may total several seats' votes).
 * - `投票人數為586人，共有397人投票，投票率為67.75%`: two counts of people in one turnout sentence, the
 *   second said to have voted and smaller than the first; the first can then only be those entitled to
 *   vote (有投票權人數), the base of the rate. Read only when the rate follows in the same sentence and the
 *   second is the smaller (else the two stay apart, unread).
 */

/** The label of a bare total of ballots: nothing but a conjunction or the count's own frame before it. */
const TOTAL_BALLOTS_LABEL =
  /(?:^|[，,；;。：:])(?:而且|並且|且|本次|這次|此次|開票結果)?總票數(?:為|是|達|共|共計)?$/;

export function totalBallotsOfTheVote(originalLabel: string, unit: string | null): boolean {
  return (unit === '票' || unit === '張') && TOTAL_BALLOTS_LABEL.test(originalLabel.replace(/\s/g, ''));
}

/** 投票人數為 (traditional spelling) right before the count. */
const VOTERS_LABEL = /(?:^|[，,；;。：:])投票人數(?:為|是|共|有)?$/;

/** After the count: ，共有397人投票，投票率為 — those who voted, then the rate, in one sentence. */
const THEN_VOTED_AND_RATE =
  /^[,，](?:共有|有|共)?(\d[\d,]*)(?:人|名)(?:參加了?)?投票[,，](?:本次|這次|此次)?投票率/;

export function entitledBeforeTheirVoters(
  originalLabel: string,
  unit: string | null,
  value: bigint,
  originalAfter: string,
): boolean {
  if ((unit !== '人' && unit !== '名') || !VOTERS_LABEL.test(originalLabel.replace(/\s/g, ''))) return false;
  const then = THEN_VOTED_AND_RATE.exec(originalAfter.replace(/\s/g, ''));
  if (then === null) return false;
  return BigInt(then[1]!.replace(/,/g, '')) < value;
}
