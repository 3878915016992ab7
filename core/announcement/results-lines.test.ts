import { describe, expect, it } from 'vitest';
import { alarms, judged, rows, unread } from './corpus/read-shapes.js';

/** Invented notices: results lines of a post, a name, 得票 and a count with no unit, then the share. */

const votes = (text: string) =>
  rows(text).flatMap(([kind, name, contest, value]) => (kind === 'votes' ? [[name, contest, value]] : []));
const shares = (text: string) =>
  judged(text).flatMap(([rule, words, right]) => (rule === 'share' ? [[words, right]] : []));

/** One base: the voters, the ballots returned and the valid ballots are one count. */
const ONE_BASE = '青石村登记选民2010人，参加投票1730人，收回选票1730张，全部为有效票1730张。\n';

describe('a results line with 得票 before a count with no unit', () => {
  const text = `${ONE_BASE}主任 易志 得票1450 得票率83.82%\n副主任 王兰 得票1120 得票率64.73%\n以上人员当选。`;

  it('reads the post, the name and the votes', () => {
    expect(votes(text)).toEqual([
      ['易志', '主任', 1450],
      ['王兰', '副主任', 1120],
    ]);
    expect(unread(text)).toEqual([]);
  });

  it('judges the shares, rounded (83.815 → 83.82) or cut (64.739… → 64.73)', () => {
    expect(shares(text)).toEqual([
      ['得票率83.82%', true],
      ['得票率64.73%', true],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('flags a share neither rounded nor cut from the votes', () => {
    const wrong = text.replace('得票率83.82%', '得票率83.80%');
    expect(alarms(wrong, true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 83.80%/83.82%']);
  });

  it('flags a chair below half of the voters declared elected', () => {
    const below = `${ONE_BASE}主任 易志 得票850 得票率49.13%\n易志得票最多，当选为村民委员会主任。`;
    expect(alarms(below, true).map((alarm) => alarm.split(' ')[0])).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('leaves a count after 得票 whose words name no one unread', () => {
    expect(votes(`${ONE_BASE}候选人总得票 2570`)).toEqual([]);
    expect(unread(`${ONE_BASE}候选人总得票 2570`).map(([number]) => number)).toEqual(['2570']);
  });

  it('takes a post’s title for no name (本届主任, 村党支部书记), with 票 or without: the count stays unread', () => {
    for (const line of ['本届主任 得票1450', '本届主任得票1450票', '村党支部书记得票1450票']) {
      expect(votes(`${ONE_BASE}${line}`)).toEqual([]);
      expect(unread(`${ONE_BASE}${line}`).map(([number]) => number)).toEqual(['1450']);
    }
  });
});

describe('a results line with the name in a clause of its own after the post', () => {
  const text =
    '本村登记选民980人，参加投票860人，收回选票860张，有效票842张，无效票18张。\n' +
    '副主任 王兰，得票 520，占有效票 61.8%\n委员 孙立，得票 610，占有效票 72.4%\n';

  it('reads the post, the name and the votes, and judges the share of the valid ballots it names', () => {
    expect(votes(text)).toEqual([
      ['王兰', '副主任', 520],
      ['孙立', '委员', 610],
    ]);
    expect(shares(text)).toEqual([
      ['占有效票 61.8%', true],
      ['占有效票 72.4%', true],
    ]);
  });

  it('flags a share wrong of the valid ballots', () => {
    expect(alarms(text.replace('61.8%', '62.8%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 62.8%/61.8%']);
  });
});

describe('a results line with a colon after 得票数 and 得票率', () => {
  const line = (chair: string, vice: string) =>
    `${ONE_BASE}${chair}\n${vice}\n以上人员得票均超过参加投票选民的半数，当选。`;

  it('reads the votes and judges the shares with a full-width or an ASCII colon, spaces or tabs', () => {
    const text = line('主任 易志 得票数：1450 得票率：83.82%', '副主任\t王兰\t得票数:1120\t得票率: 64.74%');
    expect(votes(text)).toEqual([
      ['易志', '主任', 1450],
      ['王兰', '副主任', 1120],
    ]);
    expect(shares(text)).toEqual([
      ['得票率：83.82%', true],
      ['得票率: 64.74%', true],
    ]);
    expect(unread(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('reads the post and the name each before a colon or comma of their own', () => {
    const text = line(
      '主任：易志，得票数：1450票，得票率：83.82%',
      '副主任：王兰，得票：1120票，得票率：64.74%',
    );
    expect(votes(text)).toEqual([
      ['易志', '主任', 1450],
      ['王兰', '副主任', 1120],
    ]);
    expect(alarms(text.replace('64.74%', '66.74%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 66.74%/64.74%',
    ]);
  });

  it('reads the valid ballots with their colon as before, never as a candidate’s', () => {
    const text = `青石村登记选民：2010人，参加投票：1730人，有效票数：1730张，总票数：1730张。\n主任 易志 得票数：1450`;
    expect(votes(text)).toEqual([['易志', '主任', 1450]]);
  });
});

describe('a round’s heading line that carries the round’s own counts', () => {
  // 1320 voters; the runoff's 700 + 590 are the same two candidates' votes in another round.
  const text = [
    '青林村登记选民1500人，参加投票1320人，收回选票1320张，其中有效票1300张。',
    '第一次投票：',
    '委员 孙丽 得票数：900 当选',
    '委员 周平 得票数：600 未当选',
    '委员 吴军 得票数：560 未当选',
    '另行选举（参加投票1320人）：',
    '委员 周平 得票数：700 得票率：53.03%',
    '委员 吴军 得票数：590 得票率：44.70%',
    '周平得票多且超过参加投票选民的三分之一，当选。',
  ].join('\n');

  it('takes the lines under 另行选举（参加投票1320人）： as of the runoff, never the first round’s stated twice', () => {
    expect(alarms(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('still flags a runoff line’s share wrong of its voters', () => {
    expect(alarms(text.replace('53.03%', '55.03%'), true).map((alarm) => alarm.split(' ')[0])).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
    ]);
  });
});
