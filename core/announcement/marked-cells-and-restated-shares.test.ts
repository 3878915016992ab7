import { describe, expect, it } from 'vitest';
import { alarms, unread, work } from './corpus/read-shapes.js';

/**
 * A vote table's share cell holding a mark for no figure, a share restated in brackets or after its
 * count, and a share written in 成: names and numbers invented, every share worked with exact fractions.
 */

const judgedShares = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'share')
    .map((figure) => [figure.text, figure.right]);

describe('a mark in a vote table’s share cell', () => {
  const table = (rows: readonly string[], bar = '|') =>
    ['本村登记选民1500人，参加投票1329人。', ['姓名', '得票数', '得票率'].join(bar), ...rows].join('\n');

  it('lists a dash, 一 or a slash where a share would stand as unread, never passing over it', () => {
    const text = table(['张三|1000|75.2%', '李四|300|—', '王五|20|/', '赵六|9|-']);
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toEqual([
      ['—', 'unreadable-cell'],
      ['/', 'unreadable-cell'],
      ['-', 'unreadable-cell'],
    ]);
    // 1000 / 1329 = 75.2445…% → 75.2%: the row with a figure is still judged.
    expect(judgedShares(text)).toEqual([['75.2%', true]]);
    const markdown = [
      '本村登记选民1500人，参加投票1329人。',
      '| 姓名 | 得票数 | 得票率 |',
      '|---|---|---|',
      '| 张三 | 1000 | 75.2% |',
      '| 李四 | 300 | 一 |',
    ].join('\n');
    expect(unread(markdown)).toEqual([['一', 'unreadable-cell']]);
  });
});

describe('a share written in 成', () => {
  const text = (voters: number, share: string) => `本村登记选民2000人，参加投票${voters}人，参选率${share}。`;

  it('quotes the text’s own words beside the exact share, in the work and the finding', () => {
    // 1300 / 2000 = 65 %: 6成7 is wrong, and the message says 6成7 (67%), not 67% alone.
    const wrong = work(text(1300, '6成7'));
    expect(wrong.judged.find((figure) => figure.rule === 'share')?.work.en).toBe(
      '1,300 voters who cast a ballot out of 2,000 registered voters is 65.0000%; the notice states 6成7 (67%), but rounded it is 65% (6成5)',
    );
    expect(wrong.findings.map((finding) => finding.message)).toEqual([
      'The notice states “参选率6成7”, but 1,300 voters who cast a ballot of 2,000 registered voters is 65.0000%, which rounds to 65% (6成5), not the 6成7 (67%) stated',
    ]);
    const right = work(text(1300, '六成五'));
    expect(right.findings).toEqual([]);
    expect(right.judged.find((figure) => figure.rule === 'share')?.work.en).toContain(
      'which rounds to the 六成五 (65%) the notice states: right',
    );
  });
});

describe('a share restated in brackets right after it', () => {
  const text = (restated: string) =>
    `本村登记选民2227人，参加投票1902人，参选率为85.4%（占登记选民的${restated}）。`;

  it('judges the restatement as the share it restates, of the base its own words name', () => {
    // 1902 / 2227 = 85.4063…% → 85.4%.
    expect(judgedShares(text('85.4%'))).toEqual([
      ['参选率为85.4%', true],
      ['占登记选民的85.4%', true],
    ]);
    expect(unread(text('85.4%'))).toEqual([]);
    // Restated wrong: flagged, not left unjudged as a turnout of another election.
    expect(judgedShares(text('86.4%'))).toEqual([
      ['参选率为85.4%', true],
      ['占登记选民的86.4%', false],
    ]);
    expect(alarms(text('86.4%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.4%/85.4%']);
  });

  it('reads an English restatement naming its base after of', () => {
    const english = (restated: string) =>
      `There are 2,310 registered voters. 1,848 voted. Turnout was 80.0% (${restated} of the registered voters).`;
    // 1,848 of 2,310 is 80.0% exactly.
    expect(judgedShares(english('80.0%'))).toEqual([
      ['Turnout was 80.0%', true],
      ['80.0%', true],
    ]);
    expect(alarms(english('82.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 82.0%/80.0%']);
    // `(80.0%)` names no base: not judged as a restatement.
    expect(
      judgedShares('There are 2,310 registered voters. 1,848 voted. Turnout was 80.0% (80.0%).'),
    ).toEqual([['Turnout was 80.0%', true]]);
  });

  it('leaves it unjudged with the share it restates where the count it is of is not stated', () => {
    const done = work('本村登记选民2227人，参选率为85.4%（占登记选民的85.4%）。');
    expect(done.unjudged.map((figure) => [figure.text, figure.reason])).toEqual([
      ['参选率为85.4%', 'counts-not-stated'],
      ['占登记选民的85.4%', 'counts-not-stated'],
    ]);
  });
});
