import { describe, expect, it } from 'vitest';
import { alarms, findings, work } from './corpus/read-shapes.js';

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

/** Under the village pack: a post's ballots are no election's whole (void, tie). */
describe('a post’s own ballots under the village pack', () => {
  it('calls no election void for the members’ ballots issued fewer than the voters (分别)', () => {
    const text = [
      '清溪村村民委员会选举结果公告',
      '2026年5月2日，清溪村村民委员会换届选举，主任、委员分票选举。全村登记选民1,300人，参加投票的选民1,180人。',
      '委员选票和主任选票分别发出1,150张、1,180张。主任选票：收回1,178张，有效票1,170张，无效票8张。委员选票：收回1,148张，有效票1,133张，无效票15张。',
      '陈斌得票700票，刘洋得票450票，陈斌当选为主任；周敏得票1,000票，吴杰得票900票，当选为委员。',
    ].join('\n');
    expect(alarms(text, true)).toEqual([]);
    expect(
      alarms(text.replace('委员选票和主任选票分别发出1,150张、1,180张。', '委员选票发出1,150张。'), true),
    ).toEqual([]);
  });

  it('sees no tie between the chair’s winner and a deputy’s candidate of as many votes', () => {
    const text = [
      '黄泥村村民委员会选举结果公告',
      '2026年4月28日，黄泥村村民委员会换届选举，主任、副主任、委员分别设票。全村登记选民1,160人，参加投票的选民1,040人。',
      '主任选票发出1,040张、收回1,036张、有效票1,020张、无效票16张，副主任选票发出1,040张、收回1,034张、有效票1,000张、无效票34张，委员选票发出1,040张、收回1,033张、有效票1,015张、无效票18张。',
      '卢军得票700票，邓敏得票300票，卢军当选为主任；副主任候选人卢平得票800票，邓华得票750票，陆涛得票700票，卢平、邓华当选为副主任；谢兵得票900票，秦月得票880票，当选为委员。',
    ].join('\n');
    expect(alarms(text, true)).toEqual([]);
    // 邓敏 300 on the chair's own ballot, as many as 卢军's rival would need: a tie within the post stays one.
    expect(
      alarms(text.replace('邓敏得票300票', '邓敏得票700票'), true).map((alarm) => alarm.split(' ')[0]),
    ).toContain('TIE');
  });
});
