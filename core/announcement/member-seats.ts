import type {
  AnnouncedFigure,
  AnnouncedFigures,
  ElectedFigure,
  GroupFigure,
  VotesFigure,
} from './announced-figures.js';
import { COMMITTEE_WORDS } from './body-words.js';
import { normalizeText } from './normalize-text.js';
import { electedToAnotherBody } from './other-body.js';
import { RUNOFF_WORDS } from './round-words.js';

/**
 * The seats of the committee's members' post a notice states (`应选村民委员会委员3名`, `委员应选2名`,
 * `应选委员2名`), with the votes and the winners of that post, where all of it is certain:
 *
 * - every statement of the members' seats gives one value, in no setting (上届, 另行选举), under no
 *   numbered section of a body other than the committee, in a notice of no round of its own, and none after a declaration of the
 *   members (两个村 each with 应选委员3名 and its winners are two elections);
 * - the notice states the seats of no other post (`应选主任1名`, `副主任应选1名`, `应选村民委员会成员5名`):
 *   where it does, 委员 in a declaration may be the committee's members in the wide sense, the chair
 *   among them (`张三、李四、王五当选为村民委员会委员，其中张三为主任` beside `应选主任1名、委员2名`), unless
 *   every member declared has votes read as the members' and no candidate of the members is another post's;
 * - the votes are those read for the post 委员 by name, in no setting, place or other body's section; the winners those
 *   of the declarations for 委员 that elect to no other body;
 * - no figure's words name a post for a woman member (妇女委员), whose votes read as the members', unless
 *   the notice states her post's seats as an election of its own (`妇女委员应选1名：`), and no
 *   votes or declaration name the party's committee or both (村“两委”委员), nor votes a place of their own.
 *
 * A ballot gives each of the post's seats one vote at most, so its candidates' votes together are no
 * more than the seats times the ballots; and the notice cannot declare more winners than the seats.
 */
export interface MemberSeats {
  readonly seats: GroupFigure;
  readonly votes: readonly VotesFigure[];
  readonly winners: readonly ElectedFigure[];
}

/**
 * 应选村民委员会委员3名, 本次选举应选委员3名; 委员应选2名, 村民委员会委员（应选2名）, a heading's
 * 村委会委员选举结果（应选2名）.
 */
export const MEMBER_SEATS = new RegExp(
  `^(?:本次选举|本次|本届|此次)?应选(?:本届)?${COMMITTEE_WORDS}?委员$|^${COMMITTEE_WORDS}?委员(?:选举(?:结果|情况)?)?[（(]?应选$`,
  'u',
);
/** 妇女委员应选1名, 应选妇女委员1名: the woman member's post with seats of its own. */
const WOMEN_MEMBER_SEATS = new RegExp(
  `^${COMMITTEE_WORDS}?妇女委员应选$|^${COMMITTEE_WORDS}?妇女委员[（(]应选$|^应选${COMMITTEE_WORDS}?妇女委员$`,
  'u',
);
/** The seats of any post or of the committee as a whole (应选主任1名, 副主任应选1名, 应选成员5名). */
const ANY_SEATS = /应选/u;

/**
 * A post for a woman member (妇女委员) named by a figure's words, its heading or its label: her votes and
 * her declaration read as the members' (`妇女委员：孙丽，得票1125票，当选`), while the seats stated may be the
 * other members' alone, so nothing of the members' post is certain.
 */
function womenMemberPost(figure: AnnouncedFigure): boolean {
  const words = [
    figure.origin.text,
    figure.kind === 'group' ? figure.label : '',
    'lead' in figure ? (figure.lead ?? '') : '',
  ];
  return words.some((text) => /妇女委员|妇委/u.test(normalizeText(text)));
}

/**
 * Votes or a declaration whose words name the party's committee or both committees (当选为村“两委”委员):
 * 委员 there may be of the party's committee, whose members the seats of the villagers' do not count.
 */
function ofBothCommittees(figure: AnnouncedFigure): boolean {
  if (figure.kind !== 'votes' && figure.kind !== 'elected') return false;
  const words = [
    figure.origin.text,
    'lead' in figure ? (figure.lead ?? '') : '',
    'bodies' in figure ? (figure.bodies ?? '') : '',
  ];
  return words.some((text) => /两委|党/u.test(normalizeText(text)));
}

/**
 * A figure under the numbered section of a body other than the committee (二、村务监督委员会): not the
 * committee's members'. A section of the committee itself (一、村民委员会选举结果, 三、村民委员会委员（应选3名）)
 * is theirs.
 */
const ofAnotherSection = (figure: GroupFigure | VotesFigure): boolean =>
  figure.section !== undefined && figure.section !== '村委会' && figure.section !== '居委会';

const MEMBERS_POST = new RegExp(`^${COMMITTEE_WORDS}?委员$`, 'u');
const isMembers = (text: string | undefined): boolean => MEMBERS_POST.test(normalizeText(text ?? ''));

/**
 * Beside the seats of another post, the members declared are of the members' post alone when each of them
 * has votes read as the members' (under 委员应选2名：) and none is a candidate of another post: no chair
 * among them in the wide sense of 委员.
 */
function ownPostWinners(
  votes: readonly VotesFigure[],
  winners: readonly ElectedFigure[],
  otherPosts: ReadonlySet<string>,
): boolean {
  const voted = new Set(votes.map((figure) => figure.candidate));
  if (voted.size === 0 || [...voted].some((name) => otherPosts.has(name))) return false;
  return winners.every((figure) => figure.names.every((name) => voted.has(name) && !otherPosts.has(name)));
}

export function memberSeats(notice: AnnouncedFigures): MemberSeats | null {
  if (notice.ownRound !== undefined || RUNOFF_WORDS.test(notice.title ?? '')) return null;
  const seats: GroupFigure[] = [];
  const votes: VotesFigure[] = [];
  const winners: ElectedFigure[] = [];
  // 妇女委员应选1名： the woman member's post stated as an election of its own, its votes read as hers.
  const womenOwnPost = notice.figures.some(
    (figure) => figure.kind === 'group' && WOMEN_MEMBER_SEATS.test(normalizeText(figure.label)),
  );
  let otherSeats = womenOwnPost;
  const otherPosts = new Set<string>();
  for (const figure of notice.figures) {
    if (
      (figure.kind === 'votes' || figure.kind === 'elected') &&
      figure.contest &&
      !isMembers(figure.contest.text)
    )
      for (const name of figure.kind === 'votes' ? [figure.candidate] : figure.names) otherPosts.add(name);
    if (ofBothCommittees(figure)) return null;
    if (womenMemberPost(figure)) {
      // Her own post's seats, votes and declaration: no figure of the members'.
      if (womenOwnPost && (figure.kind !== 'votes' || figure.contest?.text === '妇女委员')) continue;
      return null;
    }
    // Votes of a place of their own (第一村民小组): the notice may report several elections.
    if (figure.kind === 'votes' && figure.scope !== undefined) return null;
    if (figure.kind === 'group') {
      const label = normalizeText(figure.label);
      if (MEMBER_SEATS.test(label)) {
        if (figure.setting !== undefined || ofAnotherSection(figure) || figure.partOf !== null) return null;
        seats.push(figure);
      } else if (ANY_SEATS.test(label)) otherSeats = true;
    } else if (figure.kind === 'votes') {
      if (!isMembers(figure.contest?.text)) continue;
      if (figure.setting !== undefined || figure.scope !== undefined || ofAnotherSection(figure)) continue;
      votes.push(figure);
    } else if (figure.kind === 'elected') {
      if (!isMembers(figure.contest?.text) || figure.names.length === 0) continue;
      if (electedToAnotherBody(figure, notice.title) !== null) continue;
      winners.push(figure);
    }
  }
  const [first] = seats;
  if (!first || first.value <= 0n || seats.some((seat) => seat.value !== first.value)) return null;
  // 一、东村 应选委员3名 … 当选 二、西村 应选委员3名 … 当选: seats stated again after winners declared are
  // another election's (another place's), and the winners of both are not of one post's seats.
  const firstWinner = winners.reduce((at, figure) => Math.min(at, figure.origin.span?.[0] ?? at), Infinity);
  if (seats.some((seat) => (seat.origin.span?.[0] ?? -1) > firstWinner)) return null;
  if (otherSeats && !ownPostWinners(votes, winners, otherPosts)) return null;
  return { seats: first, votes, winners };
}

/**
 * The deputy chair's seats a notice states (`选举副主任1名`, `应选副主任2名`, `副主任应选1名`, `副主任职数1人`,
 * and `副主任2名` in a list of the seats to elect: `选举主任1名、副主任2名、委员3名`): with a ballot of their own,
 * its candidates' votes together are no more than the seats times its valid ballots, as the members' are.
 * Only where every statement gives one value, in no setting and under no numbered section of another body, in
 * a notice of no round of its own, none after a declaration, and no figure's words name a woman's seat among
 * them. Before, the 副主任's seats were not read and its candidates' votes were never summed. Null otherwise.
 */
export function deputySeats(notice: AnnouncedFigures): GroupFigure | null {
  if (notice.ownRound !== undefined || RUNOFF_WORDS.test(notice.title ?? '')) return null;
  const seats: GroupFigure[] = [];
  // 选举主任1名、副主任2名、委员3名: the list of the seats to elect, whose 副主任2名 is read alone as well.
  const lists = notice.figures.filter(
    (figure): figure is GroupFigure =>
      figure.kind === 'group' &&
      SEAT_LIST.test(normalizeText(figure.label)) &&
      figure.origin.span !== undefined,
  );
  const inList = (figure: GroupFigure): boolean =>
    lists.some(
      (list) =>
        list !== figure &&
        figure.origin.span !== undefined &&
        list.origin.span![0] <= figure.origin.span[0] &&
        figure.origin.span[1] <= list.origin.span![1],
    );
  const firstWinner = notice.figures.reduce(
    (at, figure) => (figure.kind === 'elected' ? Math.min(at, figure.origin.span?.[0] ?? at) : at),
    Infinity,
  );
  for (const figure of notice.figures) {
    if (figure.kind !== 'group') continue;
    const label = normalizeText(figure.label);
    if (!/副主任/u.test(label)) continue;
    if (!DEPUTY_SEATS.test(label) && !(label === '副主任' && inList(figure))) continue;
    if (figure.setting !== undefined || ofAnotherSection(figure) || womenMemberPost(figure)) return null;
    if ((figure.origin.span?.[0] ?? Infinity) > firstWinner) return null;
    seats.push(figure);
  }
  const [first] = seats;
  if (!first || first.value <= 0n || seats.some((seat) => seat.value !== first.value)) return null;
  return first;
}
/** 选举副主任, 应选副主任, 副主任应选, 副主任职 (of 副主任职数1人): the deputy chair's seats. */
const DEPUTY_SEATS = new RegExp(
  `^(?:本次选举|本次|本届|此次)?(?:应选|选举)(?:本届)?${COMMITTEE_WORDS}?副主任$|^${COMMITTEE_WORDS}?副主任(?:应选|职)$`,
  'u',
);
/** 选举主任+副主任+委员, 应选主任+副主任+委员: a list of the seats to elect (not 选举产生主任…, its winners). */
const SEAT_LIST = new RegExp(
  `^(?:本次选举|本次|本届|此次)?(?:应选|选举)${COMMITTEE_WORDS}?主任\\+${COMMITTEE_WORDS}?副主任(?:\\+|$)`,
  'u',
);
