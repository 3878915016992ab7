import type { AnnouncedFigure, ElectedFigure, VotesFigure } from './announced-figures.js';
import { bodyFinder, kindsBut } from './body-words.js';
import { indexAtOrAfter } from './sorted-positions.js';

/**
 * Bodies a notice of a committee election may also report, each chosen by other voters and counted
 * apart (body-words.ts): the 居务（村务）监督委员会 and 居民小组长 (当选为小组长) are chosen by a meeting of
 * representatives or of a group (召开居民代表会议推选居务监督委员会成员，应到居民代表58人), 居民代表 by their
 * group, a 党支部 by party members. Their winners' votes are of those voters, never of the committee
 * election's ballots. Not 两委 (the committee's own with the party's), 村民小组 (a place as often as a
 * body) nor 代表 alone (户代表 are voters).
 */
const bodiesNamed = bodyFinder(kindsBut('committee', 'both-committees', 'groups', 'any-representatives'));
const otherBodies = (words: string) => bodiesNamed(withoutRepresentativesVoting(words));

/**
 * 居民代表 named as the voters of the committee's own election, never a body it elects: 应到居民代表65人,
 * 实到居民代表61人, 参加投票居民代表的半数, 召开居民代表会议, 采取居民代表投票方式, 由居民代表选举第十三届居民委员会,
 * 超过居民代表总数的三分之二. Blanked (their length kept, so
 * that places in the words stay) before the bodies are looked for: a declaration `以上人员所得票数均超过参加投票
 * 居民代表的半数，当选有效` elects its winners to the committee, not to the 居民代表.
 */
function withoutRepresentativesVoting(words: string): string {
  return words.includes('居民代表') ? words.replace(REPRESENTATIVES_VOTING, blank) : words;
}

const REPRESENTATIVES_VOTING =
  /(?<=(?:应到|实到|到会|出席|参加投票|参与投票|参加选举|投票)的?)居民代表|(?<=由)居民代表(?=选举|推选)|居民代表(?=的?(?:过?半数|三分之二)|总数|会议|大会|投票)/g;
const blank = (written: string): string => '＿'.repeat(written.length);

/**
 * The other body a declaration elects to (当选为居务监督委员会成员), or null when it names none, or when
 * the notice's own title names that body and no committee (村务监督委员会选举结果公告): then it is the
 * notice's election.
 */
export function electedToAnotherBody(elected: ElectedFigure, title?: string): string | null {
  const body =
    otherBodies(elected.origin.text)[0] ??
    (elected.body === undefined ? undefined : otherBodies(elected.body)[0]);
  // `In villagers' group 3, Huang Pei and Xu Ming were elected with 88 and 75 votes`: a group's own winners.
  if (body === undefined) return elected.group ?? null;
  if (title === undefined) return body.written;
  // 大树村村务监督委员会和村民委员会选举结果公告: a title naming the committee too reports both elections.
  const ownElection = otherBodies(title)[0]?.name === body.name && committees(title).length === 0;
  return ownElection ? null : body.written;
}

/**
 * Whether a body (as electedToAnotherBody writes it) is chosen under rules no committee pack holds: a
 * 业主委员会 by its owners' meeting (the Civil Code and the estate's rules), a 党组织 by party rules, a 妇联,
 * 团支部, 合作社 or 理事会 by its own charter, delegates to a congress by the election law. Its winners' votes
 * may be counted in its own section, but the committee's threshold for a seat is not theirs. The
 * 监督委员会, chosen under the organic law, is not such a body.
 */
export function chosenUnderOtherRules(body: string): boolean {
  return otherRulesBodies(body).length > 0;
}
const otherRulesBodies = bodyFinder(['owners', 'party', 'mass-organisation', 'economic', 'delegates']);

/**
 * The representatives or the head of a group a declaration elects to, even where the notice's title names
 * that election as its own (前进村村民代表选举结果公告 … 张家明得票60票，当选为第一村民小组村民代表; 第五村民小组组长选举
 * … 当选为第五村民小组组长), or null. 村民代表 and 居民代表 are chosen by each group or by households, a group's head by
 * its group's meeting: never by the whole village's ballots, and no rule pack of a committee holds the
 * threshold they are chosen by. Before, 张家明's 60 votes of his group were judged against the village's 1,800
 * voters and called short of a seat.
 */
export function electedByGroups(elected: ElectedFigure): string | null {
  const words = `${elected.origin.text} ${elected.body ?? ''}`;
  return groupsChoose(withoutRepresentativesVoting(words))[0]?.written ?? GROUP_HEAD.exec(words)?.[0] ?? null;
}

const groupsChoose = bodyFinder(['representatives', 'group-heads']);
/** 组长 of 村民小组组长, 第三组组长: not 小组长's form (村民小组组长 holds no 小组长). */
const GROUP_HEAD = /组长/;

/** The committee named in English (`the village committee`, `Residents' Committee`), not the supervisory one. */
const ENGLISH_COMMITTEE = /\b(?:villagers?|village|residents?|community|neighbou?rhood)['’]?\s+committee\b/i;

/**
 * Whether a declaration's words name the committee and no other body (以上3人当选为建设社区第十二届居民委员会
 * 成员, `elected to the village committee`): its winners are the committee's, whatever body the words above them named last.
 */
export function namesTheCommitteeAlone(words: string): boolean {
  return otherBodies(words).length === 0 && (committees(words).length > 0 || ENGLISH_COMMITTEE.test(words));
}

/** The committee a notice of the 换届 elects, named in a title beside another body. */
const committees = bodyFinder(['committee', 'both-committees']);

/**
 * The other body the words before a count name last, when no committee is named after it (二、居务监督
 * 委员会\n主任：…): the body whose section the count stands in; null when the last named is the committee
 * or none is named.
 */
export function sectionOfAnotherBody(words: string): string | null {
  const other = otherBodies(words).at(-1);
  if (other === undefined) return null;
  const at = words.lastIndexOf(other.written);
  const committee = committees(words).at(-1);
  return committee !== undefined && words.lastIndexOf(committee.written) > at ? null : other.written;
}

/** The name in the one list of bodies (监委会) of the first other body the words name, or null. */
export function bodyNameOf(words: string): string | null {
  return otherBodies(words)[0]?.name ?? null;
}

/** Whether the words name a body other than the committee (村务监督委员会, 居民小组长, 党支部 …). */
export function namesAnotherBody(words: string): boolean {
  return otherBodies(words).length > 0;
}

/**
 * The other body the votes of a winner are under, by the bodies their sentence or heading names (村民代表,
 * `Villager representatives of Group 3: Zhao Lei 60 votes …`), when those name another body and no
 * committee; null otherwise, and null when the declaration names the committee (`elected to the village
 * committee`) or the title names that body and no committee (the notice is its election, as for
 * electedToAnotherBody). A declaration after such votes (`The first two were elected`, `Zhao Lei and Qian
 * Jun were elected`) declares winners of that body: their votes are of its voters (a group's households),
 * never of the committee election's.
 */
export function votesOfAnotherBody(
  bodies: string | undefined,
  declared: string,
  title?: string,
): string | null {
  if (bodies === undefined || committees(bodies).length > 0) return null;
  if (committees(declared).length > 0 || ENGLISH_COMMITTEE.test(declared)) return null;
  const body = otherBodies(bodies).at(-1);
  if (body === undefined) return null;
  const titleBody = title === undefined ? undefined : otherBodies(title)[0];
  if (title !== undefined && titleBody?.name === body.name && committees(title).length === 0) return null;
  return body.written;
}

/** How far after a candidate's votes their own declaration may start (王强以1102票当选村务监督委员会主任). */
const DECLARATION_REACH = 24;

/**
 * The other body (its name in the one list of bodies, 监委会) that the declaration right after a candidate's
 * votes, naming the candidate, elects to; null when none does or it elects to the committee.
 */
export function declaredBodyOf(
  votes: VotesFigure,
  declarations: readonly AnnouncedFigure[],
  title: string | undefined,
): string | null {
  const elected = declarationAfter(votes, declarations);
  if (elected === null) return null;
  return electedToAnotherBody(elected, title) === null ? null : bodyNameOf(elected.origin.text);
}

/** The declaration right after a candidate's votes that names the candidate (DECLARATION_REACH), or null. */
function declarationAfter(
  votes: VotesFigure,
  declarations: readonly AnnouncedFigure[],
): ElectedFigure | null {
  for (const elected of declarations)
    if (elected.kind === 'elected' && declares(elected, votes)) return elected;
  return null;
}

/**
 * declarationAfter for many votes of one notice: the declarations sorted once, and each votes' looked up by
 * binary search, so that a notice of many votes and many declarations is read in time linear in them.
 */
export function declarationsAfter(
  declarations: readonly ElectedFigure[],
): (votes: VotesFigure) => ElectedFigure | null {
  const placed = declarations
    .filter((elected) => elected.origin.span !== undefined)
    .sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0));
  const starts = placed.map((elected) => elected.origin.span?.[0] ?? 0);
  return (votes) => {
    const end = votes.origin.span?.[1];
    if (end === undefined) return null;
    for (
      let at = indexAtOrAfter(starts, end);
      at < placed.length && (starts[at] ?? 0) <= end + DECLARATION_REACH;
      at++
    ) {
      const elected = placed[at];
      if (elected && declares(elected, votes)) return elected;
    }
    return null;
  };
}

/** Whether a declaration starts right after a candidate's votes (DECLARATION_REACH) and names the candidate. */
function declares(elected: ElectedFigure, votes: VotesFigure): boolean {
  const end = votes.origin.span?.[1];
  const start = elected.origin.span?.[0];
  if (end === undefined || start === undefined || start < end || start > end + DECLARATION_REACH)
    return false;
  return elected.names.includes(votes.candidate);
}
