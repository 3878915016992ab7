import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, judged, unread } from './corpus/read-shapes.js';
import { letterSpacingGaps } from './letter-spacing.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Notices as a scan's or a PDF's text layer gives them, a space between every character: read whole
 * where one number is the only reading, unread where it is not. Every name and number is invented.
 */

const spaced = (line: string, gap = ' ') => [...line].join(gap);

const plain = [
  '柳溪村第十二届村民委员会选举结果公告',
  '本村登记选民1630人，参加投票1205人，参选率73.93%。',
  '发出选票1205张，收回选票1205张，有效票1197张，无效票8张。',
  '主任：王明得票1020票，当选。',
];
const notice = plain.map((line) => spaced(line)).join('\n');

describe('lines with a space between every character', () => {
  it('reads the counts and the turnout of a letter-spaced notice', () => {
    expect(counts(notice)).toEqual([
      'registered 1630',
      'cast 1205',
      'issued 1205',
      'returned 1205',
      'valid 1197',
      'invalid 8',
    ]);
    expect(judged(notice)).toContainEqual(['share', '参选率73.93%', true]);
    expect(alarms(notice, true)).toEqual([]);
    expect(unread(notice)).toEqual([]);
  });

  it('reads them so with ideographic spaces too, and with full-width digits', () => {
    const wide = plain
      .map((line) =>
        spaced(
          line.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)),
          '\u3000',
        ),
      )
      .join('\n');
    expect(counts(wide)).toContain('valid 1197');
    expect(alarms(wide, true)).toEqual([]);
  });

  it('catches a wrong sum in a letter-spaced notice, quoting the count whole', () => {
    expect(findings(notice.replace(spaced('有效票1197张'), spaced('有效票1187张')))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1205张'],
    ]);
  });

  it('points the spans of what is read into the text as given', () => {
    const registered = readAnnouncementText(notice).figures.find(
      (figure) => figure.kind === 'count' && figure.meaning === 'registered',
    );
    const span = registered?.origin.span;
    if (!span) throw new Error('a text figure has a span');
    expect(notice.slice(...span)).toBe('本 村 登 记 选 民 1 6 3 0 人');
  });

  it('keeps a wider gap as the text’s own space', () => {
    const text = spaced('主任') + '   ' + spaced('王明') + '   ' + spaced('得票1020票，当选。');
    const gaps = letterSpacingGaps(text);
    expect(gaps === null ? '' : [...text].filter((_, at) => gaps[at] !== 1).join('')).toBe(
      '主任   王明   得票1020票，当选。',
    );
  });

  it('leaves a line as given where a scan lost a column’s gap (`1 0 2 0 8 5 . 2 1 %`)', () => {
    const row = notice + '\n' + spaced('委员：李梅102085.21%，当选。');
    expect(alarms(row, true)).toEqual([]);
    const texts = readAnnouncementText(row).unread.map((figure) => figure.text);
    expect(texts).toContain('1');
    expect(texts.some((text) => /\d{4}/.test(text))).toBe(false);
    const gaps = letterSpacingGaps(spaced('委员：李梅10208521%，当选。'));
    expect(gaps === null || gaps.every((unit) => unit === 0)).toBe(true);
  });

  it('takes no space out of a table’s row of small counts or a name padded to its column', () => {
    expect(letterSpacingGaps('城关镇 5 3 2 1\n主  任：王明 得票 1020 票')).toBeNull();
    expect(letterSpacingGaps('合 计 5 3 2 1')).toBeNull();
  });
});

describe('a PDF’s column wrapping a sentence after 得票', () => {
  const wrapped = [
    '本村登记选民1250人，参加投票1187人，收回选票1187张，其中有效票1171张，无效票16张。',
    '委员：吴静，得票1002票，当选；郑强，得票',
    '986票，当选。',
  ].join('\n');

  it('reads the count that opens the next line as the votes', () => {
    expect(judged(wrapped)).toContainEqual(['votes-within-ballots', '郑强，得票\n986票', true]);
    expect(alarms(wrapped, true)).toEqual([]);
  });

  it('catches votes so wrapped that are more than the valid ballots', () => {
    expect(findings(wrapped.replace('986票', '1986票'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '郑强，得票\n1986票'],
    ]);
  });
});
