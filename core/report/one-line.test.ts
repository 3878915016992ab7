import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line.js';
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
