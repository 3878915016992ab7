import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * A post's own ballot account written in one sentence without a colon (主任选票发出1320张，收回1318张，其中有效票
 * 1310张，无效票8张): compared as the notice's own account is, that post's counts only. Every number and name
 * is invented.
 */

const NOTICE = (chair = '主任选票发出1320张，收回1318张，其中有效票1310张，无效票8张。') =>
  [
    '青山村村民委员会选举结果公告',
    '2026年5月3日，青山村村民委员会换届选举，全村登记选民1,480人，参加投票的选民1,320人。',
    chair,
    '委员选票发出1320张，收回1316张，其中有效票1300张，无效票16张。',
    '张国强得票1,012票，当选为主任；李秀兰得票1,150票，刘成得票940票，当选为委员。',
  ].join('\n');

const ballots = (text: string) =>
  work(text)
    .judged.filter((figure) => figure.rule === 'ballots')
    .map((figure) => [figure.work.en, figure.right]);
const notCompared = (text: string) =>
  work(text)
    .unjudged.filter((figure) => figure.reason === 'not-compared')
    .map((figure) => figure.text);

describe('a post’s ballot account in one sentence', () => {
  it('compares the chair’s ballots issued, returned, valid and invalid, and the members’ after 其中', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(notCompared(NOTICE())).toEqual([]);
    expect(ballots(NOTICE())).toEqual(
      expect.arrayContaining([
        ['1,310 valid and 8 invalid make the 1,318 ballots returned: right', true],
        ['1,318 ballots returned, no more than the 1,320 issued: right', true],
        ['委员选票: 1,300 valid and 16 invalid make the 1,316 ballots returned: right', true],
      ]),
    );
  });

  it('flags the chair’s ballots returned above those issued', () => {
    const text = NOTICE('主任选票发出1310张，收回1318张，其中有效票1310张，无效票8张。');
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1318张']]);
  });

  it('flags the members’ valid and invalid after 其中 not making their ballots returned', () => {
    const text = NOTICE().replace('其中有效票1300张，无效票16张', '其中有效票1290张，无效票16张');
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1316张']]);
  });

  it('compares the chair’s own account after the whole ballot’s, keeping them apart', () => {
    const text = NOTICE().replace(
      '参加投票的选民1,320人。',
      '参加投票的选民1,320人，收回选票1,318张，其中有效票1,306张，无效票12张。',
    );
    expect(findings(text)).toEqual([]);
    expect(ballots(text)).toEqual(
      expect.arrayContaining([
        ['主任选票: 1,310 valid and 8 invalid make the 1,318 ballots returned: right', true],
        ['主任选票: 1,318 ballots returned, no more than the 1,320 issued: right', true],
      ]),
    );
  });

  it('reads no account of two posts named in one count (各, 分别)', () => {
    const text = NOTICE(
      '主任、委员选票各发出1320张，主任选票收回1318张，其中有效票1310张，无效票8张。',
    ).replace('委员选票发出1320张，', '委员选票发出1,320张，');
    expect(findings(text)).toEqual([]);
    expect(notCompared(text)).toContain('主任、委员选票各发出1320张');
  });
});

/**
 * The chair's votes standing after both posts' accounts (主任选票…；委员选票…。张国强…，李建华…，张国强当选为主任；…):
 * of the chair's ballot, held to its valid ballots and summed, one seat.
 */
describe('the chair’s votes after both posts’ accounts', () => {
  const BOTH = (second = '260') =>
    [
      '松岭村村民委员会选举结果公告',
      '2026年5月3日，松岭村村民委员会换届选举，主任、委员分票选举。全村登记选民1,480人，参加投票的选民1,320人。',
      '主任选票发出1,320张，收回1,318张，有效票1,300张，无效票18张；委员选票发出1,320张，收回1,190张，有效票1,176张，无效票14张。',
      `张国强得票1,012票，李建华得票${second}票，张国强当选为主任；李秀兰得票1,150票，刘成得票640票，当选为委员。`,
    ].join('\n');

  it('sums the chair’s candidates against the chair’s valid ballots, not the members’', () => {
    expect(findings(BOTH())).toEqual([]);
    expect(notCompared(BOTH())).toEqual([]);
    expect(findings(BOTH('288'))).toEqual([]);
    expect(findings(BOTH('289'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '李建华得票289票']]);
  });

  it('ties no run whose candidate is declared to another post as well', () => {
    // 1,012 + 320 above the chair's 1,300 valid: were 李建华's 320 tied to the chair's ballot, flagged.
    const text = BOTH('320').replace('刘成得票640票，当选为委员', '李建华得票640票，当选为委员');
    expect(findings(text).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
  });

  it('ties none where the chair’s own section holds votes', () => {
    const text = BOTH('320').replace(
      '有效票1,300张，无效票18张；',
      '有效票1,300张，无效票18张，赵强得票12票；',
    );
    expect(findings(text).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
    expect(notCompared(text)).toContain('李建华得票320票');
  });
});
