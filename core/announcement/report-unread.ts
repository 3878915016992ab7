import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { normalizeText } from './normalize-text.js';
import {
  NUMBERS_READ,
  unreadCount,
  type AnnouncedFigures,
  type UnreadFigure,
  type UnreadReason,
} from './announced-figures.js';
import { enCounts } from '../text/english-count.js';
import { baseOutcomesWords } from './every-base.js';
import { blockOfSpan, unreadNamed } from './village-block-scopes.js';

/**
 * UNREAD_FIGURE (info) for the numbers of the announcement the reader could give no meaning to, so that
 * people see what was not compared, where it stands and why. The first UNREAD_LISTED are listed one by
 * one; the rest are counted in one more finding by reason, so that a text of thousands of numbers gives
 * a report of bounded size. An announcement with no figure read at all is said so (a warning): nothing
 * was compared, which is no agreement.
 */
export const UNREAD_LISTED = 20;

export const UNREAD_REASONS: Readonly<Record<UnreadReason, Bilingual>> = {
  'no-meaning': { zh: '读不出是选举的哪一项', en: 'could not be read as any figure of the election' },
  approximate: {
    zh: '是约数或界限（多、近、约、余、以上、超过），无法精确核对',
    en: 'is approximate or a bound (some, about, nearly, almost, more than, over; 多, 近, 约, 余, 以上, 超过) and cannot be judged exactly',
  },
  'rounded-restated': {
    zh: '是以万为单位取整的人数，紧随其后的括号写出了准确人数（两者按万位精度一致），核对时用括号中的准确人数',
    en: 'is a count rounded in 万, stated exactly in the bracket right after it (the two agree at the 万 figure’s precision), which is the count checked in its place',
  },
  'threshold-stated': {
    zh: '是公告写明的当选所需票数（规则，如“须过半数（即738票）方可当选”），不是候选人的得票，也不是投票人数；当选人按规则以写出的人数核对',
    en: 'is the votes the notice states a winner needs (a rule, such as “须过半数（即738票）方可当选”), not a candidate’s votes nor a count of voters; the winners are judged by the rules against the counts stated',
  },
  'no-base': {
    zh: '是比例，但公告没有写出它是占多少人（或多少票）的比例',
    en: 'is a share, but the notice does not state the count it is a share of',
  },
  'ambiguous-base': {
    zh: '是比例，但公告中不止一个数字都可能是它所占的总数',
    en: 'is a share that could be of more than one stated count',
  },
  change: {
    zh: '是与上届等相比的变化，不是某个数字的占比',
    en: 'is a change (against the last term), not a share of a stated count',
  },
  age: { zh: '是年龄，公告中没有可核对它的数字', en: 'is an age, which no other stated figure can check' },
  year: { zh: '是年份，不是选举的数字', en: 'is a year, no figure of the election' },
  'doubtful-label': {
    zh: '是一个人数或票数，但其名称带有限定（直接、委托、某一投票站等）或离数字太远，不能确定是哪一项',
    en: 'is a count whose label is qualified (directly, by proxy, at one polling station) or stands far from it, so which count it is is uncertain',
  },
  'one-polling-place': {
    zh: '是某一投票站、会场或流动票箱自己的人数或票数，是全村（社区）总数的一部分；文字没有用“其中”“合计”“共”等把各投票点与写出的总数清楚地连起来（列出的可能只是部分投票点），所以不核对它们之和',
    en: "is one polling place's, venue's or the mobile box's own count, a part of the whole's; no 其中, 合计 or 共 plainly ties the places to a stated total (those listed may be some places only), so their sum is not checked",
  },
  'other-time': {
    zh: '是投票当天某一时刻为止或往届选举的人数或票数，不是本次选举的结果',
    en: 'is a count of another time (so far in the day, or an earlier election), not the result',
  },
  'doubtful-figure': {
    zh: '没有单位，可能是抄录时残缺或错乱的数字，且与前面写出的同一项数字不同',
    en: 'has no unit and may be cut or garbled in the copy, and differs from the same count stated before',
  },
  'in-expression': {
    zh: '是范围（1-2人）、分数（1/10）、比例（1:5）或算式中的一项，不是单独写出的数字',
    en: 'is one end of a range (1-2), a term of a fraction (1/10), a ratio (1:5) or a calculation, not a figure of its own',
  },
  'in-words': {
    zh: '是用英文单词写出的数字（two thousand、forty-one），不按数字核对',
    en: 'is a count written in words (two thousand, forty-one), which is not read as a figure',
  },
  garbled: {
    zh: '与字母连写（如1O23、l236），可能是扫描识别时把数字错认成了字母，无法确定其数值',
    en: 'runs together with a letter (1O23, l236), likely a digit a scan misread, so its value is unknown',
  },
  'mixed-places': {
    zh: '是阿拉伯数字与“千”“百”等数位混写的数字（如“1千2”），可读作多个数值，无法确定',
    en: 'mixes digits with Chinese place words (1千2: 1,200 or 1,002?), so its value is uncertain',
  },
  chaff: {
    zh: '在网页为防复制而插入的一串字母、符号与数字（如“U8 l0 a3 D5 E. I$”）之中，不是选举的数字',
    en: 'stands in a run of letters, signs and digits a web page inserts against copying (U8 l0 a3 D5 E. I$), no figure of the election',
  },
  corrected: {
    zh: '在更正说明中（有误、应为、更正为），是原有的错误数字或更正后的数字',
    en: 'stands in a correction (有误, 应为, 更正为), as the wrong value or the corrected one',
  },
  superseded: {
    zh: '是更正说明写明有误的原数字，已由同一句中更正后的数字取代，核对时用更正后的数字',
    en: 'is the value a correction names as wrong, superseded by the corrected value beside it, which is the one checked',
  },
  'corrected-elsewhere': {
    zh: '是公告中另有更正说明指出有误的数字（如“更正：参加投票人数有误，更正为2,987人”）；原数字和更正后的数字都不作核对',
    en: 'is a count a correction elsewhere in the notice names as wrong (such as “更正：参加投票人数有误，更正为2,987人”); neither it nor the corrected value is checked',
  },
  'named-base': {
    zh: '是比例，公告用文字说明了它占的是什么（如“以户代表总数为基数”），但未能把它对应到公告中的某个数字',
    en: 'is a share of something the notice names in words (以户代表总数为基数) but that could not be matched to a stated count',
  },
  'labels-apart': {
    zh: '在报告单中几个项目名称连续写在一起、数字另起几行写在后面，无法确定这个数字属于哪一项',
    en: 'stands on a form whose labels are stacked on their own lines over their numbers, so which label it is of is uncertain',
  },
  'flattened-table': {
    zh: '是一格一行拆开的表格（当选人名单，或有是否当选、村名列的表）中的内容，其格数不能按表头整行分开，或某格不是该列应有的内容，整张表未读',
    en: 'heads or stands in a table flattened one cell a line (a list of winners, or a table with a result or a village column) whose cells do not split into whole rows of its header, or a cell is not of its column: the table was not read',
  },
  'too-large': {
    zh: '大得超出任何选举的人数或票数，报告也无法精确记下它',
    en: 'is far larger than any count of voters or votes, and too large for the report to record exactly',
  },
  'space-parted': {
    zh: '与相邻数字之间只隔一个空格或一个换行（如“3 604”），可能是一个数（3604）也可能是两个数，无法确定',
    en: 'is parted from the next or last digits by one space or a line break (3 604): one number (3,604) or two, which is uncertain',
  },
  average: {
    zh: '是平均数（如“平均每村5人”“各村平均参选率”“当选人平均得票率”），不是某一群人的人数，也不是某一个数字的占比（平均比例可能是几个比例的平均数，也可能是总数之比，公告没有说明）',
    en: "is an average (平均每村5人, 各村平均参选率, 平均得票率, average turnout): no group's count and no one count's share (an average rate may be the mean of several rates or the rate of their totals, which is not said)",
  },
  'per-unit': {
    zh: '是每户、每组或每名选民的人数（如“每户推选户代表1人参加投票”），不是选举的总数',
    en: 'is a count for each household, group or voter (每户推选户代表1人参加投票: one for each household), not a total of the election',
  },
  'candidates-registering': {
    zh: '是登记参选的候选人人数（如“3位直辖市长参选人完成登记”），不是登记选民，公告中没有可核对它的数字',
    en: 'is a count of people registering as candidates (3位直轄市長參選人完成登記), not of registered voters, and no other figure the notice states checks it',
  },
  'part-unstated': {
    zh: '是比例，所指的是前面刚写出的一群人中的一部分（如“其中是党员的占”），但公告没有写出这部分的人数',
    en: 'is a share of part of the people just named (those of them who are 党员, say), whose count the notice does not state',
  },
  'whole-place-people': {
    zh: '是全村（全镇、本社区）的人数，可能是总人口，也可能是登记选民，公告没有说明，因此不作为登记选民核对参选率',
    en: 'is the people of the whole place (全村1,204人), which may be its population or its registered voters; the notice does not say, so it is not taken as the electorate',
  },
  span: {
    zh: '是一段时间（年数、月数、天数），公告中没有可核对它的数字',
    en: 'is a span of time (years, months, days), which no other stated figure can check',
  },
  points: {
    zh: '是工分或评分的分数，不是人数或票数',
    en: 'is a number of points (work points, a score), not a count of people or votes',
  },
  measure: {
    zh: '是面积、长度、体积或金额，不是选举的人数或票数',
    en: 'is a measure of area, length, volume or money, not a count of the election',
  },
  ordinal: {
    zh: '是编号或名次（如候选人在选票上的号次、得票前两名），不是人数或票数',
    en: "is a number naming a position (a candidate's number on the ballot, a rank such as the first two by votes), not a count of people or votes",
  },
  'ballot-row': {
    zh: '属于表中另选他人、无效票或弃权一行，不是候选人的得票',
    en: "belongs to a table's row of votes for others, invalid ballots or abstentions, no candidate's votes",
  },
  'ambiguous-total': {
    zh: '是表的合计，但计入或不计入弃权、另选他人、无效票等行，有不止一种算法与之相符，不能确定它合计的是哪几行',
    en: "is a table's total that more than one reading of its rows of abstentions, votes for others or invalid ballots (counted in it or not) makes right, so which rows it sums is uncertain",
  },
  'fraction-of-one': {
    zh: '是表中得票率一栏的数，整栏都写成不大于1的小数（如0.8512），不能确定是百分数还是小数',
    en: "is in a table's share column written throughout as decimals no greater than 1 (such as 0.8512), so whether it is a percentage or a fraction of one is uncertain",
  },
  'no-unit': {
    zh: '是表中得票率一栏没有百分号的数，表头和表上都没有写明单位（%），不能确定是百分数',
    en: "is a bare number in a table's share column whose header, and the table's unit line, give no unit (%), so whether it is a percentage is uncertain",
  },
  'other-round': {
    zh: '是表中一名当选人的得票或得票率，其备注写明经另行选举（或另一轮投票）当选，可能是另一轮投票的数，不按第一轮核对',
    en: "is a table's votes or share of a winner whose remark says the win came of another ballot (另行选举), so it may be that ballot's figure and is not judged by the first ballot's",
  },
  'other-round-count': {
    zh: '是文中提到另行选举（或另一轮投票）之后的数，可能属于另一轮投票而不是第一次投票，其所属轮次没有标题写明，未与第一次投票的数比较',
    en: "is a count stated after a runoff (另行选举, another round) is named, with no heading line saying its round: perhaps that round's and not the first vote's, so it is not compared with the first vote's",
  },
  'other-body-count': {
    zh: '是另一组织（如村务监督委员会、村民小组长、党支部、乡镇人大）一栏下的数，或英文中紧接提到另一组织之后的当选人得票，属于该组织的选举，未与村（居）民委员会选举的数比较',
    en: "is a count under another body's heading, or in English a winner's votes told right after another body is named (such as 村务监督委员会, 村民小组长, 党支部, a township congress), that body's election's, so it is not compared with the committee's",
  },
  'body-unstated': {
    zh: '是另一组织（如村务监督委员会）的投票之后、分号（；）之后的数，分号后没有写明是哪一组织的选举（村（居）民委员会的还是该组织的），它计的是哪一组织的选举不能确定，未与任一组织的数比较',
    en: "is a count or share after a bare semicolon (；) that follows another body's vote (such as 村务监督委员会), with no election named after it: whether it counts that body's election or the committee's the notice does not state, so it is compared with neither",
  },
  'other-body-winner': {
    zh: '是紧接提到另一组织（如乡镇人大、党支部）之后的英文当选宣告，没有写明是村（居）民委员会，可能是该组织的选举，未计入村（居）民委员会的当选人',
    en: "declares a winner in English right after another body is named (such as a township congress or the party branch), naming no committee: perhaps that body's winner, so it is not counted among the committee's winners",
  },
  'bare-after-name': {
    zh: '紧跟在英文人名之后、没有单位，所在句子或标题（如Results）没有说明它是得票数还是别的（如年龄），不能确定其含义',
    en: 'follows a name with no unit, in a sentence or under a heading (such as Results) that does not say it is votes (it may be an age, or anything else), so its meaning is uncertain',
  },
  'against-or-abstained': {
    zh: '是对单个候选人的反对票或弃权数（赞成、反对、弃权三项），公告没有说明三项合计是哪一项选票，无从核对',
    en: 'is the votes against one candidate or the abstentions on them (for, against, abstaining), which the notice does not say add up to any stated ballots, so nothing checks them',
  },
  'respective-unmatched': {
    zh: '是“分别”列出的得票数之一，但列出的姓名与票数个数不同，不能确定各是谁的得票',
    en: 'is one of votes given respectively, but the names listed are not as many as the counts, so whose votes each is cannot be told',
  },
  'not-a-name': {
    zh: '是当选宣告，但未能确定当选人的姓名',
    en: 'declares winners whose names could not be made out',
  },
  households: {
    zh: '是应到或实到的户数，但公告没有说明是户代表投票或户代表会议，不能确定是哪一项',
    en: 'counts households due or present (应到, 实到 …户), but the notice names no vote or meeting of household representatives, so which count it is is uncertain',
  },
  'fraction-or-percent': {
    zh: '是没有百分号的小于1的比率，可能是小数（0.85即85%），也可能是0.85%，不能确定',
    en: 'is a rate below 1 with no percent sign: a fraction of one (0.85 for 85 %) or 0.85 %, which is unsure',
  },
  'unreadable-cell': {
    zh: '是表格中不是数字的单元格（如“—”“一”“/”“＃”“??”），无法辨认其数值；该行其他单元格和以下各行照常核对',
    en: "is a table cell that is no number (—, 一, /, ＃, ??), so its value is unknown; the row's other cells and the rows below are read as usual",
  },
  'not-a-count': {
    zh: '写在表格中不计数的一栏（备注、联系电话、年龄、出生年月、选区编号、日期），不是票数或人数',
    en: 'stands in a column of the table that counts nothing (remarks, telephone, age, birth date, ward number, date), no votes or people',
  },
  'marks-counted': {
    zh: '写在表格合计行中文字一栏（如“一肩挑”）之下，是各行标为“是”的个数，不是票数或人数',
    en: "stands in a table's total row under a column of words (一肩挑 and the like): how many rows are so marked, no votes or people",
  },
  'part-or-whole': {
    zh: '可能属于前文刚提到的某一部分（网格、小组、选区或投票箱），也可能属于全村（社区），文字无法确定',
    en: "may be the part named just before (a grid, group, district or ballot box) or the whole place's; the words do not settle which",
  },
  'part-of-a-part': {
    zh: '写在紧挨着的某一投票箱、投票站、投票方式（或全村总数以外的某一数字）的括号里，是那一部分自己的细分，不是全村（社区）的数字',
    en: "stands in brackets right after a count of one ballot box, polling place or way of voting (or another count than the whole's), so it is that count's own part, no figure of the whole",
  },
  'invalid-named-twice': {
    zh: '与同一句中并列的另一无效票数不同（无效票与废票各写一个数）：废票通常就是无效票，也可能另指一类，哪一个是无效票不能确定',
    en: 'stands beside another count of invalid ballots in its sentence with a different value (无效票 and 废票 each given a number): 废票 is most often another word for 无效票 but may name a kind apart, so which is the invalid ballots is uncertain',
  },
  'kind-of-invalid': {
    zh: '是紧挨在前面的无效票（废票）中的一类（空白票、多选票、作废票等），是那些无效票的一部分，而那个无效票数没有作为本次选举的数字读出，所以无从核对',
    en: "is a kind of the invalid ballots counted right before it (blank, overvoted, spoilt), a part of them, and that count was not read as the election's own, so nothing checks it",
  },
  margin: {
    zh: '是候选人之间的票数之差（差额、相差、领先、比某人多），不是某人的得票',
    en: "is a difference of votes between candidates (差额, 相差, 领先, 比…多), no candidate's votes",
  },
  gap: {
    zh: '是差距的票数（差几票过半、仅差几票当选、比某人只差几票），不是某人的得票，差的是谁或哪个门槛不能确定',
    en: "is a gap of votes (差N票: how many someone was short of another candidate, of being elected or of more than half), no one's votes, and what it is short of is uncertain",
  },
  'margin-or-votes': {
    zh: '可能是候选人之间的票数之差（某人多几票、以几票的优势），也可能是某人的得票（名字以“多”结尾，或以这些票当选），不能确定',
    en: 'may be a difference of votes (someone had that many more, won by that many) or a person’s votes (a name ending in 多, or the votes one won with), which is uncertain',
  },
  'in-cheng': {
    zh: '是用“成”写出的比例，只写到一成（七成即70%，精度10个百分点），或成后的数字连写（4成22），不能按百分比的取舍规则核对',
    en: 'is a share written in 成, either to a tenth only (七成, 70 %, to 10 points) or with its hundredths run on (4成22), in no form the percentage rule judges',
  },
  'reelection-rate': {
    zh: '是连任率（留任比例），没有写明是占什么的比例：可能是占上届成员的，也可能是占本届成员的，公告没有说明是哪一个',
    en: "is a re-election rate (连任率, 留任比例) that names no base: it may be of the last term's members or of this term's, and the notice does not say which",
  },
  'last-term-aside': {
    zh: '是上届（往届）选举的数字（写在列出上届数字的括号里，或紧跟“上届”之后），属于那一次选举，不用本次选举的数字核对',
    en: "is the last term's (or an earlier election's) figure, in a bracket of that term's figures or right after 上届: a figure of that election, not checked by this one's counts",
  },
  'restated-fraction': {
    zh: '是括号里对前面用文字写出的分数（如“三分之一”）的百分数写法，按四舍五入与该分数相符，不是另一个数字的占比',
    en: 'restates as a percentage the fraction written in words right before it (三分之一 and the like), which it matches as rounded; it is no share of another count',
  },
  'past-limit': {
    zh: `在前${NUMBERS_READ}个数字之后，公告从那里起的文字没有读取`,
    en: enCounts`comes after the first ${NUMBERS_READ} numbers, past which the notice's text was not read`,
  },
};

export function reportUnreadFigures(figures: AnnouncedFigures, lang: Lang): Finding[] {
  const where = (unread: UnreadFigure) => ({
    ...(figures.file !== undefined ? { file: figures.file } : {}),
    span: unread.span,
    text: unread.text,
  });
  const findings = figures.unread.slice(0, UNREAD_LISTED).map((unread) => {
    const { what, reason } = unreadWords(unread);
    return makeFinding(
      {
        code: 'UNREAD_FIGURE',
        severity: 'info',
        // In a summary of several villages' blocks, opened by the village whose block holds the number.
        messages: unreadNamed(
          {
            zh: `${what.zh}“${unread.text}”未加核对：${reason.zh}（“${unread.context}”）`,
            en: `${what.en} “${unread.text}” was not checked: it ${reason.en.replace(/,$/, '')} (“${unread.context}”)`,
          },
          blockOfSpan(figures, unread.span[0]),
        ),
        found: unread.text,
        where: where(unread),
      },
      lang,
    );
  });
  const rest = figures.unread.slice(UNREAD_LISTED);
  const first = rest[0];
  if (first) findings.push(restFinding(rest, figures.unreadBeyond, where(first), lang));
  else if (figures.unreadBeyond) {
    // Every kept number was read or listed, and the text went on past the numbers read.
    const file = figures.file !== undefined ? { file: figures.file } : {};
    findings.push(restFinding([], figures.unreadBeyond, file, lang));
  }
  return findings;
}

/**
 * A declaration of winners (当选, 當選, elected) left unread: said as a declaration, never as a number.
 * Its words are the original text's, so they are folded first (當選 was shown as a number's votes).
 */
const DECLARATION_WORDS = /当选|elected/i;
const DECLARATION = { test: (text: string): boolean => DECLARATION_WORDS.test(normalizeText(text)) };

/**
 * What an unread item is and why, in words: a number with its reason, or a declaration whose winners
 * the reader cannot name. A candidate's votes whose name cannot be told are said as such.
 */
function unreadWords(unread: UnreadFigure): { what: Bilingual; reason: Bilingual } {
  const reason = unread.reason ?? 'no-meaning';
  if (reason === 'not-a-name' && DECLARATION.test(unread.text))
    return {
      what: { zh: '公告中的当选宣告', en: "The notice's declaration" },
      reason: {
        zh: '未能确定当选人的姓名',
        en: 'names winners whose names could not be made out',
      },
    };
  if (reason === 'other-body-winner')
    return {
      what: { zh: '公告中的当选宣告', en: "The notice's declaration" },
      reason: {
        zh: '紧接在提到另一组织（如乡镇人大、党支部）之后，没有写明是村（居）民委员会，可能是该组织的当选人，未计入村（居）民委员会的当选人',
        en: "stands right after another body is named (such as a township congress or the party branch) and names no committee: perhaps that body's winner, so it is not counted among the committee's winners",
      },
    };
  // A number in such a table (是否当选, 村名 columns): the number, in a table not read.
  if (reason === 'flattened-table' && /\d/.test(unread.text))
    return {
      what: { zh: '公告中的数字', en: "The notice's number" },
      reason: {
        zh: '在一格一行拆开的表格中，表格的格不能按表头整行分开，或某格不是该列应有的内容（职务、姓名、票数、是否当选、村名），这个数字属于谁不能确定，整张表未读',
        en: 'stands in a table flattened one cell a line whose cells do not split into whole rows of its header, or a cell is not of its column (post, name, votes, result, village): whose it is is uncertain, and the table was not read',
      },
    };
  if (reason === 'flattened-table')
    return {
      what: { zh: '公告中的当选人名单', en: "The notice's list of winners" },
      reason: {
        zh: '是一格一行拆开的表格，其格数不能按表头整行分开，或某格不是该列应有的内容（职务、姓名、票数），哪个姓名对应哪一职务和票数不能确定，未读作当选宣告',
        en: 'is a table flattened one cell a line whose cells do not split into whole rows of its header, or a cell is not of its column (post, name, votes): which name goes with which post and votes is uncertain, and it was not read as declaring anyone',
      },
    };
  const number = { zh: '公告中的数字', en: "The notice's number" };
  if (reason === 'not-a-name') return { what: number, reason: noNameWords(unread.text) };
  return { what: number, reason: withBases(UNREAD_REASONS[reason], unread.bases) };
}

/**
 * A share's reason with which of the bases it may be of make it right and which wrong (every-base.ts):
 * `…: right if it is of the valid ballots (1,380); wrong if of the voters (1,402),` — what to ask.
 */
function withBases(reason: Bilingual, bases: UnreadFigure['bases']): Bilingual {
  if (!bases || bases.length === 0) return reason;
  const words = baseOutcomesWords(bases);
  return { zh: `${reason.zh}：${words.zh}`, en: `${reason.en}: ${words.en}` };
}

/** A number left unread as votes whose candidate cannot be told (a table's 合计 row). */
const VOTES_OF_NO_NAME: Bilingual = {
  zh: '是某人的得票，但未能确定其姓名',
  en: "is a candidate's votes, but which candidate's could not be made out",
};
/** A share left so (`Li Hong (female) | 1,134 | 77.30% | Yes`): a candidate's share of the votes, not votes. */
const SHARE_OF_NO_NAME: Bilingual = {
  zh: '是某人的得票率，但未能确定其姓名',
  en: "is a candidate's share of the votes, but which candidate's could not be made out",
};
/** The words for a number whose candidate cannot be told: a share (its own number ends in %, percent) or votes. */
function noNameWords(text: string): Bilingual {
  return /\d[^\S\n]*(?:[%％]|per[^\S\n]?cent\b)/i.test(text) ? SHARE_OF_NO_NAME : VOTES_OF_NO_NAME;
}

/**
 * Why an unread item was not read, in words: a number left unread as `not-a-name` is votes whose
 * candidate cannot be told, not a declaration naming no one (the report's list says it as the findings do).
 */
export function unreadReasonWords(unread: UnreadFigure): Bilingual {
  const reason = unread.reason ?? 'no-meaning';
  return reason === 'not-a-name' && !DECLARATION.test(unread.text)
    ? noNameWords(unread.text)
    : withBases(UNREAD_REASONS[reason], unread.bases);
}

/** One finding for the unread figures beyond the listed ones: how many, for which reasons, from where. */
function restFinding(
  rest: readonly UnreadFigure[],
  beyond: AnnouncedFigures['unreadBeyond'],
  where: NonNullable<Finding['where']>,
  lang: Lang,
): Finding {
  const byReason = new Map<UnreadReason, number>();
  for (const unread of rest) {
    const reason = unread.reason ?? 'no-meaning';
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  for (const [reason, count] of Object.entries(beyond?.byReason ?? {}) as [UnreadReason, number][])
    byReason.set(reason, (byReason.get(reason) ?? 0) + count);
  const counts = [...byReason];
  const total = rest.length + (beyond?.count ?? 0);
  const from = where.text
    ? { zh: `从“${where.text}”起：`, en: `from “${where.text}” on: ` }
    : { zh: '', en: '' };
  return makeFinding(
    {
      code: 'UNREAD_FIGURE',
      severity: 'info',
      messages: {
        zh: `另有${total}个数字未加核对（${from.zh}${counts.map(([reason, n]) => `${n}个${UNREAD_REASONS[reason].zh}`).join('，')}）`,
        en: enCounts`${total} more numbers were not checked (${from.en}${counts.map(([reason, n]) => enCounts`${n} ${UNREAD_REASONS[reason].en.replace(/,$/, '')}`).join('; ')})`,
      },
      found: total,
      where,
    },
    lang,
  );
}

/**
 * A warning when the announcement gave the reader nothing at all (an empty file, `[]`, prose without
 * figures): nothing was read, so nothing was compared, and no agreement may be read into silence. When
 * it holds numbers and each is listed unread with its reason (a notice of proxy votes, a list of
 * telephone numbers), the same words are informational: the list shows the work, the verdict says
 * nothing was checked, and nothing in the notice is in doubt.
 */
export function reportNothingRead(figures: AnnouncedFigures, lang: Lang): Finding[] {
  // A calculation written out and judged (22 of 3,412 (0.64%)) is something read and checked; so is a
  // change in an average age stated with both ages (平均年龄41.7岁，较上届的46.3岁下降4.6岁; age-changes.ts).
  if (
    figures.figures.length > 0 ||
    (figures.calculations?.length ?? 0) > 0 ||
    (figures.ageChanges?.length ?? 0) > 0
  )
    return [];
  const unread = unreadCount(figures);
  // A list under 序号 (委托投票公示) holds row numbers only: its list is shown, no figure is in doubt.
  const rows = figures.rowNumbers ?? 0;
  // 另行选举的时间另行公告, a timetable: its numbers are dates and times only, no figure is in doubt.
  const passed = figures.numbersNoFigure ?? 0;
  return [
    makeFinding(
      {
        code: 'UNREAD_FIGURE',
        severity: unread === 0 && rows === 0 && passed === 0 ? 'warning' : 'info',
        messages:
          unread === 0 && rows > 0
            ? {
                zh: `公告中只有名单的${rows}个序号，没有选举的数字：没有核对任何内容`,
                en: `The notice holds only a list's ${rows === 1 ? 'row number' : enCounts`${rows} row numbers`}, no figure of the election: nothing was checked`,
              }
            : unread === 0 && passed > 0
              ? {
                  zh: `公告中的数字都是日期、时间、序数或编号，没有选举的数字：没有核对任何内容`,
                  en: `The notice's numbers are all dates, times, ordinals or identifiers, no figure of the election: nothing was checked`,
                }
              : unread === 0
                ? {
                    zh: '公告中没有读到任何数字或当选宣告：没有核对任何内容',
                    en: 'No figure or declaration of winners was read from the notice: nothing was checked',
                  }
                : {
                    zh: `公告中的${unread}个数字，都读不出是选举的哪一项：没有核对任何内容`,
                    en: `None of the notice's ${unread === 1 ? 'one number' : enCounts`${unread} numbers`} could be read as a figure of the election: nothing was checked`,
                  },
        found: 0,
        ...(figures.file !== undefined ? { where: { file: figures.file } } : {}),
      },
      lang,
    ),
  ];
}
