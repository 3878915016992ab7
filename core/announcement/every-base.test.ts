import { describe, expect, it } from 'vitest';
import { rightOfSomeBase, wrongOfEveryBase } from './every-base.js';
import { findings, work } from './corpus/read-shapes.js';

/**
 * A share or a ballot account whose base the text leaves open among a few readings: unread when one
 * reading makes it right, flagged only when it is wrong under every one (every-base.ts; set `every1`).
 * Every number and name here is invented.
 */

const share = (digits: bigint, decimals = 2) => ({ digits, decimals });
const exact = (value: bigint) => ({ name: { zh: '参加投票人数', en: 'voters' }, from: value, to: value });

describe('a share against every base it may be of', () => {
  it('is right of a stated base by rounding half up or cutting', () => {
    expect(rightOfSomeBase(share(5236n), 733n, exact(1400n))).toBe(true);
    expect(rightOfSomeBase(share(5235n), 733n, exact(1400n))).toBe(true);
    expect(rightOfSomeBase(share(5326n), 733n, exact(1400n))).toBe(false);
  });

  it('is right of an unstated base when some whole number between its bounds gives it', () => {
    const valid = { name: { zh: '有效票数', en: 'valid ballots' }, from: 733n, to: 1400n };
    expect(rightOfSomeBase(share(5312n), 733n, valid)).toBe(true); // 733 of 1,380
    expect(rightOfSomeBase(share(5326n), 733n, valid)).toBe(false); // 1,376: 53.27%, 1,377: 53.23%
    expect(rightOfSomeBase(share(5000n), 733n, valid)).toBe(false); // below 733 of 1,400
    expect(rightOfSomeBase(share(10000n), 733n, valid)).toBe(true);
    const electorate = { name: { zh: '登记选民数', en: 'registered voters' }, from: 1400n, to: null };
    expect(rightOfSomeBase(share(3000n), 733n, electorate)).toBe(true);
    expect(rightOfSomeBase(share(5300n), 733n, electorate)).toBe(false);
  });

  it('is wrong of every base only when no base gives it', () => {
    const bases = [exact(1320n), exact(1100n)];
    expect(wrongOfEveryBase(share(6409n), { part: 705n, bases })).toBe(false);
    expect(wrongOfEveryBase(share(5441n), { part: 705n, bases })).toBe(true);
    expect(wrongOfEveryBase(share(5441n), { part: 705n, bases: [] })).toBe(false);
  });
});

const villages = (share: string) =>
  `青山镇各村村委会主任选举结果\n村名 登记选民 参加投票 主任当选人 得票 得票率\n东湖村 1520 1368 张伟 1102 80.6%\n南岭村 980 901 李强 655 ${share}\n合计 2500 2269 — — —\n`;

const rounds = (share: string) =>
  `青山村第十二届村民委员会选举结果公告\n\n本村登记选民1500人，第一次投票参加投票1320人，选举主任和委员；另行选举中参加投票1100人，选举有效。现将选举结果公告如下：\n\n姓名\t职务\t得票数\t得票率\n王建国\t主任\t812\t61.52%\n陈志刚\t委员\t705\t${share}\n\n特此公告。\n`;

const box = (valid: number) =>
  `槐树村登记选民1230人，参加投票1104人，选举有效。\n共发出选票1104张，收回选票1104张，有效票${valid}张，无效票10张，废票4张。\n`;

describe('a table of villages with a bare 得票率', () => {
  it('leaves a share right of the unstated valid ballots or of the registered voters unflagged', () => {
    for (const right of ['73.3%', '72.7%', '66.8%']) expect(findings(villages(right))).toEqual([]);
  });

  it('flags a share below the votes over the voters, and not the registered voters’ share', () => {
    expect(findings(villages('70.3%'))).toHaveLength(1);
    const flagged = work(villages('70.3%')).judged.find((one) => one.rule === 'share-of-every-base');
    expect(flagged?.right).toBe(false);
    expect(flagged?.bases?.map((base) => [base.from, base.to])).toEqual([
      [980, 980],
      [901, 901],
      [655, 901],
    ]);
  });
});

describe('a vote table naming no round after two rounds’ turnout', () => {
  it('leaves a share right of either round, or of valid ballots up to them, unflagged', () => {
    for (const right of ['53.41%', '64.09%', '54.40%', '47.00%']) expect(findings(rounds(right))).toEqual([]);
  });

  it('flags a share wrong of both rounds and of every number of valid ballots', () => {
    expect(findings(rounds('54.41%'))).toHaveLength(1);
    expect(work(rounds('54.41%')).judged.some((one) => one.rule === 'share-of-every-base')).toBe(true);
  });
});

describe('无效票 beside 废票', () => {
  it('leaves an account right under one relation of the two unflagged', () => {
    for (const valid of [1090, 1094, 1100]) expect(findings(box(valid))).toEqual([]);
  });

  it('flags the valid and the smaller of the two more than the ballots returned', () => {
    for (const valid of [1101, 1104]) expect(findings(box(valid))).toHaveLength(1);
    const flagged = work(box(1104)).judged.find((one) => one.rule === 'sum-of-every-reading');
    expect(flagged?.bases?.map((base) => base.from)).toEqual([4, 10, 14]);
  });
});
