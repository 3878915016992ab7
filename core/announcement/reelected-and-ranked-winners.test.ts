import { describe, expect, it } from 'vitest';
import { alarms, rows, unread } from './corpus/read-shapes.js';

/** Invented notices: winners declared by 连任 (re-elected) and by their rank in votes (得票前两名当选). */

const elected = (text: string) =>
  rows(text).flatMap(([kind, , contest, names]) => (kind === 'elected' ? [[contest, names]] : []));

/** 1760 voters: a winner needs more than 880 votes. */
const COUNTS = '东湖村登记选民2010人，参加投票1760人，收回选票1752张，其中有效票1730张。\n';

describe('连任 declaring a winner of this election', () => {
  it('reads 以N票连任 and 连选连任 after the votes as 当选', () => {
    expect(elected(`${COUNTS}易志以1450票连任村委会主任，王兰以1120票当选副主任。`)).toEqual([
      ['主任', ['易志']],
      ['副主任', ['王兰']],
    ]);
    expect(elected(`${COUNTS}主任候选人易志得1450票，李强得280票，易志连选连任村委会主任。`)).toEqual([
      ['主任', ['易志']],
    ]);
    expect(elected(`${COUNTS}主任候选人易志得1450票，连选连任。`)).toEqual([['主任', ['易志']]]);
  });

  it('flags a chair re-elected with fewer than half of the voters', () => {
    const text = `${COUNTS}易志以600票连任村委会主任，王兰以1120票当选副主任。`;
    expect(alarms(text, true).map((alarm) => alarm.split(' ')[0])).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no one by a 连任 of terms before, nor a count of those re-elected', () => {
    const text = `${COUNTS}易志已连任三届村委会主任。本次选举，易志以1450票当选主任。`;
    expect(elected(text)).toEqual([['主任', ['易志']]]);
    expect(alarms(text, true)).toEqual([]);
    const summary = '共选出社区居委会成员59名，其中连选连任：31名，新当选28名；连选连任的成员占52.5%。';
    expect(elected(summary)).toEqual([]);
    expect(elected(`${COUNTS}委员候选人张三得1210票，连选连任38人。`)).toEqual([]);
  });

  it('declares no one by a 连任 that failed (以310票连任失败, 连任未果)', () => {
    const text = `${COUNTS}主任候选人易志得1450票，原主任李强得260票，李强以260票连任失败，易志当选为主任。`;
    expect(elected(text)).toEqual([['主任', ['易志']]]);
    expect(alarms(text, true)).toEqual([]);
    expect(elected(`${COUNTS}李强以260票连任未果。`)).toEqual([]);
    expect(elected(`${COUNTS}李强得260票，连选连任落空。`)).toEqual([]);
  });
});

describe('得票前两名当选: winners by their rank in votes', () => {
  it('declares the two with most votes, in whatever order they are listed', () => {
    expect(elected(`${COUNTS}委员候选人张三得1210票，李四得1150票，王五得300票，得票前两名当选。`)).toEqual([
      ['委员', ['张三', '李四']],
    ]);
    expect(
      elected(`${COUNTS}委员候选人王五得300票，张三得1210票，李四得1150票。按得票多少，得票前两名当选。`),
    ).toEqual([['委员', ['张三', '李四']]]);
    expect(
      elected(
        `${COUNTS}委员候选人张三得1210票，李四得1150票，赵六得1020票，王五得300票，得票数居前3位的当选。`,
      ),
    ).toEqual([['委员', ['张三', '李四', '赵六']]]);
    // The last listed (王五, 300 votes) had been taken for the winner, and flagged below half.
    expect(
      alarms(`${COUNTS}委员候选人张三得1210票，李四得1150票，王五得300票，得票前两名当选。`, true),
    ).toEqual([]);
  });

  it('declares the names it gives, as many as it says', () => {
    const text = `${COUNTS}委员候选人张三得1210票，李四得1150票，王五得300票。按得票多少，得票前两名的张三、李四当选。`;
    expect(elected(text)).toEqual([['委员', ['张三', '李四']]]);
    expect(unread(text)).toEqual([['两', 'ordinal']]);
  });

  it('flags the second of the first two with fewer than half of the voters', () => {
    // Listed last, 张三 (1210) had been taken for the only winner: 李四 (850) went unjudged.
    const text = `${COUNTS}委员候选人李四得850票，王五得300票，张三得1210票，得票前两名当选。`;
    expect(alarms(text, true).map((alarm) => alarm.split(' ')[0])).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no one where the first two were not elected, or a rule says who may be', () => {
    const text =
      `${COUNTS}委员候选人张三得810票，李四得790票，王五得300票，得票前两名的张三、李四未当选，另行选举。\n` +
      '按照选举办法，得票前两名方能当选。';
    expect(elected(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('lists the declaration unread when the second and third are tied, or the list is of two posts', () => {
    const tied = `${COUNTS}委员候选人张三得1210票，李四得1150票，王五得1150票，得票前两名当选。`;
    expect(elected(tied)).toEqual([]);
    // Both listed, in whatever order the reader lists them (the declaration starts before its 两).
    expect(unread(tied)).toHaveLength(2);
    expect(unread(tied)).toEqual(
      expect.arrayContaining([
        ['两', 'ordinal'],
        ['得票前两名当选', 'not-a-name'],
      ]),
    );
    expect(alarms(tied, true)).toEqual([]);
    const posts = `${COUNTS}主任候选人易志得1450票，委员候选人张三得1210票，李四得300票，得票前两名当选。`;
    expect(elected(posts)).toEqual([]);
    expect(alarms(posts, true)).toEqual([]);
  });

  it('declares the one with most votes by 得票前一名当选, in whatever order listed', () => {
    const text = `${COUNTS}委员候选人张三得1210票，李四得300票，王五得20票，得票前一名当选。`;
    // The last listed (王五, 20 votes) had been declared, and flagged below half.
    expect(elected(text)).toEqual([['委员', ['张三']]]);
    expect(alarms(text, true)).toEqual([]);
    expect(elected(text.replace('得票前一名', '得票前1名'))).toEqual([['委员', ['张三']]]);
  });

  it('declares no one of a mixed list by a rank within each group (各组得票前两名当选)', () => {
    const groups =
      `${COUNTS}第一村民小组参加投票186人，张一得150票、张二得130票、张三得60票；` +
      '第二村民小组参加投票172人，李一得160票、李二得140票、李三得60票；各组得票前两名当选为村民代表。';
    // The last listed (李三, 60 votes) had been taken for the winner, tied with 张三.
    expect(elected(groups)).toEqual([]);
    expect(unread(groups)).toContainEqual(['各组得票前两名当选', 'not-a-name']);
    expect(alarms(groups, true)).toEqual([]);
    expect(elected(groups.replace('各组得票前两名', '每个小组得票前两名'))).toEqual([]);
  });
});

describe('a word of how one was elected between the name and 当选 or 连任 is no part of the name', () => {
  const VOTES =
    '全村登记选民1500人，参加投票的选民1300人，发出选票1300张，收回选票1300张，其中有效票1290张，无效票10张，选举有效。\n张伟得票600票，李梅（女）得票900票。';
  const declared = (text: string) =>
    rows(text)
      .filter(([kind]) => kind === 'elected')
      .map((row) => row[3]);
  it('declares 张伟 of 张伟再次连任, 张伟成功当选, 张伟高票连任 and judges his votes', () => {
    for (const words of [
      '张伟再次连任村委会主任',
      '张伟成功连任村委会主任',
      '张伟高票连任村委会主任',
      '张伟再度当选为村委会主任',
      '张伟成功当选村委会主任',
    ])
      expect(declared(`${VOTES}${words}，李梅当选为委员。`)).toEqual([['张伟'], ['李梅']]);
    expect(alarms(`${VOTES}张伟再次连任村委会主任，李梅当选为委员。`, true)).toContain(
      'ANNOUNCED_WINNER_MISMATCH 600/651',
    );
  });

  it('keeps a name of one character and 成功 whole', () => {
    expect(declared(`${VOTES}王成功当选为村委会委员。`)).toEqual([['王成功']]);
  });
});
