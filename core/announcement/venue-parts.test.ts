import { describe, expect, it } from 'vitest';
import { alarms, findings } from './corpus/read-shapes.js';

/**
 * The voters or ballots of each venue inside the sentence of their total (中心会场, 分会场, 流动票箱 after
 * 其中, in a bracket, or before 共发出), and the votes of another body's winner held to that body's own
 * ballots. Every number and name here is invented.
 */
const ACCOUNT = '共发出选票1204张，收回选票1204张，有效票1190张，无效票14张。\n王林得票1002票当选为主任。\n';

describe('voters by venue after 其中 in the turnout sentence', () => {
  const NOTICE = (box: number) =>
    `本村登记选民1380人。本次选举共有1204名选民参加投票，其中中心会场812人、分会场298人、流动票箱${box}人。\n${ACCOUNT}`;

  it('holds the venues listed with 、 to no more than the voters', () => {
    expect(findings(NOTICE(94))).toEqual([]);
    expect(findings(NOTICE(104))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1204名选民参加投票']]);
  });

  it('sums exactly the venues of a 其中 sentence after the turnout, when they are all the places', () => {
    const notice = (venue: number) =>
      `本村登记选民2180人，参加投票1968人，参选率90.28%。其中中心会场投票1102人，第一分会场投票${venue}人，流动票箱投票354人。\n共发出选票1968张，收回选票1966张，有效票1950张，无效票16张。`;
    expect(findings(notice(512))).toEqual([]);
    // 1102 + 502 + 354 = 1958, fewer than the 1968 who voted: every voter voted at one of them.
    expect(findings(notice(502))).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票1968人']]);
  });

  it('sums nothing when a venue is counted within another, or the venues stand with no 其中', () => {
    const nested = `本村登记选民1380人，参加投票的选民1204人，其中中心会场812人（含流动票箱94人），分会场392人。\n${ACCOUNT}`;
    expect(alarms(nested, true)).toEqual([]);
    const apart = `本村登记选民1420人，参加投票的选民1250人。\n中心会场投票812人，流动票箱投票392人。\n收回选票1250张，有效票1236张，无效票14张。`;
    expect(findings(apart)).toEqual([]);
  });
});

describe('voters by venue in a bracket after their total', () => {
  const NOTICE = (box: number) =>
    `本村登记选民1366人，参加投票的选民1204人（中心会场812人，流动票箱${box}人）。\n${ACCOUNT}`;

  it('holds the venues in the bracket to the voters exactly', () => {
    expect(findings(NOTICE(392))).toEqual([]);
    expect(findings(NOTICE(382))).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票的选民1204人']]);
  });
});

describe('ballots issued by box, then 共发出 in the same sentence', () => {
  const NOTICE = (box: number) =>
    `本村登记选民1402人，参加投票的选民1204人。中心会场发出选票812张，流动票箱发出选票${box}张，共发出1204张。收回选票1201张，有效票1188张，无效票13张。`;

  it('reads 共发出 after the boxes as the whole village’s, summed by them', () => {
    expect(findings(NOTICE(392))).toEqual([]);
    expect(findings(NOTICE(402))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共发出1204张']]);
  });
});

describe('another body’s winner held to that body’s own ballots', () => {
  const NOTICE = (votes: string) =>
    '白沙村村民委员会和村务监督委员会换届选举结果公告\n' +
    '本村登记选民1380人，参加投票的选民1204人，收回选票1204张，有效票1190张，无效票14张。\n' +
    '王林得票1002票当选为村民委员会主任。\n' +
    `村务监督委员会选举参加投票1200人，收回选票1200张，有效票1100张，无效票100张。${votes}\n`;

  it('checks the votes of a declaration against that body’s valid ballots, not the committee’s', () => {
    expect(findings(NOTICE('王强以1002票当选村务监督委员会主任。'))).toEqual([]);
    expect(findings(NOTICE('王强以1102票当选村务监督委员会主任。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '王强以1102票'],
    ]);
  });

  it('checks votes on the body’s own line against its valid ballots', () => {
    expect(findings(NOTICE('\n村务监督委员会主任：王强，得票1102票。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '王强，得票1102票'],
    ]);
  });

  it('judges the winner by the threshold of that body’s own voters under the rules', () => {
    expect(alarms(NOTICE('王强以1002票当选村务监督委员会主任。'), true)).toEqual([]);
    expect(alarms(NOTICE('王强以590票当选村务监督委员会主任。'), true)).toEqual([
      'ANNOUNCED_WINNER_MISMATCH 590/601',
    ]);
  });

  it('never checks the body’s votes against the committee’s ballots when it states none of its own', () => {
    const notice =
      '梅岭村村民委员会和村务监督委员会换届选举结果公告\n' +
      '本村登记选民1380人，参加投票的选民1020人，收回选票1020张，有效票1000张，无效票20张。\n' +
      '王林得票802票当选为村民委员会主任。\n王强以1102票当选村务监督委员会主任。\n';
    expect(alarms(notice, true)).toEqual([]);
  });
});
