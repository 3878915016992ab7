import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { emptyTally, addVotes } from '../model/tally.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { buildReport } from '../report/build-report.js';
import { getRulePack } from '../rules/registry.js';
import { readWorkbook } from './read-workbook.js';
import { reportSpreadsheet, sheetFormat } from './report-export.js';

/** A report whose election name and write-in would run as formulas if written as they are. */
function plantedReport() {
  const election: Election = {
    name: '=HYPERLINK("http://x","村")',
    rules: 'plurality',
    round: 'first',
    contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'wang', name: '王林' }] }],
  };
  const pack = getRulePack('plurality')!;
  const tally = emptyTally();
  addVotes(tally, 'central', 'chair', 'wang', 6);
  addVotes(tally, 'central', 'chair', '@SUM(A1)', 3);
  const sheets = [{ box: 'central', registered: 20, issued: 10, returned: 10, invalid: 1 }];
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'en' });
  return buildReport({ election, pack, evaluation, inputs: [], lang: 'en' });
}

describe('the report as a spreadsheet, for the command line and the dashboard alike', () => {
  it('writes CSV with planted formulas neutralised', () => {
    const csv = reportSpreadsheet(plantedReport(), 'csv', 'en');
    expect(typeof csv).toBe('string');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""村"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).not.toMatch(/(^|,)[=@]/mu);
  });

  it('writes a workbook that reads back with the same neutralised cells', () => {
    const bytes = reportSpreadsheet(plantedReport(), 'xlsx', 'zh');
    if (typeof bytes === 'string') throw new Error('an .xlsx is bytes');
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(read.message.en);
    const texts = read.sheets.flatMap((sheet) =>
      [...sheet.rows.values()].flatMap((row) => [...row.values()].map((cell) => cell.text)),
    );
    expect(texts).toContain(`'=HYPERLINK("http://x","村")`);
    expect(texts).toContain(`'@SUM(A1)`);
    expect(texts.filter((text) => /^[=+\-@]/u.test(text))).toEqual([]);
  });

  it('knows its two forms', () => {
    expect([sheetFormat('csv'), sheetFormat('xlsx'), sheetFormat('json')]).toEqual([
      'csv',
      'xlsx',
      undefined,
    ]);
  });
});
