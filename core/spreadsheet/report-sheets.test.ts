import { describe, expect, it } from 'vitest';
import { neutralised, reportCsv } from './report-sheets.js';

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
});
