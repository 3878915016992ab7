import type { AnnouncedFigures, CountFigure, CountMeaning, VotesFigure } from './announced-figures.js';
import { ofAnotherBody, sectionOf, settingOf, subjectOf } from './comparable-mentions.js';
import { normalizeText } from './normalize-text.js';
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

/**
 * The words before a post's counts that name that post's ballots, and nothing else: the committee's name
 * before the post is the post's own (村委会主任选举, 居委会主任选票, 社区居委会主任选票).
 */
const POST_BALLOTS =
  /^(?:社区)?(?:村民委员会|村委会|居民委员会|居委会)?(?:主任|副主任|委员|妇女委员)(?:的)?(?:选票|选举)$/;
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
  // 主任选举 ⏎ 发出主任选票1320张，收回1316张 (lead `主任选举  主任`): the heading naming the post's ballots, then
  // only that post's name again (of 主任选票 before the first count): still that post's own ballots.
  // 一、主任选举 (lead `一 主任选举`): the section's numeral is no word of the post's.
  const words = post
    .split(' ')
    .filter(
      (word) => word !== '' && word !== '其中' && !/^[（(]?[一二三四五六七八九十\d]{1,3}[)）]?$/.test(word),
    );
  const heading = words[0] ?? '';
  if (
    words.length >= 1 &&
    POST_BALLOTS.test(heading) &&
    words.slice(1).every((word) => postNamed(word) === postNamed(heading) && !/选票|选举/.test(word))
  )
    return heading;
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
  const ballotsOf = postBallotsOf(figures);
  const groups = groupedCounts(figures, (figure) => {
    const post = ballotsOf(figure);
    if (ofVoidVote(settingOf(figure))) return null;
    return post !== '' ? `${post}|${figure.scope ?? ''}|${settingOf(figure)}` : null;
  });
  return accountsOf(groups, taken, ballotsOf);
}

/**
 * The words naming the post's ballots a count is of: its own words' (ownPostBallots), else its lead's
 * (postOf), else those of the count opening its account in its sentence (postsOfOneSentence); '' for none.
 * Each count's text is read once for a notice.
 */
function postBallotsOf(figures: AnnouncedFigures): (figure: CountFigure) => string {
  const known = ballotsFound.get(figures);
  if (known) return (figure) => known.get(figure) ?? '';
  const chained = postsOfOneSentence(figures);
  const found = new Map<CountFigure, string>();
  ballotsFound.set(figures, found);
  for (const figure of figures.figures)
    if (figure.kind === 'count')
      found.set(figure, ownPostBallots(figure) || postOf(figure.lead) || (chained.get(figure) ?? ''));
  return (figure) => found.get(figure) ?? '';
}

/** Found once for a notice (postBallotsOf). */
const ballotsFound = new WeakMap<AnnouncedFigures, Map<CountFigure, string>>();

/**
 * A post's ballots named in the count's own words (委员选票有效票1,262张): that post's, whatever another post's
 * ballots before it in the sentence (主任选票有效票1,270张、委员选票有效票1,262张: the lead of the second names
 * 主任选票, yet its own words name 委员选票). '' where its own words name none.
 */
function ownPostBallots(figure: CountFigure): string {
  return OWN_POST_BALLOTS.exec(normalizeText(figure.origin.text))?.[1] ?? '';
}
const OWN_POST_BALLOTS =
  /^((?:社区)?(?:村民委员会|村委会|居民委员会|居委会)?(?:妇女委员|副主任|主任|委员)的?选票)(?:共)?(?:发出|发放|收回|回收|有效|无效)/;

/**
 * A post's ballots named in the words of the count that opens its account (主任选票发出1320张): the post's
 * ballots, as 主任选票： before the count names them.
 */
const OPENS_POST_ACCOUNT =
  /^((?:社区)?(?:村民委员会|村委会|居民委员会|居委会)?(?:妇女委员|副主任|主任|委员)的?选票)(?:共)?(?:发出|发放|收回|回收)/;

/**
 * Both posts' accounts in one sentence without colons (主任选票发出1320张、收回1312张、有效票1300张，委员选票发出
 * 1320张、收回1310张、有效票1296张): each count after the one opening a post's account (OPENS_POST_ACCOUNT), up to
 * the next opening, is of that post's ballots. Only where plain: the opening's words before it are nothing
 * but the posts of the openings before it in its sentence, each count after it has before it nothing but
 * those posts, the nearest its own (the words of the figures before it in the sentence: mention-settings.ts),
 * and any other figure ends the account. Before, the counts after each opening were of no post, and the
 * second post's account was listed as not compared. Keyed by the counts, the posts' ballots named.
 */
function postsOfOneSentence(figures: AnnouncedFigures): Map<CountFigure, string> {
  const known = sentencesFound.get(figures);
  if (known) return known;
  const found = new Map<CountFigure, string>();
  sentencesFound.set(figures, found);
  const onlyPosts = (lead: string | undefined): string[] | null => {
    // 主任选票发出1320张，收回1318张，其中有效票1310张 (lead `其中 主任`): the 其中 listing the parts of the
    // ballots returned is no other ballot's word; nor is the 各 of both posts' ballots issued before the
    // chair's own (主任、委员选票各发出1320张，主任选票收回1318张，其中有效票1310张: lead `其中 主任 主任 委员 各`).
    // Before, the chair's valid and invalid after it were of no post, and the members' returned after them
    // was summed with them.
    const words = (lead ?? '').split(' ').filter((word) => word !== '' && word !== '其中' && word !== '各');
    return words.every(
      (word) => /^(?:妇女委员|副主任|主任|委员)$/.test(postNamed(word)) && !/选票|选举/.test(word),
    )
      ? words
      : null;
  };
  const ordered = figures.figures
    .filter((figure) => figure.origin.span !== undefined)
    .sort((a, b) => a.origin.span![0] - b.origin.span![0]);
  let open: { ballots: string; post: string } | null = null;
  for (const figure of ordered) {
    if (figure.kind !== 'count' || figure.contest !== null) {
      open = null;
      continue;
    }
    const words = onlyPosts(figure.lead);
    const opening = OPENS_POST_ACCOUNT.exec(normalizeText(figure.origin.text))?.[1];
    if (opening !== undefined) {
      open = words === null ? null : { ballots: opening, post: postNamed(opening) };
      if (open) found.set(figure, open.ballots);
      continue;
    }
    if (open && words !== null && words.length > 0 && postNamed(words[0]!) === open.post)
      found.set(figure, open.ballots);
    else open = null;
  }
  return found;
}

/** Found once for a notice (postsOfOneSentence). */
const sentencesFound = new WeakMap<AnnouncedFigures, Map<CountFigure, string>>();

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

/** The post a ballot's words or a candidate's post name (主任选票 → 主任, 村民委员会委员 → 委员), else ''. */
function postNamed(words: string): string {
  return (
    /^(?:社区)?(?:村民委员会|村委会|居民委员会|居委会)?(妇女委员|副主任|主任|委员)(?:的)?(?:选票|选举|候选人)?$/.exec(
      words.trim(),
    )?.[1] ?? ''
  );
}

/**
 * Each candidate's votes tied to the own account of the post they were cast for, where each post has a
 * ballot of its own (主任选票：发出…有效1610张。龙海得票1402票，当选为主任。委员选票：…有效1601张。龙秀芝得票1388票…):
 * keyed by the votes. A post's section runs from its account's counts to the next count of any other
 * ballot; votes in it are of that post when their own words or their declaration name it (委员候选人张三,
 * 当选为委员), or, naming none, when every vote of the section that names a post names that one. Never for
 * a post stated with two accounts, votes of another place, setting or body than the account's, votes
 * naming another post (a chair's candidate listed after the members' ballots), nor any vote outside every
 * post's section: which ballot those are of is not certain.
 */
export function votesOfPostSections(figures: AnnouncedFigures): Map<VotesFigure, PostBallotAccount> {
  const known = sectionsFound.get(figures);
  if (known) return known;
  const found = new Map<VotesFigure, PostBallotAccount>();
  sectionsFound.set(figures, found);
  const accounts = postBallotAccounts(figures, new Set()).filter(
    (account) => account.key === undefined && postNamed(account.post) !== '',
  );
  const perPost = new Map<string, number>();
  for (const account of accounts) {
    const post = postNamed(account.post);
    perPost.set(post, (perPost.get(post) ?? 0) + 1);
  }
  // The posts each candidate is declared elected to (当选为委员).
  const declared = new Map<string, Set<string>>();
  for (const figure of figures.figures) {
    if (figure.kind !== 'elected') continue;
    const post = postNamed(figure.contest?.text ?? '');
    for (const name of figure.names) declared.set(name, (declared.get(name) ?? new Set()).add(post));
  }
  const postOfVotes = (votes: VotesFigure): string => {
    const own = postNamed(votes.contest?.text ?? '');
    if (own !== '' || (votes.contest?.text ?? '') !== '') return own || '?';
    // 委员李秀英（女，934票）: the post named right before the name, in the votes' own words.
    const led = postNamed(postOfLead(votes.lead).split(' ').at(-1) ?? '');
    if (led !== '') return led;
    const posts = declared.get(votes.candidate);
    if (!posts) return '';
    return posts.size === 1 ? [...posts][0] || '?' : '?';
  };
  const counts = figures.figures.filter(
    (figure): figure is CountFigure => figure.kind === 'count' && figure.contest === null,
  );
  const sections: {
    account: PostBallotAccount;
    post: string;
    start: number;
    end: number;
    votes: VotesFigure[];
  }[] = [];
  for (const account of accounts) {
    const post = postNamed(account.post);
    if (perPost.get(post) !== 1) continue;
    const own = Object.values(account.counts).filter((count) => count !== undefined);
    const spans = own.map((count) => count.origin.span);
    if (own.length === 0 || spans.some((span) => span === undefined)) continue;
    const start = Math.min(...spans.map((span) => span![0]));
    const end = Math.max(...spans.map((span) => span![1]));
    const mine = new Set<CountFigure>(own);
    // The section ends at the next count of any other ballot (another post's, a body's, a round's).
    const next = counts
      .filter((count) => !mine.has(count) && (count.origin.span?.[0] ?? -1) >= end)
      .reduce((least, count) => Math.min(least, count.origin.span![0]), Infinity);
    const inSection = figures.figures.filter(
      (figure): figure is VotesFigure =>
        figure.kind === 'votes' &&
        figure.origin.span !== undefined &&
        figure.origin.span[0] >= end &&
        figure.origin.span[0] < next,
    );
    sections.push({ account, post, start, end: next, votes: inSection });
  }
  const tie = (votes: VotesFigure, account: PostBallotAccount) => {
    const first = Object.values(account.counts).find((count) => count !== undefined)!;
    if ((votes.scope ?? '') !== (first.scope ?? '') || settingOf(votes) !== settingOf(first)) return;
    if (ofAnotherBody(votes) || sectionOf(votes) !== sectionOf(first)) return;
    found.set(votes, account);
  };
  for (const { account, post, votes: inSection } of sections) {
    const posts = inSection.map(postOfVotes);
    const named = posts.filter((named) => named !== '');
    // A section whose votes name no post, or name another, leaves the votes naming none untied.
    const whole = named.length > 0 && named.every((named) => named === post);
    inSection.forEach((votes, index) => {
      const named = posts[index];
      if (named !== post && !(named === '' && whole)) return;
      tie(votes, account);
    });
  }
  for (const [votes, account] of votesOfEarlierPosts(figures, sections, postOfVotes)) tie(votes, account);
  return found;
}

/**
 * The votes of an earlier post's ballot standing in a later post's section, where the accounts follow each
 * other with no votes between them (主任选票发出1,320张…，委员选票发出1,320张…。张国强得票1,012票，李建华得票320票，
 * 张国强当选为主任；李秀兰得票1,150票…当选为委员): each run of votes up to a declaration of the earlier post
 * (张国强当选为主任), that names only candidates of the run and whose run's votes name that post or none, is
 * of the earlier post's ballot. Before, the chair's votes after both accounts were listed not compared and
 * never summed. Never where the earlier post's section holds votes of its own, the run's votes name another
 * post (a chair's candidate also declared a member), or the declaration names no one.
 */
function votesOfEarlierPosts(
  figures: AnnouncedFigures,
  sections: readonly {
    account: PostBallotAccount;
    post: string;
    start: number;
    end: number;
    votes: VotesFigure[];
  }[],
  postOfVotes: (votes: VotesFigure) => string,
): Map<VotesFigure, PostBallotAccount> {
  const found = new Map<VotesFigure, PostBallotAccount>();
  const declarations = figures.figures
    .filter((figure) => figure.kind === 'elected' && figure.origin.span !== undefined)
    .sort((a, b) => a.origin.span![0] - b.origin.span![0]);
  for (const section of sections) {
    if (section.votes.length === 0) continue;
    const from = section.votes[0]!.origin.span![0];
    // The earlier posts whose sections hold no votes, by post: their accounts follow one another up to this one.
    const earlier = new Map<string, PostBallotAccount>();
    for (const other of sections)
      if (other !== section && other.end <= from && other.start < section.start && other.votes.length === 0)
        earlier.set(other.post, other.account);
    if (earlier.size === 0) continue;
    const inSection = declarations.filter((figure) => {
      const at = figure.origin.span![0];
      return at >= from && at < section.end;
    });
    let run: VotesFigure[] = [];
    let index = 0;
    const votes = section.votes;
    for (const declaration of inSection) {
      if (declaration.kind !== 'elected') continue;
      const at = declaration.origin.span![0];
      run = [];
      // The votes since the declaration before (or the section's start), up to this one.
      while (index < votes.length && votes[index]!.origin.span![0] < at) run.push(votes[index++]!);
      const post = postNamed(declaration.contest?.text ?? '');
      const account = earlier.get(post);
      if (!account || run.length === 0 || declaration.names.length === 0) continue;
      const candidates = new Set(run.map((figure) => figure.candidate));
      if (!declaration.names.every((name) => candidates.has(name))) continue;
      if (!run.every((figure) => ['', post].includes(postOfVotes(figure)))) continue;
      for (const figure of run) found.set(figure, account);
    }
  }
  return found;
}

/** Found once for a notice (votesOfPostSections), so that each check asking stays linear. */
const sectionsFound = new WeakMap<AnnouncedFigures, Map<VotesFigure, PostBallotAccount>>();

/** The post a post's own account is of, by its name (主任选票 → 主任), else ''. */
export const postOfAccount = (account: PostBallotAccount): string => postNamed(account.post);

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

/**
 * The post whose own ballots each count of ballots of a notice is (副主任选票：有效票1,040张 → 副主任; 收回1318张
 * after 主任选票发出1320张 in its sentence → 主任), '' for a count of no post's ballots named, or of no ballots.
 * Each count is read once (postBallotsOf), however many counts it is compared with.
 */
export function postsOfBallotCounts(figures: AnnouncedFigures): (figure: CountFigure) => string {
  const ballotsOf = postBallotsOf(figures);
  return (figure) => (BALLOT_COUNTS.has(figure.meaning) ? postNamed(ballotsOf(figure)) : '');
}

/**
 * A count whose own words open its post's account in its sentence and say nothing else (主任选票发出1320张,
 * before 收回1318张，其中有效票1310张): the post's ballots issued, plainly, where that post's counts are the
 * notice's own account (the words 主任选票 are then no qualifier of another object).
 */
export function opensPostAccountPlainly(figures: AnnouncedFigures, figure: CountFigure): boolean {
  if (!postsOfOneSentence(figures).has(figure)) return false;
  return PLAIN_OPENING.test(normalizeText(figure.origin.text));
}
const PLAIN_OPENING =
  /^(?:社区)?(?:村民委员会|村委会|居民委员会|居委会)?(?:妇女委员|副主任|主任|委员)的?选票(?:共)?(?:发出|发放|收回|回收)(?:选票)?\s*\d[\d,]*\s*张$/;
const BALLOT_COUNTS: ReadonlySet<CountMeaning> = new Set(['issued', 'returned', 'valid', 'invalid']);
