import { describe, expect, it } from 'vitest';
import { oneLine, quotedOnOneLine } from './one-line.js';
import { readAnnouncementText } from '../announcement/read-announcement-text.js';
import { auditAnnouncementAlone } from '../audit/announcement-alone.js';
import { renderReportText } from './render-report-text.js';
import { textTable } from './text-table.js';

describe('a name with a line break in a text table', () => {
  it('stays on its row, the break shown, so no second row appears', () => {
    const lines = textTable(
      [
        ['姓名', '票'],
        ['chen-\njianhua', '670'],
        ['刘国强', '517'],
      ],
      new Set([1]),
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^chen-<U\+000A>jianhua +670$/);
    expect(lines[2]).toMatch(/^刘国强 +517$/);
  });

  it('shows every kind of line break, and leaves other text alone', () => {
    expect(oneLine('a\r\nb\rc\u2028d\u0085e')).toBe('a<U+000D><U+000A>b<U+000D>c<U+2028>d<U+0085>e');
    expect(oneLine('陈建华\t(另选他人)')).toBe('陈建华\t(另选他人)');
  });
});

describe('a notice quote over a line break', () => {
  it('is shown on one line, the break as /, never as a hidden character', () => {
    expect(quotedOnOneLine('郑强，得票\n986票')).toBe('郑强，得票 / 986票');
    expect(quotedOnOneLine('得票 \r\n\u3000986票')).toBe('得票 / 986票');
    expect(quotedOnOneLine('参加投票1300人')).toBe('参加投票1300人');
  });
});

describe('a notice whose figure runs over a wrapped line, in the text report', () => {
  it('quotes the figure on one line with the break shown as /', () => {
    const text =
      '选举结果公告\n本村登记选民1500人，参加投票1300人，收回选票1300张，有效票1290张。\n' +
      '主任候选人郑强，得票\n986票，当选为村民委员会主任。\n';
    const figures = { ...readAnnouncementText(text), file: 'notice.txt' };
    const inputs = [
      { name: 'notice.txt', sha256: '0'.repeat(64), size: text.length, role: 'announcement' } as const,
    ];
    const report = auditAnnouncementAlone(figures, inputs, 'en', { pack: 'cn-village', round: 'first' });
    if (!report.ok) throw new Error('no report');
    const rendered = renderReportText(report.value, 'en');
    expect(rendered).toContain('郑强，得票 / 986票: 郑强 986 votes');
    expect(rendered).not.toContain('<U+000A>');
  });
});
