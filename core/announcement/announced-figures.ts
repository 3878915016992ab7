import type { NoticeDays } from './notice-dates.js';
/**
 * What an official results announcement (选举结果公告) states, figure by figure, each with its meaning,
 * its exact value and where it was read. Nothing here is guessed: a number the reader cannot give a
 * meaning to is kept in `unread`.
 */
import type { MeetingAttendance } from './meeting-attendance.js';
import type { BaseOutcome, BaseReadings } from './every-base.js';
import type { AttendingUnclear } from './shares-of-attending-representatives.js';
import type { SexMark } from './sex-marks.js';
import type { WomenSeats } from './women-seats.js';

/** Character offsets [start, end) into the announcement text. */
export type TextSpan = readonly [number, number];

/** A run of lines of a notice written in one script, Chinese characters or Latin letters (script-halves.ts). */
export interface ScriptLines {
  readonly start: number;
  readonly end: number;
  readonly script: 'zh' | 'en';
}

/** Ballot accounting figures an announcement states. */
export type CountMeaning =
  | 'registered' // 登记选民
  | 'cast' // 参加投票 / 参选 / 实际参选
  | 'issued' // 发出选票
  | 'returned' // 收回选票
  | 'valid' // 有效票
  | 'invalid' // 无效票 / 废票
  | 'abstained'; // 弃权

export const COUNT_MEANINGS: readonly CountMeaning[] = [
  'registered',
  'cast',
  'issued',
  'returned',
  'valid',
  'invalid',
  'abstained',
];

/** An exact decimal: `digits / 10^decimals`, e.g. 71.1 is `{ digits: 711n, decimals: 1 }`. */
export interface ExactDecimal {
  readonly digits: bigint;
  readonly decimals: number;
}

/** A contest as the announcement names it: `id` when mapped to the election (or given in JSON), else null. */
export interface AnnouncedContest {
  readonly id: string | null;
  readonly text: string;
}

/** Where a figure was read: a span of the text, or a JSON path. */
export interface FigureOrigin {
  readonly span?: TextSpan;
  /** The text of the span (or the JSON path's value as written). */
  readonly text: string;
  /**
   * The figure as quoted to people where its span stops short of a readable phrase (`57 of the` of `57 of
   * the 63 representatives attended`; english-quote-extent.ts): the span's text and the words after it.
   * Only the report's quote: the span, and the text of it, are what labels and checks go by.
   */
  readonly quote?: string;
  /** JSON path such as `$.contests.chair.votes["王林"]`, for structured announcements. */
  readonly path?: string;
}

export interface CountFigure {
  readonly kind: 'count';
  readonly meaning: CountMeaning;
  /**
   * An English sentence that states this count plainly, with no place, round, time, part or other count
   * beside it (english-votes-cast.ts): `voters` (`Turnout was 86.0 percent, with 1,402 of 1,630 registered
   * voters casting ballots.`), `chair-votes` (`Li Hua won the chair with 812 of 1,402 votes cast.`).
   */
  readonly plainEnglish?: 'voters' | 'chair-votes';
  /** Only for per-contest figures (abstentions in one contest); null for the whole election. */
  readonly contest: AnnouncedContest | null;
  /**
   * The place the sentence states it of, when it names one before it (甲村登记选民800人, 全镇…, 其中光明社区…):
   * counts of different places are never compared with each other. Absent for the notice's own election.
   */
  readonly scope?: string;
  /**
   * Voters named only by 参选 (参选的有820人), which may also mean standing as a candidate: read, but no
   * quorum verdict rests on them.
   */
  readonly namedByStanding?: true;
  /**
   * The venue and the mobile box's joint voters (现场及流动票箱合计投票1,101人) in a notice that names proxies
   * (委托投票): those may have cast ballots beyond them, so these are no plain count of every voter.
   */
  readonly besideProxies?: true;
  /**
   * Voters of a group of the voters named before them in their sentence (在外出务工的300名选民中，有280名
   * 投票): that group's label. Such voters are never the election's own, and a turnout after them in the
   * sentence is of the group (voter-subset.ts).
   */
  readonly among?: string;
  /**
   * Valid votes stated as a part of a whole their sentence names as ballots (`1,320 ballots were returned,
   * of which 1,298 valid votes`: english-valid-ballots.ts): ballots, one a voter, whatever their unit.
   */
  readonly partOfBallots?: true;
  readonly value: bigint;
  /**
   * The time or stage its sentence sets before it (上届, 第二轮, 2018年: mention-settings.ts), when any:
   * mentions in different settings are never one quantity.
   */
  readonly setting?: string;
  /** The bodies its sentence or heading names (村委会, 村民代表): two settings naming different ones differ. */
  readonly bodies?: string;
  /**
   * The body the numbered section it stands in names (二、村务监督委员会选举结果 → 监委会): two figures
   * under sections of different bodies are never one quantity, nor one the other's base.
   */
  readonly section?: string;
  /**
   * The body other than the committee its sentence is about, named as it opens (村务监督委员会由村民代表会议推选，
   * 收回选票31张 → 监委会: mention-settings.ts): its figures are that body's, never the committee election's own.
   */
  readonly subject?: string;
  /**
   * The words of its sentence before it that belong to no other figure (经统计, Later), when any: a
   * figure stated twice is compared only when both statements have the same.
   */
  readonly lead?: string;
  /**
   * In a text naming both committees' elections (a township's summary of its villages' 村委会 and its
   * communities' 居委会), the committee named last before it in its sentence or heading (村委会, 居委会):
   * a share is judged only by counts of its own committee (mention-settings.ts committeeOfFigure).
   */
  readonly committee?: string;
  /**
   * A count in 万 and the exact count in the bracket after it that does not round to it (9.84万人（96,437人）,
   * exact-count-in-bracket.ts), on both mentions: which of the two is right the text does not say, so a
   * share resting on them is judged of both readings (the exact count; any count the 万 figure rounds from,
   * `rounded` ± `step`/2).
   */
  readonly disagreeingPair?: { readonly exact: bigint; readonly rounded: bigint; readonly step: bigint };
  readonly origin: FigureOrigin;
}

export interface VotesFigure {
  readonly kind: 'votes';
  readonly contest: AnnouncedContest | null;
  /** The candidate's name (or id) as written. */
  readonly candidate: string;
  readonly value: bigint;
  /** The place its sentence names before it (第二村民小组), as for counts; absent for the notice's own. */
  readonly scope?: string;
  /**
   * The time or stage its sentence sets before it (上届, 第二轮, 2018年: mention-settings.ts), when any:
   * mentions in different settings are never one quantity.
   */
  readonly setting?: string;
  /** The bodies its sentence or heading names (村委会, 村民代表): two settings naming different ones differ. */
  readonly bodies?: string;
  /**
   * The body the numbered section it stands in names (二、村务监督委员会选举结果 → 监委会): two figures
   * under sections of different bodies are never one quantity, nor one the other's base.
   */
  readonly section?: string;
  /**
   * The body other than the committee its sentence is about, named as it opens (村务监督委员会由村民代表会议推选，
   * 收回选票31张 → 监委会: mention-settings.ts): its figures are that body's, never the committee election's own.
   */
  readonly subject?: string;
  /**
   * The words of its sentence before it that belong to no other figure (经统计, Later), when any: a
   * figure stated twice is compared only when both statements have the same.
   */
  readonly lead?: string;
  /**
   * Votes of a tie whose one count the notice gives for each name (赖建平、时宏伟得票相等，均为476票), where its
   * sentence says how the tie was decided (经抽签, 重新投票): no undecided tie, though the winner's votes are
   * still judged.
   */
  readonly tieSettled?: true;
  /**
   * Votes of a table that names no round of its own, after text stating the turnout of more than one round
   * (table-round-unstated.ts): which round's they are is not known, so their shares are not judged
   * (`ambiguous-base`), never of the round the text names last.
   */
  readonly roundUnstated?: true;
  readonly origin: FigureOrigin;
}

/**
 * A count of people in a summary (共选出村委会成员125人，其中女性成员31人): a total, or a part of the
 * total stated before it (`partOf` is that total's label).
 */
export interface GroupFigure {
  readonly kind: 'group';
  readonly label: string;
  readonly partOf: string | null;
  readonly value: bigint;
  /**
   * For a committee stated only by its posts (主任434名，副主任58名，委员1055名): the labels of the
   * stated groups this total adds up. The sum is no number written in the text; its origin spans the posts.
   */
  readonly sumOf?: readonly string[];
  /** True for a count of villages or communities (全镇16个村（社区）), not of people. */
  readonly places?: boolean;
  /**
   * True when the text does not mark it a part (no 其中): it is taken as a part of the total before
   * it only because its label is an attribute of people (女性, 连任). A part so attached that exceeds
   * its total shows the attachment wrong, not the figures, and is not judged.
   */
  readonly implied?: boolean;
  /** True for the first part stated right after its total (or after `X中，` naming it): nothing between. */
  readonly first?: boolean;
  /**
   * True when words run on after the count in its clause (候选人3名得票过半数, 57个村实现“一肩挑”): no ，。； or
   * line end follows it, so the count may be of whom those words speak, not a statement of its own.
   */
  readonly runsOn?: boolean;
  /**
   * The time or stage its sentence sets before it (上届, 第二轮, 2018年: mention-settings.ts), when any:
   * mentions in different settings are never one quantity.
   */
  readonly setting?: string;
  /** The bodies its sentence or heading names (村委会, 村民代表): two settings naming different ones differ. */
  readonly bodies?: string;
  /**
   * The body the numbered section it stands in names (二、村务监督委员会选举结果 → 监委会): two figures
   * under sections of different bodies are never one quantity, nor one the other's base.
   */
  readonly section?: string;
  /**
   * The body other than the committee its sentence is about, named as it opens (村务监督委员会由村民代表会议推选，
   * 收回选票31张 → 监委会: mention-settings.ts): its figures are that body's, never the committee election's own.
   */
  readonly subject?: string;
  /**
   * The words of its sentence before it that belong to no other figure (经统计, Later), when any: a
   * figure stated twice is compared only when both statements have the same.
   */
  readonly lead?: string;
  readonly origin: FigureOrigin;
}

/** One term of a share: a ballot count, a candidate's votes, or a group. */
export type ShareTerm =
  | {
      readonly kind: 'count';
      readonly meaning: CountMeaning;
      /** The voters of a group of them (在外出务工的300名选民中，有280名投票): that group's label. */
      readonly among?: string;
      /** A count of one contest (a table's 弃权 row under 主任): that contest's id, or its text. */
      readonly contest?: string;
    }
  | { readonly kind: 'votes'; readonly contest: AnnouncedContest | null; readonly candidate: string }
  | { readonly kind: 'group'; readonly label: string };

/** A stated percentage and what it is a share of: `part / whole × 100`. */
export interface PercentFigure {
  readonly kind: 'percent';
  readonly value: ExactDecimal;
  readonly part: ShareTerm;
  readonly whole: ShareTerm;
  /**
   * Set when the share names its base in its own words (占总数的, 占村委会成员的, of the total): the offset
   * its paragraph starts at. A share whose part the text does not state is judged by its whole alone
   * only then, and only against a whole stated in that paragraph (share-of-known-base.ts).
   */
  readonly namedBaseFrom?: number;
  /** Where the share's paragraph ends (a blank line): a count stated only past it is no sure base. */
  readonly paragraphEnd?: number;
  /** The text names the base (得票率…（以有效票计）): the share is judged of it alone. */
  readonly baseNamed?: true;
  /**
   * The whole is a vote table row's own count of voters who cast a ballot (参加投票人数) under a bare
   * 得票率: the share may be of the valid ballots instead, as a bare 得票率 of the notice's voters may.
   */
  readonly wholeCast?: true;
  /**
   * The groups whose counts the part is the sum of, when the words say the share is of them together
   * (大专学历12人、本科学历8人，共计占44.4%; 两者合计占; summed-parts.ts): the part is judged as their sum.
   */
  readonly partSum?: readonly ShareTerm[];
  /**
   * The list of groups of one total a share with no part named follows (大专学历12人、本科学历8人，占44.4%):
   * the share may be of the last of them or of them together (summed-parts.ts).
   */
  readonly listBefore?: readonly ShareTerm[];
  /**
   * Where the share this one restates in brackets right after it starts (参选率为85.4%（占登记选民的85.4%）):
   * both are of one election, whatever other turnouts the text states.
   */
  readonly restates?: number;
  /**
   * The place an English share is said of (`Turnout was 86.7% in Liujia`, lower-cased as a count's
   * scope): its part and whole are that place's counts only, else it is not judged.
   */
  readonly place?: string;
  /**
   * Set when the share's base is one of a few counts the text leaves open (every-base.ts): the share is
   * judged against each, and flagged only when wrong of every one; otherwise it is unjudged as before.
   */
  readonly everyBase?: BaseReadings;
  /**
   * The count a candidate's share names as its base in its own words by a unit other than people (占参加投票
   * 户数的80.51% after 参加投票的户代表2,688户: shares-of-named-households.ts), where the notice states that count
   * once, in one value: the share is judged of it alone, never of the ballots or the valid ones beside it.
   * The representatives present at the meeting (占到会代表的91.36% after 实到81名: shares-of-attending-
   * representatives.ts), stated in one value, likewise. The households that voted stated in several values
   * (截至上午11时901户 … 投票结束时968户): `values`, each of them, the share judged of every one (wrong only
   * when wrong of all).
   */
  readonly ownBase?: {
    readonly value: bigint;
    readonly unit: 'households' | 'representatives';
    readonly span: TextSpan;
    readonly values?: readonly bigint[];
  };
  /**
   * A candidate's share naming the representatives present as its base where the notice does not state them
   * plainly (none stated, several values, another meeting or round): listed unread with why, never judged.
   */
  readonly attendingUnclear?: AttendingUnclear;
  /**
   * In a text naming both committees' elections, the committee named last before it in its sentence or
   * heading (村委会, 居委会), as a count's: its counts are that committee's alone; absent when it names none.
   */
  readonly committee?: string;
  readonly origin: FigureOrigin;
}

/** Names announced as elected in one contest. */
export interface ElectedFigure {
  readonly kind: 'elected';
  readonly contest: AnnouncedContest | null;
  readonly names: readonly string[];
  readonly origin: FigureOrigin;
  /**
   * Another body (居务监督委员会) named by the heading the winners' votes stand under, when the
   * declaration itself names none (二、居务监督委员会 … 上述人员…当选).
   */
  readonly body?: string;
  /**
   * The villagers' group its sentence opens scoped to (`In villagers' group 3, Huang Pei and Xu Ming were
   * elected with 88 and 75 votes`, `Group 3 elected …`, 在第三村民小组，…), the sentence naming no committee
   * (mention-settings.ts groupOfSentence): a group's own winners, chosen by its households.
   */
  readonly group?: string;
  /**
   * How many the declaration says it elects, where it gives fewer names than that (赵强、孙明等3人当选为委员:
   * 3, two names given); absent otherwise.
   */
  readonly counted?: bigint;
}

export type AnnouncedFigure = CountFigure | VotesFigure | GroupFigure | PercentFigure | ElectedFigure;

/**
 * Why a stated figure was not judged (report-unread.ts words each for people):
 * - `no-meaning`: the words around it say nothing the reader knows;
 * - `approximate`: 多, 近, 约, 余 … make it no exact figure (2750多万, 近3万8千人);
 * - `no-base`: a share whose base the text does not state (分别占总数的… with no 总数 given);
 * - `ambiguous-base`: a share that could be of more than one stated count (a candidate's share in
 *   brackets: of cast or of valid ballots? a part of a part: of the part or of the total?);
 * - `change`: a change between two terms (较上届提高6%), no share of a stated count;
 * - `not-a-name`: a declaration of winners whose names the reader cannot tell from the words around;
 * - `age`: an age (平均年龄44.9岁), which no other figure stated can check;
 * - `past-limit`: a number after the first NUMBERS_READ, where the reader stops reading the text;
 * - `reelection-rate`: a re-election rate (连任率, 留任比例63.3%) with no base named, of the last term's
 *   members or of this term's, whichever the notice states (rate-of-part.ts).
 */
export type UnreadReason =
  | 'no-meaning'
  | 'approximate'
  // 登记选民12.36万人（123,640人）: the count in 万, restated exactly in the bracket after it, which is read.
  | 'rounded-restated'
  // 候选人得票须过参加投票人数的半数（即738票）方可当选: the votes a rule states for winning, not anyone's votes.
  | 'threshold-stated'
  | 'no-base'
  | 'ambiguous-base'
  | 'change'
  | 'not-a-name'
  // 应到50户，实到42户 with no household representatives named: households due or present, at what the text does not say.
  | 'households'
  // 差额14票, 相差3票, 比李明多12票: a difference of votes between candidates, no candidate's votes.
  | 'margin'
  // 羅傳仙多4票 with no 羅傳仙 named before: a margin (羅傳仙 had 4 more) or the votes of one named 羅傳仙多.
  | 'margin-or-votes'
  // 差3票未过半, 仅差4票当选, 比张三只差12票: how many votes someone was short of another, of being elected or of a threshold.
  | 'gap'
  // A rate cell below 1 with no % of its own (0.85): a fraction of one (85 %) or 0.85 %, which is unsure.
  | 'fraction-or-percent'
  // 参选率七成, 投票率4成22: a share in 成 to a tenth only (70 %), or with its hundredths run on (40.22 %).
  | 'in-cheng'
  // A table's cell that is no number (—, /, ＃, ??, one stray character): that cell alone is unread.
  | 'unreadable-cell'
  // 补选1名 under 备注, 13805718862 under 联系电话, 46 under 年龄, 4月2日 under 日期: a column that counts nothing.
  | 'not-a-count'
  /** A summary table's total row counting the rows marked under a column of words (一肩挑: `3个`). */
  | 'marks-counted'
  | 'age'
  // 第3网格设投票站一个。选民412人: a count after a part named in passing that the whole place already stated
  // otherwise: the part's or the whole's, which the words do not settle.
  | 'part-or-whole'
  // 养老院投票箱收回选票46张（其中无效票1张）: a count in brackets right after a count of one ballot box,
  // polling place or way of voting (or of anything but the notice's own account): that count's own part.
  | 'part-of-a-part'
  // 有效票1478张，无效票10张，废票3张: invalid ballots named twice side by side with different values; 废票 is
  // most often another word for 无效票, but may be a kind apart: which is the invalid ballots is uncertain.
  | 'invalid-named-twice'
  // 无效票10张（其中空白票4张）, the 无效票 not read as the notice's own: a kind of the invalid ballots counted
  // right before it, a part of them, no count of the election's own.
  | 'kind-of-invalid'
  // `on 15 March 2026`, `Results (2026):`, `since 1998`: a year in an English text, no count of the election.
  | 'year'
  | 'past-limit'
  | 'reelection-rate'
  // 参选率83.66%（上届参加投票1,571人，参选率87.18%）: a share in a bracket of the last term's figures, that election's.
  | 'last-term-aside'
  // 占三分之一（33.33%）: a share in a bracket restating the fraction written in words before it, which it
  // matches as rounded: no share of another count.
  | 'restated-fraction'
  // 中心会场收回选票1102张 with no 其中, 合计 or 共 tying the places to a stated total: one polling place's,
  // venue's or the mobile box's own count, a part of the whole's, and no sum of the places is plainly stated.
  | 'one-polling-place'
  // 直接参加投票…人, or a label far from its number (voted at … between 9): which count it is is uncertain.
  | 'doubtful-label'
  // 选民总数50。 after 登记选民329人: a figure a copy may have cut or garbled, disagreeing with one stated before.
  | 'doubtful-figure'
  // By 10 a.m., 612 voters had cast ballots; In 2021 … 1,544 voted: a count of another time than the result.
  | 'other-time'
  // 1-2人, 1/10, 3÷(5+7-3): one end of a range, a term of a fraction or of a calculation, no single figure.
  | 'in-expression'
  // 1O23, 选民l236人: digits run together with a letter a scan misread them as; the value is unknown.
  | 'garbled'
  // 1千2 (1,200 or 1,002?), 3万5: digits with Chinese place words in a form whose value is uncertain.
  | 'mixed-places'
  // U8 l0 a3 D5 J9 x5 E. I$: a run of a web page's anti-copy chaff, no figure of the election.
  | 'chaff'
  // 参选率“81.4%”有误，应为“84.1%”: a number in a sentence that corrects the notice, wrong or right.
  | 'corrected'
  // 参加投票人数2,897人有误，更正后为2,987人: the value a correction names wrong, the corrected one read in its place.
  | 'superseded'
  | 'corrected-elsewhere'
  // 得票率77.4%（以户代表总数为基数）: a base named in words that match no count the reader reads.
  | 'named-base'
  // 登记选民数 ⏎ 参加投票人数 ⏎ 1,630 ⏎ 1,402: a form's labels stacked on their own lines over their numbers,
  // which label each number is of the lines do not make certain.
  | 'labels-apart'
  // 当选人名单 ⏎ 职务 ⏎ 姓名 ⏎ 得票数 ⏎ 主任 ⏎ 王建国 ⏎ 812 ⏎ 陈丽 ⏎ 760 …: a list of winners in a table flattened one
  // cell a line whose cells do not fit its header (a cell missing or one too many, a cell of another kind).
  | 'flattened-table'
  // `two thousand registered voters`, `thirty-eight attended`: a count written in English words, never read.
  | 'in-words'
  // 登记选民99999999999999999999人: past 2^53 − 1, more than any notice counts or a JSON number holds exactly.
  | 'too-large'
  // Registered voters 3 604, voted 3 118: digits a plain space parts, one number (3,604) or two (3 and 604);
  // 登记选民18⏎60人, 有效票15 06张: digits a line break or one space parts from a bare number before them.
  | 'space-parted'
  // 539名村主任，是党员的占85%: a share of a stated count whose part (those of them who are 党员) is not stated.
  | 'part-unstated'
  // 全村1,204人中1,102人投票: the people of the whole place, its population or its registered voters?
  | 'whole-place-people'
  // 每户推选户代表1人参加投票, 每名选民最多接受3人委托: a count for each household, group or voter, no total.
  | 'per-unit'
  // 3位直轄市長參選人完成登記, 2名候选人报名参选: people registering as candidates, never the registered voters.
  | 'candidates-registering'
  // 各村平均参选率86.5%, 平均得票率89.5%: an average rate (of several rates, or of the totals), no share of one count.
  | 'average'
  // 已经8年, 历时2个月, for 14 years, 2300年的收入: a span of time, which no other stated figure checks.
  | 'span'
  // 一个工分最低值8分, 300分工分: work points, no count of people or ballots.
  | 'points'
  // A vote table's row of votes for people not on the ballot or of invalid ballots (另选他人, 无效票), or
  // such a row's share: no candidate's votes.
  | 'ballot-row'
  // A vote table's 合计 that more than one reading of its rows of abstentions, other people or invalid
  // ballots (counted in it or not) makes right: which rows it sums is uncertain.
  | 'ambiguous-total'
  // 0.8512 under 得票率（%）: a vote table's share column written as fractions of one, as a spreadsheet
  // holds them, which the header's % makes no sure reading of.
  | 'fraction-of-one'
  // 58.3 under a bare 得票率 (no %, no unit named above the table): a percentage or not, the table does not say.
  | 'no-unit'
  // A table's winner whose remark names another ballot (另行选举当选): its votes and share may be of either.
  | 'other-round'
  // 注：委员另行选举。 ⏎ 参加投票人数 ⏎ 1,047 after the first vote's 参加投票人数 ⏎ 1,203 (one of them with no unit): the
  // count of another round named otherwise than by a heading line over the block (which is read as that round's
  // account), not the first vote's nor compared with it.
  | 'other-round-count'
  // 二、村务监督委员会 ⏎ 收回选票 ⏎ 1,184 after the committee's 收回选票 ⏎ 1,185: the count of another body's block
  // of a report form, that body's own, never compared with the committee's.
  | 'other-body-count'
  // 东湾村：村务监督委员会由村民代表会议选举产生，…有效票29张；参加投票876人: a count after a bare `；` in a block's
  // sentence opening with another body's vote, no election of the committee named after the mark: that body's
  // or the committee's, which the words do not say; compared with neither.
  | 'body-unstated'
  // `The township's people's congress met on 3 March. Wang Fang was re-elected chair with 48 votes.`: an
  // English declaration in the paragraph right after another body is named, naming no committee: perhaps
  // that body's winner, never counted among the committee's winners declared.
  | 'other-body-winner'
  // Members by age: Zhang Wei, 52: a bare number after an English name and a comma, in a sentence that
  // does not say votes: votes, an age or anything else.
  | 'bare-after-name'
  // `Zhang Wei, Li Na and Wang Fang received 812 and 790 votes respectively`: counts given respectively to
  // names that are not as many as the counts, so whose votes each is cannot be told.
  | 'respective-unmatched'
  // `received 1,650 votes for, 290 against and 61 abstentions`: the votes against one candidate, or the
  // abstentions on them, in a yes-or-no vote: what ballots they add up to with the votes for is not said.
  | 'against-or-abstained'
  // 耕地3578亩, 12.5公里, 9 m3, 230万元: a measure of area, length, volume or money, no count of the election.
  | 'measure'
  // 1號廖郁林412票: a candidate's number on the ballot, a position, no count.
  | 'ordinal';

/** One part of a stated partition: its kind (men, by proxy, villages …), its count and where it stands. */
export interface PartitionPart {
  readonly kind: string;
  readonly value: bigint;
  readonly span: TextSpan;
  readonly text: string;
}

/** Whether a number left unread is `part`'s own: it stands within the part's words and is its value. */
export function partHolds(part: PartitionPart, figure: UnreadFigure): boolean {
  return (
    part.span[0] <= figure.span[0] &&
    figure.span[1] <= part.span[1] &&
    figure.text.replace(/[,，\s]/g, '') === part.value.toString()
  );
}

/**
 * A total and the parts stated right after it that provably make it up (stated-partitions.ts): men
 * and women of the voters or of a group, re-elected and newly elected, the ways of voting of those who
 * voted, villages and communities; age bands that cover every age (age-band-partitions.ts); the rows
 * of a summary table's count column and its 合计 row (read-summary-table.ts).
 */
export interface StatedPartition {
  readonly family:
    | 'sex'
    | 'tenure'
    | 'ways-of-voting'
    | 'residence'
    | 'villages-and-communities'
    | 'age-bands'
    | 'schooling-levels'
    | 'table-column'
    | 'polling-stations'
    | 'numbered-groups'
    | 'named-places'
    | 'recall-ballots'
    | 'ballots-split'
    | 'kinds-of-invalid'
    | 'register-changes'
    | 'places-by-outcome'
    | 'bodies'
    | 'post-choices'
    | 'candidate-choices';
  /** The figure the parts are of. */
  readonly total: AnnouncedFigure;
  readonly parts: readonly PartitionPart[];
  /** Every kind of the family is stated: the parts must add up to the total exactly, else not exceed it. */
  readonly complete: boolean;
  /**
   * A kind that may hold another (直接投票 may count the votes in the mobile box, or not: 直接投票的选民
   * 5760人，其中用流动票箱投票的620人): the sum without the inner one is a reading of the parts as well.
   */
  readonly mayHold?: { readonly outer: string; readonly inner: string };
  /**
   * Parts the total may count or not (a vote table's 弃权, 另选他人 or 无效票 rows: vote-table-total.ts),
   * by their text, when no reading of them makes the total hold: the sums without them are readings too.
   */
  readonly mayLeaveOut?: readonly string[];
}

/**
 * One polling place's own ballots (第一投票站：发出选票451张，收回选票445张；; polling-place-sums.ts): every
 * ballot returned at the place was issued there, so it returns no more than it issued.
 */
/** One village's (or community's) block of a summary in prose: its name and where it runs, [from, to). */
export interface VillageBlockSpan {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

export interface PlaceBallotAccount {
  /** The place as named (第一投票站). */
  readonly place: string;
  readonly issued: PartitionPart;
  readonly returned: PartitionPart;
}

/**
 * A calculation written out with its result (`3÷(5+7-3)×100%=33.3%`, `315+294+17=626`;
 * written-calculations.ts): the left side worked out exactly, beside the result stated.
 */
export interface WrittenCalculation {
  /** From the first term to the end of the result. */
  readonly span: TextSpan;
  readonly text: string;
  /** The left side as an exact fraction, numerator / denominator (a term with % is hundredths). */
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly result: ExactDecimal;
  /** The result is written with %. */
  readonly resultPercent: boolean;
  /** A share with its fraction in brackets after it (89.14%（1100/1234）): the share is a figure read as well. */
  readonly besideShare?: true;
  /**
   * A share stated with its part and whole in English words (`9 of 312 (2.9%)`, english-fractions.ts):
   * the fraction as people read it (`9 of 312`). The numbers may be read as figures as well.
   */
  readonly statedOf?: string;
}

/**
 * A change in percentage points stated with both rates (`占22.4%，较上届的19.1%提高3.3个百分点`;
 * point-changes.ts), whose current rate the reader read as a share.
 */
export interface PointChange {
  /** From the current rate to 百分点. */
  readonly span: TextSpan;
  readonly text: string;
  readonly current: ExactDecimal;
  readonly currentSpan: TextSpan;
  /** The last term's rate. */
  readonly previous: ExactDecimal;
  readonly previousSpan: TextSpan;
  /** The change as stated, in points, without its sign. */
  readonly change: ExactDecimal;
  readonly changeSpan: TextSpan;
  /** 下降, 降低, 减少: the rate fell. */
  readonly down: boolean;
}

/** A number (or a declaration) the reader found but could not give a meaning to. */
export interface UnreadFigure {
  readonly span: TextSpan;
  /** The number as written. */
  readonly text: string;
  /** A bounded window of the text around it (quote-window.ts), for people to read. */
  readonly context: string;
  /** Why it was not judged; `no-meaning` when absent. */
  readonly reason?: UnreadReason;
  /**
   * A share whose base is one of a few counts the text leaves open, right of some (every-base.ts): which
   * of them make it right and which wrong, so that people know what to ask.
   */
  readonly bases?: readonly BaseOutcome[];
}

/**
 * 有效票1104张，无效票10张，废票4张: the counts of the invalid ballots named twice in one sentence, each listed
 * unread (`invalid-named-twice`). Whether 废票 is 无效票 again, a part of it, or a kind apart, the invalid
 * ballots are at least the smaller count, which the ballots account judges (every-base.ts).
 */
export interface InvalidNamedTwice {
  readonly values: readonly bigint[];
  /** The sentence they stand in. */
  readonly sentence: TextSpan;
}

/** A group of voters or ballots the text counts apart after 另有 (外来, 委托, 流动…), with its count. */
export interface AddedGroup {
  readonly meaning: CountMeaning;
  readonly value: bigint;
}

export interface AnnouncedFigures {
  /** The days the notice gives: of its vote, and its own date (notice-dates.ts), for the law's version. */
  readonly days?: NoticeDays;
  /** The file it was read from, when known. */
  readonly file?: string;
  /** The counts of 无效票 and 废票 stated side by side with different values, each left unread. */
  readonly invalidNamedTwice?: readonly InvalidNamedTwice[];
  /**
   * Groups counted apart after the whole's count (`登记选民1,220人，另有外来登记选民30人`, `另有委托投票21人`):
   * a part added to the whole, each left unread as the group's own. A share of that meaning may then be
   * of the stated total or of the total with the group. Absent when none.
   */
  readonly addedGroups?: readonly AddedGroup[];
  /**
   * Lines of winners after a post (`当选委员：李梅（…）、赵强（…），得票均超过…半数`) whose names were not read
   * (winners-list.ts): the winners read are then not all the winners. Absent when none.
   */
  readonly winnerListsUnread?: number;
  /** The notice's own title, when its text has one (noticeTitle). */
  readonly title?: string;
  /**
   * The round its headings say it reports (另行选举, 补选: mention-settings.ts ownRounds), whose figures are
   * set in no other stage by that word. Absent when none.
   */
  readonly ownRound?: string;
  /**
   * The sentence by which a notice of the first round announces a runoff still to come (runoff-to-come.ts:
   * 不足的2名委员另行选举，以…为候选人，于3月24日进行另行选举): the runoff its title names is not the round its
   * figures are of, and its winners are judged by the first round's threshold. Absent when none.
   */
  readonly runoffToCome?: string;
  /**
   * The words by which the notice says candidates tied for a seat and were voted on again (得票相等，…，就票数
   * 相等的候选人重新投票: round-words.ts tieRevoteWords): the re-vote's winner is judged by the re-vote's own
   * counts and votes (round-of-votes.ts). Absent when none.
   */
  readonly tieRevote?: string;
  /**
   * Counts of votes the notice itself says are over half of the voters (`卢建平得票504票，超过参加投票人数的半数`:
   * round-words.ts overHalfOfVotersClaims): where each claim stands, right after its votes' 票, and its words.
   * A re-vote's winner, won by the most votes, is held to such a claim. Absent when none.
   */
  readonly overHalfClaims?: readonly { readonly votesAt: number; readonly text: string }[];
  /**
   * The words giving the turnout as the reason a vote the notice declares void before its repeat was void
   * (因参加投票的选民未过半，本次选举无效: mention-settings.ts voidForTurnoutWords): that vote's own counts are
   * held to it (void-turnout-claim.ts). Absent when none.
   */
  readonly voidForTurnout?: string;
  /**
   * The declaration of a notice that says its own election is void for its turnout and reports no vote after
   * it (本次选举无效, 未超过登记选民的半数 before it: mention-settings.ts ownVoidForTurnoutWords): its quorum's
   * shortfall is then the notice's own word, not a fault it hides. Absent when none.
   */
  readonly ownVoidForTurnout?: string;
  /**
   * A vote table's rows whose result or remark says their votes fell short of half (未过半数, 得票未过半数，
   * 未当选): each held to the vote's own voters where they are plainly stated (short-of-half-claim.ts).
   * Absent when none.
   */
  readonly shortOfHalfRows?: readonly {
    readonly candidate: string;
    readonly votesAt: number;
    readonly span: readonly [number, number];
    readonly text: string;
    /** The first round's voters, where the form's round headings put the row in it (short-of-half-rounds.ts). */
    readonly firstRoundVoters?: { readonly value: bigint; readonly span: TextSpan };
    /** The runoff's voters, where the form's headings put the row in the runoff's block (short-of-half-rounds.ts). */
    readonly runoffVoters?: { readonly value: bigint; readonly span: TextSpan };
  }[];
  /**
   * The words naming the first round where it is the only round the text names (`In the first round,
   * Wang Fang was elected` and no runoff: round-words.ts onlyFirstRound), which a winner's judgement
   * states. Absent when none.
   */
  readonly firstRoundOnly?: string;
  /**
   * The words by which the text reports a recall vote (赞成罢免, 罢免投票: recall-vote.ts): its turnout is
   * no election's quorum. Absent when none.
   */
  readonly recallVote?: string;
  /**
   * The words by which the notice says the supervisory committee was chosen apart from the villagers'
   * ballot (村民会议接着选举, 村民代表会议推选, 户代表, 分别计票: supervisors-chosen-apart.ts): a title naming both
   * bodies over one account is then no account of one ballot paper for both. Absent when none.
   */
  readonly supervisorsChosenApart?: string;
  /**
   * The words by which the notice says both bodies were elected on one ballot paper (`同一张选票`:
   * supervisors-chosen-apart.ts), without which one account under a title naming both is of no sure ballot
   * paper. Absent when none.
   */
  readonly supervisorsOnOneBallot?: string;
  /**
   * The attendance stated for a meeting that elects (由户代表组成的村民会议: the village's households and their
   * representatives present; 村民代表会议: the representatives due and present), where its words leave one
   * reading (meeting-attendance.ts): held to the pack's rule for that meeting. Absent when none.
   */
  readonly meetingAttendance?: readonly MeetingAttendance[];
  /** The words that place the election in Hong Kong (hong-kong-election.ts): no mainland pack applies. */
  readonly hongKong?: string;
  /**
   * How many row numbers its lists under a 序号 column hold (委托投票公示, 候选人名单: row-numbers.ts): no
   * figures, so neither read nor unread, but a notice of such a list is no text without numbers.
   */
  readonly rowNumbers?: number;
  /**
   * How many runs of digits its text holds (a date, 2026年6月8日, holds three), when no figure was read from
   * it and none listed unread: each was passed over as no figure (a date, a time of day, an ordinal, a list's
   * number, an identifier), so the notice is no text without numbers. Absent otherwise.
   */
  readonly numbersNoFigure?: number;
  /**
   * A notice in Chinese and again in English: the lines of each script (script-halves.ts), so that a
   * share of one is judged by the counts of that half alone. Absent for a text of one script.
   */
  readonly halves?: readonly ScriptLines[];
  /**
   * The sexes the notice writes after names or in a 性别 column (sex-marks.ts), which the women among
   * the winners are counted by. Absent when none.
   */
  readonly sexMarks?: readonly SexMark[];
  /**
   * The women the notice says its seats must hold (`委员（应选3名，其中妇女委员1名）`: women-seats.ts).
   * Absent when none is stated.
   */
  readonly womenSeats?: readonly WomenSeats[];
  readonly figures: readonly AnnouncedFigure[];
  readonly unread: readonly UnreadFigure[];
  /** Totals with the parts that make them up, as stated right after them (prose only; absent when none). */
  readonly partitions?: readonly StatedPartition[];
  /** The polling places' own ballots, each place's on its own (prose only; absent when none). */
  readonly placeAccounts?: readonly PlaceBallotAccount[];
  /**
   * A township's report form's villages, each heading a block of its counts on a line of its own
   * (`西岭村` ⏎ `登记选民数` ⏎ `984`), in text order: each village's account is checked on its own (absent
   * when fewer than two).
   */
  readonly villageBlocks?: readonly string[];
  /**
   * Sentences opening with a Taiwan 里's name right before its electors (東寧里選舉人數為812人，投票數合計503票),
   * in a report of more than one 里: each sentence's voters are held to its own electors (elector-sentences.ts).
   */
  readonly electorSentences?: readonly { readonly name: string; readonly span: TextSpan }[];
  /**
   * The words by which a summary says it is of villages' committee elections alone (村委会换届, 全镇3个村),
   * naming no community anywhere (villages-only.ts): the town's totals are then sums of villages' elections.
   * Absent otherwise.
   */
  readonly villageElectionsOnly?: string;
  /**
   * The same for communities' residents' committee elections alone (社区居民委员会换届, 3个社区), naming no village
   * anywhere (villages-only.ts): a street's totals are then sums of its communities' elections. Absent otherwise.
   */
  readonly communityElectionsOnly?: string;
  /**
   * In a summary of blocks (villageBlocks), the words by which it says some places were counted apart, voted
   * later or not at all, or are only some of them (延期, 其余, 部分村): totals after the blocks may hold places
   * no block states (villages-only.ts). Absent otherwise.
   */
  readonly blocksLeftOut?: string;
  /**
   * Where each block of a summary in prose runs in the text (villageBlocks; village-block-scopes.ts), in
   * text order: a figure, an unread number or a finding there is that block's village's or community's,
   * and the report names it so. Absent unless every block's name opens a line once, in order.
   */
  readonly villageBlockSpans?: readonly VillageBlockSpan[];
  /**
   * The words by which the text says it reports more than one village or community (places-reported.ts:
   * `Two villages of Shuanghe township`, `东湾村…。西湾村…`): a count of one is no base for another's
   * figures unless the text ties it to that place. Absent otherwise.
   */
  readonly placesReported?: string;
  /** Calculations written out with their result (prose only; absent when none). */
  readonly calculations?: readonly WrittenCalculation[];
  /** Changes in percentage points stated with both rates, the current one read as a share (absent when none). */
  readonly pointChanges?: readonly PointChange[];
  /**
   * Changes in an average age stated with both ages (`平均年龄43.2岁，较上届的46.8岁下降3.6岁`; age-changes.ts),
   * as a change in points is: the current age, the last term's and the change, in years (absent when none).
   */
  readonly ageChanges?: readonly PointChange[];
  /**
   * Numbers left unread beyond the first UNREAD_KEPT, counted by reason but not kept one by one, so that
   * memory stays in proportion on hostile input (10 MB of "7 "). Absent when there are none.
   */
  readonly unreadBeyond?: {
    readonly count: number;
    readonly byReason: Readonly<Partial<Record<UnreadReason, number>>>;
  };
}

/** How many unread numbers are kept one by one; a real notice has a few dozen. */
export const UNREAD_KEPT = 10_000;

/**
 * How many numbers of a text the reader reads; the text from the next one on is not read, its numbers
 * only counted (`past-limit`). A county's summary holds a few thousand; 10 MB of "7 " five million.
 */
export const NUMBERS_READ = 50_000;

/** All the numbers left unread, kept and counted. */
export const unreadCount = (figures: AnnouncedFigures): number =>
  figures.unread.length + (figures.unreadBeyond?.count ?? 0);

/**
 * The first whole-election count of this meaning the announcement states, or null. Null too when it
 * states such counts of different places (第一村民小组收回68张 … 第二村民小组收回选票45张, 甲村 … 乙村): which
 * election a winner or a quorum is of is then not certain. Null as well when it states two such counts
 * of one place that differ (上届登记选民3056人 … 本届共登记选民3102人, a first round's voters and a runoff's):
 * which is this election's is not certain either.
 */
export function statedCount(figures: AnnouncedFigures, meaning: CountMeaning): number | null {
  const count = countStatedOnce(figures, meaning);
  return count ? Number(count.value) : null;
}

/**
 * The first whole-election count of this meaning (no contest's, not a group of the voters') that `keep`
 * admits, where every such count has its value: undefined where the announcement states none, null where
 * two of them differ.
 */
export function countStatedOnce(
  figures: AnnouncedFigures,
  meaning: CountMeaning,
  keep: (count: CountFigure) => boolean = () => true,
): CountFigure | null | undefined {
  let first: CountFigure | undefined;
  for (const figure of figures.figures) {
    if (figure.kind !== 'count' || figure.meaning !== meaning || figure.contest !== null) continue;
    // The voters of a group of the voters (voter-subset.ts) are not the election's.
    if (figure.among !== undefined || !keep(figure)) continue;
    if (first === undefined) first = figure;
    else if (figure.value !== first.value) return null;
  }
  return first;
}

/** The ballots cast an announcement states: its voters who cast a ballot, else its ballots returned. */
export const statedCast = (figures: AnnouncedFigures): number | null =>
  statedCount(figures, 'cast') ?? statedCount(figures, 'returned');

/** A JSON-safe view of figures (numbers instead of BigInt where they fit), for reports and fixtures. */
export function figuresToPlain(figures: AnnouncedFigures): unknown {
  const num = (value: bigint): number | string =>
    value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  const plain = figures.figures.map((figure) => {
    const origin = figure.origin.span
      ? { span: figure.origin.span, text: figure.origin.text }
      : figure.origin;
    switch (figure.kind) {
      case 'count':
        return {
          kind: figure.kind,
          meaning: figure.meaning,
          contest: figure.contest,
          value: num(figure.value),
          ...origin,
        };
      case 'votes':
        return {
          kind: figure.kind,
          contest: figure.contest,
          candidate: figure.candidate,
          value: num(figure.value),
          ...origin,
        };
      case 'group':
        return {
          kind: figure.kind,
          label: figure.label,
          partOf: figure.partOf,
          value: num(figure.value),
          ...origin,
        };
      case 'percent':
        return {
          kind: figure.kind,
          value: decimalText(figure.value),
          part: figure.part,
          whole: figure.whole,
          ...origin,
        };
      case 'elected':
        return { kind: figure.kind, contest: figure.contest, names: figure.names, ...origin };
    }
  });
  return { figures: plain, unread: figures.unread };
}

/** `"71.1"` → `{711n, 1}`: digits with at most one point, as the readers' patterns capture them. */
export function exactDecimalOf(written: string): ExactDecimal {
  const [whole = '0', fraction = ''] = written.split('.');
  return { digits: BigInt(whole + fraction), decimals: fraction.length };
}

/** `{711n, 1}` → `"71.1"`. */
export function decimalText(value: ExactDecimal): string {
  const negative = value.digits < 0n;
  const digits = (negative ? -value.digits : value.digits).toString().padStart(value.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - value.decimals);
  const fraction = value.decimals > 0 ? '.' + digits.slice(digits.length - value.decimals) : '';
  return (negative ? '-' : '') + whole + fraction;
}
