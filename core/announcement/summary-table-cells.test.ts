import { describe, expect, it } from 'vitest';
import { textOfHtml } from './html-notice.js';
import { findings, judged, unread } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** The counts of people or places a text's tables were read as. */
const counted = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'group' ? [String(figure.value)] : [],
  );

/**
 * Summary tables with a 序号 column and an empty 合计 row, and tables with a garbled cell
 * (read-summary-table.ts). Every number and name here is invented.
 */
const ROWS = [
  ['城关镇', '18', '112', '28', '25.0%'],
  ['河口乡', '12', '80', '18', '22.5%'],
  ['白沙镇', '20', '116', '31', '26.7%'],
];
const HEADING = ['乡镇', '村数', '两委成员数', '女性成员数', '女性成员占比'];

describe('a summary table with a 序号 column', () => {
  const flat = (total: string, third = '26.7%') =>
    [
      '青山县村“两委”换届女性成员情况统计',
      ['序号', ...HEADING].join(' '),
      ...ROWS.map((row, at) => [String(at + 1), ...row.slice(0, 4), at === 2 ? third : row[4]].join(' ')),
      total,
    ].join('\n');

  it('reads the rows without the ordinal, and sums them against a 合计 row', () => {
    const text = flat('合计 50 308 77 25.0%');
    expect(findings(text)).toEqual([]);
    expect(judged(text)).toContainEqual(['share', '26.7%', true]);
    expect(judged(text)).toContainEqual(['partition', '50', true]);
    expect(unread(text).map(([figure]) => figure)).not.toContain('1');
    expect(findings(flat('合计 50 308 77 25.0%', '27.6%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '27.6%'],
    ]);
  });

  it('reads the rows above an empty 合计 row, which states no figure', () => {
    const text = flat('合计');
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'share')).toHaveLength(3);
  });

  it('reads such a table from a page, its 合计 row empty', () => {
    const cells = (row: readonly string[]) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    const page =
      '<html><body><h3>白河县村“两委”换届女性成员情况统计表</h3><table>' +
      cells(['序号', ...HEADING]) +
      ROWS.map((row, at) => cells([String(at + 1), ...row])).join('') +
      cells(['合计', '', '', '', '', '']) +
      '</table></body></html>';
    const text = textOfHtml(page);
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'share')).toHaveLength(3);
  });

  it('reads a table of counts only above an empty 合计 row, its ordinals no figures', () => {
    const text =
      '青山县村“两委”换届当选情况\n序号\t乡镇\t村数\t当选两委成员\t其中女性\n' +
      '1\t城关镇\t18\t112\t28\n2\t河口乡\t12\t80\t18\n3\t白沙镇\t20\t116\t31\n合计\t\t\t\t\n';
    expect(unread(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
    expect(counted(text)).toEqual(['18', '112', '28', '12', '80', '18', '20', '116', '31']);
  });

  it('ends the table at a row whose number is out of order', () => {
    const text = flat('合计 50 308 77 25.0%').replace('\n2 河口乡', '\n5 河口乡');
    expect(judged(text).filter(([rule]) => rule === 'share')).toHaveLength(1);
  });
});

describe('a summary table with a garbled cell', () => {
  const TABLE = (mark: string, third = '26.7%', total = '') =>
    [
      '绿水县村“两委”换届女性成员情况',
      HEADING.join(' '),
      '城关镇 18 112 28 25.0%',
      `河口乡 12 80 ${mark} ${mark}`,
      `白沙镇 20 116 31 ${third}`,
      '青山乡 9 54 15 27.8%',
      ...(total === '' ? [] : [total]),
    ].join('\n');

  it.each(['—', '/', '＃', '??', '口'])(
    'leaves only the cell %s unread and reads the rows after it',
    (mark) => {
      expect(findings(TABLE(mark))).toEqual([]);
      expect(judged(TABLE(mark)).filter(([rule]) => rule === 'share')).toHaveLength(3);
      expect(unread(TABLE(mark))).toEqual([
        [mark, 'unreadable-cell'],
        [mark, 'unreadable-cell'],
      ]);
      expect(findings(TABLE(mark, '28.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '28.7%']]);
    },
  );

  it('sums the other columns against the 合计 row, not the garbled one', () => {
    const right = TABLE('—', '26.7%', '合计 59 362 92 25.4%');
    expect(findings(right)).toEqual([]);
    expect(judged(right)).toContainEqual(['partition', '59', true]);
    const sums = judged(right).filter(([rule]) => rule === 'partition');
    expect(sums.map(([, words]) => words)).not.toContain('92');
    expect(findings(TABLE('—', '26.7%', '合计 61 362 92 25.4%'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '61']]);
  });

  it('says a digit a scan misread is garbled', () => {
    expect(unread(TABLE('1O'))).toContainEqual(['1O', 'garbled']);
  });
});
