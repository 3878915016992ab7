// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { InputError, Result } from '../model/result.js';
import { readBoxes } from '../tallies/read-boxes.js';
import { readElection } from '../tallies/read-election.js';
import { readTallies } from '../tallies/read-tallies.js';
import { readBoxesXlsx, readTalliesXlsx } from './read-xlsx.js';
import { sampleWorkbooks } from './testing/sample-workbooks.js';
import { writeXlsx, type WrittenSheet } from './write-xlsx.js';

const sample = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../samples/qingshan-village/${name}`, import.meta.url)));
const text = (name: string) => new TextDecoder().decode(sample(name));

function sampleElection(): Election {
  const read = readElection('election.json', sample('election.json'));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}
const election = sampleElection();
const workbooks = sampleWorkbooks(text('boxes.csv'), text('tallies.csv'));

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((error) => error.message.en).join('\n'));
  return result.value;
}
function errors<T>(result: Result<T>): string[] {
  expect(result.ok).toBe(false);
  return result.ok
    ? []
    : result.errors.map((error: InputError) => `${error.message.zh} | ${error.message.en}`);
}

const csvTally = value(readTallies('tallies.csv', sample('tallies.csv'), election));
const csvBoxes = value(readBoxes('boxes.csv', sample('boxes.csv')));

const HEADER = ['票箱', '职位', '候选人', '得票数'];
const tallyBook = (rows: WrittenSheet['rows'], merges?: string[]) =>
  writeXlsx([{ name: '计票', rows: [HEADER, ...rows], ...(merges ? { merges } : {}) }]);

describe('reading tally sheets from .xlsx workbooks', () => {
  it('reads the sample workbook, one sheet for all boxes, as its CSV form', () => {
    expect(value(readTalliesXlsx('t.xlsx', workbooks.plain, election))).toEqual(csvTally);
    expect(value(readBoxesXlsx('t.xlsx', workbooks.plain))).toEqual(csvBoxes);
  });

  it('reads one sheet per box under a merged title, with contests merged down and a totals row', () => {
    expect(value(readTalliesXlsx('t.xlsx', workbooks.byBox, election))).toEqual(csvTally);
    expect(value(readBoxesXlsx('t.xlsx', workbooks.byBox))).toEqual(csvBoxes);
  });

  it('keeps the committed sample workbooks in step with the script that makes them', () => {
    expect(sample('tally-sheets.xlsx')).toEqual(workbooks.plain);
    expect(sample('tally-sheets-by-box.xlsx')).toEqual(workbooks.byBox);
  });

  it('takes box accounts one sheet per box, the box named by the sheet', () => {
    const book = writeXlsx(
      csvBoxes.map((box) => ({
        name: box.box,
        rows: [
          ['登记选民数', '发出选票数', '收回选票数', '无效票数'],
          [box.registered ?? 0, box.issued ?? 0, box.returned ?? 0, box.invalid ?? 0],
        ],
      })),
    );
    expect(value(readBoxesXlsx('b.xlsx', book))).toEqual(csvBoxes);
  });

  it('reads a formula by its cached value', () => {
    const tally = value(
      readTalliesXlsx(
        't.xlsx',
        tallyBook([['central', 'chair', 'chen-jianhua', { formula: '600+70', cached: 670 }]]),
        election,
      ),
    );
    expect(tally.boxes.get('central')?.contests.get('chair')?.get('chen-jianhua')).toBe(670);
  });

  it('refuses a formula whose value was not saved, naming sheet, cell, row and column', () => {
    const book = tallyBook([['central', 'chair', 'chen-jianhua', { formula: 'SUM(X1:X9)' }]]);
    expect(errors(readTalliesXlsx('t.xlsx', book, election))).toEqual([
      '工作表“计票”D2 单元格（第 2 行第 4 列）：单元格是公式，但文件中没有保存其计算结果（请在 Excel 或 WPS 中打开并重新保存） | ' +
        'sheet “计票”, cell D2 (row 2, column 4): the cell holds a formula whose value was not saved in the file (open and save it again in Excel or WPS)',
    ]);
  });

  it('reports a bad cell at its sheet, row and column through the CSV rules', () => {
    const book = tallyBook([
      ['central', 'chair', 'chen-jianhua', 670],
      ['central', 'chair', 'liu-guoqiang', '三百'],
    ]);
    const [message] = errors(readTalliesXlsx('t.xlsx', book, election));
    expect(message).toMatch(/^工作表“计票”D3 单元格（第 3 行第 4 列）：/u);
    expect(message).toContain('| sheet “计票”, cell D3 (row 3, column 4): ');
  });

  it('reads inline strings, refuses an error value such as #DIV/0! in a used cell and ignores one in a notes column', () => {
    const row = (r: number, votes: string, note: string) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>central</t></is></c>` +
      `<c r="B${r}" t="inlineStr"><is><r><t>ch</t></r><r><t>air</t></r></is></c>` +
      `<c r="C${r}" t="inlineStr"><is><t>chen-jianhua</t></is></c>${votes}${note}</row>`;
    const header = `<row r="1">${['票箱', '职位', '候选人', '得票数', '备注']
      .map((name, i) => `<c r="${'ABCDE'.charAt(i)}1" t="inlineStr"><is><t>${name}</t></is></c>`)
      .join('')}</row>`;
    const book = (rows: string) =>
      zipSync({
        'xl/workbook.xml': strToU8(
          '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${header}${rows}</sheetData></worksheet>`),
      });
    const noteError = '<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>';
    const tally = value(
      readTalliesXlsx('t.xlsx', book(row(2, '<c r="D2"><v>670</v></c>', noteError)), election),
    );
    expect(tally.boxes.get('central')?.contests.get('chair')?.get('chen-jianhua')).toBe(670);
    expect(
      errors(
        readTalliesXlsx('t.xlsx', book(row(2, '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', '')), election),
      ),
    ).toEqual([
      '工作表“S”D2 单元格（第 2 行第 4 列）：单元格的值是错误值 #DIV/0! | sheet “S”, cell D2 (row 2, column 4): the cell holds the error value #DIV/0!',
    ]);
  });

  it('does not copy a merged count into the rows it spans', () => {
    const book = tallyBook(
      [
        ['central', 'chair', 'chen-jianhua', 670],
        ['central', 'chair', 'liu-guoqiang', null],
      ],
      ['D2:D3'],
    );
    expect(errors(readTalliesXlsx('t.xlsx', book, election))[0]).toMatch(/D3/u);
  });

  it('says which sheets it saw when none has the headers', () => {
    const book = writeXlsx([{ name: '说明', rows: [['本表说明']] }]);
    expect(errors(readTalliesXlsx('t.xlsx', book, election))[0]).toContain('“说明”');
  });

  it('refuses the same box in two sheets', () => {
    const sheet = (name: string): WrittenSheet => ({
      name,
      rows: [HEADER, ['central', 'chair', 'chen-jianhua', 1]],
    });
    expect(errors(readTalliesXlsx('t.xlsx', writeXlsx([sheet('A'), sheet('B')]), election))[0]).toContain(
      'box “central” appears in two sheets: “A” and “B”',
    );
  });

  it('stops a zip bomb at the cap on uncompressed size', () => {
    const bomb = new Uint8Array(4 * 1024 * 1024); // 4 MiB of zeros deflate to a few kilobytes
    const book = zipSync({ 'xl/workbook.xml': bomb, 'xl/_rels/workbook.xml.rels': new Uint8Array(0) });
    expect(book.length).toBeLessThan(64 * 1024);
    expect(
      errors(readTalliesXlsx('t.xlsx', book, election, { limits: { maxBytes: 1024 * 1024 } }))[0],
    ).toContain('inflates beyond the 1 MiB limit (possibly a zip bomb)');
  });

  it('stops a zip bomb whose header understates its size, while inflating', () => {
    const bomb = new Uint8Array(4 * 1024 * 1024);
    const book = zipSync({ 'xl/workbook.xml': [bomb, { level: 9 }] });
    // Rewrite the declared uncompressed size (central directory, offset 24) to 100 bytes.
    const view = new DataView(book.buffer);
    const central = book.length - 22 - (46 + 'xl/workbook.xml'.length);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, 100, true);
    expect(
      errors(readTalliesXlsx('t.xlsx', book, election, { limits: { maxBytes: 1024 * 1024 } }))[0],
    ).toContain('possibly a zip bomb');
    // Under a larger cap the lie is caught by the size check instead of truncating the part.
    expect(errors(readTalliesXlsx('t.xlsx', book, election))[0]).toContain('does not match its checksum');
  });

  it('refuses a damaged archive and a non-workbook archive', () => {
    expect(
      errors(readTalliesXlsx('t.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), election))[0],
    ).toContain('no ZIP directory');
    expect(
      errors(readTalliesXlsx('t.xlsx', zipSync({ 'a.txt': deflateSync(new Uint8Array(3)) }), election))[0],
    ).toContain('no xl/workbook.xml');
  });

  it('says a sheet the workbook lists is missing from the file, instead of passing it over', () => {
    const book = unzipSync(sample('tally-sheets.xlsx'));
    const sheets = Object.keys(book).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(1);
    delete book[sheets.at(-1)!];
    const said = errors(readTalliesXlsx('t.xlsx', zipSync(book), election));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(sheets.at(-1)!);
    expect(said[0]).toContain('missing');
    expect(said[0]).toContain('缺少');
  });

  it('matches a header written over two lines in its cell, and refuses a DOCTYPE', () => {
    const book = writeXlsx([
      {
        name: 'S',
        rows: [
          ['票箱', '职位', '候选\n人', '得票\r\n数'],
          ['central', 'chair', 'chen-jianhua', 7],
        ],
      },
    ]);
    expect(
      value(readTalliesXlsx('t.xlsx', book, election))
        .boxes.get('central')
        ?.contests.get('chair')
        ?.get('chen-jianhua'),
    ).toBe(7);
    const doctype = zipSync({
      'xl/workbook.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships/>'),
    });
    expect(errors(readTalliesXlsx('t.xlsx', doctype, election))[0]).toContain(
      'a DOCTYPE or declaration is not accepted',
    );
  });
});

describe('a workbook of many sheets', () => {
  /** Calls of Map#set while `work` runs: each vote summed into a tally is one. */
  function mapWrites(work: () => void): number {
    // A plain wrapper, not a spy: a spy would keep every call it saw.
    const original = Map.prototype.set;
    let writes = 0;
    Map.prototype.set = function (this: Map<unknown, unknown>, key: unknown, entry: unknown) {
      writes++;
      return original.call(this, key, entry);
    };
    try {
      work();
    } finally {
      Map.prototype.set = original;
    }
    return writes;
  }

  const perBox = (boxes: number): Uint8Array =>
    writeXlsx(
      Array.from({ length: boxes }, (_, b) => ({
        name: `b${b}`,
        rows: [
          ['box', 'contest', 'candidate', 'votes'],
          ...election.contests.flatMap((contest) =>
            contest.candidates.map((candidate) => [`b${b}`, contest.id, candidate.id, 5]),
          ),
        ],
      })),
    );

  // Each sheet's tally was merged into a new copy of the sum so far: 4,000 sheets took 56 s.
  it('sums one sheet per box in work that grows with the sheets, not their square', () => {
    const [small, large] = [perBox(40), perBox(400)];
    const writes = (bytes: Uint8Array) =>
      mapWrites(() =>
        expect(value(readTalliesXlsx('t.xlsx', bytes, election)).boxes.size).toBeGreaterThan(0),
      );
    expect(writes(large)).toBeLessThanOrEqual(12 * writes(small));
    expect(value(readTalliesXlsx('t.xlsx', large, election)).boxes.size).toBe(400);
  });
});

describe('a vote sheet laid out across, one column per box', () => {
  it('is named by its sheet and row, with the columns it took for boxes and the layout wanted', () => {
    const across = writeXlsx([
      {
        name: '得票汇总',
        rows: [
          ['青山村得票汇总', null, null, null],
          ['职位', '候选人', '中心会场', '合计'],
          ['主任', '陈建华', 670, 670],
        ],
        merges: ['A1:D1'],
      },
    ]);
    expect(errors(readTalliesXlsx('t.xlsx', across, election))).toEqual([
      '工作表“得票汇总”第 2 行：缺少“票箱”和“得票”列：表头其余各列（中心会场、合计）看起来是每个票箱一列；计票单应每个票箱、职位、候选人一行，表头为：票箱,职位,候选人,得票 | ' +
        "sheet “得票汇总”, row 2: missing the box and votes columns: the header's other columns (中心会场, 合计) look like one column per box; the tally sheets need one row per box, contest and candidate, headed box,contest,candidate,votes",
    ]);
  });
});
