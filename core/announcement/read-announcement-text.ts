import type { Election } from '../model/election.js';
import type {
  AnnouncedFigure,
  AnnouncedFigures,
  AnnouncedContest,
  CountFigure,
  CountMeaning,
  GroupFigure,
  PercentFigure,
  ShareTerm,
  TextSpan,
  UnreadFigure,
  UnreadReason,
  VotesFigure,
} from './announced-figures.js';
import { NUMBERS_READ, UNREAD_KEPT } from './announced-figures.js';
import { isPersonName } from './person-name.js';
import { bracketedVoters, findElected } from './find-elected.js';
import { mostVotesSubject } from './most-votes-subject.js';
import { votesThenShare } from './votes-then-share.js';
import {
  BRACKETED_SHARE,
  GROUP_HEADING,
  PART_MARK,
  POSTS,
  PLACES_TOTAL_MARK,
  PLACE_NOUN,
  SHARE_OF,
  TOTAL_MARK,
  PART_TURNOUT,
  TURNOUT_RATE,
  VOTE_RATE,
  DUE_VOTERS,
  PLAIN_BALLOT_COUNT,
  countMeaningOf,
  electorateInOtherWordsOnly,
  electorateNamedAfter,
  VOTED_AFTER,
  meaningWordsOf,
  namedOnlyByStanding,
  defaultWholeOf,
  groupLabel,
  nameAtEnd,
} from './figure-words.js';
import { normalizeText } from './normalize-text.js';
import { quoteWindow } from './quote-window.js';
import { noticeTitle } from './notice-title.js';
import { wholeNumber } from './parse-number.js';
import { contestResolver } from './resolve-contest.js';
import { readVoteTables } from './read-vote-table.js';
import { scanNumbersUpTo, type NumberToken } from './scan-numbers.js';
import { segmentText, type Sentence } from './segment-text.js';
import { statedPartitions } from './stated-partitions.js';
import { ownRounds, withSettings } from './mention-settings.js';
import { SummaryTotals, type GroupKind } from './summary-totals.js';
import { withShareRecall } from './share-recall-stage.js';
import { writtenCalculations } from './written-calculations.js';
import { shareOfThoseExpected } from './attendance-base.js';
import { readShareTables } from './read-share-table.js';
import { readSummaryTables } from './read-summary-table.js';
import { countOfShareInBrackets } from './count-of-share.js';
import { atAnotherTime, OTHER_TIME_REACH, textTimes, type TextTimes } from './english-other-time.js';
import {
  englishPlaceAt,
  englishPlaceHeadings,
  ofSomePlaces,
  SOME_PLACES_REACH,
  type PlaceHeading,
} from './english-places.js';
import { postAmongParts } from './post-or-committee.js';
import { labelsNamedTogether } from './parts-named-together.js';
import { isCorrection } from './correction-sentence.js';
import { namedRateBase } from './named-rate-base.js';
import { HOUSEHOLD_ELECTION, householdCountMeaning } from './household-counts.js';
import { electedAbove } from './elected-above.js';
import {
  ballotBaseNamed,
  ballotRateNamed,
  countsGivenRespectively,
  rateOfGroupJustRead,
} from './rate-of-part.js';

/**
 * Reads the figures of an announcement written as prose (Chinese, simplified or traditional, or
 * English): each number gets a meaning from the words before it (or, failing that, after it) within
 * its clause, or is listed as unread. See docs/announcement.md for the patterns.
 */
export function readAnnouncementText(text: string, election?: Election): AnnouncedFigures {
  const folded = normalizeText(text);
  // Stage one: results written as tables (姓名 | 得票数 | 得票率 | 是否当选); the prose reader then reads
  // the rest with the tables blanked out (offsets kept).
  const tables = readVoteTables(text, folded, contestResolver(election), candidateNames(election));
  // A statistical table's share row whose base the table proves (read-share-table.ts).
  const shareTables = readShareTables(text, folded);
  // A summary table whose columns its heading names (read-summary-table.ts), where no table above is.
  const summaryTables = readSummaryTables(
    text,
    blankSpans(folded, sortedSpans(tables.spans, shareTables.spans)),
  );
  const prose = blankSpans(folded, sortedSpans(tables.spans, shareTables.spans, summaryTables.spans));
  const reader = new TextReader(text, prose, election);
  // Past NUMBERS_READ numbers the text is not read, its numbers only counted: memory stays bounded.
  const numbers = scanNumbersUpTo(prose, NUMBERS_READ);
  const readable = numbers.more > 0 ? prose.slice(0, numbers.cut) : prose;
  const sentences = segmentText(readable, numbers.tokens);
  for (const sentence of sentences) reader.readSentence(sentence);
  reader.countBeyond('past-limit', numbers.more);
  reader.settleHouseholds();
  const title = noticeTitle(text);
  const partitions = [
    ...statedPartitions(readable, text, sentences, reader.keptFigures()),
    ...summaryTables.partitions,
  ];
  const round = ownRounds(readable, reader.keptFigures());
  const read: AnnouncedFigures = {
    ...(title === undefined ? {} : { title }),
    ...(round === '' ? {} : { ownRound: round }),
    figures: inTextOrder(tables.figures, withSettings(readable, sentences, reader.keptFigures())),
    unread: inTextOrder(inTextOrder(tables.unread, summaryTables.unread), reader.unreadInOrder()),
    ...(partitions.length > 0 ? { partitions } : {}),
    ...(reader.unreadBeyond.count > 0 ? { unreadBeyond: reader.unreadBeyond } : {}),
  };
  // Shares judged where the text proves their base (share-recall-stage.ts): a table's share rows, a
  // candidate's share in brackets, calculations written out.
  return withShareRecall(read, {
    tableFigures: [...shareTables.figures, ...summaryTables.figures],
    voteSharesOfEither: reader.voteSharesOfEither,
    calculations: writtenCalculations(readable, text),
  });
}

/** The election's candidate names, folded, for telling names from words. */
function candidateNames(election?: Election): Set<string> {
  return new Set(
    (election?.contests ?? []).flatMap((contest) =>
      contest.candidates.map((candidate) => normalizeText(candidate.name)),
    ),
  );
}

const sortedSpans = (...lists: (readonly TextSpan[])[]): TextSpan[] =>
  lists.flat().sort((a, b) => a[0] - b[0]);

/** The text with the given spans turned to spaces (line breaks kept), so that offsets stay the same. */
function blankSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Two lists each in text order, merged into one (the arithmetic check looks figures up by place). */
function inTextOrder<T extends { readonly span?: TextSpan; readonly origin?: { readonly span?: TextSpan } }>(
  first: readonly T[],
  second: readonly T[],
): T[] {
  if (first.length === 0) return [...second];
  const at = (item: T) => item.span?.[0] ?? item.origin?.span?.[0] ?? 0;
  return [...first, ...second].sort((a, b) => at(a) - at(b));
}

const VOTE_UNITS = new Set(['票', 'vote', 'votes']);
const PERSON_UNITS = new Set([
  '人',
  '名',
  '位',
  'people',
  'person',
  'persons',
  'member',
  'members',
  'women',
  'men',
]);
/** English words after a number that name the people counted: 64 committee members, 17 women. */
const ENGLISH_PEOPLE_AFTER = /^\s*((?:[a-z-]+\s+){0,3}?(?:members?|women|men|people|persons|chairs?))\b/i;
/** `X中，` before parts: 村委会成员中，女性… (X must name people). */
const NAMED_TOTAL = /^(?:在)?(.{0,24}?(?:成员|委员|干部|人员|代表|主任|主席|书记|班子))中$/;
/** People named after their count: 产生193名居委会成员; with 中 they are the total of the parts after it (在9个村委会主任中). */
const PEOPLE_AFTER = /^\s*(.{1,16}?(?:成员|委员|干部|人员|代表|主任|书记|班子))(中)?\s*$/;
/** 63名两委成员中高中以上（含中专）37名: people named after their count, 中, and a part in the same clause. */
const PEOPLE_AMONG_THEN_PART =
  /^\s*([^，,；;。\d]{1,16}?(?:成员|委员|干部|人员|代表|主任|主席|书记|班子))(中)(?=[^，,；;。\d])/;
/** 在18个省辖市中: the places named, then 中, ending the clause. */
const PLACES_AMONG = /^\s*([\u4e00-\u9fff]{1,8}?)中\s*$/;
/** 达标率, 成功率 (为, 达到): a rate standing alone at the start of its clause. */
const PLACES_RATE = /^[\u4e00-\u9fff]{1,4}率\s*(为|达到?|是)?$/;
/** How far before a share the kind of meeting (户代表会议) is looked for. */
const MEETING_REACH = 200;
/** Those expected at an election by household representatives, and those present (应到户代表267名，实到260名). */
const ATTENDANCE_EXPECTED = /应到/;
const ATTENDANCE_PRESENT = /^实到/;
/**
 * 在这次当选的21305名乡镇党代表中: 在, words that qualify the people, the count, the people, 中 — or
 * without 在 (新当选的64名村委会成员中，女性…): 中 names them the people the parts after are of.
 */
const AMONG_QUALIFIED = /^在?[^，,；;。\d]{1,16}的$/;
/** 分别占…的11.7%和0.5%, 40岁以下和41至45岁的各占: each share belongs to one of the groups just read, in order. */
const RESPECTIVELY = /(分别|各)$/;
/** A base named only as “the total” (分别占总数的): the total of the parts, when this sentence states it. */
const THE_TOTAL = /总数|总人数|总量/;
/** 村党组织书记和村委会主任分别有4021人和2441人: groups named before, their counts given respectively. */
const RESPECTIVE_GROUPS = /^(.+?[和及与、].+?)(?:分别|各)(?:有|为|是|达到?)?$/;
/** 占30%左右, 参选率在80%以上: an approximate share or a bound, no exact share. */
const APPROXIMATE_AFTER_SHARE = /^\s*(?:左右|上下|以上|以下|之上|之下)/;
/** What may stand between two shares given respectively: 11.7%和0.5%, 11.7%、0.5%. */
const NEXT_SHARE = /^\s*(和|及|与|、)?\s*$/;
/** What villages do, counted after their total in the same sentence: 已完成换届选举1015个. */
const PLACES_DONE = /完成|实现|选举成功|一次性/;
/** A bracket opened before a figure and not closed: 51人（其中全日制大专及以上5人）. */
const OPEN_BRACKET = /[（(][^）)]*$/;
/** 从19人增到28人: the count before is of another time. */
const CHANGED_TO = /^\s*(增到|增至|增加到|降到|降至|减到|减至|减少到|升到|升至|上升到|提高到)/;
/** A change against another term (较上届提高6%, 下降2个百分点), no share of a stated count. */
const CHANGE =
  /较|比上届|比上一届|提高|增加|增长|下降|降低|减少|上升|高出|百分点|[增降升减][到至]|\b(?:grew|grow(?:s|n|ing)?|rose|rise[sn]?|rising|increas(?:e[sd]?|ing)|fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|declin(?:e[sd]?|ing)|(?<!made\s)up|down)\b(?:\s+by)?\s*$/i;
/** 比例分别达到12.3%和13.8%: shares given respectively, 分别 after the share word. */
const RESPECTIVELY_AFTER = /^(占比|比例|比重|占)(分别|各)/;
/** 张 followed by what the ballots are: 4210张赞成票, 4210张选票. */
const BALLOTS_OF_VOTES = /^\s*(赞成|同意)?(选)?票/;
/** 得票 (or 获票) right before a count in 张: 甲得票500张, 甲（得票500张）. */
const VOTES_RECEIVED = /(得票|获票)\s*$/;
/** 报名参选: signing up to stand as a candidate, never voting. */
const SIGNED_UP_TO_STAND = /报名参选/;
/** Words after a count that describe another noun (…的村民) or a standing, not a vote (报名参选). */
const RELATIVE_CLAUSE = /的|报名|候选|提名/;
/** 甲、乙和丙分别以 (获得, 得票): names given their votes respectively. */
const RESPECTIVE_VOTES = /^(?:.*[：:])?\s*([^，,；;：:]+?)(?:分别|依次)(?:以|获得|获|得票|得)?\s*$/;
const NAME_LIST = /[、，,和及与]/;
/** Only ballot words between the votes just read and 当选: 4210张选票当选, （总有效票2031票）当选. */
/** A clause that is a name alone, as the last words before a 得票 clause (see nameClauseBefore). */
const NAME_CLAUSE =
  /(?:^|[：:；;\n])[^\S\n]*([^\s：:；;，,。、（）()\d]{2,4}?)(?:同志)?[^\S\n]*(?:[（(][男女][）)])?[^\S\n]*[，,][^\S\n]*$/;
const NAME_CLAUSE_REACH = 16;
/** How many figures back the votes before a 当选 are looked for, when others were read after it. */
const VOTES_LOOKBACK = 32;
/** The measure words a candidate's votes may be written with (得票600张 too). */
const VOTE_COUNT_UNITS = new Set([...VOTE_UNITS, '张']);
const BALLOT_WORDS_ONLY = /^[\s（）()]*(张)?\s*(赞成票|选票|票)?[\s（）()]*$/;

/**
 * How far before a number its words are looked for: labels are a few words (全镇共选举产生村（社区）“两委”成员),
 * and a bound keeps a clause of thousands of numbers linear.
 */
const LABEL_REACH = 64;
/** 直接参加投票, 委托投票, 流动票箱投票, voted by proxy: a way of voting, so a part of the ballots cast. */
const WAY_OF_VOTING = /(直接|委托|代|流动|票箱|函|书面|现场|另行|补)\s*$|\b(?:directly|proxy|mobile)\b/i;
/** 村支书中45周岁以下, 委员中女性: a body of people, 中, then the part of it. Not 中共 (the Party). */
const AMONG_BODY = /^(.*?(?:书记|支书|成员|委员|主任|干部|代表|党员|选民|村民|居民))中(?!共)(.+)$/;
/** How far (in characters) a count's meaning word may stand before it: 参加正式选举投票的选民有178345人. */
const LABEL_GAP = 16;
/** English words between a meaning word and its number that start another phrase (voted at … between 9). */
const ENGLISH_GAP = /\b(?:at|on|in|between|during|from|after|before|since|with)\b/i;
/** How far before 当选 / elected the names of the winners may stand. */
const NAMES_REACH = 160;
/** A section's mark at the start of a line: 三、, （二）, 2., 第一部分 (also after a list number, 1. 三、). */
const SECTION_MARK =
  /^\s*(?:(?:\d+[、.]|[（(]\d+[）)])\s*)?(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.](?!\d)|第[一二三四五六七八九十]+[章节部分])/;

/** What the reader remembers between sentences and clauses. */
interface SentenceState {
  /** The sentence corrects an earlier notice (参选率“81.4%”有误，应为“84.1%”): none of its numbers is read. */
  correction: boolean;
  contest: AnnouncedContest | null;
  lastFigure: AnnouncedFigure | null;
  lastVotes: VotesFigure | null;
  /** Candidates' votes read in this sentence, for rates given in a list (得票率分别为61.4%、37.6%). */
  votes: VotesFigure[];
  /** Ballot counts read in this sentence, for shares given in a list (分别占99.1%和0.9%). */
  counts: CountFigure[];
  /** Groups of people read in this sentence, for shares given respectively (分别占). */
  groups: GroupFigure[];
  /** The shares still to come of a 分别占 list: their parts in order, and their common base. */
  respectively: { parts: ShareTerm[]; whole: ShareTerm } | null;
  /** 甲、乙和丙分别以1802票、1766票和1750票: the names still to take the votes that follow, in order. */
  respectiveNames: string[] | null;
  /** Why the first share of a 分别 list was left unread: the rest of the list are, for the same reason. */
  respectivelyRefused: UnreadReason | null;
  /** 书记和主任分别有4021人和2441人: the labels still to take the counts that follow, in order. */
  respectiveGroups: string[] | null;
  /** Why the number just read in this clause was refused: 比上届增加572人和104人 — the 104 is a change too. */
  lastRefusal: UnreadReason | null;
  /** Every name given votes by such a list, for the 当选 that closes it. */
  respectiveVoters: string[];
  /** The figure read before a bracket opened (51人（其中…5人），占比82.3%: the share is of the 51). */
  beforeBracket: AnnouncedFigure | null;
  /** True when a bracket closed between the figure just read and this one. */
  afterBracket: boolean;
  /** True when parts were opened by 其中 inside a bracket not yet closed. */
  partsInBracket: boolean;
  /** Groups of those expected (应到…) and present (实到…) read in this sentence: the first of each, and how many. */
  attendance: { expected: GroupFigure | null; present: GroupFigure | null; count: number };
  /** 在18个省辖市中，有10个省辖市…: the places named by 在…中 and the part of them counted after, for a rate. */
  amongPlaces: { total: GroupFigure; part: GroupFigure | null } | null;
  /** The sentence's text, for words that change how a figure reads (投票率 beside 参选率). */
  text: string;
  /** Where the sentence starts in the text. */
  start: number;
  /** The last place named in the sentence so far, and where the search for places has reached. */
  place: { name: string | null; scannedTo: number };
}

class TextReader {
  readonly figures: AnnouncedFigure[] = [];
  readonly unread: UnreadFigure[] = [];
  /** Unread numbers past UNREAD_KEPT, counted by reason. */
  readonly unreadBeyond = { count: 0, byReason: {} as Partial<Record<UnreadReason, number>> };
  private readonly resolveContest;
  /** The years the text names, for counts of another time (english-other-time.ts). */
  private readonly times: TextTimes;
  /** English place headings when a text gives more than one place's results (english-places.ts). */
  private readonly englishPlaces: readonly PlaceHeading[];
  private readonly candidateNames: readonly string[];
  private readonly candidateSet: ReadonlySet<string>;
  /** Why the number being read was refused, when a rule knew (else it is unread for no meaning). */
  private refusal: UnreadReason | null = null;
  /** The place the last sentence ended in, carried to the next one on its line (NUMBERED_PART only). */
  private linePlace: string | null = null;
  /** The votes of a candidate's share just refused as of cast or of valid ballots (王林812票（62.1%）). */
  private voteShareOfEither: ShareTerm | null = null;
  /** Such shares, for voteSharesOfEither (vote-share-bases.ts) to judge when both bases are stated. */
  readonly voteSharesOfEither: PercentFigure[] = [];
  /** The first whole-election count of each meaning and place, by `meaning|place`. */
  private readonly firstCounts = new Map<string, CountFigure>();
  /** Counts read with no unit in Chinese prose (选民总数50。), with how to list them if found doubtful. */
  private readonly unitlessCounts = new Map<AnnouncedFigure, UnreadFigure>();
  /** Counts taken back as doubtful after a later statement disagreed with them. */
  private readonly retracted = new Set<AnnouncedFigure>();
  /** Counts of voters and electorate read, and whether each counts households (settleHouseholds). */
  private readonly voterCounts: {
    figure: AnnouncedFigure;
    households: boolean;
    span: TextSpan;
    sentence: readonly [number, number];
  }[] = [];
  /** Which total the groups of a summary are parts of. */
  private readonly summary = new SummaryTotals();
  /** The first place the text names (its title's village, or a summary's township): its own. */
  private readonly ownPlace: string | null;
  /** Whether the text names a count of voters or ballots without doubt (参加投票的选民855人, 收回选票716张). */
  private readonly statesPlainBallots: boolean;

  constructor(
    private readonly original: string,
    private readonly folded: string,
    election?: Election,
  ) {
    this.resolveContest = contestResolver(election);
    this.times = textTimes(folded);
    this.englishPlaces = englishPlaceHeadings(folded);
    this.candidateNames = (election?.contests ?? [])
      .flatMap((contest) => contest.candidates.map((candidate) => normalizeText(candidate.name)))
      .filter((name) => name !== '')
      .sort((a, b) => b.length - a.length);
    this.candidateSet = new Set(this.candidateNames);
    this.ownPlace = placeScope(folded.slice(0, OWN_PLACE_REACH), null, true);
    this.statesPlainBallots = PLAIN_BALLOT_COUNT.test(folded);
  }

  readSentence(sentence: Sentence): void {
    // A line with no figure of people or places (a heading such as 三、村党组织换届情况, or 年龄：平均年龄
    // 44.96岁) starts the people of a summary afresh.
    // A sentence closed by 。 that only gives a date or a time (投票时间为上午9时至下午3点半。) is no heading;
    // a section's mark is one wherever a copy put it (…召开。（二）村民委员会换届选举结果).
    if (sentence.clauses.every((clause) => clause.tokens.every(isNoCount)) && this.isHeading(sentence))
      this.summary.paragraph();
    this.summary.sentence(/^\s*其中/.test(this.folded.slice(sentence.start, sentence.end)));
    const text = this.folded.slice(sentence.start, sentence.end);
    const state: SentenceState = {
      correction: isCorrection(text),
      contest: null,
      lastFigure: null,
      lastVotes: null,
      votes: [],
      counts: [],
      groups: [],
      respectively: null,
      respectiveNames: null,
      respectivelyRefused: null,
      respectiveGroups: null,
      lastRefusal: null,
      respectiveVoters: [],
      beforeBracket: null,
      afterBracket: false,
      partsInBracket: false,
      amongPlaces: null,
      attendance: { expected: null, present: null, count: 0 },
      text,
      start: sentence.start,
      // 第一村民小组：应到户代表64户，实到58户。发出选票58张: a numbered group named on the line holds for
      // the line's later sentences, until another place is named.
      place: {
        name:
          sentence.paragraphStart || !NUMBERED_PART.test(this.linePlace ?? '') || OPENS_WITH_TOTAL.test(text)
            ? null
            : this.linePlace,
        scannedTo: sentence.start,
      },
    };
    for (const [clauseIndex, clause] of sentence.clauses.entries()) {
      let floor = clause.start;
      // A heading such as 主任： sets the contest for the rest of the sentence.
      for (const colon of clause.colons) {
        const heading = this.folded.slice(floor, colon);
        if (clause.tokens.some((token) => token.span[0] >= floor && token.span[0] < colon)) break;
        const contest = this.resolveContest(heading);
        // 女性成员：15名 and Members aged under 35: 12 count people of a summary, not votes in a contest.
        const next = clause.tokens.find((token) => token.span[0] > colon);
        const countsPeople =
          GROUP_HEADING.test(heading) || (next?.unit != null && PERSON_UNITS.has(next.unit));
        if (contest && !countMeaningOf(heading) && !countsPeople) {
          state.contest = contest;
          floor = colon + 1;
        }
      }
      if (this.folded[clause.start - 1] === ';') this.summary.semicolon();
      if (clause.tokens.length === 0) this.readTotalMark(this.folded.slice(floor, clause.end), state);
      let labelStart = floor;
      // Shares from each token to the end of the clause, counted once so that long clauses stay linear.
      let sharesFromHere = clause.tokens.filter((token) => token.percent).length;
      clause.tokens.forEach((token, index) => {
        const trailerEnd = clause.tokens[index + 1]?.span[0] ?? clause.end;
        const figure = this.readNumber(
          token,
          Math.max(labelStart, floor, token.span[0] - LABEL_REACH),
          trailerEnd,
          clause,
          sharesFromHere,
          state,
        );
        if (token.percent) sharesFromHere--;
        // The next label starts after this figure's words (16个村（社区）ends after the places).
        labelStart = Math.max(token.end, figure?.origin.span?.[1] ?? 0);
      });
      this.readElected(sentence, clauseIndex, floor, state);
    }
    this.addCommitteeOfPosts(state.groups);
    this.placeBefore(sentence.end, state);
    this.linePlace = state.place.name;
  }

  /**
   * Whether a sentence reads as a heading: one that starts with a section's mark (三、, （二）, 2.), or a
   * line's first sentence that no full stop closes (村（社区）党组织换届情况, 年龄：成员平均年龄44.96岁).
   */
  private isHeading(sentence: Sentence): boolean {
    const text = this.folded.slice(sentence.start, sentence.end);
    if (SECTION_MARK.test(text)) return true;
    return sentence.paragraphStart && !/[。！？!?.]/.test(this.folded.charAt(sentence.end));
  }

  /**
   * 产生主任434名，副主任58名，委员1055名 states a committee by its posts only: their sum is the
   * committee's total, which later parts (妇女干部175名) and words (占村委会干部总数的) refer to.
   */
  private addCommitteeOfPosts(groups: readonly GroupFigure[]): void {
    const totals = groups.filter((group) => group.partOf === null);
    const posts = POSTS.map((post) => totals.filter((group) => post.test(group.label)));
    if (posts.some((found) => found.length > 1)) return;
    const [chair, vice, member] = posts.map((found) => found[0]);
    if (!chair || !member) return;
    const stated = [chair, vice, member].filter((group) => group !== undefined);
    const first = stated.reduce((a, b) => ((a.origin.span?.[0] ?? 0) <= (b.origin.span?.[0] ?? 0) ? a : b));
    const last = stated.reduce((a, b) => ((a.origin.span?.[1] ?? 0) >= (b.origin.span?.[1] ?? 0) ? a : b));
    const label = stated.map((group) => group.label).join('+');
    this.summary.committeeOfPosts(label);
    this.figures.push({
      kind: 'group',
      label,
      partOf: null,
      value: stated.reduce((sum, group) => sum + group.value, 0n),
      sumOf: stated.map((group) => group.label),
      origin: this.origin([first.origin.span?.[0] ?? 0, last.origin.span?.[1] ?? 0]),
    });
  }

  private readNumber(
    token: NumberToken,
    labelStart: number,
    trailerEnd: number,
    clause: Sentence['clauses'][number],
    sharesFromHere: number,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const label = this.folded.slice(labelStart, token.span[0]);
    const trailer = this.folded.slice(token.end, trailerEnd);
    // Since the figure before: a bracket closed (51人（其中…5人），占比82.3%), which ends what it opened.
    const lastEnd = state.lastFigure?.origin.span?.[1] ?? labelStart;
    const closed = /[）)]/.test(
      this.folded.slice(Math.max(lastEnd, token.span[0] - LABEL_REACH), token.span[0]),
    );
    state.afterBracket = closed && state.beforeBracket !== null;
    if (closed && state.partsInBracket) {
      state.partsInBracket = false;
      this.summary.bracketClosed();
    }
    this.refusal = token.approximate
      ? 'approximate'
      : token.inExpression
        ? 'in-expression'
        : token.garbled
          ? 'garbled'
          : token.tooLarge
            ? 'too-large'
            : state.correction
              ? 'corrected'
              : (token.age ?? null);
    const figure =
      token.approximate ||
      token.age ||
      token.inExpression ||
      token.garbled ||
      token.tooLarge ||
      state.correction
        ? null
        : token.percent
          ? this.percentFigure(token, labelStart, label, trailer, sharesFromHere, state)
          : this.countingFigure(
              token,
              labelStart,
              label,
              trailer,
              trailerEnd,
              trailerEnd === clause.end,
              state,
            );
    state.lastRefusal = figure ? null : (this.refusal ?? 'no-meaning');
    // A count left unread (2600多万名选民参加投票，占登记选民的94.5%) is the part of a share right after it:
    // no earlier figure is. A change (比上届增加3名，占25.9%) is said of the figure before it, which stays.
    if (!figure && !token.percent && state.lastRefusal !== 'change') state.lastFigure = null;
    // An unread count of votes (吕燕（女，得票842票，得票率70.4%）) is what the 得票率 or 当选 after it speak of:
    // the votes of another candidate read before it are not.
    if (!figure && token.unit !== null && VOTE_COUNT_UNITS.has(token.unit)) state.lastVotes = null;
    if (!figure) {
      this.listUnread(token.span, [clause.start, clause.end], this.refusal);
      return null;
    }
    this.figures.push(figure);
    // A bracket opened since the figure before, in this clause or an earlier one (（其中，全日制…5人）).
    const sinceLast = this.folded.slice(
      Math.max(lastEnd, state.start, token.span[0] - LABEL_REACH),
      token.span[0],
    );
    if (OPEN_BRACKET.test(sinceLast)) {
      state.beforeBracket = state.lastFigure;
      if (PART_MARK.test(sinceLast)) state.partsInBracket = true;
    }
    state.lastFigure = figure;
    if (figure.kind === 'votes') {
      state.lastVotes = figure;
      state.votes.push(figure);
    }
    if (figure.kind === 'count') state.counts.push(figure);
    if (figure.kind === 'group') {
      state.groups.push(figure);
      this.noteAttendance(figure, state.attendance);
    }
    return figure;
  }

  /**
   * 有高中以上学历的书记占73.7%，…，其中大专学历的有3806人: 其中 after a share of a group whose count the
   * text never states opens parts of that group (its count unknown), not of an earlier total.
   */
  private partsOfShareJustRead(state: SentenceState): boolean {
    const last = state.lastFigure;
    if (last?.kind !== 'percent' || last.part.kind !== 'group' || this.summary.isPlaced(last.part.label))
      return false;
    this.summary.namedTotal(last.part.label);
    return true;
  }

  /**
   * The place the sentence names before `end` (甲村 in 甲村登记选民800人，参加投票700人), null for the notice's
   * own. The sentence is searched once, from where the last search stopped, so that a sentence of many
   * counts is read in linear time.
   */
  private placeBefore(end: number, state: SentenceState): string | null {
    // A little overlap, so that a place written across the last stop is found whole.
    const from = Math.max(state.start, state.place.scannedTo - PLACE_OVERLAP);
    if (end > state.place.scannedTo) {
      for (const [word] of this.folded.slice(from, end).matchAll(PLACE_OR_ALL)) {
        // 第一投票站…，第二投票站…；合计发出选票1300张, 流动票箱投票96人，参加投票的选民共1401人: the sum of
        // the stations is of the whole place again (共 before a number only after a station: 甲村…共1200人
        // stays 甲村's).
        if (ALL_PLACES.test(word)) state.place.name = '';
        else if (word !== '共') state.place.name = word;
        else if (POLLING_STATION.test(state.place.name ?? '')) state.place.name = '';
      }
      state.place.scannedTo = end;
    }
    return placeScope(state.place.name ?? '', this.ownPlace);
  }

  /** 比上届增加572人和104人, 分别提高了11.0%、2.9%: a number joined to a change just read is a change too. */
  private changeGoesOn(label: string, state: SentenceState): boolean {
    return state.lastRefusal === 'change' && NEXT_SHARE.test(label);
  }

  /**
   * 村党组织书记和村委会主任分别有4021人和2441人: the first count takes the first label, each count after
   * it (joined by 和, 、) the next; null when the count is not one of such a list.
   */
  private respectiveGroup(label: string, state: SentenceState): string | null {
    const listed = RESPECTIVE_GROUPS.exec(groupLabel(label));
    if (listed?.[1] !== undefined) {
      const labels = listed[1].split(/[和及与、]/).filter((name) => name !== '');
      if (labels.length < 2) return null;
      state.respectiveGroups = labels.slice(1);
      return labels[0] ?? null;
    }
    const next = state.respectiveGroups;
    state.respectiveGroups = null;
    if (!next || !NEXT_SHARE.test(label)) return null;
    const [first, ...rest] = next;
    if (rest.length > 0) state.respectiveGroups = rest;
    return first ?? null;
  }

  /**
   * Lists a figure unread with the clause it stands in; past UNREAD_KEPT only counts it by reason, and
   * builds nothing, so that memory stays bounded.
   */
  private listUnread(span: TextSpan, clause: readonly [number, number], reason: UnreadReason | null): void {
    if (this.unread.length >= UNREAD_KEPT) {
      this.countBeyond(reason ?? 'no-meaning');
      return;
    }
    this.unread.push({
      span,
      text: this.original.slice(span[0], span[1]),
      context: quoteWindow(this.original, clause[0], clause[1], span),
      ...(reason ? { reason } : {}),
    });
  }

  countBeyond(reason: UnreadReason, count = 1): void {
    if (count === 0) return;
    this.unreadBeyond.count += count;
    this.unreadBeyond.byReason[reason] = (this.unreadBeyond.byReason[reason] ?? 0) + count;
  }

  private countingFigure(
    token: NumberToken,
    labelStart: number,
    label: string,
    trailer: string,
    trailerEnd: number,
    lastInClause: boolean,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const value = wholeNumber(token.value);
    if (value === null) return null;
    // 女性成员占比40%（2名）: the count of the share's part, in brackets after it (count-of-share.ts).
    const ofShare = countOfShareInBrackets(
      this.folded,
      token.span,
      token.end,
      token.unit,
      value,
      state.lastFigure,
    );
    if (ofShare) return { ...ofShare, origin: this.origin(token.span) };
    // 比上届增加了240名, 从19人增到28人: a change, or a figure of another time, not one of this election.
    if (
      CHANGE.test(label) ||
      /从\s*$/.test(label) ||
      CHANGED_TO.test(trailer) ||
      this.changeGoesOn(label, state)
    ) {
      this.refusal = 'change';
      return null;
    }
    // A ballot count is of people (人, 名, 位) or of ballots (张, 票, 份), never of places or households.
    const countable = token.unit === null || !/^(个|户)$/.test(token.unit);
    // By 10 a.m., 612 voters had cast ballots; In 2021 … 1,544 voted: not the result (english-other-time.ts).
    if (
      countable &&
      (countMeaningOf(label) ?? countMeaningOf(trailer)) !== null &&
      atAnotherTime(
        this.folded.slice(Math.max(state.start, token.span[0] - OTHER_TIME_REACH), token.span[0]),
        this.times,
      )
    ) {
      this.refusal = 'other-time';
      return null;
    }
    // Two villages, with a combined 2,870 registered voters: a count of some places, not the whole.
    if (
      countable &&
      this.times.english &&
      (countMeaningOf(label) ?? countMeaningOf(trailer)) !== null &&
      ofSomePlaces(this.folded.slice(Math.max(state.start, token.span[0] - SOME_PLACES_REACH), token.span[0]))
    ) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // 共有选民1234人参加投票: 共有选民 names who they are, the predicate after the count what they did.
    const voted = electorateInOtherWordsOnly(label) && VOTED_AFTER.test(trailer);
    // 参加投票户数1105户 in a notice of an election by household representatives: one ballot a household.
    const byHouseholds = token.unit === '户' && this.folded.includes('户代表');
    const fromLabel = byHouseholds
      ? householdCountMeaning(label)
      : countable && !voted
        ? countMeaningOf(label)
        : null;
    if (fromLabel) {
      this.refusal = this.doubtAbout(fromLabel, label, token, value, state);
      if (this.refusal !== null) return null;
      const read = this.count(fromLabel, value, this.spanFrom(labelStart, token.end), state, label);
      if (fromLabel === 'registered' || fromLabel === 'cast')
        this.voterCounts.push({
          figure: read,
          households: byHouseholds || /户代表/.test(label),
          span: token.span,
          sentence: [state.start, state.start + state.text.length],
        });
      if (read.kind === 'count' && read.contest === null) {
        const key = `${fromLabel}|${read.scope ?? ''}`;
        if (!this.firstCounts.has(key)) this.firstCounts.set(key, read);
        if (token.unit === null && /[\u3400-\u9fff]/.test(label))
          this.unitlessCounts.set(read, {
            span: token.span,
            text: this.original.slice(token.span[0], token.span[1]),
            context: quoteWindow(this.original, state.start, this.original.length, token.span),
            reason: 'doubtful-figure',
          });
      }
      return read;
    }
    // 甲获得4210张赞成票, 甲以4210张选票当选: votes counted in ballots.
    // 甲得票500张: 得票 (votes received) before the count says the ballots are votes.
    const ballotsOfVotes =
      token.unit === '张' && (BALLOTS_OF_VOTES.test(trailer) || VOTES_RECEIVED.test(label));
    const isVotes =
      token.unit !== null ? VOTE_UNITS.has(token.unit) || ballotsOfVotes : state.contest !== null;
    if (isVotes)
      return this.votesFigure(token, labelStart, label, value, ballotsOfVotes ? trailer : '', state);
    // 共有1322人参加投票: the words after the count say what it is, when they are its predicate; not in
    // 12名报名参选村委会成员的村民 (a count of villagers who stood), where they describe another noun.
    const fromTrailer =
      countable && !RELATIVE_CLAUSE.test(trailer)
        ? (countMeaningOf(trailer) ?? (electorateNamedAfter(label, trailer) ? 'registered' : null))
        : null;
    // 该村有226名村民参选 beside 收回选票716张: those who stood, or who voted? Unread, never compared.
    if (fromTrailer === 'cast' && this.standingOrVoting(trailer)) {
      this.refusal = 'doubtful-label';
      return null;
    }
    if (fromTrailer)
      return this.count(fromTrailer, value, this.spanTo(token.span[0], trailerEnd), state, trailer);
    // 产生193名居委会成员, 在9个村委会主任中: the people are named after their count.
    // 63名两委成员中高中以上37名: the people named after their count, then 中 and a part in the clause.
    const namedAfter = lastInClause ? PEOPLE_AFTER.exec(trailer) : PEOPLE_AMONG_THEN_PART.exec(trailer);
    if (
      namedAfter?.[1] &&
      /^(人|名|位|个)$/.test(token.unit ?? '') &&
      (groupLabel(label).replace(/^在$/, '') === '' ||
        (namedAfter[2] !== undefined && AMONG_QUALIFIED.test(label.trim())))
    )
      return this.group('people', label, labelStart, token, value, trailer, undefined, {
        label: groupLabel(namedAfter[1]),
        // Mid-clause, 中 is kept with the total so that the part's label starts after it.
        length: lastInClause ? namedAfter[0].replace(/(中)?\s*$/, '').length : namedAfter[0].length,
        namesTotal: namedAfter[2] !== undefined,
      });
    if (token.unit !== null && PERSON_UNITS.has(token.unit)) {
      if (PART_MARK.test(label)) this.partsOfShareJustRead(state);
      const respective = this.respectiveGroup(label, state);
      return this.group(
        'people',
        label,
        labelStart,
        token,
        value,
        trailer,
        undefined,
        respective === null ? undefined : { label: respective, length: 0, namesTotal: false },
      );
    }
    if (token.unit === 'villages' || token.unit === 'communities')
      return this.group('places', label, labelStart, token, value, trailer, '');
    const among = this.placesAmong(token, label, labelStart, trailer, lastInClause, value, state);
    if (among) return among;
    const place = PLACE_NOUN.exec(this.folded.slice(token.end, trailerEnd));
    // 全市应换届的1022个村，已完成换届选举1015个: villages counted by what they did, after their total.
    const doneByPlaces =
      token.unit === '个' && PLACES_DONE.test(label) && state.groups.some((group) => group.places === true);
    if ((token.unit === '个' || place) && (place || doneByPlaces || /村|社区|一肩挑/.test(label)))
      return this.group('places', label, labelStart, token, value, trailer, place?.[0]);
    // English summaries: `64 committee members were elected`, `Women: 17`.
    if (ENGLISH_PEOPLE_AFTER.test(trailer) || (/:\s*$/.test(label) && GROUP_HEADING.test(label)))
      return this.group('people', label, labelStart, token, value, trailer);
    return null;
  }

  /**
   * A candidate's votes: the name ends the words before the count (甲获得4210票, 甲以4210张选票), or is
   * the next of a list given respectively (甲、乙和丙分别以1802票、1766票和1750票). A name the reader cannot
   * tell from the words around it leaves the count unread.
   */
  private votesFigure(
    token: NumberToken,
    labelStart: number,
    label: string,
    value: bigint,
    ballotWords: string,
    state: SentenceState,
  ): VotesFigure | null {
    const end = token.end + (BALLOTS_OF_VOTES.exec(ballotWords)?.[0].length ?? 0);
    const respective = RESPECTIVE_VOTES.exec(label);
    if (respective?.[1] !== undefined) {
      const names = respective[1].split(NAME_LIST).map((name) => name.trim());
      if (names.length < 2 || !names.every((name) => isPersonName(name, this.candidateSet))) {
        this.refusal = 'not-a-name';
        return null;
      }
      // Names are read from the original text, as written.
      const namesStart = labelStart + label.lastIndexOf(respective[1]);
      const written = this.original
        .slice(namesStart, namesStart + respective[1].length)
        .split(NAME_LIST)
        .map((name) => name.trim());
      state.respectiveNames = written.slice(1);
      state.respectiveVoters = written;
      const inline = this.resolveContest(label.slice(0, namesStart - labelStart));
      return this.votes(state.contest ?? inline, written[0]?.trim() ?? '', value, [labelStart, end], state);
    }
    const next = state.respectiveNames;
    if (next && NEXT_SHARE.test(label)) {
      const name = next.shift();
      if (next.length === 0) state.respectiveNames = null;
      if (name !== undefined) return this.votes(state.contest, name, value, [token.span[0], end], state);
    }
    state.respectiveNames = null;
    const name = this.nameIn(label) ?? this.nameClauseBefore(labelStart, label);
    if (!name) return null;
    const [nameStart, nameEnd] = [labelStart + name[0], labelStart + name[1]];
    const candidate = this.original.slice(nameStart, nameEnd);
    if (!isPersonName(candidate, this.candidateSet)) {
      this.refusal = 'not-a-name';
      return null;
    }
    const inline = name[0] > 0 ? this.resolveContest(label.slice(0, name[0])) : null;
    return this.votes(state.contest ?? inline, candidate, value, [nameStart, end], state);
  }

  /**
   * 主任：蒋文，得票1012票 and ；曹阳（女），得票960票: a clause that is a name alone (with the sex in brackets),
   * after a heading's colon, a semicolon or a line's start, names the votes of the clause that follows it
   * when that clause says only 得票. As offsets from `labelStart` (before it); null otherwise.
   */
  private nameClauseBefore(labelStart: number, label: string): readonly [number, number] | null {
    if (!/^\s*得票(?:数为?|为)?\s*$/.test(label)) return null;
    const before = this.folded.slice(Math.max(0, labelStart - NAME_CLAUSE_REACH), labelStart);
    const clause = NAME_CLAUSE.exec(before);
    const name = clause?.[1];
    if (clause === null || name === undefined) return null;
    const from = before.length - clause[0].length + clause[0].indexOf(name);
    return [from - before.length, from - before.length + name.length];
  }

  /**
   * Why a count whose label names a ballot figure must stay unread, or null when it is certain: its
   * meaning word is qualified by a way of voting (直接参加投票, 委托投票: a part of the ballots cast, not
   * them) or stands far from the number (`voted at a polling centre … between 9`); or it has no unit, may
   * be cut short by the copy (选民总数50。) and disagrees with the same count stated before. A void
   * verdict is judged on these counts, so none of them is taken on a doubt.
   */
  private doubtAbout(
    meaning: CountMeaning,
    label: string,
    token: NumberToken,
    value: bigint,
    state: SentenceState,
  ): UnreadReason | null {
    const words = meaningWordsOf(label);
    if (words === null) return null;
    // 第一投票站发出选票820张: one polling station's count is a part of the election's, never its account.
    if (POLLING_STATION.test(this.placeBefore(token.span[0], state) ?? '')) return 'doubtful-label';
    const before = label.slice(0, words.index);
    const after = label.slice(words.index + words.length);
    // A run of spaces pads a column (`Valid ballots           2,001`): as far as one space.
    const gap = after.replace(/[^\S\n]+/g, ' ');
    if (WAY_OF_VOTING.test(before) || gap.length > LABEL_GAP || ENGLISH_GAP.test(after))
      return 'doubtful-label';
    if (meaning === 'cast' && this.standingOrVoting(label)) return 'doubtful-label';
    const key = `${meaning}|${this.placeBefore(token.span[0], state) ?? ''}`;
    const earlier = this.firstCounts.get(key);
    if (earlier === undefined || earlier.value === value) return null;
    // 参加投票5200人，其中参加投票…: a part after 其中, never the same figure stated again.
    if (PART_MARK.test(label)) return 'doubtful-label';
    // 登记选民1500人 … 应参选选民1495名: those due to vote may leave out some registered (gone away); not
    // the same figure stated twice.
    if (DUE_VOTERS.test(label) || DUE_VOTERS.test(this.folded.slice(...(earlier.origin.span ?? [0, 0]))))
      return 'doubtful-label';
    if (token.unit === null && /[\u3400-\u9fff]/.test(label)) return 'doubtful-figure';
    // 选民总数50。 … 登记选民329人: the unitless one stated first is the doubtful one; it is listed instead.
    const doubtful = this.unitlessCounts.get(earlier);
    if (doubtful !== undefined) {
      this.retracted.add(earlier);
      if (this.unread.length < UNREAD_KEPT) this.unread.push(doubtful);
      else this.countBeyond('doubtful-figure');
      this.firstCounts.delete(key);
    }
    return null;
  }

  /**
   * 参选 alone may be to vote or to stand (参选的有13人): a count named only by it is doubtful when the text
   * also names a count of voters or ballots without doubt, which it may then contradict for no fault; and
   * always after 报名 (报名参选的有12人: those who signed up to stand).
   */
  private standingOrVoting(words: string): boolean {
    return namedOnlyByStanding(words) && (this.statesPlainBallots || SIGNED_UP_TO_STAND.test(words));
  }

  /**
   * Households (参加投票户代表648户) and people (登记选民3216人) counted as voters or electorate in one notice:
   * which is the electorate of the election by household representatives is not certain, and a turnout
   * or a quorum of households in people would mix two measures (a valid election called void). So too
   * when the notice says the election was by household representatives (采取户代表投票方式) and counts
   * voters in people only. Every such count is taken back and listed unread (doubtful-label). Called
   * once, after every sentence.
   */
  settleHouseholds(): void {
    const byHouseholds =
      this.voterCounts.some((count) => count.households) || HOUSEHOLD_ELECTION.test(this.folded);
    if (!byHouseholds || this.voterCounts.every((count) => count.households)) return;
    for (const count of this.voterCounts) {
      this.retracted.add(count.figure);
      this.listUnread(count.span, count.sentence, 'doubtful-label');
    }
  }

  /** The figures read, without the unitless counts found doubtful afterwards. */
  keptFigures(): AnnouncedFigure[] {
    return this.retracted.size === 0
      ? this.figures
      : this.figures.filter((figure) => !this.retracted.has(figure));
  }

  /** The unread numbers in text order (a count found doubtful afterwards is listed late). */
  unreadInOrder(): UnreadFigure[] {
    return this.retracted.size === 0 ? this.unread : [...this.unread].sort((a, b) => a.span[0] - b.span[0]);
  }

  private votes(
    contest: AnnouncedContest | null,
    candidate: string,
    value: bigint,
    span: TextSpan,
    state: SentenceState,
  ): VotesFigure {
    const scope = this.placeBefore(span[1], state);
    return {
      kind: 'votes',
      contest,
      candidate,
      value,
      ...(scope === null ? {} : { scope }),
      origin: this.origin(span),
    };
  }

  /** A clause with no number: 其中， opens parts; 村委会成员中， names their total. */
  private readTotalMark(words: string, state: SentenceState): void {
    if (PART_MARK.test(words)) {
      if (!this.partsOfShareJustRead(state)) this.summary.partMark();
      return;
    }
    const named = NAMED_TOTAL.exec(words.trim());
    if (named?.[1]) this.summary.namedTotal(groupLabel(named[1]));
  }

  private count(
    meaning: CountMeaning,
    value: bigint,
    span: TextSpan,
    state: SentenceState,
    words = '',
  ): AnnouncedFigure {
    // Two villages' results under a heading line each (english-places.ts): each heading is a place.
    const scope = this.placeBefore(span[1], state) ?? englishPlaceAt(this.englishPlaces, span[0]);
    return {
      kind: 'count',
      meaning,
      contest: meaning === 'abstained' ? state.contest : null,
      value,
      ...(scope === null ? {} : { scope }),
      ...(meaning === 'cast' && namedOnlyByStanding(words) ? { namedByStanding: true as const } : {}),
      origin: this.origin(span),
    };
  }

  private group(
    kind: GroupKind,
    label: string,
    labelStart: number,
    token: NumberToken,
    value: bigint,
    trailer: string,
    placeNoun?: string,
    namedAfter?: { label: string; length: number; namesTotal: boolean },
  ): GroupFigure | null {
    const englishNoun = ENGLISH_PEOPLE_AFTER.exec(trailer)?.[1];
    let name = groupLabel(label);
    let end = token.end;
    let totalMark =
      kind === 'places' ? PLACES_TOTAL_MARK.test(label) : TOTAL_MARK.test(`${label} ${trailer}`);
    if (namedAfter) {
      name = namedAfter.label;
      end = token.end + namedAfter.length;
      totalMark ||= namedAfter.namesTotal;
    } else if (placeNoun === '') name = token.unit ?? '';
    else if (placeNoun !== undefined) {
      // 全镇16个村（社区）: places named after their count are the township's; parts name them before
      // the count (实现“一肩挑”的村15个) or not at all (“一肩挑”的15个).
      end = token.end + placeNoun.length;
      name = this.original.slice(token.end, end).trim();
      totalMark = true;
    } else if (name === '' && englishNoun !== undefined) {
      end = token.end + (ENGLISH_PEOPLE_AFTER.exec(trailer)?.[0].length ?? 0);
      name = groupLabel(englishNoun);
    } else if (name === '' && token.unit !== null && /^(women|men)$/.test(token.unit)) name = token.unit;
    if (name === '') return null;
    // 本届村支书中45周岁以下5名: the words before 中 name the total of this part and of those after it.
    const among = kind === 'people' && !namedAfter ? AMONG_BODY.exec(name) : null;
    if (among?.[1] !== undefined && among[2] !== undefined) {
      this.summary.namedTotal(among[1]);
      name = among[2];
    }
    // 8个村一次选举成功: what the places were said of, which a later count may repeat of another subject.
    const said = placeNoun ? saidOfPlaces(trailer.slice(placeNoun.length)) : '';
    const placed = this.summary.add(name, kind, totalMark, PART_MARK.test(label), said);
    // 在9个村委会主任中，党员8人…: the parts that follow are of these 9.
    if (namedAfter?.namesTotal) this.summary.namedTotal(name);
    return {
      kind: 'group',
      label: name,
      partOf: placed.partOf,
      value,
      ...(kind === 'places' ? { places: true } : {}),
      ...(placed.implied ? { implied: true } : {}),
      ...(placed.first ? { first: true } : {}),
      origin: this.origin(this.spanFrom(labelStart, end)),
    };
  }

  private percentFigure(
    token: NumberToken,
    labelStart: number,
    label: string,
    trailer: string,
    sharesFromHere: number,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const words = `${label} ${trailer}`;
    // 各占30%左右: no exact share.
    if (APPROXIMATE_AFTER_SHARE.test(trailer)) {
      this.refusal = 'approximate';
      return null;
    }
    this.voteShareOfEither = null;
    // 吴小兰（801票，69.42%）: a share after the votes in one bracket is theirs, as in 吴小兰801票（69.42%）.
    const afterVotes = votesThenShare(this.folded, token.span[0]);
    const share = this.shareOf(afterVotes ? '(' : label, trailer, labelStart, words, sharesFromHere, state);
    if (!share && this.voteShareOfEither)
      this.voteSharesOfEither.push({
        kind: 'percent',
        value: token.value,
        part: this.voteShareOfEither,
        whole: { kind: 'count', meaning: 'cast' },
        origin: this.origin(this.spanFrom(labelStart, token.span[1])),
      });
    if (!share) return null;
    // 占总数的28.6%, accounted for 28.6% of the total: a base named in the share's own words, the only
    // base a share with no stated part is judged by (share-of-known-base.ts), within its paragraph.
    const named = !BRACKETED_SHARE.test(label) && namesItsBase(label, trailer);
    // 得票率…（以有效票计）: a vote share whose base is written out is judged of that base alone.
    const rateBase = share.part.kind === 'votes' ? namedRateBase(words) : null;
    if (rateBase === 'other') {
      this.refusal = 'named-base';
      return null;
    }
    return {
      kind: 'percent',
      value: token.value,
      part: share.part,
      whole: rateBase === null ? share.whole : { kind: 'count', meaning: rateBase },
      ...(named ? { namedBaseFrom: this.folded.lastIndexOf('\n', labelStart) + 1 } : {}),
      ...(rateBase === null ? {} : { baseNamed: true as const }),
      paragraphEnd: paragraphEndFrom(this.folded, token.span[1]),
      origin: this.origin(this.spanFrom(labelStart, token.span[1])),
    };
  }

  /** What a percentage is a share of, from the words around it; null when they do not say. */
  private shareOf(
    label: string,
    trailer: string,
    labelStart: number,
    words: string,
    sharesFromHere: number,
    state: SentenceState,
  ): { part: ShareTerm; whole: ShareTerm } | null {
    const cast: ShareTerm = { kind: 'count', meaning: 'cast' };
    // 占比较上届提高6%: a change against another term, no share of a stated count.
    if (CHANGE.test(label) || this.changeGoesOn(label, state)) {
      this.refusal = 'change';
      state.respectively = null;
      return null;
    }
    // The second and later shares of 分别占…的11.7%和0.5%.
    const pending = state.respectively;
    const refused = state.respectivelyRefused;
    state.respectively = null;
    state.respectivelyRefused = null;
    if (refused && NEXT_SHARE.test(label)) {
      this.refusal = state.respectivelyRefused = refused;
      return null;
    }
    if (pending && NEXT_SHARE.test(label)) {
      const [part, ...rest] = pending.parts;
      if (!part) return null;
      if (rest.length > 0) state.respectively = { parts: rest, whole: pending.whole };
      return { part, whole: pending.whole };
    }
    if (TURNOUT_RATE.test(words)) {
      // 在村选民参选率90.93%: of the voters in the village, not of all registered ones.
      if (PART_TURNOUT.test(words)) {
        this.refusal = 'named-base';
        return null;
      }
      // 参选率为94.25%，投票率为95.06%: two measures, and the second's base is not said.
      if (!/参选率|参与率|turnout/i.test(words) && /参选率/.test(state.text)) {
        this.refusal = 'ambiguous-base';
        return null;
      }
      return this.attendanceRate(state) ?? { part: cast, whole: { kind: 'count', meaning: 'registered' } };
    }
    if (VOTE_RATE.test(words)) {
      const rate = VOTE_RATE.exec(label);
      const name = this.nameIn(label.slice(0, rate?.index ?? label.length));
      if (name) {
        const candidate = this.original.slice(labelStart + name[0], labelStart + name[1]);
        return { part: { kind: 'votes', contest: state.contest, candidate }, whole: cast };
      }
      // 甲812票、乙497票，得票率分别为61.4%、37.6%: one rate for each candidate of the sentence, in order,
      // only when there are as many as rates (else which is whose is a guess).
      if (sharesFromHere > 1) {
        const [first, ...rest] = state.votes.map((votes): ShareTerm => ({
          kind: 'votes',
          contest: votes.contest,
          candidate: votes.candidate,
        }));
        if (state.votes.length !== sharesFromHere || !first) {
          this.refusal = state.respectivelyRefused = 'ambiguous-base';
          return null;
        }
        state.respectively = { parts: rest, whole: cast };
        return { part: first, whole: cast };
      }
      const votes = state.lastVotes;
      return votes
        ? { part: { kind: 'votes', contest: votes.contest, candidate: votes.candidate }, whole: cast }
        : null;
    }
    // 在18个省辖市中，有10个省辖市…，达标率55.6%: the rate of the part of those places.
    const among = state.amongPlaces;
    if (among?.part && PLACES_RATE.test(label.trim())) {
      state.amongPlaces = null;
      return {
        part: { kind: 'group', label: among.part.label },
        whole: { kind: 'group', label: among.total.label },
      };
    }
    // 女性15名（25.9%）, 1,322 (71.1%): a share of the count just before it.
    const bracketed = BRACKETED_SHARE.test(label);
    const at = bracketed ? 0 : label.search(SHARE_OF);
    // 有效率为99.1%, 回收率99.8%: a ballot count's rate, of the count's usual total (rate-of-part.ts).
    const ballotRate = at < 0 ? ballotRateNamed(label) : null;
    if (ballotRate) return this.wholeOf(ballotRate, '', trailer, cast);
    // 交叉任职3人，交叉任职率37.5%: a rate named after the group just read is that group's share (rate-of-part.ts).
    const rated = at < 0 ? rateOfGroupJustRead(label, state.lastFigure) : null;
    if (rated) return this.wholeOf(rated, '', trailer, cast);
    if (at < 0) return null;
    // 其中女性2人，所占比例为40%: 所占 is 占, and 所 no part's name.
    const before = bracketed ? '' : label.slice(0, at).replace(/所$/, '');
    // 妇女干部175名，少数民族干部8名，分别占…: the last groups read, one for each share of the clause.
    let respectively: ShareTerm[] = [];
    // 分别占…的 before the share word, or 比例分别达到 after it.
    if (RESPECTIVELY.test(before.trim()) || RESPECTIVELY_AFTER.test(label.slice(at))) {
      // 有效票1090张，无效票10张，分别占99.1%和0.9%: ballot counts, each of its usual total (rate-of-part.ts).
      const counts = countsGivenRespectively(state.counts, state.groups, sharesFromHere);
      if (counts) {
        const [first, ...rest] = counts;
        if (!first) return null;
        const share = this.wholeOf(first, label.slice(at), trailer, cast);
        if (share) state.respectively = { parts: rest, whole: share.whole };
        else state.respectivelyRefused = this.refusal ?? 'no-base';
        return share;
      }
      const groups = state.groups.slice(-sharesFromHere);
      if (sharesFromHere < 2 || groups.length < sharesFromHere) {
        this.refusal = 'ambiguous-base';
        return null;
      }
      respectively = groups.map((group): ShareTerm => ({ kind: 'group', label: group.label }));
      // 比例分别达到14.9%和15.1%: the pairing is clear, the base is not (each share may be of another
      // body: of villages, of members); 分别占总数的: of the total these parts were stated as parts of.
      if (namedBase(label.slice(at), trailer) === '') {
        const total = THE_TOTAL.test(label.slice(at)) ? sentenceTotalOf(groups, state.groups) : null;
        const [first] = respectively;
        if (total === null || first === undefined) {
          this.refusal = state.respectivelyRefused = 'no-base';
          return null;
        }
        state.respectively = { parts: respectively.slice(1), whole: { kind: 'group', label: total } };
        return { part: first, whole: { kind: 'group', label: total } };
      }
    }
    // `Women and party members accounted for…`: the clause starts after `and`, and the words before it
    // name people too — the part is all of them, never the last alone.
    const joined =
      respectively.length === 0 && groupLabel(before) !== '' ? joinedBefore(this.folded, labelStart) : null;
    const part =
      respectively[0] ??
      (joined === null
        ? this.partTerm(before, state)
        : this.partTerm(`${joined} and ${before}`, state, true));
    if (!part) return null;
    // 实到455名，占总户的98.27% (attendance-base.ts): those expected, stated in the sentence, are the base.
    const window = this.folded.slice(Math.max(0, labelStart - MEETING_REACH), labelStart);
    const base = bracketed ? '' : namedBase(label.slice(at), trailer);
    const attended = shareOfThoseExpected(base, part, state.attendance, window);
    if (attended) return attended;
    const share = this.wholeOf(part, bracketed ? '' : label.slice(at), trailer, cast);
    if (!share && respectively.length > 1) state.respectivelyRefused = this.refusal ?? 'no-base';
    if (share && respectively.length > 1)
      state.respectively = { parts: respectively.slice(1), whole: share.whole };
    return share;
  }

  /**
   * 应到户代表267名，实到260名，…，投票率为97.4% (an election by household representatives): with no
   * registered voters stated, the rate is of those expected (应到) and those present (实到) its sentence
   * states, one of each. Null when the text states registered voters, or the sentence no such pair, or
   * when a stated count of voters (or of ballots returned) differs from those present: the rate could be
   * of either, and stays a share of registered voters, whose count is not stated (unjudged, and said so).
   */
  private attendanceRate(state: SentenceState): { part: ShareTerm; whole: ShareTerm } | null {
    const { expected: whole, present: part, count } = state.attendance;
    if (count !== 2 || !whole || !part || part.value > whole.value) return null;
    if (this.firstCounts.has('registered|')) return null;
    const cast = this.firstCounts.get('cast|') ?? this.firstCounts.get('returned|');
    if (cast !== undefined && cast.value !== part.value) return null;
    return { part: { kind: 'group', label: part.label }, whole: { kind: 'group', label: whole.label } };
  }

  /**
   * 在18个省辖市中，有10个省辖市实现了…: places of one kind named by 在…中 (their total), then a count of the
   * same places in that sentence (a part of them), for the rate that follows (达标率55.6%). Kept to the
   * sentence; null for any other count.
   */
  private placesAmong(
    token: NumberToken,
    label: string,
    labelStart: number,
    trailer: string,
    lastInClause: boolean,
    value: bigint,
    state: SentenceState,
  ): GroupFigure | null {
    if (token.unit !== '个') return null;
    const named = lastInClause && /在\s*$/.test(label) ? PLACES_AMONG.exec(trailer) : null;
    if (named?.[1] !== undefined) {
      const total: GroupFigure = {
        kind: 'group',
        label: named[1],
        partOf: null,
        value,
        places: true,
        origin: this.origin([token.span[0], token.end + named[0].trimEnd().length]),
      };
      state.amongPlaces = { total, part: null };
      return total;
    }
    const among = state.amongPlaces;
    const words = trailer.trim();
    if (!among || among.part !== null || !/^有?\s*$/.test(label) || !words.startsWith(among.total.label))
      return null;
    if (words === among.total.label || value > among.total.value) return null;
    const part: GroupFigure = {
      kind: 'group',
      label: words,
      partOf: among.total.label,
      value,
      places: true,
      origin: this.origin(this.spanFrom(labelStart, token.end + trailer.trimEnd().length)),
    };
    among.part = part;
    return part;
  }

  /** Keeps the first group of those expected and of those present, counted, so that a rate looks them up at once. */
  private noteAttendance(group: GroupFigure, attendance: SentenceState['attendance']): void {
    if (ATTENDANCE_EXPECTED.test(group.label)) {
      attendance.expected ??= group;
      attendance.count++;
    } else if (ATTENDANCE_PRESENT.test(group.label)) {
      attendance.present ??= group;
      attendance.count++;
    }
  }

  /** The base of a share whose part is known: named in words after 占, or the part's usual total. */
  private wholeOf(
    part: ShareTerm,
    after: string,
    trailer: string,
    cast: ShareTerm,
  ): { part: ShareTerm; whole: ShareTerm } | null {
    const base = namedBase(after, trailer);
    const wholeMeaning = countMeaningOf(base) ?? ballotBaseNamed(after);
    if (wholeMeaning) {
      // 占登记选民的94.5% whose part would be the registered voters themselves: its part is not stated.
      if (part.kind === 'count' && part.meaning === wholeMeaning) {
        this.refusal = 'no-base';
        return null;
      }
      return { part, whole: { kind: 'count', meaning: wholeMeaning } };
    }
    if (base !== '') {
      // A base named in words: a group stated before, or one whose count the text does not give.
      if (part.kind !== 'group') {
        this.refusal = 'no-base';
        return null;
      }
      // 占委员总数60% after 主任1名，副主任1名，委员3名: the 3 委员, or all 5 members? The text does not say.
      if (this.summary.committeeHasPost(base)) {
        this.refusal = 'ambiguous-base';
        return null;
      }
      const whole = this.summary.knownLabel(base) ?? base;
      // 占委员总数的40% after 成员5名，其中…委员4名: the 4 委员, or all 5? (post-or-committee.ts)
      if (postAmongParts(whole, this.figures)) {
        this.refusal = 'ambiguous-base';
        return null;
      }
      return whole !== part.label ? { part, whole: { kind: 'group', label: whole } } : null;
    }
    if (part.kind === 'count') {
      const whole = defaultWholeOf(part.meaning);
      if (!whole) this.refusal = 'no-base';
      return whole ? { part, whole: { kind: 'count', meaning: whole } } : null;
    }
    // 王林812票，占62.1%: of the ballots cast (as 得票率); in brackets or after “or” the text does not say.
    if (part.kind === 'votes') {
      if (/占/.test(after)) return { part, whole: cast };
      this.refusal = 'ambiguous-base';
      this.voteShareOfEither = part;
      return null;
    }
    // 占总数的15.2% when no total is stated, 大专以上5120人占41.7% under a heading: unjudged, and said so.
    const total = this.summary.baseOf(part.label);
    if (total && total !== part.label) return { part, whole: { kind: 'group', label: total } };
    this.refusal = this.summary.isNested(part.label) ? 'ambiguous-base' : 'no-base';
    return null;
  }

  /** The part of a share: named before 占 (有效票占…, 女性成员占…), else the figure just read. */
  private partTerm(before: string, state: SentenceState, joined = false): ShareTerm | null {
    const meaning = joined ? null : countMeaningOf(before);
    if (meaning) return { kind: 'count', meaning };
    // 大专和本科学历的占…: stated groups named together are a part of their own, never the last of them.
    const together = labelsNamedTogether(
      before,
      (piece) => this.summary.knownLabel(piece) === piece,
      groupLabel,
    );
    if (together) return { kind: 'group', label: together.join(/[A-Za-z]/.test(before) ? ' and ' : '、') };
    const label = groupLabel(before);
    // Words joined by `and` name no one stated group, whatever their end matches.
    if (label !== '' && joined) return { kind: 'group', label };
    if (label !== '') return { kind: 'group', label: this.summary.knownLabel(label) ?? label };
    const last = state.afterBracket ? state.beforeBracket : state.lastFigure;
    if (!last) return null;
    switch (last.kind) {
      case 'count':
        return { kind: 'count', meaning: last.meaning };
      case 'votes':
        return { kind: 'votes', contest: last.contest, candidate: last.candidate };
      case 'group':
        return { kind: 'group', label: last.label };
      default:
        return null;
    }
  }

  private readElected(sentence: Sentence, clauseIndex: number, floor: number, state: SentenceState): void {
    const clause = sentence.clauses[clauseIndex];
    if (!clause) return;
    const text = this.folded.slice(clause.start, clause.end);
    const chinese = text.search(/当选/);
    const english = text.search(/\belected\b/i);
    if (chinese < 0 && english < 0) return;
    if (this.declareAbove(text, clause.start + chinese, state)) return;
    const at = clause.start + (chinese >= 0 ? chinese : english);
    const reach = Math.max(sentence.start, at - NAMES_REACH);
    const lastTokenEnd = lastTokenEndBefore(
      chinese >= 0 ? clause.start : reach,
      at,
      chinese >= 0 ? [clause] : sentence.clauses,
      chinese >= 0 ? 0 : clauseIndex,
    );
    const start =
      chinese >= 0
        ? clause.start
        : Math.max(reach, this.folded.slice(reach, at).lastIndexOf(':') + reach + 1);
    // Chinese names stand in the clause (A、B、C当选); English ones run across commas (A, B and C were elected).
    const regionStart = Math.max(start, chinese >= 0 ? floor : start, lastTokenEnd);
    for (const mention of findElected(this.folded, regionStart, clause.end)) {
      let names = mention.names
        .map(([from, to]) => this.original.slice(from, to).trim())
        .filter((name) => name !== '');
      // 甲以4210张选票当选, …1750票（总有效票2031票）当选: the winners are those whose votes were just read.
      const declared = mention.span[1] - 2;
      // Each 当选 of a clause speaks of the votes read before it (蒋华 748票（当选） 陆明 331票), never after.
      const near = Math.max(regionStart, lastTokenEndBefore(clause.start, declared, [clause], 0));
      const votesJustRead =
        declared - near <= 12 && BALLOT_WORDS_ONLY.test(this.folded.slice(near, declared));
      const lastVotes = this.votesBefore(declared, state.lastVotes);
      const fromVotes = (names.length === 0 || votesJustRead) && lastVotes !== null;
      // 吴刚（得票600张）、郑华（得票450张）当选: every name of the list, not only the last one given votes.
      const bracketed = fromVotes ? bracketedVoters(this.folded, Math.max(start, floor), declared) : null;
      // Set when the words name more than one candidate who may be meant: no one can be told.
      let untold = false;
      if (bracketed) names = bracketed.map(([from, to]) => this.original.slice(from, to).trim());
      else if (fromVotes && state.respectiveVoters.length > 0) names = [...state.respectiveVoters];
      else if (fromVotes && lastVotes) {
        const subject = this.subjectSince(lastVotes, declared);
        untold = subject === null;
        names = subject ?? [];
      }
      // Names are no lower-case words: `64 committee members were elected` declares no one.
      else if (chinese < 0 && names.every((name) => /^[a-z0-9]/.test(name))) continue;
      // 江小勇得票最多，当选为委员: the winner named in the clause before, as the one with the most votes.
      const before = names.length === 0 && !untold ? sentence.clauses[clauseIndex - 1] : undefined;
      const most = before ? mostVotesSubject(this.folded.slice(before.start, before.end)) : null;
      if (before && most) names = [this.original.slice(before.start + most[0], before.start + most[1])];
      if (names.length === 0 && !untold) continue;
      if (untold || !names.every((name) => isPersonName(name, this.candidateSet))) {
        // 2万名女性当选, …）当选: a declaration whose names cannot be told is listed, never judged.
        this.listUnread([mention.span[1] - 2, mention.span[1]], [clause.start, clause.end], 'not-a-name');
        continue;
      }
      const contest = this.resolveContest(mention.role) ?? state.contest ?? state.lastVotes?.contest ?? null;
      this.figures.push({
        kind: 'elected',
        contest,
        names,
        origin: this.origin(
          this.spanTo(fromVotes && chinese >= 0 ? mention.span[1] - 2 : mention.span[0], mention.roleEnd),
        ),
      });
    }
  }

  /**
   * 以上5人均当选 after a list of candidates and their votes: those whose votes were read since the last
   * 当选 before it, one elected figure for each contest, when they are as many as it says (any number for
   * 以上人员). Not as many, or none, and the declaration is listed unread (not-a-name). False when the
   * clause is no such declaration.
   */
  private declareAbove(text: string, declared: number, state: SentenceState): boolean {
    const many = electedAbove(text);
    if (many === null) return false;
    const since = this.folded.lastIndexOf('当选', declared - 1);
    const listed = new Map<string, VotesFigure>();
    for (const figure of this.recentVotes()) {
      if ((figure.origin.span?.[0] ?? -1) <= since) break;
      if (!listed.has(figure.candidate)) listed.set(figure.candidate, figure);
    }
    const votes = [...listed.values()].reverse();
    const names = votes.map((figure) => figure.candidate);
    const told =
      votes.length > 0 &&
      (many === 'all' || BigInt(votes.length) === many) &&
      names.every((name) => isPersonName(name, this.candidateSet));
    const span: TextSpan = [declared, declared + 2];
    if (!told) {
      this.listUnread(span, [state.start, state.start + state.text.length], 'not-a-name');
      return true;
    }
    const byContest = new Map<string, { contest: AnnouncedContest | null; names: string[] }>();
    for (const figure of votes) {
      const key = figure.contest?.text ?? '';
      const entry = byContest.get(key) ?? { contest: figure.contest, names: [] };
      entry.names.push(figure.candidate);
      byContest.set(key, entry);
    }
    for (const { contest, names: elected } of byContest.values())
      this.figures.push({ kind: 'elected', contest, names: elected, origin: this.origin(span) });
    return true;
  }

  /**
   * Who a 当选 with no name of its own elects: the candidate of the votes read last before it, unless
   * a candidate whose votes were read is named between (王林得票650票，李强得票520票，王林得票过半数，
   * 当选): then that one; null when more are, and no one can be told.
   */
  private subjectSince(votes: VotesFigure, declared: number): string[] | null {
    const between = this.original.slice(votes.origin.span?.[1] ?? declared, declared);
    const named = new Set<string>();
    for (const figure of this.recentVotes())
      if (between.includes(figure.candidate)) named.add(figure.candidate);
    if (named.size === 0) return [votes.candidate];
    return named.size === 1 ? [...named] : null;
  }

  /**
   * The votes read last before `at`: the sentence's last votes when they stand before it, else the last
   * figure of votes read before it (among the newest few figures, so that reading stays linear).
   */
  private votesBefore(at: number, last: VotesFigure | null): VotesFigure | null {
    if (!last) return null;
    const startOf = (figure: VotesFigure) => figure.origin.span?.[0] ?? -1;
    if (startOf(last) < at) return last;
    for (const figure of this.recentVotes()) if (figure !== last && startOf(figure) < at) return figure;
    return null;
  }

  /** The votes among the newest figures read, newest first: a few only, so that reading stays linear. */
  private *recentVotes(): Generator<VotesFigure> {
    const oldest = Math.max(0, this.figures.length - VOTES_LOOKBACK);
    for (let index = this.figures.length - 1; index >= oldest; index--) {
      const figure = this.figures[index];
      if (figure?.kind === 'votes') yield figure;
    }
  }

  /** A candidate's name at the end of a label: a name of the election if one is there, else a name-like word. */
  private nameIn(label: string): readonly [number, number] | null {
    const trimmed = label.replace(/[\s:：]+$/, '');
    for (const name of this.candidateNames) {
      const at = trimmed.lastIndexOf(name);
      if (
        at >= 0 &&
        /^(得票数?|获得|获票|获|共得|得|票数|为|\s|[（(]|received|got|obtained|with)*$/i.test(
          trimmed.slice(at + name.length),
        )
      )
        return [at, at + name.length];
    }
    return nameAtEnd(label);
  }

  private spanFrom(start: number, end: number): TextSpan {
    const lead = /^(?:[^\p{L}\p{N}]|其中)*/u.exec(this.folded.slice(start, end))?.[0].length ?? 0;
    return [start + lead, end];
  }

  private spanTo(start: number, end: number): TextSpan {
    const trail = /[^\p{L}\p{N}%]*$/u.exec(this.folded.slice(start, end))?.[0].length ?? 0;
    return [start, end - trail];
  }

  private origin(span: TextSpan): { span: TextSpan; text: string } {
    return { span, text: this.original.slice(span[0], span[1]) };
  }
}

/**
 * The end of the last number before `at`: in the clause (Chinese names stand in their clause), or in
 * the sentence from `from` on (English names run across commas); 0 when none. Walks back from the
 * clause, so that each declaration looks at a bounded stretch of text.
 */
function lastTokenEndBefore(from: number, at: number, clauses: Sentence['clauses'], last: number): number {
  for (let index = last; index >= 0; index--) {
    const current = clauses[index];
    if (!current || current.end <= from) break;
    for (let t = current.tokens.length - 1; t >= 0; t--) {
      const token = current.tokens[t];
      if (token && token.end <= at) return token.end;
    }
  }
  return 0;
}

/**
 * The base a share names in words, if any: after 占 (占女性成员的 → 女性成员, 占收回选票的 → 收回选票), or
 * after the percentage in English (26.6% of all members → members); '' when it names none (占, 占比).
 */
function namedBase(afterShareWord: string, trailer: string): string {
  // Spaces beside a Chinese character are a copy's, no word boundary (占村委会干部总数的 11.7%).
  const chinese = afterShareWord
    .replace(/\s+(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])\s+/g, '')
    .replace(
      /^(占的?比例|占的?比重|占比|占|比例|比重|accounting for|accounted for|accounts? for|making up|made up|makes? up|or)/i,
      '',
    )
    .replace(/^(分别|各|为|达到|达|是|约)+/, '')
    .replace(/(的|总数|总人数|人数|比例|比重|为|达到|达|是|约|近|超过)+$/, '');
  const named = /^\s*of\s+(?:the\s+|all\s+)*([^,;()]+)/i.exec(trailer)?.[1] ?? '';
  // `of the total`, `of the total number of people`: the total, as 占总数的 (no body named).
  const english = THE_TOTAL_IN_ENGLISH.test(named) ? '' : named;
  const words = chinese.trim() !== '' ? chinese : english;
  return countMeaningOf(words) ? words : groupLabel(words);
}

/**
 * Whether a share names its base in its own words: after 占 (占总数的, 占村委会成员的, 占投票总数的) or after
 * the percentage in English (of the total, of all members). 占, 占比, 比例 alone name none.
 */
function namesItsBase(label: string, trailer: string): boolean {
  const at = label.search(SHARE_OF);
  if (at < 0) return false;
  const after = label.slice(at);
  const english = /^\s*of\s+(?:the\s+|all\s+)*([^,;()]+)/i.exec(trailer)?.[1] ?? '';
  return THE_TOTAL.test(after) || namedBase(after, trailer) !== '' || english.trim() !== '';
}

/**
 * The words joined by `and` to a clause that starts at `at` (`Women and party members accounted for…`:
 * `Women`), when they run from the start of a sentence or clause and hold no number; null otherwise
 * (`…, and women accounted for`, `40 women and 60 party members`).
 */
function joinedBefore(folded: string, at: number): string | null {
  const words = JOINED_BY_AND.exec(folded.slice(Math.max(0, at - JOINED_REACH), at))?.[1];
  return words === undefined ? null : words;
}

const JOINED_REACH = 64;
const JOINED_BY_AND = /(?:^|[.;:!?,。；：]\s*)([A-Za-z][A-Za-z' -]*?)\s+and\s+$/;

/** `total`, `total number`, `total number of people`: the whole a part is of, named by no body. */
const THE_TOTAL_IN_ENGLISH = /^\s*total(?:\s+number)?(?:\s+of\s+(?:people|persons))?\s*\.?\s*$/i;

/**
 * The total stated in this sentence of which every one of `parts` was stated as a part (其中 …), not
 * attached by its label alone; null when there is none.
 */
function sentenceTotalOf(
  parts: readonly GroupFigure[],
  sentenceGroups: readonly GroupFigure[],
): string | null {
  const [first] = parts;
  if (!first || parts.some((part) => part.implied === true || part.partOf !== first.partOf)) return null;
  const total = sentenceGroups.find((group) => group.partOf === null && group.label === first.partOf);
  return total && total.places !== true ? total.label : null;
}

/** Units of numbers that count no people, ballots or places: meetings, rounds, spans of time. */
const OTHER_UNITS = new Set(['次', '轮', '天', '小时', '分钟']);

/** Where the paragraph `at` stands in ends: at the next blank line (one count a line is one paragraph). */
function paragraphEndFrom(folded: string, at: number): number {
  const blank = /\n[^\S\n]*\n/g;
  blank.lastIndex = at;
  return blank.exec(folded)?.index ?? folded.length;
}

/** A number that counts nothing a summary's totals are made of: an age, or meetings, rounds, days. */
function isNoCount(token: NumberToken): boolean {
  return (
    token.age !== undefined ||
    token.inExpression === true ||
    token.garbled === true ||
    token.tooLarge === true ||
    (token.unit !== null && OTHER_UNITS.has(token.unit))
  );
}

/**
 * A place named in words (甲村, 光明社区, 柿树岗乡, 全镇, 第二选区), not a word about villagers or committees
 * (村民, 村委会, 村级, 村两委).
 */
const PLACE_WORD =
  /全(?:镇|乡|县|区|市|街道)|第[一二三四五六七八九十\d]+(?:选区|投票站|投票点|分会场|村民小组|居民小组)|中心会场|主会场|流动票箱|[\u4e00-\u9fff]{1,6}?(?:村|社区|镇|乡|街道)(?![民委两级干务组长集庄（(])/g;
/** Words that sum the places or polling stations stated before them (合计, 总计, 共计). */
const ALL_PLACES = /^(?:合计|总计|共计)$/;
const PLACE_OR_ALL = new RegExp(`${PLACE_WORD.source}|合计|总计|共计|共(?=\\d|$)`, 'g');
/**
 * A numbered part of the place that holds an election of its own (第一村民小组 electing its 村民代表, 第二选区).
 * A polling station is not one: the sentence after the stations (共发出选票1401张) is the whole place's.
 */
const NUMBERED_PART = /^第[一二三四五六七八九十\d]+(?:选区|村民小组|居民小组)$/;
/** A sentence that opens with the whole place's total (共发出…, 合计…, 全村…) carries no group's name. */
const OPENS_WITH_TOTAL = /^\s*(?:共|合计|总计|共计|全村|全社区|全体)/;
/** A place that is one polling station, venue or mobile box of the election (第二投票站, 分会场, 流动票箱). */
const POLLING_STATION = /(?:投票站|投票点|会场|流动票箱)$/;
/** Words for the notice's own place, which name no other one. */
const OWN_PLACE = /^(?:.*?)(本|该|全|我)(村|社区)$/;

/** How far back a search for places starts before where the last one stopped. */
const PLACE_OVERLAP = 8;

/** How far into the text its own place is looked for (the title and first sentence). */
const OWN_PLACE_REACH = 200;

/**
 * The last place the words before a count name (the first with `first`), or null when they name none
 * but the notice's own (本村, 全村, or the place its title names).
 */
function placeScope(before: string, own: string | null, first = false): string | null {
  let found: string | null = null;
  for (const match of before.matchAll(PLACE_WORD)) {
    found = match[0];
    if (first) break;
  }
  if (found === null || OWN_PLACE.test(found)) return null;
  return own !== null && (found.endsWith(own) || own.endsWith(found)) ? null : found;
}

/** The words said of places right after their noun, up to the clause's end (8个村一次选举成功 → 一次选举成功). */
function saidOfPlaces(rest: string): string {
  return /^[^\S\n]*([\p{Script=Han}“”"]{2,12})[^\S\n]*$/u.exec(rest)?.[1] ?? '';
}
