import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, reportAlone, rows, unread } from './corpus/read-shapes.js';
import { withWordsWhole } from './words-across-lines.js';
import { normalizeText } from './normalize-text.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Notices as observers paste them from PDFs, WeChat articles, scans and web pages: the copy's residue
 * never makes a figure, and a figure still plainly readable is read. Every number and name is invented.
 */

const notice = [
  '平安村村民委员会选举结果公告',
  '本村登记选民1675人，参加投票1420人，参选率84.8%。发出选票1420张，收回选票1417张，其中有效票1405张，无效票12张。',
  '主任：石磊，得票1013票，当选。',
].join('\n');

describe('characters no reader sees', () => {
  const zwsp = notice.replace('1405', '14\u200b05').replace('参选率', '参\u00ad选率');

  it('reads a number with a zero-width space inside it as the number the screen shows', () => {
    expect(alarms(zwsp, true)).toEqual([]);
    const valid = readAnnouncementText(zwsp).figures.find(
      (figure) => figure.kind === 'count' && figure.meaning === 'valid',
    );
    expect(valid?.kind === 'count' && valid.value).toBe(1405n);
  });

  it('reads a label with a soft hyphen inside it, and judges its share', () => {
    expect(rows(zwsp)).toContainEqual(expect.arrayContaining(['percent', '84.8']));
    expect(findings(zwsp.replace('84.8%', '88.4%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率88.4%']]);
  });

  it('points every span into the text as given, and reads what the clean text reads', () => {
    const invisible = ['\u200b', '\u00ad', '\u200d', '\ufeff', '\u2060'];
    let marked = '';
    for (let at = 0; at < notice.length; at++)
      marked += (at % 7 === 3 ? invisible[at % invisible.length] : '') + notice.charAt(at);
    const clean = readAnnouncementText(notice);
    const read = readAnnouncementText(marked);
    const seen = (text: string, span: readonly [number, number]) =>
      text.slice(...span).replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '');
    expect(read.figures.length).toBe(clean.figures.length);
    read.figures.forEach((figure, i) => {
      const before = clean.figures[i];
      expect(figure.kind).toBe(before?.kind);
      expect(figure.origin.text).toBe(before?.origin.text);
      const span = figure.origin.span;
      const cleanSpan = before?.origin.span;
      if (!span || !cleanSpan) throw new Error('a text figure has a span');
      expect(seen(marked, span)).toBe(notice.slice(...cleanSpan));
    });
    expect(read.unread.map((figure) => seen(marked, figure.span))).toEqual(
      clean.unread.map((figure) => notice.slice(...figure.span)),
    );
  });
});

describe('a letter a scan read for the last digit of a number', () => {
  const scanned = notice.replace('1405', '14O5');
  it('lists 140l张 or 14O5张 unread as garbled, never reads the digits before the letter', () => {
    expect(unread(notice.replace('1405', '140l'))).toContainEqual(['140l', 'garbled']);
    expect(unread(notice.replace('84.8%', '84.8O%'))).not.toContainEqual(['84.8', 'no-meaning']);
    expect(unread(scanned)).toContainEqual(['14O5', 'garbled']);
  });

  it('raises no sum warning on a right notice whose valid ballots end in a misread letter', () => {
    expect(alarms(notice.replace('1405', '140l'), true)).toEqual([]);
    expect(alarms(notice.replace('1417', '141l'), true)).toEqual([]);
  });
});

describe("a PDF's page headers and footers", () => {
  const paged = [
    '松林村村民委员会选举结果公告',
    '第 1 页 共 2 页',
    '本村登记选民2120人，参加投票1788人，参选率84.3%。本次选举共发出选票1788张，收回选票',
    '— 1 —',
    '1785张，其中有效票1758张，无效票27张。',
    '-2-',
    '主任：龙海波得票1266票，当选。',
    'Page 2 of 3',
    '第２页／共３页',
  ].join('\n');

  it('lists no page number as an unread figure', () => {
    expect(unread(paged)).toEqual([]);
    expect(alarms(paged, true)).toEqual([]);
  });

  it('reads a count a page break parts from its words, and judges the sum it is in', () => {
    expect(rows(paged)).toContainEqual(['count', 'returned', null, 1785, '收回选票      \n1785张']);
    expect(findings(paged.replace('1758张', '1768张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票      \n1785张'],
    ]);
  });
});

describe("an article's counters", () => {
  it('reads no count of readers or likes as a figure', () => {
    const article = [
      '原创 青岗发布 2026-03-18 09:12',
      notice,
      '阅读 1.2万',
      '在看 36  点赞 126',
      '阅读10万+ 分享 8',
      'Posted 25 March 2026 · 1.2k views · 34 likes',
    ].join('\n');
    expect(unread(article)).toEqual([]);
    expect(alarms(article, true)).toEqual([]);
  });

  it('leaves a counter word run into the words before it alone', () => {
    expect(unread('共收到群众评论12条。')).toEqual([['12', 'no-meaning']]);
  });
});

describe('list numbers written as one character', () => {
  const listed = [
    '①本村登记选民1604人，参加投票1340人，参选率83.5%。',
    '②发出选票1340张，收回选票1338张，其中有效票1331张，无效票7张。',
    '③主任：雷鸣得票944票，当选。',
  ].join('\n');

  it('reads ① as a list’s mark, not as the first word of the count after it', () => {
    const section = reportAlone(listed, true).announcement;
    expect(section?.unread.filter((figure) => figure.reason !== 'ambiguous-base')).toEqual([]);
    expect(rows(listed)).toContainEqual(['count', 'registered', null, 1604, '本村登记选民1604人']);
    expect(normalizeText('⑴⒈❶➀⑳')).toBe('     ');
  });
});

describe('a line break between a number and its unit', () => {
  const broken = [
    '本村登记选民1750人，参加投票1488人。发出选票1488张，收回选票1486张，',
    '有效票1470',
    '张，无效票16',
    '张。陈刚、李芳分别得票1220票、1010',
    '票，当选委员。',
  ].join('\n');

  it('reads the number with the unit that opens the next line', () => {
    expect(rows(broken)).toContainEqual(['votes', '李芳', null, 1010, '1010\n票']);
    expect(rows(broken)).toContainEqual(['count', 'invalid', null, 16, '无效票16\n张']);
    expect(findings(broken)).toEqual([]);
    expect(findings(broken.replace('无效票16', '无效票26'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1486张'],
    ]);
  });

  it('takes no unit that is the first character of a word on the next line', () => {
    expect(unread('列席会议的共42\n人大代表，另有记者5人。')).toContainEqual(['42', 'no-meaning']);
  });
});

describe("a line break between a group's words and its count", () => {
  const summary = [
    '全镇12个村共选出村委会成员60人，其中女性成员',
    '18人，占30.0%；35岁以下成员',
    '14人，占23.3%。',
  ].join('\n');

  it('reads the count on the next line as the group the line before names, and judges its share', () => {
    expect(rows(summary)).toContainEqual(['group', '女性成员', '村委会成员', 18, '女性成员\n18人']);
    expect(findings(summary)).toEqual([]);
    expect(findings(summary.replace('30.0%', '33.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占33.0%']]);
  });

  it('keeps a page break between them out of the way', () => {
    const paged = summary.replace('其中女性成员\n', '其中女性成员\n第 2 页 共 3 页\n');
    expect(findings(paged.replace('30.0%', '33.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占33.0%']]);
  });
});

describe("a line break inside a count's words", () => {
  const wrapped = [
    '本村登记选民2436人，參加投',
    '票的选民2011人。发出选票2011张，收回选票2008张，其中有效',
    '票1990张，无效票18张。',
  ].join('\n');

  it('reads the words whole, and the count with them', () => {
    expect(rows(wrapped)).toContainEqual(['count', 'valid', null, 1990, '有效票 1990张']);
    expect(rows(wrapped)).toContainEqual(['count', 'cast', null, 2011, '參加投票 的选民2011人']);
    expect(findings(wrapped)).toEqual([]);
    expect(findings(wrapped.replace('票1990张', '票1980张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票2008张'],
    ]);
  });
});

describe('digits a line break or one space parts', () => {
  const right = notice;

  it('lists both halves unread as parted, never reads them as two figures', () => {
    const broken = right.replace('登记选民1675人', '登记选民16\n75人');
    expect(unread(broken)).toEqual([
      ['16', 'space-parted'],
      ['75', 'space-parted'],
    ]);
    expect(alarms(broken, true)).toEqual([]);
    expect(alarms(right.replace('有效票1405张', '有效票14 05张'), true)).toEqual([]);
    expect(alarms(right.replace('得票1013票', '得票10\n13票'), true)).toEqual([]);
  });

  it('leaves unjudged a turnout wrong only of the ballots returned when the voters are so parted', () => {
    // 1417 of 1675 is 84.6%, 1420 of 1675 is 84.8%: the voters, parted, may be 1420.
    expect(alarms(right.replace('参加投票1420人', '参加投票14\n20人'), true)).toEqual([]);
  });

  it('reads a whole number at a label’s line end and the count opening the next line apart', () => {
    expect(unread('登记选民：2300\n1980人参加投票。')).toEqual([]);
    expect(unread('Registered voters 2,300\n1980 voters took part.')).toEqual([]);
  });

  it('keeps the cells of a table’s row apart', () => {
    expect(unread('城关镇 18 112人 28人')).not.toContainEqual(['18', 'space-parted']);
  });
});

describe('more of the same classes', () => {
  it('lists a share with a misread letter before its decimals as garbled', () => {
    expect(unread(notice.replace('84.8%', '8l.8%'))).toEqual([['8l.8', 'garbled']]);
  });

  it('reads no count of an article’s bottom bar (赞 12, 推荐 5)', () => {
    expect(unread(`${notice}\n赞 12  分享 3  推荐 5  写留言`)).toEqual([]);
  });

  it('joins a group’s words after a clause mark, and a body’s members a break cuts, to their count', () => {
    const summary = '全镇共选出村委会成员60人，其中女性成\n员18人，占30.0%；党员\n45人，占75.0%。';
    expect(findings(summary)).toEqual([]);
    expect(findings(summary.replace('75.0%', '57.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占57.0%']]);
    expect(rows(summary)).toContainEqual(['group', '女性成员', '村委会成员', 18, '女性成员 18人']);
  });
});

describe('a page number glued into a line', () => {
  const glued = [
    '桥头村村民委员会选举结果公告',
    '本村登记选民1860人，参加投票1500人。本次选举发出选票 — 2 — 1500张，收回选票1500张，其中有效票1480张，',
    '无效票20张。第 2 页 共 3 页主任：王明得票1200票，当选。',
  ].join('\n');

  it('never reads the page number as a count, and reads the count after it', () => {
    expect(alarms(glued, true)).toEqual([]);
    expect(unread(glued)).toEqual([]);
    expect(rows(glued)).toContainEqual(expect.arrayContaining(['count', 'issued', null, 1500]));
    expect(alarms(glued.replace('发出选票 — 2 — ', '发出选票—2—'), true)).toEqual([]);
    expect(alarms(glued.replace('发出选票 — 2 — ', '发出选票—2— '), true)).toEqual([]);
  });

  it('still judges the sums around it', () => {
    expect(findings(glued.replace('无效票20张', '无效票30张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1500张'],
    ]);
  });
});

describe('a word of two characters a line break cuts', () => {
  const cut = [
    '本村共有选',
    '民1860人，参加投票的选民1500人。发出选票1500张，收回选票1500张，其中有',
    '效选票1480张，无效票20张。主任：王明得',
    '票1200票，当选。',
  ].join('\n');

  it('reads it whole when a number follows it', () => {
    expect(counts(cut)).toEqual(expect.arrayContaining(['registered 1860', 'valid 1480']));
    expect(rows(cut)).toContainEqual(expect.arrayContaining(['votes', '王明', 1200]));
    expect(unread(cut)).toEqual([]);
    expect(findings(cut.replace('1480张', '1490张'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1500张']]);
  });

  it('leaves 选⏎民 before words alone', () => {
    expect(withWordsWhole('当选\n民主', '当选\n民主').folded).toBe('当选\n民主');
  });
});
