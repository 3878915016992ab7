import type { CountMeaning } from './announced-figures.js';
import { trailingWordsStart } from './linear-scans.js';
import { TITLE_BEFORE_NAME } from './person-name.js';
import {
  ENGLISH_CAST,
  ENGLISH_INVALID,
  ENGLISH_ISSUED,
  ENGLISH_REGISTERED,
  ENGLISH_RETURNED,
  ENGLISH_TURNOUT,
  ENGLISH_VALID,
  ENGLISH_VOTE_RATE,
  eitherWords,
} from './english-count-words.js';

/** 应参选选民, 应到选民, 应参加投票人数: those due to vote, qualified 应 (not 响应, 相应). */
export const DUE_VOTERS = /(?<![响相对反适])应(?:到|参选|参加(?:投票|选举)|参与投票|投票)的?(?:选民|人数)/;

/**
 * 参选 alone may mean to vote or to stand as a candidate (参选的有13人 beside 参加投票的选民855人); with
 * 选民 after it (参选的选民, 参选选民) it is of voters.
 */
const BARE_STANDING = /参选(?!的?选民|率|比例)/;
/** Words that name the voters who cast a ballot without doubt. */
const PLAIN_CAST_WORDS =
  /参加投票|参加(?:正式)?选举|参与投票|实际投票|投票人数|投票的?选民|参选的?选民|实到的?选民/;

/** Whether a count's words name it only by a bare 参选, which may be of candidates rather than voters. */
export function namedOnlyByStanding(words: string): boolean {
  return BARE_STANDING.test(words) && !PLAIN_CAST_WORDS.test(words);
}

/**
 * A count of voters or ballots named without doubt somewhere in a text (参加投票的选民855人, 收回选票716张,
 * 1322人参加投票): beside one, a count named only by 参选 is doubtful. The gap is bounded, so the search
 * stays linear.
 */
export const PLAIN_BALLOT_COUNT =
  /(?<!应)(?:参加投票|参与投票|实际投票|投票人数|投票的?选民|参选的?选民|实到的?选民|发出|发放|收回|回收|有效票|有效选票)[^。；;\n\d]{0,16}\d|\d\s*(?:人|名)(?:选民)?参加投票/;

/**
 * The words that give a number its meaning, on folded text (simplified, half-width). Order matters:
 * 登记 before 参加 (登记参加选举的选民 is the electorate), 无效 before 有效.
 */
const COUNT_WORDS: readonly (readonly [CountMeaning, RegExp])[] = [
  // Those due to vote (应参选选民, 应到选民) are the electorate, never the voters who came (当天参选的选民).
  ['registered', DUE_VOTERS],
  // English as pasted, machine translations included (`Should arrive voters`, `Register voter`).
  // 新登记的选民94人, 新增登记选民52人, 补登记选民6人: those added to the register this time, a change of it, not
  // the register (重新登记, registering everyone afresh, is the register).
  [
    'registered',
    eitherWords(
      /(?<!(?<!重)新|新增|增加|补充|补|增补)登记|选民总数|选民数|有选举权|registered|electorate/i,
      ENGLISH_REGISTERED,
    ),
  ],
  ['invalid', eitherWords(/无效|废票|invalid|\bvoid\b|spoil/i, ENGLISH_INVALID)],
  // `7 valid nominations`, `valid signatures`: papers of another stage, not ballots. `won 1,102 of the valid
  // votes`: a part of the valid ballots (a candidate's votes), not their count.
  [
    'valid',
    eitherWords(
      /有效|(?<!\bof\s{1,3}(?:the\s{1,3}|all\s{1,3})?)\bvalid\b(?!\s{1,3}(?:nominations?|signatures?|applications?|nomination\s{1,3}forms?))/i,
      ENGLISH_VALID,
    ),
  ],
  ['abstained', /弃权|abstain|\bblank\b/i],
  ['issued', eitherWords(/发出|发放|issued|distributed/i, ENGLISH_ISSUED)],
  ['returned', eitherWords(/收回|回收|returned|collected/i, ENGLISH_RETURNED)],
  [
    'cast',
    // 参加补选投票的选民, 参加罢免投票的选民: the voters of that vote, named by it.
    // 申请参加选举的非户籍居民, 本人表示参加选举的村民 (第十三条's registration of those living away): asking
    // or saying one will take part is registering, not voting. So is being allowed to (经村民会议同意参加选举的,
    // 批准参加选举的, 准予参加选举的): the consent 第十三条 asks of those registered where they live.
    // `1,211 turned out`: came to vote.
    // 前往投票的共17人: those who went to vote.
    // 投票数 (Taiwan: 投票數740票) is the ballots cast, never a candidate's votes (有效投票数 is valid).
    // 参选人刘晓光得票: 参选人 / 参选者 before a name is the candidate's part in the race (as 候选人), not
    // voters; 参选人数 stays a count of voters.
    // 现场及流动票箱合计投票1,101人: the venue and the mobile box summed, voting without 参加, are their voters
    // (place-scope.ts BOTH_PLACES says whether they are the whole's or a part beside proxies).
    eitherWords(
      /参加了?(?:这次|本次|此次)?(?:补选|罢免|另行选举)?投票|(?<=(?:现场|中心会场|主会场)(?:和|及|与)流动(?:投)?票箱[^\S\n]*(?:共|合计|共计|总计|一共))投票(?!率|权|站|点|箱|会场|结果|情况)|(?<!表示要?|表明|同意|批准|准予|允许)参选(?![人者](?![数员次们的])[\u3400-\u9fff])|实到的?选民|(?<!申请|要求|自愿|愿意|报名|表示要?|表明|同意|批准|准予|允许)参加(?:正式)?选举|参与投票|实际投票|投票人数|投票选民|(?<![有无]效)投票数|前往投票|\bcast\b|\bvoted\b|took part|\bturned out\b|participat/i,
      ENGLISH_CAST,
    ),
  ],
  // The electorate in other words (共有选民人数4100人, 共有选民2300名, 全社区有选民4106人), only when nothing
  // above spoke (参加投票选民人数 is of voters who cast a ballot).
  // 选民代表 and 选民小组 are other people, and groups: no electorate.
  // Taiwan's 选举人数 / 选举人总数 (electors) are the registered voters; 参加选举人数 spoke above (cast).
  [
    'registered',
    /(?:共有|现有|[全本该](?:村|社区)(?:共有|现有|有)?)选民(?!代表|小组)|选民人数|选民总人数|(?<!被)选举人(?:总?数|总额)?/,
  ],
];

/**
 * 登记选民中外出务工人员参加投票的312人: some of the electorate (those away, at work elsewhere) who voted, named
 * after 选民中 with words of their own before those of voting: neither the electorate nor all the voters.
 */
export function someVotersAmongElectorate(words: string): boolean {
  const among = /选民之?中[,，]?/.exec(words);
  if (among === null || VOTERS_AMONG_ELECTORATE.test(words)) return false;
  const part = words.slice(among.index + among[0].length);
  return part !== '' && COUNT_WORDS.some(([meaning, pattern]) => meaning === 'cast' && pattern.test(part));
}

/**
 * 参加投票的选民中女性652人, 投票选民中60岁以上的412人: some of the voters who voted (a group named after 中), neither
 * all of them nor the electorate. Not 参加投票的选民中有1102人 (no group named).
 */
export function someOfTheVotersWhoVoted(words: string): boolean {
  const among = /(?:选民|人员?)之?中[,，]?/.exec(words);
  if (among === null) return false;
  const before = words.slice(0, among.index + among[0].length);
  const part = words
    .slice(among.index + among[0].length)
    .replace(/^[^\S\n]*(?:共有|共计|合计|共|有|计|为)?[^\S\n]*/u, '');
  return (
    /[\u4e00-\u9fff]/u.test(part) &&
    COUNT_WORDS.some(([meaning, pattern]) => meaning === 'cast' && pattern.test(before))
  );
}

/** 有效票中, 收回选票之中: a kind of ballot among which the kind named after it is counted. */
const AMONG_BALLOTS = /票之?中[,，]?/g;
/**
 * 登记选民中参加投票的有: the voters among the electorate, named by the plain words of voting and nothing
 * else (not 登记选民中外出务工人员参加投票的, some of them).
 */
const VOTERS_AMONG_ELECTORATE =
  /选民之?中[,，]?(?:实际)?参加了?(?:本次|这次|此次)?投票的?(?:选民|人数|人)?(?:有|为|是|共有?|达)?[^\S\n]*$/;

/**
 * The words that name what is counted: after the last 票中 when the words after it have a meaning of
 * their own (有效票中弃权票14张 counts abstentions among the valid ballots, not the valid ballots), else all
 * of them. `offset` is where those words start.
 */
function countedWords(words: string): { words: string; offset: number } {
  const voters = VOTERS_AMONG_ELECTORATE.exec(words);
  if (voters) {
    const at = voters.index + voters[0].indexOf('中') + 1;
    return { words: words.slice(at), offset: at };
  }
  let offset = 0;
  for (const match of words.matchAll(AMONG_BALLOTS)) offset = match.index + match[0].length;
  if (offset === 0) return { words, offset: 0 };
  const part = words.slice(offset);
  return COUNT_WORDS.some(([, pattern]) => pattern.test(part))
    ? { words: part, offset }
    : { words, offset: 0 };
}

/** Where the words that gave `words` its meaning (countMeaningOf) stand in them: the last such match. */
export function meaningWordsOf(words: string): { index: number; length: number } | null {
  const counted = countedWords(words);
  const pattern = COUNT_WORDS.find(([, meaningWords]) => meaningWords.test(counted.words))?.[1];
  if (pattern === undefined) return null;
  let last: { index: number; length: number } | null = null;
  for (const match of counted.words.matchAll(new RegExp(pattern.source, `${pattern.flags}g`)))
    last = { index: counted.offset + match.index, length: match[0].length };
  return last;
}

/** The electorate named only in other words (共有选民, 选民人数): the last of COUNT_WORDS, none before it. */
export function electorateInOtherWordsOnly(words: string): boolean {
  const counted = countedWords(words).words;
  const index = COUNT_WORDS.findIndex(([, pattern]) => pattern.test(counted));
  return index === COUNT_WORDS.length - 1;
}

/**
 * The electorate named after its count, of the whole place (全村1856名选民中, 本社区共有2310名选民): 选民 are
 * those registered to vote, and 全村 says all of them. Only the place (with 共有 or 共) may stand before the
 * count — 外出务工的856名选民中 is some of them — and nothing but 中 after 选民.
 */
export function electorateNamedAfter(label: string, trailer: string): boolean {
  if (!VOTERS_AFTER.test(trailer)) return false;
  if (WHOLE_PLACE_BEFORE.test(label)) return true;
  // 沙头角和海山街道办的11222名选民中: the voters among whom the rest are counted, of places named in words
  // and nothing else (not 外出务工的856名选民中, some of them).
  return /中/.test(trailer) && NAMED_PLACES_BEFORE.test(label) && !SOME_OF_THEM.test(label);
}
/**
 * 选民1,204人，其中参加投票1,102人 (or 选民1,204人中1,102人投票): 选民 alone, opening its clause, counted
 * and then split into those who voted, is the electorate. Alone: 外出选民, 第三组选民 and 选民代表 are some
 * people or others; opening the clause, not after a colon (一组：选民212人 is a group's). `opens` is the
 * text right before the label, `trailer` the words after the count in its clause, `after` the text after
 * the clause.
 */
export function electorateThenItsVoters(
  opens: string,
  label: string,
  trailer: string,
  after: string,
): boolean {
  if (!/^[^\S\n]*选民(?:共有?|有|为)?[^\S\n]*$/.test(label) || !/(?:^|[,，;；。\n])[^\S\n]*$/.test(opens))
    return false;
  if (/^[^\S\n]*中$/.test(trailer))
    return /^[,，]?[^\S\n]*(?:有[^\S\n]*)?\d[\d,]*[^\S\n]*(?:人|名)(?:选民)?(?:参加了?)?投票/.test(after);
  return trailer.trim() === '' && THEN_THOSE_WHO_VOTED.test(after);
}
/** ，其中参加投票1,102人, ，其中有1,102人参加了投票: the voters among those just counted. */
const THEN_THOSE_WHO_VOTED =
  /^[,，][^\S\n]*其中[,，]?[^\S\n]*(?:(?:实际)?参加了?(?:本次|这次|此次)?投票的?(?:选民|人数|人)?(?:有|为|是|共有?|达)?[^\S\n]*\d|(?:有[^\S\n]*)?\d[\d,]*[^\S\n]*(?:人|名)(?:选民)?参加了?(?:本次|这次|此次)?投票)/;
/** Places named and nothing else, opening the clause: 甲村的, 东湖和西湖街道办的. */
const NAMED_PLACES_BEFORE =
  /(?:^|[,，;；。:：\s])[\u4e00-\u9fff、和及与]{0,12}?(?:村|社区|街道办?|镇|乡)的?[^\S\n]*$/;
/** Words that make a clause's voters some of a place's: 外出务工, 在外, 流动, 其中. */
const SOME_OF_THEM = /外出|务工|在外|流动|其中|部分|以上|以下|青年|妇女|党员|老年|年满/;
// 在1204名选民中, 在全村1204名选民中: 在 opens the frame of those among whom the rest are counted.
const WHOLE_PLACE_BEFORE =
  /(?:^|[,，;；。\s])(?:本次选举[,，]?)?(?:在?(?:全村|本村|全社区|本社区|全居委会)(?:共有|共|有)?|在)[^\S\n]*$/;
const VOTERS_AFTER = /^[^\S\n]*选民(?:中有?)?[^\S\n]*$/;

/** A predicate right after a count that says the people counted voted: 共有选民1234人参加投票. */
export const VOTED_AFTER =
  /^[^\S\n]*(?:参加了?(?:这次|本次|此次)?(?:投票|选举)|参与了?投票|进行了?投票|投了票)/;

export function countMeaningOf(words: string): CountMeaning | null {
  const counted = countedWords(words).words;
  return COUNT_WORDS.find(([, pattern]) => pattern.test(counted))?.[0] ?? null;
}

/**
 * 弃权和无效票, 无效票和弃权票, 弃权票、无效票: abstentions and invalid ballots counted together — no
 * count of invalid ballots alone, nor of abstentions.
 */
export const BALLOTS_COUNTED_TOGETHER =
  /(?:弃权|空白)票?(?:和|及|与|、|或)(?:无效|废)|(?:无效|废)票?(?:和|及|与|、|或)(?:弃权|空白)/;

/** 参选率 / 投票率 / turnout: the share of the electorate that voted. */
export const TURNOUT_RATE = eitherWords(/参选率|投票率|参与率|参选比例|turnout/i, ENGLISH_TURNOUT);

/**
 * A turnout of a part of the registered voters, named before its rate (在村选民参选率, 在家选民投票率,
 * 现场投票率): a share of those in the village, at home or at the meeting, not of all registered voters.
 */
export const PART_TURNOUT =
  /(?:在村|在家|在册|在籍|在本村|常住|居住|外出|流动|现场|委托|本人|到场)[^，,。；;：:\d]{0,4}(?:参选率|投票率|参与率|参选比例)/;
/**
 * An average rate (各村平均参选率, 村均参选率, 参选率平均为, 当选人平均得票率, `average turnout`): a turnout
 * that is the mean of the places' rates or the rate of their totals, which the words do not say, or the
 * mean of several candidates' rates; no share of one stated count.
 */
export const AVERAGED_RATE =
  /(?:平均|[村户人]均)[^，,。；;：:\d]{0,4}(?:参选率|投票率|参与率|参选比例|得票率|得票比例)|(?:参选率|投票率|参与率|得票率)[^，,。；;：:\d]{0,2}平均|\b(?:average|mean)\s+(?:voter\s+)?(?:turnout|vote share|share of the vote)/i;
/** 得票率: a candidate's share of the ballots cast (`55.7% of the votes`, `55.7% of the ballots cast`). */
export const VOTE_RATE = eitherWords(
  /得票率|得票比例|share of the vote|of the votes?\b|of (?:all )?(?:the )?ballots cast\b/i,
  ENGLISH_VOTE_RATE,
);
/** 占 / 占比 / 比例 …: a share of the total named after it, or of the total of the part before it. */
export const SHARE_OF =
  /占|比例|比重|accounting for|accounted for|accounts? for|making up|made up|makes? up|\bor\b/i;
/** A share written right after its count, in brackets or after a colon: 女性15名（25.9%）, 1,322 (71.1%). */
export const BRACKETED_SHARE = /^\s*[(:]\s*$/;

/** The total a part is usually a share of, when the text does not say. */
export function defaultWholeOf(part: CountMeaning): CountMeaning | null {
  switch (part) {
    case 'cast':
      return 'registered';
    case 'valid':
    case 'invalid':
      return 'returned';
    case 'returned':
      return 'issued';
    // 弃权12票，占1.5%: abstentions are ballots cast that name no one, so a share of the ballots cast.
    case 'abstained':
      return 'cast';
    default:
      return null;
  }
}

/**
 * The posts of a committee, which between them make it up: 主任 (not 副主任), 副主任, 委员 (not 妇女委员,
 * not 委员候选人). A label qualified by sex names a part of a post, not the post.
 */
export const POSTS: readonly RegExp[] = [/^[^女男妇]*(?<!副)主任$/, /^[^女男妇]*副主任$/, /^[^女男妇]*委员$/];

/** Words before a number that mark a group as a total, or as a part of the total before it. */
// 共, but not the 共 of 中共党员.
export const TOTAL_MARK = /(?<!中)共|总计|合计|累计|全部|总数|in all|in total|total/i;
export const PART_MARK = /其中|of whom|of them|among them|including/i;
/**
 * Villages or communities counted after 个 (16个村（社区）); English ones are a unit (16 villages). Not
 * 村民 nor 村代表 (160个村代表席位: seats of village representatives).
 */
export const PLACE_NOUN =
  /^\s*(行政村|自然村|村\s*\((?:社区|居)\)|村(?:和|与|及)社区|村居|村(?!民|代表)|社区|居委会)/;
/** Words that make a count of places a total: 全镇16个村, all 16 villages. */
export const PLACES_TOTAL_MARK = /全(镇|乡|街道|区|县|市|部)|共|总|\ball\b|total/i;
/** A heading that names people of a summary (女性成员：, Members aged under 35:), not a contest. */
export const GROUP_HEADING =
  /女|男|岁|学历|连任|新当选|一肩挑|交叉任职|共|总|\b(women|men|aged|under|degree|elected|total|new)\b/i;

/** Words that may end a group's label and are no part of it (村委会成员共有, 女性的): `(的|为|…)+$`. */
const LABEL_TAIL = ['的', '为', '是', '有', '达', '共计', '总计', '合计', '共有', '共', '占', '人数', '数'];

/**
 * A group's label without the words around it: 共选出村委会成员 → 村委会成员, 大专以上学历的 → 大专以上学历,
 * 全镇12个村共选出村委会成员 → 村委会成员; English labels in lower case (Members aged under 35: →
 * members aged under 35).
 */
/** People named before the verb that elected them (村党支部书记选出). */
const PEOPLE_BEFORE_VERB = /(成员|委员|干部|人员|代表|主任|书记|支书|班子)$/;

/** A list's number at the start of a line or heading: 1. 2、 （2） 一、 （二）. */
export const LIST_MARK =
  /^\s*(?:\d{1,3}[.．、]|[(（][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])(?!\d)/;

/**
 * A label without the brackets its words were cut at: an opening one before it or a closing one after
 * it that pairs with nothing inside (the clause's own words stop there). Brackets that pair stay: the
 * note in 村党组织书记（含社区） is the label's own.
 */
function withoutBracketsCut(label: string): string {
  let opens = 0;
  let closes = 0;
  for (const char of label) {
    if (char === '(') opens++;
    else if (char === ')') closes++;
  }
  let from = 0;
  let to = label.length;
  while (from < to && label[from] === '(' && opens > closes) {
    from++;
    opens--;
  }
  while (to > from && label[to - 1] === ')' && closes > opens) {
    to--;
    closes--;
  }
  return label.slice(from, to);
}

/**
 * The heading of a breakdown before the first of its parts, with its mark (按性别分：, 按年龄划分，, 按文化程度统计：,
 * 分性别看：): no word of the part's label.
 */
export const BREAKDOWN_HEADING =
  /^\s*(?:按[\u3400-\u9fff]{1,6}?(?:划分|分类|统计|来看|分|看)|分[\u3400-\u9fff]{1,4}?看)\s*[:：,，]/;

export function groupLabel(words: string): string {
  if (/[A-Za-z]/.test(words) && !/[\u3400-\u9fff]/.test(words)) return englishGroupLabel(words);
  // Brackets stay, written full-width as in the text: 村（居）委会成员.
  // A list's number before the label (1. 村委会成员中, （2）女性, 一、村党组织书记, （二）村（居）委会成员) is no
  // part of it.
  // 按性别分：男性选民851人 — the heading of a breakdown (by sex, by age, by group) names the way the people
  // are parted, not them: 男性选民 is the label, a part beside 女性选民.
  let label = withoutBracketsCut(
    words
      .replace(LIST_MARK, '')
      .replace(BREAKDOWN_HEADING, '')
      .replace(/[\s,;:、]/g, ''),
  );
  label = label.replaceAll('(', '（').replaceAll(')', '）');
  // 全镇共选举产生村委会成员125名 names its people after the verb; 新一届村党支部书记选出8名, before it
  // (people only: 大会选出5名 names no body).
  const named = label.replace(/^.*(选出|选举产生|产生)/, '');
  const before = label.replace(/(选出|选举产生|产生)$/, '');
  label = named === '' && PEOPLE_BEFORE_VERB.test(before) ? before : named;
  label = label.replace(
    /^(其中|共有|共计|总计|合计|累计|新一届|本届|全体|全部|所有|共(?!青团|产党)|总|全|有|[全本]?(镇|乡|街道|区|县|市|省|州|旗))+/,
    '',
  );
  label = label.slice(0, trailingWordsStart(label, LABEL_TAIL));
  return label;
}

/**
 * Words that never begin or end the noun group naming English people: `Of the 7 members` names
 * members, `3 are women` women; a label of such words alone (`of the`) names no one.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'among',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'as',
  'are',
  'were',
  'was',
  'is',
  'be',
  'been',
  'who',
  'whom',
  'which',
  'that',
  'these',
  'those',
  'them',
  'they',
  'their',
  'its',
  'it',
]);

function englishGroupLabel(words: string): string {
  let label = words
    .toLowerCase()
    .replace(/[,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let before = ''; before !== label;) {
    before = label;
    label = label
      .replace(
        /^(a total of|in total|in all|of whom|of them|among them|including|and|the|all|there (?:were|are))\s*/,
        '',
      )
      .replace(/(?<!\s)\s*\b(were|are|was|is|elected|in all|in total)$/, '')
      .trim();
  }
  const kept = label.split(' ');
  let from = 0;
  let to = kept.length;
  while (from < to && ENGLISH_FUNCTION_WORDS.has(kept[from] ?? '')) from++;
  while (to > from && ENGLISH_FUNCTION_WORDS.has(kept[to - 1] ?? '')) to--;
  return kept.slice(from, to).join(' ');
}

/** What may precede a candidate's name in a vote list, and follow it before the number. */
// An opening bracket too: 吴刚（得票600张）, 吴刚（600票）, the votes in brackets after the name; and the
// candidate's sex in brackets before them (袁玲（女）（得票1654票）, 叶红 (F) 903票). The votes said to be more
// than half before them (王强以超过半数的803票) are the name's all the same. So are the votes for in a yes-or-no
// vote on one candidate (张伟得赞成票1100票, 获得赞成票).
// Read only on a label of at most LABEL_REACH (64) characters before a count (nameIn, from readNumber in
// read-announcement-text.ts), so a restart along a run is bounded.
const NAME_TAIL =
  // eslint-disable-next-line regexp/no-super-linear-move
  /(得票数?|所得票数|赞成票数?|获得|获票|获|共得|得|票数|为|是|以|超过半数的|过半数的|半数以上的|同志|received|got|obtained|won|secured|garnered|polled|with|[（(](?:[男女]|f|m)[）)]|[\s:：（(–—]|\s-)+$/i;
/**
 * The bracket opening a name's votes right after a name ending in 为 (蒋大为（): not after words of the votes
 * (得票为（, 票数为（), where 为 is the copula.
 */
export const NAME_BEFORE_VOTES_BRACKET = /(?<=[\u3400-\u9fff](?<![票数得获是])为)[^\S\n]*[（(][^\S\n]*$/u;
const NAME_HEAD = /^.*(候选人|另选他人|另选人|其中|以及|和|及|与|、|\band\b|candidate)/i;
// A post written against the name (主任卢伟明得票361票, 委员卢小芳得票340票) heads it too; a post alone
// (主任：委员500票) is left for the name check to refuse.
const POST_HEAD = /^.*(?:主任|委员)(?=[\u3400-\u9fff])/;
/**
 * A title of the person before the name (村党委书记杨宏伟得票1004票, 现任村委会委员, 退役军人: TITLE_BEFORE_NAME):
 * no part of the name, and no post the votes are of (titleBefore).
 */
const TITLE_HEAD = new RegExp(String.raw`^${TITLE_BEFORE_NAME}(?=[\u3400-\u9fff])`, 'u');
const TITLE_END = new RegExp(String.raw`${TITLE_BEFORE_NAME}$`, 'u');
/** The words before a name with the person's title that ends them taken off (主任候选人村党委书记 → 主任候选人). */
export function withoutTitleAtEnd(words: string): string {
  return words.replace(TITLE_END, '');
}
/** A ballot number written in Chinese numerals before the name (一号王林, 十二號李华). */
const BALLOT_NUMBER_HEAD = /^[一二三四五六七八九十]{1,3}[号號](?=[\u3400-\u9fff])/;
/** A word of the person's part in the race before the name (挑战者李春生, 竞争者刘晓光, 竞选者王海). */
const PART_HEAD = /^.*(?:挑战者|竞选者|竞争者|参选人|参选者)(?=[\u3400-\u9fff])/;

/** A description ending in a post or 当选, 的, then two to four characters: the name (see nameAtEnd). */
const DESCRIBED_NAME = /(?:当选|主任|委员|成员|代表|书记)的([\u3400-\u9fff]{2,4})$/;

/**
 * The candidate's name at the end of a label such as `主任候选人王林得票`, as [start, end) offsets into
 * the label; null when the label ends in no name.
 */

export function nameAtEnd(label: string): readonly [number, number] | null {
  // 蒋大为（1,311票）: a name, then the bracket of its votes. The 为 right before that bracket ends the name
  // (大为, 有为, 汝为 are given names), never the copula of 王林为812票, which comes right before the count.
  const trimmed = NAME_BEFORE_VOTES_BRACKET.test(label)
    ? label.replace(NAME_BEFORE_VOTES_BRACKET, '')
    : label.replace(NAME_TAIL, '');
  const cjk = /(?<![\u3400-\u9fff·•])[\u3400-\u9fff·•][\u3400-\u9fff·•]*$/.exec(trimmed);
  // The label is at most LABEL_REACH (64) characters (see NAME_TAIL), so a restart along a run is bounded.
  // eslint-disable-next-line regexp/no-super-linear-move
  const latin = /[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$/.exec(trimmed);
  const found = cjk ?? latin;
  if (!found) return null;
  let start = found.index;
  // 19岁的赵六得票800票: the 的 that ends a description of the person (their age, read apart) is no
  // part of the name.
  if (trimmed.startsWith('的', start)) start += 1;
  // 1號廖郁林412票, 由1号王林以412票: the 号 of the candidate's ballot number (the label starts after its
  // digit) is no part of the name; no surname is 号.
  if (/[号號]/.test(trimmed.charAt(start))) start += 1;
  const number = BALLOT_NUMBER_HEAD.exec(trimmed.slice(start));
  if (number) start += number[0].length;
  const head = NAME_HEAD.exec(trimmed.slice(start));
  if (head) start += head[0].length;
  const title = TITLE_HEAD.exec(trimmed.slice(start));
  if (title) start += title[0].length;
  const post = title ? null : POST_HEAD.exec(trimmed.slice(start));
  if (post) start += post[0].length;
  const part = PART_HEAD.exec(trimmed.slice(start));
  if (part) start += part[0].length;
  const end = trimmed.length;
  // 作为唯一候选人的李四以230票: the 的 after the words that head the name is no part of it either.
  // 当选为村民委员会委员的孙丽: so is the 的 after a post that heads it.
  if ((head || post || part) && trimmed.startsWith('的', start) && end - start > 2) start += 1;
  // 当选为村民委员会委员的孙丽得票1312票, 新当选的孙丽: a description of the person ending in their post or
  // 当选, then 的, heads the name (two to four characters after the last 的).
  if (found === cjk && end - start > 4) {
    const described = DESCRIBED_NAME.exec(trimmed.slice(start));
    if (described?.[1]) start = end - described[1].length;
  }
  if (end - start < 1 || end - start > 30) return null;
  // Chinese names have two to four characters (more only with the separator dot of minority names);
  // a longer run is words, not a name, and is left unread rather than guessed at.
  if (found === cjk && end - start > 4 && !/[·•]/.test(trimmed.slice(start))) return null;
  if (countMeaningOf(trimmed.slice(start)) !== null) return null;
  return [start, end];
}
