import type { AnnouncedFigures, CountFigure, CountMeaning, VotesFigure } from './announced-figures.js';
import { sectionOf, settingOf, subjectOf } from './comparable-mentions.js';
import { namesRevote, ofVoidVote, POST_BALLOT, roundNamed } from './round-words.js';

/**
 * Separate ballots for each post (主任选票：发出1620张，收回1618张，有效1610张，无效8张。委员选票：发出1620张，收回
 * 1618张，有效1601张，无效17张): each post's ballots are an account of their own, whose valid and invalid
 * ballots make up those returned, and whose ballots returned are no more than those issued. The
 * notice's ballot account takes the first of them; the others were only listed as not compared.
 */
export interface PostBallotAccount {
  /** The words that name the post's ballots (委员选票). */
  readonly post: string;
  /** For a round's account, its round, place and bodies (roundKey). */
  readonly key?: string;
  readonly counts: Partial<Record<CountMeaning, CountFigure>>;
}

/** The words before a post's counts that name that post's ballots, and nothing else. */
const POST_BALLOTS = /^(?:村民委员会|村委会)?(?:主任|副主任|委员|妇女委员)(?:的)?(?:选票|选举)$/;
/**
 * The woman's seat elected apart, named as the last of the words before its counts (妇女委员：共发出妇女委员
 * 选票902张，收回899张，有效票893张; 妇女委员实行专职专选，另发选票，…收回1,077张): its own ballots, as the
 * votes whose words before them end with it are of them.
 */
const WOMAN_POST = /^(?:妇女委员|妇女成员)$/;

/** The post whose own ballots a figure's words before it name (POST_BALLOTS, WOMAN_POST last), else ''. */
function postOf(lead: string | undefined): string {
  const post = postOfLead(lead);
  if (POST_BALLOTS.test(post)) return post;
  const last = post.split(' ').at(-1) ?? '';
  return WOMAN_POST.test(last) ? last : '';
}

/**
 * The posts' own accounts, each of one place and setting, with each meaning stated once; none whose
 * counts the notice's ballot account already took (`taken`), and none of a post's vote the notice
 * declares void before its repeat (`委员选举：发出选票1260张，收回选票1262张，…本次委员选举无效，当场重新投票`:
 * its figures are the reason it was voided, not judged; before, its 1,262 returned of 1,260 issued were flagged).
 */
export function postBallotAccounts(
  figures: AnnouncedFigures,
  taken: ReadonlySet<CountFigure>,
): PostBallotAccount[] {
  const groups = groupedCounts(figures, (figure) => {
    const post = postOf(figure.lead);
    if (ofVoidVote(settingOf(figure))) return null;
    return post !== '' ? `${post}|${figure.scope ?? ''}|${settingOf(figure)}` : null;
  });
  return accountsOf(groups, taken, (first) => postOf(first.lead));
}

/**
 * A count's lead without the 其中 that lists it under the ballots returned: `委员选举 其中` (二、委员选举 ⏎
 * 收回选票1,694张，其中有效票1,681张) is the 委员 ballot's valid ballots, part of that ballot's own account.
 */
function postOfLead(lead: string | undefined): string {
  const words = lead ?? '';
  if (words.startsWith('其中 ')) return words.slice('其中 '.length).trimStart();
  return words.endsWith(' 其中') ? words.slice(0, -' 其中'.length).trimEnd() : words;
}

/**
 * The ballots of a round beyond the notice's own account (另行选举参加投票的选民1850人，收回选票1850张，有效票1842张，
 * 无效票8张; 第二轮投票，发出选票2100张…): an account of their own as well, whose valid and invalid ballots make up
 * those returned, and whose ballots returned are no more than those issued or the round's voters. Only
 * counts whose setting names a round (round-words.ts) — or, in a notice whose headings name the runoff it
 * reports (另行选举结果公告), counts set in no other time or round — of one place, setting and body, each
 * meaning stated once, none a post's own ballots (postBallotAccounts) and none the notice's account took
 * (`taken`): the runoff's counts after the first round's (第一次投票…) are then an account of their own.
 */
export function roundBallotAccounts(
  figures: AnnouncedFigures,
  taken: ReadonlySet<CountFigure>,
): PostBallotAccount[] {
  const roundOf = roundOfFigures(figures);
  const groups = groupedCounts(figures, (figure) =>
    postOf(figure.lead) !== '' ? null : roundKey(figure, roundOf),
  );
  return accountsOf(groups, taken, roundOf, (first) => roundKey(first, roundOf) ?? '');
}

/** The round a figure's setting names, or the one the notice's headings name when its setting is none. */
function roundOfFigures(figures: AnnouncedFigures): (figure: CountFigure | VotesFigure) => string {
  // 另行选举结果公告: the round the headings name is the one its counts of no other setting are of.
  const own = roundNamed(figures.ownRound ?? '') === null ? '' : (figures.ownRound ?? '');
  return (figure) => settingOf(figure) || own;
}

/**
 * The round, place and bodies a count or a candidate's votes are of (`另行选举` and no place), or null when
 * its setting names no round. A tie's re-vote (重新投票：参加投票的选民1205人，收回选票1205张，其中有效票1196张) is a
 * round of its own, and so is a later ballot that elects a post (namesPostBallot).
 */
function roundKey(
  figure: CountFigure | VotesFigure,
  roundOf: (figure: CountFigure | VotesFigure) => string,
): string | null {
  const setting = roundOf(figure);
  if (roundNamed(setting) === null && !namesRevote(setting) && !namesPostBallot(setting)) return null;
  return `${figure.scope ?? ''}|${setting}|${figure.bodies ?? ''}`;
}

/**
 * Whether a setting is a later ballot the notice says elects a post (`第二轮投票（选举委员）：参加投票的选民1100人，
 * …收回选票1097张，其中有效票1088张，无效票9张`): a ballot of its own, whose valid and invalid ballots make up its
 * own ballots returned, whatever round it is (round-words.ts POST_BALLOT names none).
 */
const namesPostBallot = (setting: string): boolean => new RegExp(POST_BALLOT.source).test(setting);

/**
 * The woman's seat's own account (postBallotAccounts) each candidate's votes are of, keyed by the votes:
 * 妇女委员：尤秀珍（女），得票936票 after 妇女委员's own 有效票1,259张, never the committee's first ballot. Only
 * votes whose words before them end with that post (WOMAN_POST), of its place and setting, and only a post
 * of one account.
 */
export function votesOfPosts(
  figures: AnnouncedFigures,
  accounts: readonly PostBallotAccount[],
): Map<VotesFigure, PostBallotAccount> {
  const byPost = new Map<string, PostBallotAccount | null>();
  for (const account of accounts) {
    if (account.key !== undefined) continue;
    byPost.set(account.post, byPost.has(account.post) ? null : account);
  }
  const found = new Map<VotesFigure, PostBallotAccount>();
  for (const figure of figures.figures) {
    if (figure.kind !== 'votes') continue;
    const last = postOfLead(figure.lead).split(' ').at(-1) ?? '';
    const account = WOMAN_POST.test(last) ? byPost.get(last) : undefined;
    if (!account) continue;
    const first = Object.values(account.counts).find((count) => count !== undefined);
    if (first && (first.scope ?? '') === (figure.scope ?? '') && settingOf(first) === settingOf(figure))
      found.set(figure, account);
  }
  return found;
}

/**
 * The round's own account (roundBallotAccounts) each candidate's votes of a round are of, keyed by the
 * votes: the runoff's 边强得票1198票 beside its own 有效票1195张 (另行选举…参加投票的选民1205人，…有效票1195张).
 * Only votes whose round, place and bodies are those of exactly one round account.
 */
export function votesOfRounds(
  figures: AnnouncedFigures,
  accounts: readonly PostBallotAccount[],
): Map<VotesFigure, PostBallotAccount> {
  const roundOf = roundOfFigures(figures);
  const byKey = new Map<string, PostBallotAccount | null>();
  for (const account of accounts) {
    if (account.key === undefined) continue;
    byKey.set(account.key, byKey.has(account.key) ? null : account);
  }
  const found = new Map<VotesFigure, PostBallotAccount>();
  for (const figure of figures.figures) {
    if (figure.kind !== 'votes') continue;
    const key = roundKey(figure, roundOf);
    const account = key === null ? undefined : byKey.get(key);
    if (account) found.set(figure, account);
  }
  return found;
}

/**
 * A body's own ballots in its section, after the notice's first account (二、村务监督委员会 … 收回选票1104张，
 * 无效票23张; 居务监督委员会：收回选票2480张，有效票2470张，无效票20张): an account of their own, checked against
 * itself as the notice's first account is and kept apart from the other bodies' counts. Only counts of
 * one section (mention-settings.ts, `section`) or of sentences about one body (`subject`: 村务监督委员会由
 * 村民代表会议选举产生，…收回选票36张), of one place and setting, none a post's own ballots
 * (postBallotAccounts), none of a round (roundBallotAccounts) and none the notice's account took
 * (`taken`): a section whose counts the notice's account took is that account, checked once.
 */
export function sectionBallotAccounts(
  figures: AnnouncedFigures,
  taken: ReadonlySet<CountFigure>,
): PostBallotAccount[] {
  const own = roundNamed(figures.ownRound ?? '') === null ? '' : (figures.ownRound ?? '');
  const groups = groupedCounts(figures, (figure) => {
    // 村务监督委员会由村民代表会议选举产生，…收回选票36张: a sentence about the body is its own as well.
    const section = sectionOf(figure) || subjectOf(figure);
    const setting = settingOf(figure);
    if (section === '' || POST_BALLOTS.test(figure.lead ?? '')) return null;
    if (roundNamed(setting || own) !== null || figure.among !== undefined) return null;
    return `${section}|${figure.scope ?? ''}|${setting}`;
  });
  return accountsOf(groups, taken, (first) => sectionOf(first) || subjectOf(first));
}

/** The counts of no one candidate's race, grouped by `keyOf` (null leaves a count out). */
function groupedCounts(
  figures: AnnouncedFigures,
  keyOf: (figure: CountFigure) => string | null,
): Map<string, CountFigure[]> {
  const groups = new Map<string, CountFigure[]>();
  for (const figure of figures.figures) {
    if (figure.kind !== 'count' || figure.contest !== null) continue;
    const key = keyOf(figure);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  return groups;
}

/**
 * One account per group of counts, named after its first count, unless the notice's account took one of
 * them or a meaning is stated twice in it (which of the two is the account's is not certain).
 */
function accountsOf(
  groups: ReadonlyMap<string, readonly CountFigure[]>,
  taken: ReadonlySet<CountFigure>,
  nameOf: (first: CountFigure) => string,
  keyOf?: (first: CountFigure) => string,
): PostBallotAccount[] {
  const accounts: PostBallotAccount[] = [];
  for (const group of groups.values()) {
    if (group.some((figure) => taken.has(figure))) continue;
    const meanings = group.map((figure) => figure.meaning);
    if (new Set(meanings).size !== meanings.length) continue;
    accounts.push({
      post: nameOf(group[0]!),
      ...(keyOf ? { key: keyOf(group[0]!) } : {}),
      counts: Object.fromEntries(group.map((figure) => [figure.meaning, figure])),
    });
  }
  return accounts;
}
