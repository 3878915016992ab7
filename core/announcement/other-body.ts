import type { ElectedFigure } from './announced-figures.js';

/**
 * Bodies a notice of a committee election may also report, each chosen by other voters and counted
 * apart: the 居务（村务）监督委员会 and 居民小组长 (当选为小组长) are chosen by a meeting of representatives or of a
 * group (召开居民代表会议推选居务监督委员会成员，应到居民代表58人), 居民代表 by their group. Their winners'
 * votes are of those voters, never of the committee election's ballots.
 */
const OTHER_BODY = /监督委员会|监委会|小组长|楼栋长|单元长|居民代表|村民代表|业主委员会|业委会/;

/**
 * The other body a declaration elects to (当选为居务监督委员会成员), or null when it names none, or when
 * the notice's own title names that body and no committee (村务监督委员会选举结果公告): then it is the
 * notice's election.
 */
export function electedToAnotherBody(elected: ElectedFigure, title?: string): string | null {
  const body = OTHER_BODY.exec(elected.origin.text)?.[0] ?? null;
  if (body === null || title === undefined) return body;
  // 大树村村务监督委员会和村民委员会选举结果公告: a title naming the committee too reports both elections.
  const ownElection = OTHER_BODY.exec(title)?.[0] === body && !COMMITTEE.test(title);
  return ownElection ? null : body;
}

/** The committee a notice of the 换届 elects, named in a title beside another body. */
const COMMITTEE = /村民委员会|居民委员会|村委会|居委会|两委/;
