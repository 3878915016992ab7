import { describe, expect, it } from 'vitest';
import { readBoxes } from './read-boxes.js';

// Sheets saved as "text (tab-separated)" or with other headers township staff use: the error says what
// the file looks like, and the common wordings are accepted.
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('boxes.csv headers', () => {
  it('says a tab-separated file is tab-separated', () => {
    const read = readBoxes(
      'boxes.csv',
      utf8('票箱\t登记选民\t发出选票\t收回选票\t无效票\n中心会场\t900\t620\t618\t8\n'),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0]?.message.en).toContain(
      '; the header holds tabs: save the sheet as CSV, with commas between columns',
    );
    expect(read.errors[0]?.message.zh).toContain('；表头中有制表符：请把表格另存为以逗号分隔的 CSV');
  });

  it('accepts 票箱名称, 登记选民人数, 发放选票 and 收回票数 as headers', () => {
    const read = readBoxes(
      'boxes.csv',
      utf8('票箱名称,登记选民人数,发放选票数,收回票数,无效票数\n中心会场,900,620,618,8\n'),
    );
    expect(read.ok && read.value).toEqual([
      { box: '中心会场', registered: 900, issued: 620, returned: 618, invalid: 8 },
    ]);
  });

  it('matches headers with spaces or a line break inside, as Excel writes a wrapped header cell', () => {
    const read = readBoxes(
      'boxes.csv',
      utf8('票 箱,"登记\n选民",发出选票,收回选票,无效票\n中心会场,900,620,618,8\n'),
    );
    expect(read.ok && read.value.map((sheet) => [sheet.box, sheet.registered])).toEqual([['中心会场', 900]]);
  });
});
