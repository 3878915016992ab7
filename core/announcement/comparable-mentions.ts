import type { Bilingual } from '../model/finding.js';
import type {
  AnnouncedFigure,
  CountFigure,
  CountMeaning,
  GroupFigure,
  VotesFigure,
} from './announced-figures.js';
import { ENGLISH_MEANING_WORDS, ENGLISH_MEASURE, eitherWords } from './english-count-words.js';
import { normalizeText } from './normalize-text.js';
import { withoutBracketed } from './linear-scans.js';
import { bodyFinder, COMMITTEE_NAMES, kindsBut, type NamedBody } from './body-words.js';
import { withoutGroupingSpaces } from './space-parted-digits.js';
import { ofRecall } from './recall-vote.js';
import {
  CANDIDATE_DESCRIPTION,
  namesOfList,
  RESPECTIVE_VOTES,
  RESPECTIVE_WORDS_ONLY,
} from './candidate-votes.js';
import { VENUE_AND_BOX } from './place-scope.js';
import { literalPattern } from '../text/literal-pattern.js';

/**
 * Whether two mentions of a number may be compared at all (docs/announcement.md, “When two mentions are
 * compared”). A sum check (the same figure stated twice, a part within its total, parts adding up) is
 * made only when the two mentions provably denote the same quantity, or a part of it: same measure word,
 * same subject, same body, level, time and stage, and no qualifier on one that the other lacks. The test
 * is a whitelist: the words beside each number are stripped of the words known to say nothing more than
 * the figure's own meaning (登记选民, 参加投票, 有效票, 共, 有, 的 …), and whatever is left must be the same
 * on both sides. A word the reader does not know keeps the two apart; it never joins them.
 */

/** The axis on which two mentions were found to differ, for the reason given to people. */
export type Axis = 'unit' | 'place' | 'time' | 'stage' | 'vote' | 'body' | 'level' | 'qualifier' | 'subject';

export interface Refusal {
  readonly axis: Axis;
  readonly why: Bilingual;
}

/** What a number counts, by its measure word. */
export type UnitClass = 'people' | 'ballots' | 'places' | 'households' | 'none' | 'other';

const UNIT_CLASS: Readonly<Record<string, UnitClass>> = {
  人: 'people',
  名: 'people',
  位: 'people',
  张: 'ballots',
  票: 'ballots',
  份: 'ballots',
  个: 'places',
  户: 'households',
};

/** A number as written: digits with separators and decimals, or Chinese numerals before a unit. */
// 2 740张: thousands parted by a space (scan-numbers.ts) are one number.
/** Digits in groups parted by spaces (3 604, 1 998): one number only when they are the value read. */
const SPACE_GROUPED_NUMBER = /\d{1,3}(?:[ \u2009\u202f]\d{3})+(?!\d)/g;
const ARABIC = /\d{1,3}(?:[ \u2009\u202f]\d{3})+(?=\s*[人名位张票份户])|\d[\d,，.]*\s*(?:万|亿)?/g;
const CHINESE =
  /(?<![零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?=\s*[人名位张票份个户])/;

/** The figure's own number in its mention: the one whose digits are its value (35岁以下的21人 → 21), else the last. */
function ownNumber(folded: string, value: bigint | null): { index: number; text: string } | null {
  // `Valid ballots: 3 097`: a number whose thousands a space parts, found whole when it is the value read.
  const written = value?.toString();
  for (const found of written === undefined ? [] : folded.matchAll(SPACE_GROUPED_NUMBER)) {
    if (withoutGroupingSpaces(found[0]) === written) return { index: found.index, text: found[0] };
  }
  let last: { index: number; text: string } | null = null;
  for (const found of folded.matchAll(ARABIC)) {
    last = { index: found.index, text: found[0] };
    if (value !== null && found[0].replace(/[,，\s]/g, '') === value.toString()) return last;
  }
  const chinese = last === null ? CHINESE.exec(folded) : null;
  return chinese ? { index: chinese.index, text: chinese[0] } : last;
}

/** The words of a mention with its number cut out, and the measure word right after the number. */
function splitMention(figure: AnnouncedFigure): {
  readonly words: string;
  readonly unit: string | null;
  readonly after: string;
} {
  const folded = normalizeText(figure.origin.text);
  const found = ownNumber(
    folded,
    'value' in figure && typeof figure.value === 'bigint' ? figure.value : null,
  );
  if (!found) return { words: folded, unit: null, after: '' };
  const after = folded.slice(found.index + found.text.length).replace(/^\s+/, '');
  const unit = /^[人名位张票份个户]/.exec(after)?.[0] ?? null;
  const rest = unit === null ? after : after.slice(1);
  return { words: folded.slice(0, found.index) + ' ' + rest, unit, after };
}

/**
 * English voters named right after their number (`1,630 registered voters cast ballots`, `2,106 voters
 * who cast ballots`): people counted, whatever the verb after them names; `ballots` there is what they
 * cast, not the unit of the count.
 */
const ENGLISH_VOTERS_AFTER = /^(?:(?:registered|eligible)[^\S\n]+)?(?:voters|electors)\b/i;

/** The class of a figure's measure word; a structured (JSON) figure states none. */
export function unitClassOf(figure: AnnouncedFigure): UnitClass {
  if (!figure.origin.span) return 'none';
  const { unit, after } = splitMention(figure);
  if (unit === null)
    return /\b(?:votes?|ballots?)\b/i.test(figure.origin.text) && !ENGLISH_VOTERS_AFTER.test(after)
      ? 'ballots'
      : 'none';
  return UNIT_CLASS[unit] ?? 'other';
}

/**
 * The words that say only what each count means, longest first. 参选 alone is not among them: it also
 * means standing as a candidate (参选的有13人), so it is neutral only beside 选民 or 投票.
 */
const CHINESE_AND_PLAIN_MEANING_WORDS: Readonly<Record<CountMeaning, RegExp>> = {
  registered:
    /(?:登记(?:的)?)?(?:参加选举|参选)(?:的)?(?:选民|村民|居民|户数|户)|登记(?:的)?户数|有选举权的?(?:选民|村民|居民)(?:总数|人数)?|应(?:参加投票|参选|参加选举|到)(?:的)?(?:选民|户代表|人数)?|登记(?:的)?选民(?:总数|人数|数)?|共有选民(?:人数|总数)?|选民(?:总数|人数|数)|选举人(?:总?数|总额)?|登记|选民|\bregistered\b|\bvoters?\b|\belectorate\b/g,
  cast: /(?:实际)?参加(?:了)?(?:这次|本次)?(?:正式)?(?:选举)?投票(?:选举)?(?:的)?(?:选民|村民|居民|户代表)?(?:人数|数)?|(?:实际)?参加(?:正式)?选举(?:投票)?(?:的)?(?:选民|村民|居民|户代表)?(?:人数|数)?|(?:实际)?参选(?:的)?选民(?:人数|数)?|实际参选(?:人数|数)?|实际投票(?:人数|数)?|投票(?:的)?(?:选民|村民|居民)|投票人数|投票数|总票数|前往投票(?:的)?(?:选民|村民|居民|人数)?|选民|\bballots? cast\b|\bcast(?:ing)?(?: their| a)? ballots?\b|\bcast\b|\btook part\b|\bvoted\b|\bvoters?\b|\belectors\b|\bturn(?:ed)? out\b/g,
  issued: /发(?:出|放)(?:的)?(?:选票)?(?:张数|数)?|选票|\bballot papers?\b|\bballots?\b|\bissued\b/g,
  // `ballots cast` before `ballots`: the ballots put in the box, as 收回 (english-count-words.ts).
  returned:
    /收回(?:的)?(?:选票)?(?:张数|数)?|选票|\b(?:ballots?|ballot papers?|votes) (?:were |was )?cast\b|\bballot papers?\b|\bballots?\b|\breturned\b/g,
  // `1,830 cast valid ballots`: cast says only that they were put in the box, as all counted ballots were.
  valid:
    /(?:总|收到|收回)?有效(?:选)?票(?:数)?|有效|\bvalid\b|\bballot papers?\b|\bballots?\b|\bvotes?\b|\bcast\b/g,
  invalid:
    /无效(?:选)?票(?:数)?|无效|废票|\binvalid\b|\bvoid\b|\bspoilt\b|\bballot papers?\b|\bballots?\b|\bvotes?\b|\bcast\b/g,
  abstained: /弃权(?:票)?(?:数)?|\babstain(?:ed|ing)?\b|\babstentions?\b|\bvotes?\b/g,
};

const MEANING_WORDS = Object.fromEntries(
  Object.entries(CHINESE_AND_PLAIN_MEANING_WORDS).map(([meaning, words]) => [
    meaning,
    eitherWords(words, ENGLISH_MEANING_WORDS[meaning as CountMeaning]),
  ]),
) as Readonly<Record<CountMeaning, RegExp>>;

/** Registered voters counted as those due to vote (应参选选民, 应到): another stage than those registered. */
const DUE = /应(?:参加投票|参选|参加选举|到)/;

/** Words that name the notice's own election and say nothing more: its day, its term, its place. */
const OWN_ELECTION =
  /本次(?:选举)?|这次(?:选举)?|此次(?:选举)?|本届(?:选举)?|选举日(?:当天|当日)?|选举当天|当天|当日|今天|今日|本日|这个(?:村|里|社区)|本村|全村|该村|本社区|全社区|本居委会|本选区|全体|\b(?:the|our|this|whole) village\b/gi;

/** Words of the frame of a count (共有, 达到, 的, 为 …) and marks. */
const FRAME =
  /计票结果(?:是|为|显示)?|而且|并且|其中|\bof which\b|\bof (?:them|these|those)\b|\bamong (?:them|which)\b|共计|合计|总计|累计|共有|总共|一共|共|达到|达|计有|计|实有|有|为|是|的|了|之|者|\bthe\b|\ba\b|\bof\b|\bin\b|\ball\b|\btotal\b|\bnumber\b|\bwere\b|\bwas\b|\bwho\b|\bhad\b|\bnumbered\b|\btotall?ed\b|\bcame to\b|\bstood at\b|\bamounted to\b|[\s,，、：:;；。.“”"'（）()|｜–—]+/g;

/** The words a candidate's votes carry: the candidate is named, the rest says only votes. */
const VOTE_WORDS =
  /共?得票(?:数)?|获得?|赢得|以|赞成票|选票|票数|票|张|\breceived\b|\bwon\b|\bgot\b|\bsecured\b|\bgarnered\b|\bobtained\b|\bpolled\b|\bwith\b|\bvotes?\b/g;
/** The English words of the post a contest was read from (`won the chair with 1,104 votes`). */
const ENGLISH_POST_WORDS =
  /\b(?:vice[- ]?chair|deputy chair|chair(?:man|woman|person)?|director|members?)\b/g;

/**
 * Words that set a mention apart, by axis, in the order a reason is looked for: a word of one axis on
 * one side only tells the reader why the two were not compared. Any other word left over is `subject`.
 */
const AXES: readonly (readonly [Axis, RegExp])[] = [
  [
    'time',
    /上届|上一届|往届|历届|较上届|比上届|去年|今年|前年|\d{4}年|第[一二三四五六七八九十\d]+届|\blast\b|\bprevious\b/,
  ],
  [
    'stage',
    /应|实到|实际|到会|报名|推荐|提名|初步|预选|正式|候选|另行选举|补选|第[一二三四五六七八九十\d]+(?:轮|次)|\bdue\b|\bnominat/,
  ],
  [
    'body',
    /村委会|村民委员会|居委会|居民委员会|党组织|党支部|党委|支委|两委|妇联|团支部|监委会|监督委员会|代表/,
  ],
  ['level', /全国|省|市|县|区|乡|镇|街道|社区|村/],
  [
    'qualifier',
    /女|男|妇女|党员|连任|留任|新当选|新任|新进|一次选举成功|一肩挑|交叉任职|直接|委托|流动|岁|学历|大专|本科|高中|初中/,
  ],
];

/** Why two mentions differ, from the words one has and the other lacks. */
function refusalFor(left: string, right: string, subject: Bilingual): Refusal {
  const extra = `${left} ${right}`;
  for (const [axis, words] of AXES) {
    const a = words.exec(left)?.[0];
    const b = words.exec(right)?.[0];
    if (a === b) continue;
    if (words.test(extra)) return { axis, why: AXIS_WHY[axis](subject) };
  }
  return { axis: 'subject', why: AXIS_WHY.subject(subject) };
}

const AXIS_WHY: Readonly<Record<Axis | 'contest', (subject: Bilingual) => Bilingual>> = {
  unit: (s) => ({ zh: `${s.zh}的计量单位不同`, en: `${s.en} are counted in different units` }),
  place: (s) => ({ zh: `${s.zh}属于不同的地方`, en: `${s.en} refer to different places` }),
  time: (s) => ({
    zh: `${s.zh}说的是不同的时间（届次、年份）`,
    en: `${s.en} speak of different times (terms, years)`,
  }),
  stage: (s) => ({
    zh: `${s.zh}说的是选举的不同阶段（应参加、报名、候选、实际参加…）`,
    en: `${s.en} speak of different stages (due, signed up, candidates, actual …)`,
  }),
  vote: (s) => ({
    zh: `${s.zh}分属不同的投票（罢免表决与选举）`,
    en: `${s.en} are of different votes (a recall and an election)`,
  }),
  body: (s) => ({ zh: `${s.zh}说的是不同的组织`, en: `${s.en} speak of different bodies` }),
  level: (s) => ({
    zh: `${s.zh}说的是不同的层级`,
    en: `${s.en} speak of different levels (village, township, county …)`,
  }),
  qualifier: (s) => ({
    zh: `${s.zh}中一处带有另一处没有的限定（性别、连任、投票方式…）`,
    en: `${s.en}: one carries a qualifier the other lacks (sex, re-elected, way of voting …)`,
  }),
  subject: (s) => ({ zh: `${s.zh}说的不是同一对象`, en: `${s.en} do not name the same subject` }),
  contest: (s) => ({
    zh: `${s.zh}未写明是同一职位的选举（同一人可能参选两个职位）`,
    en: `${s.en} do not name one contest (one person may stand for two posts)`,
  }),
};

/** The words of a ballot count beyond its meaning, its frame and its own election: '' for a plain count. */
export function countResidue(figure: CountFigure, { withoutHeading = false } = {}): string {
  if (!figure.origin.span) return '';
  let words = splitMention(figure).words.toLowerCase();
  // 东山村第十届村委会选举：登记选民2100人 — a heading before a colon names the election the sentence is
  // of; for the ballot account the heading is compared separately (headingOf), not as a qualifier.
  // 现场及流动票箱合计投票1,101人 of the whole place, in a notice naming no proxies: the venue and the box
  // named together are every place there is, no qualifier of the voters (beside proxies they may not be;
  // after 其中, 含 or 包括 they are a part of a count before them). Cut before the heading is looked for, whose
  // words may end in the 中 of 中心会场.
  const venueAndBox =
    figure.meaning === 'cast' &&
    !figure.scope &&
    !figure.besideProxies &&
    !/其中|含|包括/.test(figure.lead ?? '') &&
    words.search(VENUE_AND_BOX) >= 0;
  if (venueAndBox) words = words.replace(VENUE_AND_BOX, ' ');
  else if (withoutHeading) words = words.slice(words.indexOf(headingOf(figure)) + headingOf(figure).length);
  if (figure.scope) words = words.split(normalizeText(figure.scope)).join(' ');
  if (figure.contest) words = words.split(normalizeText(figure.contest.text)).join(' ');
  // 1,204名登记选民中1,102人投票, 登记选民1,204人中有…: the register ends with 中 where those who voted are
  // counted among it; the 中 says nothing more of the register.
  // 1,306名登记选民中有1,127人…: 中有 ends it the same way.
  if (figure.meaning === 'registered') words = words.replace(/中有?\s*$/, ' ');
  return strip(words.replace(MEANING_WORDS[figure.meaning], ' '));
}

/**
 * The words that open a mention and name the election it is of: a heading before a colon
 * (东山村第十届村委会选举：), or a place and the election's name (黃江村這次村委會換屆選舉, 第七届村委会, 全市,
 * 白云庄社区). Folded; '' when none. The ballot account takes counts under one such heading only.
 */
export function headingOf(figure: AnnouncedFigure): string {
  if (!figure.origin.span) return '';
  const words = normalizeText(figure.origin.text).toLowerCase();
  // 第一次投票（登记选民1680人，参加投票1602人…）: the bracket after a ballot's name holds that ballot's own
  // counts, as after 第一次投票：.
  const found = HEADING.exec(words)?.[0] || (BALLOT_BRACKET.exec(words)?.[0] ?? '');
  // `Valid ballots: 942`, `登记选民：1860人`: words before the colon that say only what the count is are
  // its label, one a line, not the heading of an election.
  if (figure.kind === 'count' && strip(found.replace(MEANING_WORDS[figure.meaning], ' ')) === '') return '';
  // The first round's name alone (第一轮投票：, 首轮投票（) names the notice's own ballot, no other stage.
  if (TIME_WORD.test(found)) return '';
  return STAGE_WORD.test(FIRST_BALLOT_NAME.test(found) ? '' : found) ? '' : found;
}

/**
 * A ballot's name and the bracket that opens its counts (第一次投票（登记选民1680人…, 第二轮投票（参加投票…), after a
 * few words of the day or place (选举日, 本村): 第N次 only before 投票 (第二次会议, 第十二次换届 are no ballots).
 */
export const BALLOT_BRACKET =
  /^[^\d，。：:（()）\s]{0,8}?(?:第[一二三四五六七八九十]+轮(?:投票|选举)?|第[一二三四五六七八九十]+次投票|首轮(?:投票|选举)?)[（(]/;

/** A heading that is a first ballot's name alone (第一轮投票：, 首轮投票（), after a few words of the day or place. */
const FIRST_BALLOT_NAME = /^[^\d，。：:（()）\s]{0,8}?(?:第一轮|首轮)(?:投票|选举)?[：:（(]$/;

/** A heading or a place before a mention's words (东湾村：, 本次选举, 【东湾村】 of a block). */
const HEADING =
  /^(?:[^：:\d，。]{1,24}[：:]|(?:这次|本次|此次)?(?:[一-龥]{0,8}?(?:村|社区|镇|乡|街道|县|市|区)(?![委民])】?)?(?:这次|本次|此次)?(?:第[一二三四五六七八九十\d]+届)?(?:(?:村|居)民?(?:委员会|委会))?(?:换届)?(?:选举(?!日))?(?:中|时)?)/;

/** A time or stage word read into a candidate's name (王林上届得票800票): no name holds one. */
function nameQualifier(figure: VotesFigure): string {
  const name = normalizeText(figure.candidate);
  return TIME_WORD.exec(name)?.[0] ?? STAGE_WORD.exec(name)?.[0] ?? '';
}

/**
 * 李秀英（女）得票1288票, 叶红 (F) 903票 (the words lowered): a bracket holding only the candidate's sex says who she is, not which votes these
 * are (not the qualifier 女 of 女性成员): her votes are compared with the valid ballots as any other's.
 */
const CANDIDATE_SEX = /[（(](?:女|男|女性|男性|f|m)[）)]/g;

/** The words of a candidate's votes beyond the name and the word for votes: '' for plain votes. */
export function votesResidue(figure: VotesFigure): string {
  if (!figure.origin.span) return '';
  let words = withoutRespectiveList(figure, splitMention(figure).words.toLowerCase());
  const name = normalizeText(figure.candidate).toLowerCase();
  // 王林同志得票1204票: the title after the name says who the candidate is, not which votes these are.
  words = words
    .split(`${name}同志`)
    .join(' ')
    .split(name)
    .join(' ')
    .replace(CANDIDATE_SEX, ' ')
    .replace(CANDIDATE_DESCRIPTION, ' ');
  // 郑晓燕为村委会主任 of the contest 主任: the committee's name before the post is the post's own.
  if (figure.contest)
    words = words
      .replace(
        new RegExp(
          `${COMMITTEE_OF_POST.source}(?=${literalPattern(normalizeText(figure.contest.text))})`,
          'g',
        ),
        ' ',
      )
      .split(normalizeText(figure.contest.text))
      .join(' ')
      .replace(ENGLISH_POST_WORDS, ' ')
      // 王林（主任，男，48岁，得票1,304票）: the person's sex and age after the post of the votes' own contest.
      .replace(CANDIDATE_DESCRIPTION, ' ');
  // 郑晓燕当选为主任，得票1164票: that the candidate won says nothing of which votes these are.
  return strip(
    words
      .replace(SHARE_IN_VOTES_BRACKET, ' ')
      .replace(/当选为?/g, ' ')
      .replace(VOTE_WORDS, ' ')
      // 钟立华得1,214票: 得 alone between the name and the count is the word for votes, as 得票 is.
      .replace(LONE_GOT, ' '),
  );
}

/**
 * 张伟、刘芳分别得票956票 (和, 及, 与), 张伟、刘芳，分别得票956票, 得票分别为956票: the first votes of a list given
 * respectively. The list's other names and its word 分别 say only whose votes each is, not which votes:
 * cut out when the list opens with this figure's candidate, or when the words before the count are only
 * those of such a list (its names in the clause before).
 */
function withoutRespectiveList(figure: VotesFigure, words: string): string {
  const folded = normalizeText(figure.origin.text);
  const found = ownNumber(folded, figure.value);
  if (!found) return words;
  const label = folded.slice(0, found.index);
  const rest = words.slice(label.length);
  if (RESPECTIVE_WORDS_ONLY.test(label)) return ' ' + rest;
  const own = RESPECTIVE_VOTES.exec(label);
  const listed = own?.[1] ?? own?.[2];
  if (listed === undefined) return words;
  const names = namesOfList(listed);
  if (names.length < 2 || names[0] !== normalizeText(figure.candidate)) return words;
  const at = label.lastIndexOf(listed);
  // 委员候选人周强、李芳得票数依次为: the 候选人 heading the list says who the names are, not which votes.
  return (
    label
      .slice(0, at)
      .replace(/候选人$/, '')
      .toLowerCase() +
    ' ' +
    rest
  );
}

/** 得 standing alone among the words left of a candidate's votes (the name and the count cut out). */
const LONE_GOT = /(?<!\S)得(?!\S)/g;

/** The committee a post is of, written before it (村委会主任). */
const COMMITTEE_OF_POST = /(?:村民委员会|居民委员会|社区居委会|村委会|居委会)/;

/** 郑晓燕（1164票，59.7%）: the share beside the votes in their bracket, read as a figure of its own. */
const SHARE_IN_VOTES_BRACKET =
  /[，,、][^\S\n]?(?:得票率|占)?[^\S\n]?\d{1,3}(?:\.\d{1,6})?[^\S\n]?[%％](?=[^\S\n]?[）)]$)/g;

/**
 * A note's formula of the candidates' shares before the base it names (注：得票率＝得票数÷参加投票人数（1,663人）):
 * the count after it restates the base, and the formula says nothing more of it. Bounded: a note's
 * opening and the words of the votes, no run of any length.
 */
const RATE_FORMULA =
  /(?:注|备注|说明|附注)?\d?\s{0,2}:?\s{0,2}(?:各?候选人)?的?得票率\s{0,2}=\s{0,2}\(?\s{0,2}(?:候选人)?的?(?:所?得票(?:数|总数)?|得票)\s{0,2}[÷/]/g;

function strip(words: string): string {
  return words
    .replace(RATE_FORMULA, ' ')
    .replace(OWN_ELECTION, ' ')
    .replace(FRAME, ' ')
    .replace(ENGLISH_MEASURE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MENTIONS: Bilingual = { zh: '两处数字', en: 'the two figures' };

/**
 * Whether two ballot counts of one meaning (or two statements of a candidate's votes) provably state the
 * same quantity: same place, same measure word, and no word beside either that the other lacks. Null
 * when they do; else why not.
 */
export function sameQuantity(
  first: CountFigure | VotesFigure,
  second: CountFigure | VotesFigure,
): Refusal | null {
  if (first.kind === 'count' && second.kind === 'count' && (first.scope ?? '') !== (second.scope ?? ''))
    return { axis: 'place', why: AXIS_WHY.place(MENTIONS) };
  // `Dongwan: … Chair: Li Na, 760 votes.` and `Xiwan: … Chair: Li Na, 470 votes.`: one name in two
  // villages' lines is two people, each with the votes of her own village.
  if (
    first.kind === 'votes' &&
    second.kind === 'votes' &&
    first.scope !== undefined &&
    second.scope !== undefined &&
    first.scope !== second.scope
  )
    return { axis: 'place', why: AXIS_WHY.place(MENTIONS) };
  if (unitClassOf(first) !== unitClassOf(second)) return { axis: 'unit', why: AXIS_WHY.unit(MENTIONS) };
  const settings = differentSettings(first, second, MENTIONS);
  if (settings) return settings;
  // What each sentence says before the figure, beyond the frame and the notice's own election.
  const [x, y] = [strip(leadOf(first).toLowerCase()), strip(leadOf(second).toLowerCase())];
  if (x !== y) return refusalFor(x, y, MENTIONS);
  // One person may stand for two posts (王林得票812票（主任），王林得票300票（委员）): votes are one
  // quantity only in one named contest.
  if (first.kind === 'votes' && (first.contest === null || second.contest === null))
    return { axis: 'subject', why: AXIS_WHY.contest(MENTIONS) };
  // So are abstentions, a contest's own (弃权 in a table of 主任 and in a table of 委员).
  if (
    first.kind === 'count' &&
    first.meaning === 'abstained' &&
    (first.contest === null || second.contest === null)
  )
    return {
      axis: 'subject',
      why: {
        zh: `${MENTIONS.zh}未写明是同一职位的弃权（每个职位的选举各有弃权）`,
        en: `${MENTIONS.en} do not name one contest (each post's vote has its own abstentions)`,
      },
    };
  const residue = (figure: CountFigure | VotesFigure) =>
    figure.kind === 'count' ? countResidue(figure) : votesResidue(figure) || nameQualifier(figure);
  if (first.kind === 'count' && second.kind === 'count' && stageOf(first) !== stageOf(second))
    return { axis: 'stage', why: AXIS_WHY.stage(MENTIONS) };
  const [a, b] = [residue(first), residue(second)];
  return a === b ? null : refusalFor(a, b, MENTIONS);
}

/** The stage a count is of: those due to vote (应参选选民) are not those registered (登记选民). */
export function stageOf(figure: CountFigure): 'due' | '' {
  return figure.meaning === 'registered' && DUE.test(normalizeText(figure.origin.text)) ? 'due' : '';
}

/**
 * Two mentions set in different times or stages by their sentences (上届…，参加投票1100人 and 参加投票1322人;
 * 第二轮投票中，王林得票700票): null when the settings agree.
 */
export function differentSettings(
  first: AnnouncedFigure,
  second: AnnouncedFigure,
  subject: Bilingual,
): Refusal | null {
  const [a, b] = [settingOf(first), settingOf(second)];
  if (a !== b) {
    // A recall's counts beside the by-election's (罢免表决 and 补选): two votes (recall-vote.ts).
    const axis: Axis =
      ofRecall(a) !== ofRecall(b)
        ? 'vote'
        : /轮|次$|次投票|重新投票|选举|补选|预选|初选|round|run-?off|re-?vote/i.test(`${a}·${b}`)
          ? 'stage'
          : 'time';
    return { axis, why: AXIS_WHY[axis](subject) };
  }
  const [x, y] = [bodiesOf(first), bodiesOf(second)];
  if (x !== '' && y !== '' && x !== y) return { axis: 'body', why: AXIS_WHY.body(subject) };
  // 村委会：登记选民10,300人…；居委会：登记选民3,760人…: a township's counts of its two committees' elections.
  const [c, d] = [committeeOf(first), committeeOf(second)];
  if (c !== '' && d !== '' && c !== d) return { axis: 'body', why: AXIS_WHY.body(subject) };
  // …；社区：参加投票5,231人；全镇合计：参加投票21,743人: a committee's count and one of neither (the total of
  // both, set only in a text naming both committees) are of different elections.
  if ((c === '') !== (d === '') && (first.kind === 'count') === (second.kind === 'count'))
    return { axis: 'body', why: AXIS_WHY.body(subject) };
  if (apartBySubject(first, second) || apartBySubject(second, first))
    return { axis: 'body', why: AXIS_WHY.body(subject) };
  return differentSections(first, second) ? { axis: 'body', why: AXIS_WHY.body(subject) } : null;
}

/**
 * A count or votes in a sentence about another body than the committee (its `subject`: 村务监督委员会由村民代表会议
 * 推选，收回选票31张) are that body's: apart from a count or votes whose sentence, heading or section does not name
 * that body, a sentence naming no body included (`无效票40张` of the villagers' vote). Unlike a body merely
 * named, a subject is never "left unsaid" on the other side. The representatives are never a subject
 * (mention-settings.ts): they may be the election's own voters.
 */
export function apartBySubject(first: AnnouncedFigure, second: AnnouncedFigure): boolean {
  const subject = subjectOf(first);
  if (subject === '' || subjectOf(second) === subject) return false;
  if (!isCountOrVotes(first) || !isCountOrVotes(second)) return false;
  if (bodiesOf(second).split('·').includes(subject) || sectionOf(second) === subject) return false;
  return true;
}

const isCountOrVotes = (figure: AnnouncedFigure): boolean =>
  figure.kind === 'count' || figure.kind === 'votes';

/** The body other than the committee a figure's sentence is about ('' for none: mention-settings.ts). */
export const subjectOf = (figure: AnnouncedFigure): string =>
  'subject' in figure && typeof figure.subject === 'string' ? figure.subject : '';

/**
 * The committee a count or share stands under in a text naming both committees' elections (村委会, 居委会; ''
 * for none: mention-settings.ts): counts of the two are never one figure, nor one the other's base.
 */
export const committeeOf = (figure: AnnouncedFigure): string =>
  'committee' in figure && typeof figure.committee === 'string' ? figure.committee : '';

/** The body of the numbered section a figure stands in ('' for none: mention-settings.ts). */
export const sectionOf = (figure: AnnouncedFigure): string =>
  'section' in figure && typeof figure.section === 'string' ? figure.section : '';

/**
 * A figure of another body's election than the committee's: of a sentence about that body (`subject`), or
 * under a section naming it (二、村务监督委员会选举, 村务监督委员会选举：…). The notice's ballot account and the
 * count its quorum is judged by take such a figure only when the notice states no other.
 */
export const ofAnotherBody = (figure: AnnouncedFigure): boolean =>
  subjectOf(figure) !== '' || (sectionOf(figure) !== '' && !COMMITTEE_NAMES.has(sectionOf(figure)));

/** Two figures under numbered sections of different bodies (一、村民委员会 … 二、村务监督委员会). */
export function differentSections(first: AnnouncedFigure, second: AnnouncedFigure): boolean {
  const [x, y] = [sectionOf(first), sectionOf(second)];
  return x !== '' && y !== '' && x !== y;
}

/** The lead of a figure's sentence ('' for none). */
const leadOf = (figure: AnnouncedFigure): string =>
  'lead' in figure && typeof figure.lead === 'string' ? figure.lead : '';

/** The bodies a figure's sentence names ('' for none). */
const bodiesOf = (figure: AnnouncedFigure): string =>
  'bodies' in figure && typeof figure.bodies === 'string' ? figure.bodies : '';

/** The setting of a figure ('' for none). */
export const settingOf = (figure: AnnouncedFigure): string =>
  'setting' in figure && typeof figure.setting === 'string' ? figure.setting : '';

/** Measure words a ballot count may carry: people for voters, ballots for ballots, or none written. */
const COUNT_UNITS: Readonly<Record<CountMeaning, readonly UnitClass[]>> = {
  // 应到户代表64户, 参加投票户数1105户: households in an election by household representatives.
  registered: ['people', 'households', 'none'],
  cast: ['people', 'ballots', 'households', 'none'],
  issued: ['ballots', 'none'],
  returned: ['ballots', 'none'],
  valid: ['ballots', 'none'],
  invalid: ['ballots', 'none'],
  abstained: ['ballots', 'people', 'none'],
};

/**
 * Whether a ballot count is plainly of the notice's own election, so that it may enter the ballot
 * account (valid + invalid = returned, cast ≤ registered …): a measure word that fits its meaning and no
 * word beyond its meaning (当天参选的选民 is plain; 报名参选, 应到, 上届, 第二轮 are not). Null when plain.
 */
export function plainCount(figure: CountFigure, before?: AnnouncedFigure): Refusal | null {
  const subject: Bilingual = {
    zh: `“${figure.origin.text}”与本次选举的其他票数`,
    en: `“${figure.origin.text}” and the election's other counts`,
  };
  if (!COUNT_UNITS[figure.meaning].includes(unitClassOf(figure)))
    return { axis: 'unit', why: AXIS_WHY.unit(subject) };
  const residue = countResidue(figure, { withoutHeading: true });
  if (/^(?:投 ?票|参加 ?选举|走进 ?投票站)$/.test(residue) && amongTheRegister(figure, before)) return null;
  return residue === '' ? null : refusalFor(residue, '', subject);
}

/**
 * 1,204名登记选民中1,102人投票, 登记选民1,204人中有1,102人投票: those who voted counted among the register
 * right before them, in one phrase, are the election's voters. A bare 投票 elsewhere (截至10时，已有856人投票)
 * may be a count at some moment of the day, and stays apart.
 */
const MOMENT = /截至|截止|[上下中]午|时|点|已/;

function amongTheRegister(figure: CountFigure, before: AnnouncedFigure | undefined): boolean {
  if (figure.meaning !== 'cast' || before?.kind !== 'count' || before.meaning !== 'registered') return false;
  const [end, start] = [before.origin.span?.[1], figure.origin.span?.[0]];
  if (end === undefined || start === undefined || start < end || start - end > 3) return false;
  // 截至上午10时，1,204名登记选民中856人投票: a count at some hour, not the day's.
  if (MOMENT.test(`${before.lead ?? ''} ${figure.lead ?? ''}`)) return false;
  // 1,204名登记选民中有 ends the register's own words; after 登记选民1,204人 the 中有 is the voters' lead.
  const among =
    start - end <= 1
      ? /中有?$/.test(before.origin.text)
      : /^\s*中有?\s*$/.test(figure.lead ?? '') && /\d\s*(?:人|名)$/.test(normalizeText(before.origin.text));
  return (
    among &&
    /^\d[\d,，]*\s*(?:人|名)(?:投了?票|参加了?选举|走进了?投票站)$/.test(normalizeText(figure.origin.text))
  );
}

/** Plain votes: a name, its votes and nothing else (not 第二轮, 预选, 上届 …). Null when plain. */
export function plainVotes(figure: VotesFigure): Refusal | null {
  const residue = votesResidue(figure) || nameQualifier(figure);
  const subject: Bilingual = {
    zh: `“${figure.origin.text}”与有效票数`,
    en: `“${figure.origin.text}” and the valid ballots`,
  };
  return residue === '' ? null : refusalFor(residue, '', subject);
}

/**
 * Qualifiers that pick some of the people of a body out of all of them (女性, 35岁以下, 大专以上学历, 连任,
 * 党员 …): a part so qualified is provably a part of its body. Posts of a committee (主任, 副主任, 委员,
 * 书记) are parts of the committee. Everything else (报名, 候选, 上届, 代表 of another kind, a place) is not.
 */
const PEOPLE_QUALIFIER = new RegExp(
  [
    '男性?|女性?|妇女',
    '(?<!\\d)\\d+(?:\\.\\d+)?(?:周)?岁(?:以下|以上|及以下|及以上|之间)?',
    '(?:至|到|-|—|~)',
    '(?:全日制)?(?:小学|初中|高中|中专|大专|本科|研究生|硕士|博士)(?:文化程度|学历)?',
    '(?:及|或)?以上|(?:及|或)?以下|文化程度|学历|含',
    '连选连任|连任|留任|连续任职|新当选|新进|新任|新一届',
    '中共党员|党员|少数民族|退役军人|大学生|一肩挑|交叉任职',
    '年轻|年龄结构|年龄',
  ].join('|'),
  'g',
);

/** Posts of a committee; 副 before them is part of the post, 女 or 男 a qualifier. */
const POST_WORDS = /(?:社区|村|居)?(?:党组织|党支部|村委会|居委会)?(?:副)?(?:主任|书记|委员)/g;

/**
 * Bodies a label of people may name (body-words.ts), 代表 alone too, said of a total and its part
 * alike. Delegates (人大代表, 党代表) are read as 代表: a summary names their kinds with 代表 alone
 * (21305名乡镇党代表中，基层一线代表9999名), parts of the delegates.
 */
const labelBodies = bodyFinder(kindsBut('delegates'));

/** The noun a label ends with that names people: the body's members. */
const BODY_NOUN = /(成员|干部|委员|代表|班子成员|班子|人员)$/;

/** Folds a label of a body for comparison: 村民委员会 = 村委会, brackets dropped. */
function foldBodyLabel(label: string): string {
  return withoutBracketed(normalizeText(label))
    .replace(/[“”"]/g, '')
    .replace(/民委员会/g, '委会')
    .replace(/^(?:新一届|全区|全市|全县|全镇|全乡|全街道|本届|新当选的?|换届后|共有)+/, '');
}

/** Places of another kind than villages and communities. */
const OTHER_PLACES = /乡镇|街道|县|市|省|小组|组|站|处|点|室|箱|所|场/;
/** A label that ends with the places it counts (…的村, 行政村, 社区). */
const PLACE_END = /(?:村|社区|居委会|村委会|村居)$/;

/**
 * What is said of places whose noun is left unsaid (已完成换届选举1015个, 一次选举成功的有16个): words of
 * their elections only. A post or body of theirs (村主任一次选举成功的) is another subject.
 */
const PLACE_PREDICATE =
  /已经|已|都|均|全部|按期|依法|顺利|圆满|完成|实现|开展|进行|举行|换届|选举|一次|成功|直选|直接|产生|另行|达标|到位|一肩挑|交叉任职|[“”"]|的|了|有|为|是|共|其中|\s+/g;

const TIME_WORD = /上届|上一届|往届|历届|较上|比上|去年|前年|昨天|昨日|前天|\d{4}年/;
const STAGE_WORD = /报名|推荐|提名|初步|预选|候选|应到|应参|另行选举|补选|第[一二三四五六七八九十\d]+轮/;

/** Whether a label names any body (村委会成员 does; 村干部, 成员 and 村级组织成员 do not). */
export function namesABody(label: string): boolean {
  return labelBodies(foldBodyLabel(label)).length > 0;
}

/**
 * Whether a label names a body its total's label does not (村民代表 or 村民小组长 after 村委会成员): a body
 * the part names must be the total's, or one of the two committees of a 两委.
 */
export function namesAnotherBody(label: string, total: string): boolean {
  const bodies = (words: string) => labelBodies(foldBodyLabel(words));
  const own = new Set(bodies(total).map((body) => body.name));
  // 两委 holds the two committees: the villagers' (or residents') and the party's.
  const ofTwoCommittees = (body: NamedBody) => body.kind === 'committee' || body.kind === 'party';
  return bodies(label).some((body) => !own.has(body.name) && !(own.has('两委') && ofTwoCommittees(body)));
}

/**
 * Whether a group stated as a part provably is a part of the total it was attached to. Always: the same
 * measure word, and no word of another time (上届, 去年) or stage (报名, 候选, 应到) on the part that the
 * total lacks. For places: the places themselves, said of nothing else (完成换届的村, 一次选举成功的 of
 * 8个村), never a post or body of theirs (村主任一次选举成功的有16个) nor places of another kind (乡镇,
 * 村民小组, 投票站). For people marked as parts by the text (其中, X中，, posts listed after their total):
 * that mark. For people attached by their label alone (no 其中): only the total's own words with
 * qualifiers of people added (女性, 35岁以下, 大专以上学历, 连任, 党员 …) or a post of the committee; any
 * other word (村民代表 after 女性) keeps them apart. Null when provable; else why not.
 */
export function provablePart(
  part: GroupFigure,
  total: GroupFigure,
  { totalIsListedPost = false } = {},
): Refusal | null {
  const subject: Bilingual = {
    zh: `“${part.origin.text}”与总数“${total.origin.text}”`,
    en: `“${part.origin.text}” and the total “${total.origin.text}”`,
  };
  if ((part.places === true) !== (total.places === true) || unitClassOf(part) !== unitClassOf(total))
    return { axis: 'unit', why: AXIS_WHY.unit(subject) };
  const label = foldBodyLabel(part.label);
  const whole = foldBodyLabel(total.label);
  if (TIME_WORD.test(label) && !TIME_WORD.test(whole)) return { axis: 'time', why: AXIS_WHY.time(subject) };
  // Set in another time or stage by its sentence than the total was (…，与上届相比，女性38人).
  const totalSetting = settingOf(total).split('·');
  if (
    settingOf(part) !== '' &&
    settingOf(part)
      .split('·')
      .some((word) => !totalSetting.includes(word))
  )
    return differentSettings(part, total, subject);
  if (STAGE_WORD.test(label) && !STAGE_WORD.test(whole))
    return { axis: 'stage', why: AXIS_WHY.stage(subject) };
  if (part.places === true) {
    if (OTHER_PLACES.test(label)) return { axis: 'level', why: AXIS_WHY.level(subject) };
    // …的村, 行政村: the places themselves, whatever is said of them.
    if (PLACE_END.test(label)) return null;
    // The places left unsaid (一次选举成功的有16个): only words said of places, never of a post of theirs.
    const rest = label.replace(PLACE_PREDICATE, ' ').trim();
    return rest === '' ? null : { axis: 'subject', why: AXIS_WHY.subject(subject) };
  }
  if (namesAnotherBody(part.label, total.label)) return { axis: 'body', why: AXIS_WHY.body(subject) };
  if (part.implied !== true) return null;
  // 成员60人，主任18人，副主任7人，委员35人，交叉任职40人: attached by its label to the last post of a list,
  // it may be of the whole committee.
  if (totalIsListedPost) return { axis: 'body', why: AXIS_WHY.body(subject) };
  // What the part adds to its total: the total's words (or the body noun alone) cut out.
  const noun = BODY_NOUN.exec(whole)?.[1] ?? '';
  const committee = whole.includes('+') || /成员|干部|班子|委员会|委会$/.test(whole);
  let rest = label.split(whole).join(' ');
  if (noun !== '') rest = rest.split(noun).join(' ');
  if (committee) rest = rest.replace(POST_WORDS, ' ');
  rest = rest.replace(PEOPLE_QUALIFIER, ' ').replace(FRAME, ' ').trim();
  return rest === '' ? null : refusalFor(rest, '', subject);
}
