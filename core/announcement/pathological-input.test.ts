import { describe, expect, it } from 'vitest';
import { NUMBERS_READ, UNREAD_KEPT, unreadCount } from './announced-figures.js';
import { RESPECTIVE_VOTES } from './candidate-votes.js';
import { BALLOT_WORDS_ONLY } from './elected-names.js';
import { ENGLISH_RETURNED, ENGLISH_VALID } from './english-count-words.js';
import { groupedCount } from '../text/english-count.js';
import { VOTING_MEMBERS_BEFORE } from './english-voting-members.js';
import { BRACKETED_VOTER, NOT_A_RESULT } from './find-elected.js';
import { THE_TOTAL_IN_ENGLISH, namedBase } from './named-base-words.js';
import { CALCULATION_BEFORE, LIST_PREFIX } from './scan-numbers.js';
import { englishPlaceHeadings } from './english-places.js';
import { groupLabel } from './figure-words.js';
import { textOfHtml } from './html-notice.js';
import { withWinnersListed } from './winners-list.js';
import { womenSeatsStated } from './women-seats.js';
import { sexMarks } from './sex-marks.js';
import { writtenCalculations } from './written-calculations.js';
import { NEXT_SHARE } from './sentence-state.js';
import { VOTES_THEN_COMMA } from './votes-then-share.js';
import { announcementSection } from './announcement-section.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText, RESPECTIVE_GROUPS } from './read-announcement-text.js';
import { reportNothingRead, reportUnreadFigures, UNREAD_LISTED } from './report-unread.js';
import { SUPER_LINEAR, timeGrowth } from '../../tests/fuzz/time-growth.js';

/**
 * Hostile announcements (issue #21, defects 1 and 2): a title and "1、" twenty thousand times, "1 ",
 * "占1%", "当选" repeated, runs of spaces … The reader's work and the report's size must grow in
 * proportion to the text. Work is counted, not timed: the characters every String#slice returns while
 * reading (a quadratic reader re-reads the text before each number); the elements every array scan
 * (filter, find, some, map, indexOf …) may visit while judging, listing the unread and building the
 * section (a quadratic judge scans all figures again for each turnout, table or share); and the JSON of
 * what is reported.
 */
const SHAPES: Readonly<Record<string, string>> = {
  'numbered list': '1、',
  'numbers and spaces': '1 ',
  'numbers and dots': '1.',
  'shares of nothing': '占1%',
  'a list of shares': '1.1%、',
  'elected repeated': '当选',
  // A heading's colon again and again in one clause: each heading was read back to the clause's start
  // (and normalized whole), each inline list to the end of the text.
  'elected with a colon repeated': '当选：',
  'a heading of the elected repeated': '当选情况：',
  'an inline list of winners with no stop': '当选：主任王林812票；',
  spaces: ' ',
  'english elected': 'elected, ',
  sevens: '7 ',
  'winners repeated': '王林当选，',
  'declarations of those above': '以上3人均当选，',
  'runs of votes before one declaration': '王林得票8票，李华得票7票，当选为委员，',
  'names described before their votes': '王林，男，47岁，高中文化，得票8票；李华（女，39岁）得票7票，',
  'sex, age and votes in one bracket': '王林（男，47岁，得票8票，得票率8%）、李华（女，得票率7%）、',
  'winners re-elected with no votes': '王林连任村委会主任，李华、张强连任村民委员会委员，',
  'a table of votes and its declaration': '委员 王林 8\n以上1人当选\n',
  'attendance and rates in one sentence': '应到代表9名，实到8名，投票率88.9%，',
  'places among places': '在9个村中，有8个村完成，达标率88.9%，',
  'shares after 占 and line breaks': '女性5人，占\n\n',
  'calculations with results': '1+2=3，',
  'fractions beside shares': '40%（2/5），',
  'commas for decimal points': '占18，2%，',
  'household attendance': '户代表会议应到9名，实到8名，占总户的88.9%，',
  'rates named after a group': '交叉任职3人，交叉任职率37.5%，',
  'a share in brackets after votes': '王林得票8票（40%），有效票20张，参加投票20人，',
  'counts in English words': 'forty-one thousand and twelve voters, seventy-seven ',
  'English ballots split among people': 'Of the 20 valid ballots, 8 went to Chan, 7 to Lee and 5 to Wong. ',
  'English votes under a heading': 'Votes received\nChan Tai-man 12\nResults: Lee 9, Wong 8\n',
  'English parts of the place and wholes in a sentence':
    'Of the 20 ballots cast at the second polling station, Chan received 8 votes (40%), 2 were invalid. ',
  'English shares with their fraction':
    '9 of 312 (2.9%), Of the 20 voters, 8 voted (40%), by noon 12 voted, in 2021 ',
  'a copy’s page numbers, counters and breaks': '— 2 —\n阅读 1.2万 在看 3\n有效\n票1\n2张，女性成员\n',
  'invisible characters in numbers': '1\u200b2\u00ad张\u200b ',
  'letter-spaced characters': '参 加 投 票 1 2 0 5 人 ， 参 选 率 7 3 . 9 3 % ， ',
  'letter-spaced lines with a lost column gap': '王 明 1 2 0 5 人 ， 1 0 2 0 8 5 . 2 1 % ， 当 选\n',
  'margins of candidates and changes in points':
    '应选5名，候选人6名，差额比例为20%，女性2名，占40%，较上届的30%提高10个百分点，',
  'margins and gaps of votes':
    '张三得票8票，李四得票7票，张三比李四多1票，多1票，张三差1票未过半，李四差1票未达到三分之一，比张三只差1票，两人相差1票，仅差1票当选，以1票之微弱优势当选，',
  'margins over wrapped lines': '张三得票8票，      \n李四得票7票，张三以1票之差胜出，\n',
  'registration rates': '18周岁以上选民2人，登记选民1人，登记率50%，',
  'lists under 序号 with names in 万':
    '序号  委托人  受委托人\n1  万强伟  陆梅春\n12  万丽  曹金兰\n3      万\t',
  'seats and the rest': '共设3个席位，其中1个席位，另有1个席位，其余1个席位，',
  // One English sentence with no full stop: each figure's place was read back to the sentence's start.
  'English counts with no full stop': '20 voters voted ',
  'English days and counts with no full stop': 'on 20 May 2024 voters voted ',
  // A correction again and again: each one looked through every figure for the count it corrects.
  'a correction of the voters repeated': '参加投票人数有误，更正后为2,987人。发出选票2,987张。',
  'keycaps, bars, counts in 万 and the last term':
    '1️⃣2️⃣ 登记选民2.36万人 | 参加投票2.18万人，参选率92.77%，上届参选率为93.5%；本届主任：王林8票；委员应选2名，',
};

const text = (unit: string, size: number) => '选举结果公告\n' + unit.repeat(Math.ceil(size / unit.length));

/** A person's name for each index, different for the first 30,000: lists whose names do not repeat. */
const nameOf = (i: number) =>
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'[i % 20]! +
  '林华明军芳伟丽强磊敏静洋勇艳杰'[Math.floor(i / 20) % 15]! +
  (i >= 300 ? '国文辉玉萍红波鹏飞涛'[Math.floor(i / 300) % 10]! : '') +
  (i >= 3000 ? '山海云峰春秋冬梅兰竹'[Math.floor(i / 3000) % 10]! : '');

/** 一 to 九千九百九十九: the headings of a long numbered list (一、二、… 十一、…). */
function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  const places = ['千', '百', '十', ''];
  const written = String(n).padStart(4, '0').split('').map(Number);
  let result = '';
  let zero = false;
  written.forEach((digit, place) => {
    if (digit === 0) {
      zero = result !== '';
      return;
    }
    if (zero) result += '零';
    zero = false;
    result +=
      (digit === 1 && place === 2 && result === '' ? '' : digits.charAt(digit)) + (places[place] ?? '');
  });
  return result;
}

const percentOf = (part: number, whole: number) => ((100 * part) / whole).toFixed(1);

/**
 * Shapes that real pasted notices take at scale, each unit different (names, counts and shares vary as
 * they do in a county's or a township's summary): a text of them is read and judged in work linear in
 * its length.
 */
const GROWN: Readonly<Record<string, (i: number) => string>> = {
  'a township summary, each town with its turnout and counts': (i) =>
    `${nameOf(i)}镇：应选村委会成员5名，登记选民${3000 + i}人，参加投票${2700 + i}人，参选率${percentOf(2700 + i, 3000 + i)}%，有效票${2650 + i}张，无效票50张，当选5人，其中女性2人，占40%。\n`,
  'turnouts of different values': (i) =>
    `登记选民${1000 + i}人，参加投票${900 + i}人，参选率${percentOf(900 + i, 1000 + i)}%。\n`,
  'table rows of HTML': (i) => `<tr><td>${nameOf(i)}</td><td>委员</td><td>${800 - (i % 700)}</td></tr>`,
  'table rows of Markdown': (i) => `| ${nameOf(i)} | 委员 | ${800 - (i % 700)} |\n`,
  'table rows flattened to lines': (i) => `${nameOf(i)} 委员 ${800 - (i % 700)}\n`,
  '分别 lists': (i) =>
    `${nameOf(3 * i)}、${nameOf(3 * i + 1)}、${nameOf(3 * i + 2)}分别得票${800 - (i % 300)}票、${700 - (i % 300)}票、${600 - (i % 300)}票，`,
  '其中 clauses': (i) => `参加投票${900 + i}人，其中男性${400 + i}人，女性500人。`,
  'names separated by 、': (i) => `${nameOf(i)}、`,
  'names separated by 、 with their votes': (i) => `${nameOf(i)}（${800 - (i % 500)}票）、`,
  'numbered headings (一、二、…)': (i) =>
    `${chineseNumeral((i % 9999) + 1)}、主任选举结果\n${nameOf(i)}得票${800 - (i % 500)}票，当选。\n`,
  'polling places, each on its line': (i) =>
    `第${i + 1}投票站：发出选票${500 + (i % 50)}张，收回${490 + (i % 50)}张，有效票${480 + (i % 50)}张，无效票10张。\n`,
  'percent signs with no numbers': () => '占%，',
  'shares with their fraction in brackets': (i) => `${40 + (i % 50)}%（${40 + (i % 50)}/100），`,
  'shares of a group named after 占, stated once before them': (i) =>
    `${i === 0 ? '在村选民2204人。\n' : ''}参加投票${1000 + (i % 1000)}人，占在村选民的${percentOf(1000 + (i % 1000), 2204)}%。\n`,
  'margins and gaps after each contest’s votes': (i) =>
    `${nameOf(2 * i)}得票${800 - (i % 300)}票，${nameOf(2 * i + 1)}得票${790 - (i % 300)}票，${nameOf(2 * i)}比${nameOf(2 * i + 1)}多10票，比第二名多10票，${nameOf(2 * i + 1)}比${nameOf(2 * i)}只差10票，差${i % 9}票未过半。\n`,
  // Each share of a candidate's votes is of its own place's voters, looked up by place, not by a pass over
  // every place's voters for each share.
  'a township summary, each place with its voters and a candidate’s share of votes': (i) =>
    `${nameOf(i)}村：参加投票${900 + i}人，主任${nameOf(i + 7)}得票${800 + i}票，得票率${percentOf(800 + i, 900 + i)}%。\n`,
  'English shares with their fraction, different counts': (i) =>
    `${9 + (i % 300)} of 312 (${percentOf(9 + (i % 300), 312)}%), `,
};

/** At least `size` characters of units 0, 1, 2 …, after a title (or inside a table, for rows of HTML). */
function grown(name: string, size: number): string {
  const unit = GROWN[name]!;
  let body = '';
  for (let i = 0; body.length < size; i++) body += unit(i);
  if (name === 'table rows of HTML') return textOfHtml(`<p>选举结果公告</p><table>${body}</table>`);
  return name.startsWith('names separated') ? `选举结果公告\n当选委员：${body}` : `选举结果公告\n${body}`;
}

/** The iteration methods of arrays whose calls are counted while judging, each by the array's length. */
const ARRAY_SCANS = [
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'forEach',
  'map',
  'reduce',
  'flatMap',
  'includes',
  'indexOf',
] as const;

/** Runs `work` with each array scan counted by the elements of its array, which it may all visit. */
function countScans<T>(work: () => T): { result: T; scanned: number } {
  // Plain wrappers, not spies: a spy would keep every call it saw.
  const prototype = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = ARRAY_SCANS.map((name) => [name, prototype[name]] as const);
  let visited = 0;
  for (const [name, original] of originals) {
    prototype[name] = function (this: unknown[], ...args: unknown[]): unknown {
      visited += this.length;
      return original!.apply(this, args);
    };
  }
  try {
    const result = work();
    return { result, scanned: visited };
  } finally {
    for (const [name, original] of originals) prototype[name] = original!;
  }
}

/**
 * Characters sliced (or searched back over) while reading, array elements scanned while reading and
 * judging, and the size of the report.
 */
function measure(input: string): { sliced: number; scanned: number; reported: number } {
  // A plain wrapper, not a spy: a spy would keep every call it saw.
  const original = String.prototype.slice;
  let sliced = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number): string {
    const result = original.call(this, start, end);
    sliced += result.length;
    return result;
  };
  // A search back from a place (lastIndexOf) may read the text back to its start: counted as sliced.
  const lastIndexOf = String.prototype.lastIndexOf;
  String.prototype.lastIndexOf = function (this: string, search: string, from?: number): number {
    const found = lastIndexOf.call(this, search, from);
    // The characters passed over: from where it starts back to what it finds, or to the start.
    sliced += Math.max(0, Math.min(this.length, from ?? this.length) - Math.max(found, 0));
    return found;
  };
  let reading;
  try {
    reading = countScans(() => readAnnouncementText(input));
  } finally {
    String.prototype.slice = original;
    String.prototype.lastIndexOf = lastIndexOf;
  }
  const read = reading.result;
  const { result, scanned } = countScans(() => {
    const work = workAnnouncementArithmetic(read, 'en');
    return [work.findings, reportUnreadFigures(read, 'en'), announcementSection(read, work), read.unread];
  });
  const reported = JSON.stringify(result).length;
  return { sliced, scanned: reading.scanned + scanned, reported };
}

/**
 * The time allowed a test that asserts counts (of work, of numbers read) on texts of 100 KB or more:
 * about a second each on an idle machine (three for 50,000 counts read), ten times that or more on one
 * whose two cores other runs share (40 s seen for 50,000). What it asserts is counted, so the limit only
 * stops a run that hangs; the tests that catch
 * super-linear time where no counter sees it (a long run of spaces, the patterns below) bound how the time
 * grows from one size to eight times it, never the milliseconds.
 */
const COUNTED = 120_000;

describe('pathological announcements', () => {
  it.each(Object.entries(SHAPES))(
    '%s: work and output grow linearly from 10 KB to 100 KB',
    (_, unit) => {
      const small = measure(text(unit, 10_000));
      const large = measure(text(unit, 100_000));
      // Ten times the text: at most about ten times the work and the output (a quadratic reader gives 100×).
      expect(large.sliced).toBeLessThanOrEqual(12 * Math.max(small.sliced, 1_000));
      expect(large.scanned).toBeLessThanOrEqual(12 * Math.max(small.scanned, 1_000));
      expect(large.reported).toBeLessThanOrEqual(12 * Math.max(small.reported, 1_000));
    },
    COUNTED,
  );

  it.each(Object.keys(GROWN))(
    '%s: work and output grow linearly from 10 KB to 100 KB',
    (name) => {
      const small = measure(grown(name, 10_000));
      const large = measure(grown(name, 100_000));
      expect(large.sliced).toBeLessThanOrEqual(12 * Math.max(small.sliced, 1_000));
      expect(large.scanned).toBeLessThanOrEqual(12 * Math.max(small.scanned, 1_000));
      expect(large.reported).toBeLessThanOrEqual(12 * Math.max(small.reported, 1_000));
    },
    COUNTED,
  );

  // Lines of votes under headings that name their post (主任选举结果：, 当选名单：): the votes of each line are
  // looked up by where they stand, not by a pass over every figure of the text for each line.
  it.each([
    ['a chair heading over each pair of lines', '主任选举结果：\n王林得票8票\n李华得票7票\n'],
    ['a heading of winners over each line', '当选名单：\n主任 王林 8票\n\n'],
    ['an inline list of winners', '当选情况：主任王林（得票8票）；委员李华（得票7票）。\n'],
  ])(
    '%s: array scans while reading grow linearly from 10 KB to 100 KB',
    (_, unit) => {
      const scansReading = (size: number) => countScans(() => readAnnouncementText(text(unit, size))).scanned;
      expect(scansReading(100_000)).toBeLessThanOrEqual(12 * Math.max(scansReading(10_000), 1_000));
    },
    COUNTED,
  );

  // One run of spaces where a pattern allows spaces, something optional, then spaces again: a pattern
  // that tries every split of the run is quadratic there (seconds on 100 KB, then minutes), which the
  // count of characters sliced does not see; the growth of the time from runs of 12,500 spaces to runs of
  // 100,000 does (about eightfold when each run is read once, about 64-fold when every split is tried).
  // The whole reader runs, so the runs are longer than the single scans' below: a quadratic step must
  // outweigh everything else the reader does.
  it.each([
    [
      'after a count, before a bracket',
      (spaces: string) => `登记选民100人，列席人员12名${spaces}（${spaces}x`,
    ],
    [
      'before a heading of winners',
      (spaces: string) => `选举结果公告\n${spaces}x当选名单${spaces}x\n主任：王林 12票`,
    ],
  ])('reads a long run of spaces %s in one pass', (_, shape) => {
    const figures = readAnnouncementText(shape(' '.repeat(100_000)));
    expect(figures.figures.length + figures.unread.length).toBeGreaterThan(0);
    const growth = timeGrowth((size) => shape(' '.repeat(size)), readAnnouncementText, 12_500);
    expect(growth).toBeLessThan(SUPER_LINEAR);
  });

  it(
    'quotes a bounded window around each unread number, never the whole sentence',
    () => {
      const figures = readAnnouncementText(text('1、', 40_000));
      // The first UNREAD_KEPT are kept one by one, the rest counted: memory in proportion to the text.
      expect(figures.unread.length).toBe(UNREAD_KEPT);
      expect(unreadCount(figures)).toBe(20_000);
      expect(reportUnreadFigures(figures, 'en').at(-1)?.found).toBe(20_000 - UNREAD_LISTED);
      for (const unread of figures.unread) expect(unread.context.length).toBeLessThanOrEqual(2 * 24 + 4);
    },
    COUNTED,
  );

  it('lists the first unread numbers one by one and counts the rest in one finding', () => {
    const figures = readAnnouncementText(text('1 ', 10_000));
    const findings = reportUnreadFigures(figures, 'en');
    expect(findings).toHaveLength(UNREAD_LISTED + 1);
    expect(findings.at(-1)?.found).toBe(figures.unread.length - UNREAD_LISTED);
    expect(findings.at(-1)?.messages.en).toContain(
      `${groupedCount(figures.unread.length - UNREAD_LISTED)} more numbers`,
    );
  });

  it(
    'reads the first NUMBERS_READ numbers and only counts the rest, so that memory stays bounded',
    () => {
      const figures = readAnnouncementText(text('7 ', 2 * (NUMBERS_READ + 7)));
      expect(figures.unread.length).toBe(UNREAD_KEPT);
      expect(figures.unreadBeyond?.byReason).toEqual({
        'no-meaning': NUMBERS_READ - UNREAD_KEPT,
        'past-limit': 7,
      });
      expect(unreadCount(figures)).toBe(NUMBERS_READ + 7);
      expect(reportUnreadFigures(figures, 'en').at(-1)?.messages.en).toContain(
        `7 comes after the first ${groupedCount(NUMBERS_READ)} numbers`,
      );
    },
    COUNTED,
  );

  it(
    'says how many numbers went unread past the bound even when every number before it was read',
    () => {
      const figures = readAnnouncementText(
        '选举结果公告\n' + '登记选民1860人。'.repeat(NUMBERS_READ) + '参加投票1322人。王林当选。',
      );
      expect(figures.figures).toHaveLength(NUMBERS_READ);
      expect(figures.unread).toEqual([]);
      // The text past the bound is not read: neither the declaration nor the count after it.
      expect(figures.figures.some((figure) => figure.kind === 'elected')).toBe(false);
      const findings = reportUnreadFigures(figures, 'zh');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: 'UNREAD_FIGURE', severity: 'info', found: 1 });
      expect(findings[0]?.messages.zh).toContain(`另有1个数字未加核对（1个在前${NUMBERS_READ}个数字之后`);
    },
    COUNTED,
  );

  // A table's numbers count with the prose's: 50,007 rows of votes are read up to the bound, not past it.
  it.each([
    [
      'Markdown',
      (rows: number) =>
        '选举结果公告\n| 姓名 | 职务 | 得票数 |\n| --- | --- | --- |\n' +
        Array.from({ length: rows }, (_, i) => `| ${nameOf(i)} | 委员 | ${800 - (i % 700)} |\n`).join(''),
    ],
    [
      'HTML',
      (rows: number) =>
        textOfHtml(
          '<p>选举结果公告</p><table><tr><td>姓名</td><td>职务</td><td>得票数</td></tr>' +
            Array.from(
              { length: rows },
              (_, i) => `<tr><td>${nameOf(i)}</td><td>委员</td><td>${800 - (i % 700)}</td></tr>`,
            ).join('') +
            '</table>',
        ),
    ],
  ])(
    'counts the numbers of a table (%s) against the bound, and says how many went unread past it',
    (_, table) => {
      const figures = readAnnouncementText(table(NUMBERS_READ + 7));
      expect(figures.unreadBeyond?.byReason['past-limit']).toBe(7);
      // Each of the first NUMBERS_READ numbers is read or listed unread; the 7 after them only counted.
      expect(figures.figures.length + unreadCount(figures) - 7).toBe(NUMBERS_READ);
      expect(figures.figures.length).toBeLessThanOrEqual(NUMBERS_READ);
      const last = reportUnreadFigures(figures, 'zh').at(-1);
      expect(last?.messages.en).toContain(`7 comes after the first ${groupedCount(NUMBERS_READ)} numbers`);
      expect(last?.messages.zh).toContain(`7个在前${NUMBERS_READ}个数字之后`);
    },
    COUNTED,
  );

  it('declares no winner from 当选 repeated with no name before it', () => {
    expect(readAnnouncementText('当选'.repeat(500)).figures).toEqual([]);
  });
});

describe('an announcement with nothing to read (issue #21, defect 9)', () => {
  it.each([
    ['empty', ''],
    ['a JSON array', '[]'],
    ['prose without figures', '本村换届选举工作顺利完成，群众普遍满意。'],
  ])('%s: says plainly that nothing was read or checked, in both languages', (_, input) => {
    const [finding, ...rest] = reportNothingRead(readAnnouncementText(input), 'en');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'UNREAD_FIGURE', severity: 'warning' });
    expect(finding?.messages.en).toContain('nothing was checked');
    expect(finding?.messages.zh).toContain('没有核对任何内容');
  });

  it('says so when every number went unread, as information: each is listed with its reason', () => {
    const [finding] = reportNothingRead(readAnnouncementText('电话12345，邮编100000。'), 'en');
    expect(finding?.severity).toBe('info');
    expect(finding?.messages.en).toBe(
      "None of the notice's 2 numbers could be read as a figure of the election: nothing was checked",
    );
  });

  it('says nothing of the kind when a figure was read', () => {
    expect(reportNothingRead(readAnnouncementText('登记选民1860人。'), 'en')).toEqual([]);
  });
});

/**
 * Patterns that were quadratic or worse on a long run (eslint's regexp/no-super-linear-backtracking
 * found them; the lint keeps new ones out, see docs/performance.md). Each family once, on a run and a
 * last character that makes the match fail, which is where backtracking tries every split: before the
 * fix each took seconds to hours on 100 KB, now each takes about a millisecond. The backtracking happens
 * inside the engine, where no counter sees it: the time's growth from 4,000 to 32,000 characters is bounded
 * (about eightfold when linear, about 64-fold when quadratic), never its milliseconds.
 */
describe('patterns that read a long run once', () => {
  const run = (unit: string, size: number) => unit.repeat(size / unit.length);
  it.each<[string, RegExp, (size: number) => string]>([
    // Spaces, something optional, spaces again (\s*X?\s*).
    ['a list item before its number', LIST_PREFIX, (size) => run(' ', size) + 'x'],
    ['a calculation before a number', CALCULATION_BEFORE, (size) => '1+' + run(' ', size) + 'x'],
    ['what comes after a share', NEXT_SHARE, (size) => run(' ', size) + 'x'],
    ['no result after 当选', NOT_A_RESULT, (size) => run(' ', size) + 'x'],
    ['votes before a comma', VOTES_THEN_COMMA, (size) => '（' + run(' ', size) + 'x'],
    ['the English word total', THE_TOTAL_IN_ENGLISH, (size) => 'total' + run(' ', size) + 'x'],
    [
      'voting members before a count',
      VOTING_MEMBERS_BEFORE,
      (size) => 'voting members' + run(' ', size) + 'x',
    ],
    ['effective ballots', ENGLISH_VALID, (size) => 'effective' + run(' ', size) + 'x'],
    ['recovered ballots', ENGLISH_RETURNED, (size) => 'recover' + run(' ', size) + 'x'],
    // Marks or spaces on both sides of optional ballot words.
    ['ballot words before 当选', BALLOT_WORDS_ONLY, (size) => run(' ', size) + 'x'],
    ['ballot words before 当选 (brackets)', BALLOT_WORDS_ONLY, (size) => run('（', size) + 'x'],
    // Three unbounded parts inside one bracket, a digit and 票 between them.
    ['votes in a bracket after a name', BRACKETED_VOTER, (size) => '王林（' + run('1', size) + 'x'],
    ['votes in a bracket after a name (票)', BRACKETED_VOTER, (size) => '王林（1' + run('票', size) + 'x'],
    // Two unbounded parts around a joiner.
    ['groups named together before 分别', RESPECTIVE_GROUPS, (size) => run('和', size) + 'x'],
    // Spaces before a name that may itself hold spaces.
    ['names before 分别', RESPECTIVE_VOTES, (size) => run(' ', size) + '分别x'],
  ])('%s', (_, pattern, make) => {
    const exec = (text: string) => {
      pattern.lastIndex = 0;
      return pattern.exec(text);
    };
    expect(exec(make(100_000))).toBeNull();
    expect(timeGrowth(make, exec)).toBeLessThan(SUPER_LINEAR);
  });
});

/**
 * Searches that restart at each position of a long run (regexp/no-super-linear-move): a pattern tried
 * from every character of a run it cannot end, or from every line start of a run of carriage returns,
 * reads the run again each time. Before the fixes these took 8 s to minutes on 100 KB; now about a
 * millisecond. As above, the time's growth from 4,000 to 32,000 characters is bounded, never its milliseconds.
 */
describe('searches that read a long run once, not from each of its characters', () => {
  const run = (unit: string, size: number) => unit.repeat(size / unit.length);
  it.each<[string, (size: number) => string, (text: string) => unknown]>([
    [
      'English place headings after a run of carriage returns',
      (size) => run('\r', size) + 'x Village',
      englishPlaceHeadings,
    ],
    [
      'a heading of winners after a run of carriage returns',
      (size) => run('\r', size) + '当选名单x',
      (text) => withWinnersListed(text, text, []),
    ],
    ["a group's label ending in a run of 的", (size) => run('的', size) + 'x', groupLabel],
    ["a share's base ending in a run of 的", (size) => run('的', size) + 'x', (text) => namedBase(text, '')],
    [
      'a share with its fraction after a run of digits',
      (size) => run('1', size) + 'x 1%(',
      (text) => writtenCalculations(text, text),
    ],
    [
      'a share with its fraction after a run of groups of digits',
      (size) => '1' + run(',111', size) + 'x 1%(',
      (text) => writtenCalculations(text, text),
    ],
    ['a page with a run of spaces in a paragraph', (size) => '<p>' + run(' ', size) + 'x</p>', textOfHtml],
    [
      "women's seats stated again and again on one line",
      (size) => run('委员（应选3名，其中妇女委员1名）', size),
      (text) => womenSeatsStated(text, text),
    ],
    ['sexes after names, again and again on one line', (size) => run('王芳（女）、', size), sexMarks],
    ['a sex opening brackets that never close', (size) => run('王芳（女，', size), sexMarks],
  ])('%s', (_, make, read) => {
    expect(timeGrowth(make, read)).toBeLessThan(SUPER_LINEAR);
  });
});
