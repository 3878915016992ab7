import { describe, expect, it } from 'vitest';
import { evaluateElection } from '../recount/evaluate-election.js';
import { chairElection } from '../recount/testing/chair-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import { buildReport } from '../report/build-report.js';
import { getRulePack } from '../rules/registry.js';
import { reportAlone } from '../announcement/corpus/read-shapes.js';
import { neutralised, reportCsv, reportSheets } from './report-sheets.js';

describe('report export cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const planted of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralised(planted)).toBe(`'${planted}`);
    for (const plain of ['陈建华', 'central', '1+1', 'a=b', "'quoted"])
      expect(neutralised(plain)).toBe(plain);
  });

  it('writes CSV with a byte order mark, CRLF, quoting, neutralised text and numbers as they are', () => {
    const csv = reportCsv([
      {
        name: 'S',
        rows: [
          ['name', 'votes'],
          ['=cmd|"/c calc"!A1', -3],
          ['a,b', null],
        ],
      },
      { name: 'T', rows: [['x']] },
    ]);
    expect(csv).toBe('\ufeffS\r\nname,votes\r\n"\'=cmd|""/c calc""!A1",-3\r\n"a,b",\r\n\r\nT\r\nx\r\n');
  });

  it('writes "cannot be decided" where ballot records leave the quorum and the winners undecided', () => {
    // 50 of 100 counted; one ballot with two differing records could make it 51, more than half.
    const { election, sheets, tally } = electionFixture(chairElection(40, 5, 50, {}, 70));
    const uncertain = {
      ballots: 1,
      records: 2,
      boxes: new Map([['central', { ballots: 1, records: 2 }]]),
      listed: [{ box: 'central', ballot: '7', lines: [8, 52], records: 2 }],
      file: 'ballots.csv',
    };
    const pack = getRulePack('cn-village')!;
    const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'en', uncertain });
    const [summary, results] = reportSheets(buildReport({ election, evaluation, inputs: [], lang: 'en' }));
    expect(summary!.rows).toContainEqual(['quorum met', 'cannot be decided from these records']);
    const elected = results!.rows.slice(1).filter((row) => row[4] === '甲' || row[4] === '乙');
    expect(elected.map((row) => row[6])).toEqual([
      'cannot be decided from these records',
      'cannot be decided from these records',
    ]);
    expect(results!.rows.some((row) => row[4] === 'unfilled seats')).toBe(false);
  });
});

describe('the export of a notice checked alone', () => {
  const TURNOUT =
    '本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张。';
  const verdictCellOf = (text: string, lang: 'zh' | 'en') => {
    const summary = reportSheets(reportAlone(text, true), lang)[0]!;
    return summary.rows.find((row) => row[0] === (lang === 'zh' ? '结论' : 'verdict'))![1];
  };

  it("writes the notice's own verdict line, never a bare valid, when the winners were not judged", () => {
    // No winner named: the turnout is judged, the winners cannot be.
    expect(verdictCellOf(TURNOUT, 'en')).toMatch(
      /^no discrepancy: the notice's own figures agree; turnout meets what the Organic Law .* but whether the winners' votes reach what a seat needs could not be checked/,
    );
    expect(verdictCellOf(TURNOUT, 'zh')).toMatch(/^未发现差错：.*但当选人的得票未能核对是否达到当选所需票数/);
  });

  it('writes that the notice meets the law when its turnout and winners were judged', () => {
    expect(verdictCellOf(`${TURNOUT}张建华得票1021票，当选为主任。`, 'en')).toMatch(
      /^no discrepancy: the notice's own figures agree and meet what the Organic Law/,
    );
  });
});
