import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A notice that states its ballots only in a table of every polling place closed by a 合计 row (issue
 * #15): that row is the election's ballots, so a turnout after it is judged. Every number and name here
 * is invented; each share is worked out with exact fractions in its comment.
 */

const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);
/** The counts of the election read, as [meaning, value]. */
const counts = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count' ? [[figure.meaning, Number(figure.value)]] : [],
  );

const table = (labels: readonly string[], total = '合计') =>
  [
    '投票站 发出选票（张） 收回选票（张） 有效票 无效票',
    `${labels[0]} 620 612 605 7`,
    `${labels[1]} 540 533 528 5`,
    `${labels[2]} 480 471 466 5`,
    `${total} 1640 1616 1599 17`,
  ].join('\n');
const notice = (body: string, turnout: string) =>
  `青松社区居民委员会选举结果公告\n\n本社区登记选民2140人。各投票站投票情况如下：\n\n${body}\n\n参选率${turnout}。\n`;
const stations = ['第一投票站', '第二投票站', '第三投票站'];

describe('the 合计 row of a table of every polling place is the election’s ballots', () => {
  it('judges a turnout after it as the 合计 ballots returned of the registered voters', () => {
    // 1616/2140 = 75.5140…% → 75.51%.
    const text = notice(table(stations), '75.51%');
    expect(counts(text)).toEqual([
      ['registered', 2140],
      ['issued', 1640],
      ['returned', 1616],
      ['valid', 1599],
      ['invalid', 17],
    ]);
    expect(shares(text)).toEqual([['参选率75.51%', true]]);
    expect(findings(text)).toEqual([]);
  });

  it('flags a wrong turnout after it', () => {
    // 1616/2140 gives 75.51%, never 76.51%.
    const text = notice(table(stations), '76.51%');
    expect(shares(text)).toEqual([['参选率76.51%', false]]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率76.51%']]);
  });

  it('takes the rows by their labels when the label column names no polling place', () => {
    const text = notice(
      table(['中心会场', '第二投票点', '流动票箱']).replace('投票站 发出', '地点 发出'),
      '75.51%',
    );
    expect(shares(text)).toEqual([['参选率75.51%', true]]);
  });

  it('leaves the table alone when the prose states the voters or the ballots returned', () => {
    // 1630/2140 = 76.1682…% → 76.17%, of the prose's own voters.
    const text = notice(table(stations), '76.17%').replace(
      '登记选民2140人。',
      '登记选民2140人，参加投票1630人。',
    );
    expect(counts(text)).toEqual([
      ['registered', 2140],
      ['cast', 1630],
      ['issued', 1640],
      ['valid', 1599],
      ['invalid', 17],
    ]);
    expect(shares(text)).toEqual([['参选率76.17%', true]]);
  });

  it('reads no election’s ballots from a table of villages, or one without a single last 合计 row', () => {
    const villages = table(['东村', '西村', '南村']).replace('投票站 发出', '村名 发出');
    expect(counts(notice(villages, '75.51%'))).toEqual([['registered', 2140]]);
    expect(unjudged(notice(villages, '75.51%'))).toEqual([['参选率75.51%', 'counts-not-stated']]);
    const subtotal = table(['第一投票站', '第二投票站', '东片小计']);
    expect(counts(notice(subtotal, '75.51%'))).toEqual([['registered', 2140]]);
    const noTotal = table(stations).split('\n').slice(0, -1).join('\n');
    expect(counts(notice(noTotal, '75.51%'))).toEqual([['registered', 2140]]);
  });
});

describe('a 合计 cell its polling places do not add up to', () => {
  it('is flagged once, by its column, and is not taken for the election’s ballots', () => {
    // 612 + 533 + 471 = 1616, not 1626.
    const text = notice(table(stations).replace('合计 1640 1616', '合计 1640 1626'), '75.98%');
    expect(counts(text)).toEqual([
      ['registered', 2140],
      ['issued', 1640],
      ['valid', 1599],
      ['invalid', 17],
    ]);
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '1626']]);
  });
});

describe('a table of polling places with a column of registered voters', () => {
  it('takes its 合计 as the registered voters when the prose states none', () => {
    // 1616/2140 = 75.5140…% → 75.51%.
    const text = [
      '青松社区居民委员会选举结果公告',
      '',
      '投票站 登记选民（人） 发出选票（张） 收回选票（张）',
      '第一投票站 810 620 612',
      '第二投票站 700 540 533',
      '第三投票站 630 480 471',
      '合计 2140 1640 1616',
      '',
      '参选率75.51%。',
    ].join('\n');
    expect(counts(text)).toEqual([
      ['registered', 2140],
      ['issued', 1640],
      ['returned', 1616],
    ]);
    expect(shares(text)).toEqual([['参选率75.51%', true]]);
    expect(findings(text)).toEqual([]);
  });
});
