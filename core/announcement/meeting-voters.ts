import type { CountMeaning } from './announced-figures.js';

/**
 * 应到会选民986人，实到会选民421人 at an election held as a meeting of the voters (选举大会): those due at the
 * meeting are the electorate and those who came its voters, as 应到选民 and 实到选民 are — but only when
 * the notice plainly speaks of one vote. The rules are in docs/announcement.md (“Turnout and quorum”).
 */

/** 实到会选民, 应到会的选民人数 (共, 为, 有): voters due at or present at the meeting, ending the label. */
const AT_MEETING = /(?<![响相对反适])([应实])到会的?选民(?:人数|总数)?(?:共计?|为|有|是)?[\s:：]*$/;

/**
 * Another meeting named in the count's line: a meeting of representatives (村民代表会议, 户代表), a
 * preparatory or candidates' meeting (预备会, 见面会), the choosing of the election committee (推选) or of
 * candidates (提名), or a part of the voters (小组, 党员): whose attendance it is the text does not plainly say.
 */
const OTHER_MEETING =
  /代表|预备|筹备|见面|推选|提名|酝酿|协商|培训|动员|座谈|宣讲|小组|党员|村务监督|监委|另行选举|补选|罢免|第[一二三四五六七八九十\d]+(?:轮|次)/;

/**
 * Voters who cast a ballot away from the meeting (委托投票, 流动票箱, 投票站): those present are then not
 * all the voters.
 */
const VOTED_AWAY = /委托|代投|代写|代为|流动|票箱|投票站|投票点|分会场|中心会场|邮寄|在外/;

/**
 * A count of voters who cast a ballot stated in other words (参加投票的选民860人, 860人参加投票), or of
 * ballots issued or returned: those stand for the voters already, and may count some who did not come.
 */
const OTHER_VOTERS_COUNT =
  /(?:参加投票|参与投票|实际投票|投票人数|投票的?选民|参选的?选民|实到的?选民|收回|回收|发出|发放)[^。；;\n\d]{0,16}\d|\d\s*(?:人|名)(?:选民)?参加投票/;

/** The electorate stated in other words (登记选民1520人, 选民总数, 应到选民). */
const OTHER_ELECTORATE = /登记|选民总数|选民数|有选举权|应(?:参选|参加|投票|到(?!会))/;

/** How far back in its line the words of another meeting are looked for. */
const LINE_REACH = 300;

/** What the whole notice says, worked out once per notice (a notice may hold many such counts). */
let lastNotice: { folded: string; away: boolean; voters: boolean; electorate: boolean } | null = null;
function noticeWords(folded: string): NonNullable<typeof lastNotice> {
  if (lastNotice?.folded !== folded)
    lastNotice = {
      folded,
      away: VOTED_AWAY.test(folded),
      voters: OTHER_VOTERS_COUNT.test(folded),
      electorate: OTHER_ELECTORATE.test(folded),
    };
  return lastNotice;
}

/**
 * The meaning of a count of voters due at or present at the election meeting (`label`, starting at
 * `labelStart` in `folded`, the whole notice, ending 应到会选民 or 实到会选民): `registered` or `cast`, or
 * null when the label is no such count or the notice does not plainly say they are the electorate and
 * the voters of this one vote.
 */
export function meetingVotersMeaning(label: string, labelStart: number, folded: string): CountMeaning | null {
  const found = AT_MEETING.exec(label);
  if (found === null) return null;
  const labelEnd = labelStart + label.length;
  const from = Math.max(0, labelEnd - LINE_REACH);
  const before = folded.slice(from, labelEnd);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const notice = noticeWords(folded);
  if (OTHER_MEETING.test(line) || notice.away) return null;
  if (found[1] === '应') return notice.electorate ? null : 'registered';
  return notice.voters ? null : 'cast';
}
