// The command line on workbooks: the bundled sample's tally sheets as .xlsx give the same report as their
// CSV form, a bad cell is reported at its sheet and cell, and the report is exported as CSV and .xlsx.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../core/index.js';
import { readWorkbook } from '../../core/spreadsheet/read-workbook.js';
import { writeXlsx } from '../../core/spreadsheet/write-xlsx.js';
import { runCli, sample, sampleInputs } from './run-cli.js';

const withoutInputs = (json: string): Omit<Report, 'inputs'> => {
  const { inputs: _inputs, ...rest } = JSON.parse(json) as Report;
  return rest;
};

describe('check with .xlsx tally sheets', () => {
  const csvRun = runCli([
    'check',
    ...sampleInputs({
      election: 'election.json',
      boxes: 'boxes.csv',
      tallies: 'tallies.csv',
      announcement: 'announcement.txt',
    }),
    '--format',
    'json',
  ]);

  for (const workbook of ['tally-sheets.xlsx', 'tally-sheets-by-box.xlsx'])
    it(`gives the same report for ${workbook} as for the CSV files`, async () => {
      const run = await runCli([
        'check',
        ...sampleInputs({
          election: 'election.json',
          boxes: workbook,
          tallies: workbook,
          announcement: 'announcement.txt',
        }),
        '--format',
        'json',
      ]);
      const csv = await csvRun;
      expect(run.stderr).toBe('');
      expect(run.status).toBe(csv.status);
      expect(csv.status).toBe(1); // the sample's announcement holds a planted error
      expect(withoutInputs(run.stdout)).toEqual(withoutInputs(csv.stdout));
      const inputs = (JSON.parse(run.stdout) as Report).inputs;
      expect(
        inputs
          .filter((input) => input.name === workbook)
          .map((input) => input.role)
          .sort(),
      ).toEqual(['boxes', 'tallies']);
    });

  it('exits 2 naming the sheet, cell, row and column of a bad count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-xlsx-'));
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(
      bad,
      writeXlsx([
        {
          name: '中心票箱',
          rows: [['青山村计票单'], ['职位', '候选人', '得票数'], ['chair', 'chen-jianhua', '六百']],
          merges: ['A1:C1'],
        },
      ]),
    );
    const run = await runCli(['check', ...sampleInputs({ election: 'election.json' }), '--tallies', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad.xlsx: 工作表“中心票箱”C3 单元格（第 3 行第 3 列）：');
    expect(run.stderr).toContain('sheet “中心票箱”, cell C3 (row 3, column 3): ');
  });
});

describe('check --format csv|xlsx', () => {
  const args = [
    'check',
    ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv', tallies: 'tallies.csv' }),
  ];

  it('writes the report as an .xlsx workbook that reads back with the recount', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tw-export-')), 'report.xlsx');
    const run = await runCli([...args, '--format', 'xlsx', '--out', out, '--lang', 'zh']);
    expect(run.status).toBe(0);
    const book = readWorkbook(new Uint8Array(readFileSync(out)));
    if (!book.ok) throw new Error(book.message.en);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(['概要', '计票结果', '票箱', '发现']);
    const results = book.sheets[1];
    const chen = [...(results?.rows.values() ?? [])].find((row) => row.get(5)?.text === '陈建华');
    // The sample's chair: 670 + 193 + 34 votes for 陈建华 over the three boxes.
    expect(chen?.get(6)?.text).toBe(String(670 + 193 + 34));
    expect(chen?.get(7)?.text).toBe('是');
    // It never replaces a file.
    const again = await runCli([...args, '--format', 'xlsx', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('the file exists and is not replaced');
  });

  it('prints the report as CSV, and refuses xlsx without --out', async () => {
    const run = await runCli([...args, '--format', 'csv', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['Summary', 'election,青山村第十一届村民委员会选举']);
    const refused = await runCli([...args, '--format', 'xlsx']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--format xlsx needs an --out file');
    expect(existsSync('report.xlsx')).toBe(false);
    const unknown = await runCli([...args, '--format', 'ods']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--format must be json, text, csv or xlsx');
  });

  it('neutralises a write-in named like a formula, in the CSV and in the workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-inject-'));
    const tallies = join(dir, 'tallies.csv');
    const planted = '=HYPERLINK("http://example.invalid","x")';
    writeFileSync(
      tallies,
      `${readFileSync(sample('tallies.csv'), 'utf8').trimEnd()}\ncentral,member,"${planted.replace(/"/g, '""')}",1\n`,
    );
    const inputs = [
      'check',
      ...sampleInputs({ election: 'election.json', boxes: 'boxes.csv' }),
      '--tallies',
      tallies,
    ];
    const csv = await runCli([...inputs, '--format', 'csv', '--lang', 'en']);
    expect(csv.stdout).toContain(`"'${planted.replace(/"/g, '""')}"`);
    expect(csv.stdout).not.toMatch(/(^|,)=HYPERLINK/mu);
    const out = join(dir, 'report.xlsx');
    await runCli([...inputs, '--format', 'xlsx', '--out', out]);
    const book = readWorkbook(new Uint8Array(readFileSync(out)));
    if (!book.ok) throw new Error(book.message.en);
    const texts = book.sheets.flatMap((sheet) =>
      [...sheet.rows.values()].flatMap((row) => [...row.values()].map((cell) => cell.text)),
    );
    expect(texts).toContain(`'${planted}`);
    expect(texts).not.toContain(planted);
  });
});
