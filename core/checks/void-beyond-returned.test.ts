// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { Result } from '../model/result.js';
import type { BoxSheet, ElectionTally } from '../model/tally.js';
import { compareAnnouncement } from '../announcement/compare-announcement.js';
import { buildReport } from '../report/build-report.js';
import { renderReportText } from '../report/render-report-text.js';
import { reportSheets } from '../spreadsheet/report-sheets.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { getRulePack } from '../rules/registry.js';
import { readBoxesXlsx } from '../spreadsheet/read-xlsx.js';
import { writeXlsx } from '../spreadsheet/write-xlsx.js';
import { readBoxesText } from '../tallies/read-boxes.js';
import { readElection } from '../tallies/read-election.js';
import { readTallies } from '../tallies/read-tallies.js';
import { validateTalliesJson } from '../tallies/read-tallies-json.js';

/**
 * One wrong void count on a box's sheet (无效票 above the ballots returned) is one finding naming its
 * cell, not the root of a finding per contest and per name that only repeats it.
 */
const sample = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../samples/qingshan-village/${name}`, import.meta.url)));
function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((error) => error.message.en).join('\n'));
  return result.value;
}
const election: Election = value(readElection('election.json', sample('election.json')));
const tally: ElectionTally = value(readTallies('tallies.csv', sample('tallies.csv'), election));
const BOXES =
  'box,registered,issued,returned,invalid\ncentral,1630,1108,1107,1200\nbranch-north,470,311,311,5\nmobile-1,0,58,58,2\n';

function evaluate(sheets: readonly BoxSheet[], lang: 'zh' | 'en' = 'en') {
  return evaluateElection({ election, pack: getRulePack('cn-village')!, sheets, tally, lang });
}

describe('a void count above the ballots returned', () => {
  it('is one finding naming file, line and column in both languages; the checks that follow from it are not run', () => {
    const result = evaluate(value(readBoxesText('boxes.csv', BOXES)));
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.code, finding.box])).toEqual([
      ['BALLOT_ACCOUNTING_MISMATCH', 'central'],
    ]);
    const root = errors[0]!;
    expect(root.where).toEqual({ file: 'boxes.csv', line: 2, column: 24 });
    expect(root.messages.en).toContain('box “central” has 1,200 void ballots, more than the 1,107 returned');
    expect(root.messages.en).toContain('(boxes.csv, line 2, column 24)');
    expect(root.messages.en).toContain('the checks that depend on it were not run');
    expect(root.messages.zh).toContain('（boxes.csv 第 2 行第 24 列）');
    expect(root.messages.zh).toContain('依赖它的核对');
    expect(result.turnout.validUnknown).toBe(true);
    // The winners do not depend on it: the thresholds are of the ballots cast, void ones included.
    expect(result.contests.map((contest) => contest.elected.length)).toEqual([1, 1, 3]);
  });

  it('still holds the votes to the ballots returned: a box with more votes than ballots is still found', () => {
    const few = BOXES.replace('central,1630,1108,1107,1200', 'central,1630,1108,600,1200');
    const result = evaluate(value(readBoxesText('boxes.csv', few)));
    const central = result.findings.filter(
      (finding) => finding.code === 'VOTES_EXCEED_BALLOTS' && finding.box === 'central',
    );
    expect(central.map((finding) => finding.message)).toContain(
      'box “central”: 主任 has 1,061 votes for names, more than 1 seats × 600 valid ballots = 600',
    );
  });

  it('names the sheet and cell in a workbook, and the JSON path in the JSON form', () => {
    const rows = BOXES.trim()
      .split('\n')
      .map((line) => line.split(','));
    const book = writeXlsx([
      {
        name: '票箱',
        rows: [
          ['青山村票箱统计'],
          ...rows.map((row, i) => (i === 0 ? row : [row[0]!, ...row.slice(1).map(Number)])),
        ],
      },
    ]);
    const fromBook = evaluate(value(readBoxesXlsx('t.xlsx', book)));
    expect(fromBook.findings[0]?.where).toEqual({ file: 't.xlsx', sheet: '票箱', line: 3, column: 5 });
    expect(fromBook.findings[0]?.messages.en).toContain('(t.xlsx, sheet “票箱”, cell E3 (row 3, column 5))');
    const json = {
      format: 'tallywitness.tallies/1',
      boxes: [
        {
          id: 'central',
          registered: 1630,
          issued: 1108,
          returned: 1107,
          invalid: 1200,
          votes: { chair: { 'chen-jianhua': 670 } },
        },
      ],
    };
    const read = value(validateTalliesJson('t.json', json, election));
    expect(read.sheets[0]?.invalidCell).toEqual({ file: 't.json', path: '$.boxes[0].invalid' });
  });

  it('is not compared with the notice’s valid and void ballots, which it would contradict only by repeating it', () => {
    const result = evaluate(value(readBoxesText('boxes.csv', BOXES)));
    const figures = {
      figures: [
        { kind: 'count', meaning: 'valid', value: 1454n, contest: null, span: [0, 4], text: '有效票1454张' },
        { kind: 'count', meaning: 'invalid', value: 22n, contest: null, span: [5, 9], text: '无效票22张' },
      ],
    };
    const found = compareAnnouncement(figures as never, result, election, 'en');
    expect(found).toEqual([]);
  });

  it('shows the valid and void ballots in all as unknown in the text report and the exported sheet', () => {
    const evaluation = evaluate(value(readBoxesText('boxes.csv', BOXES)));
    const report = buildReport({ election, evaluation, inputs: [], lang: 'en' });
    const text = renderReportText(report, 'en');
    expect(text).toContain('valid unknown, void unknown');
    expect(text).toContain('[主任] seats 1, valid unknown');
    const [summary] = reportSheets(report);
    expect(summary!.rows).toContainEqual(['valid', null]);
    expect(summary!.rows).toContainEqual(['void', null]);
  });

  it('leaves a right void count as it was: its box is checked in full', () => {
    const result = evaluate(value(readBoxesText('boxes.csv', BOXES.replace(',1200', ',15'))));
    expect(result.turnout.validUnknown).toBeUndefined();
    expect(result.turnout.valid).toBe(1476 - 22);
  });
});
