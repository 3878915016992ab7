import { describe, expect, it } from 'vitest';
import { readBoxes } from './read-boxes.js';
import { headerKey, TALLY_COLUMNS } from './csv-columns.js';
import { csvTable } from './csv-table.js';

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
    // One cause, one message naming every column the tabs hid (was one line per column).
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ file: 'boxes.csv', line: 1 });
    expect(read.errors[0]?.message.en).toMatch(
      /^missing the box, registered, issued, returned and invalid columns \(headers accepted: box, 票箱.*; invalid, 无效票/,
    );
    expect(read.errors[0]?.message.zh).toMatch(/^缺少“票箱”、“登记选民”、“发出选票”、“收回选票”、“无效票”列/);
  });

  it('names every column hidden by full-width commas in one message, and a missing column alone as before', () => {
    const commas = readBoxes(
      'boxes.csv',
      utf8('票箱，登记选民，发出选票，收回选票，无效票\n中心会场，900，620，618，8\n'),
    );
    expect(!commas.ok && commas.errors.map((error) => error.message.en)).toEqual([
      expect.stringMatching(
        /^missing the box, registered, issued, returned and invalid columns .*full-width commas/,
      ),
    ]);
    const one = readBoxes('boxes.csv', utf8('票箱,登记选民,发出选票,收回选票\n中心会场,900,620,618\n'));
    expect(!one.ok && one.errors.map((error) => error.message.en)).toEqual([
      'missing the invalid column (headers accepted: invalid, 无效票, 无效票数, 废票, 废票数, 无效选票)',
    ]);
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

  it('matches headers that name their unit in brackets, as Chinese tally sheets head count columns', () => {
    const read = readBoxes(
      'boxes.csv',
      utf8('票箱,登记选民（人）,发出选票(张),收回选票（单位：张）,无效票（张）\n中心会场,900,620,618,8\n'),
    );
    expect(read.ok && read.value).toEqual([
      { box: '中心会场', registered: 900, issued: 620, returned: 618, invalid: 8 },
    ]);
    expect(headerKey('得票数（票）')).toBe(headerKey('得票数'));
    expect(headerKey('Votes (票)')).toBe('votes');
    expect(TALLY_COLUMNS.find((column) => column.key === 'candidate')?.headers).toContain('候选人姓名');
  });

  it('still refuses a header whose brackets hold more than a unit', () => {
    const read = readBoxes(
      'boxes.csv',
      utf8('票箱,登记选民（含流动）,发出选票,收回选票,无效票\n中心会场,900,620,618,8\n'),
    );
    expect(read.ok).toBe(false);
  });
});

describe('tallies.csv laid out across, one column per box', () => {
  it('is said in one message naming the box columns and the layout wanted', () => {
    const table = csvTable(
      'tallies.csv',
      '职位,候选人,主会场,第一分会场,流动票箱,合计\n主任,张明,300,40,15,355\n',
      TALLY_COLUMNS,
      { zh: '计票', en: 'vote' },
    );
    expect(table.ok ? [] : table.errors).toEqual([
      {
        file: 'tallies.csv',
        line: 1,
        message: {
          zh: '缺少“票箱”和“得票”列：表头其余各列（主会场、第一分会场、流动票箱、合计）看起来是每个票箱一列；计票单应每个票箱、职位、候选人一行，表头为：票箱,职位,候选人,得票',
          en: "missing the box and votes columns: the header's other columns (主会场, 第一分会场, 流动票箱, 合计) look like one column per box; the tally sheets need one row per box, contest and candidate, headed box,contest,candidate,votes",
        },
      },
    ]);
  });

  it('leaves other missing columns to their own messages', () => {
    const table = csvTable('tallies.csv', '候选人,得票\n张明,355\n', TALLY_COLUMNS, {
      zh: '计票',
      en: 'vote',
    });
    expect(table.ok ? [] : table.errors.map((error) => error.message.en.split(' (')[0])).toEqual([
      'missing the box column',
      'missing the contest column',
    ]);
  });
});
