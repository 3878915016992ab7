import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows } from './corpus/read-shapes.js';

/**
 * Winners declared after the words of those they are among (以上两人中), after a party post they hold
 * (村党支部书记杨宏伟当选为…), and in a list after 当选委员： opening a clause. 1,320 voters and 1,300 valid
 * ballots: a winner needs at least 661 votes. Every number and name is invented.
 */
const HEAD =
  '某村第十二届村民委员会选举结果公告\n本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张。\n';
const CHAIR = (votes: number) => `${HEAD}主任候选人王林得票${votes}票，李红得票400票。`;

describe('a winner named after the words of those counted, ending in 中', () => {
  it('declares 王林, not 中王林, after 以上两人中 and judges the votes', () => {
    expect(electedRows(`${CHAIR(800)}以上两人中王林当选村委会主任。`)).toEqual([['主任', ['王林']]]);
    expect(electedRows(`${HEAD}以上两人中王林当选。`)).toEqual([[null, ['王林']]]);
    expect(alarmCodes(`${CHAIR(800)}以上两人中王林当选村委会主任。`)).toEqual([]);
    expect(alarmCodes(`${CHAIR(600)}以上两人中王林当选村委会主任。`)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads 上述候选人中, 2名候选人中 and 其中 the same way', () => {
    for (const among of ['上述候选人中', '以上2人中', '其中'])
      expect(electedRows(`${CHAIR(800)}${among}王林当选村委会主任。`)).toEqual([['主任', ['王林']]]);
  });
});

describe('a list of winners after 当选委员： opening a clause', () => {
  const VOTES = `${HEAD}委员候选人王林得票900票，李红得票800票，赵强得票700票。`;

  it('declares each name with the post after a sentence of the same line or after 经选举，', () => {
    const winners = [['委员', ['王林', '李红', '赵强']]];
    expect(electedRows(`${VOTES}当选委员：王林、李红、赵强`)).toEqual(winners);
    expect(electedRows(`${HEAD}经选举，当选委员：王林、李红（女）、赵强。`)).toEqual(winners);
    expect(electedRows(`${HEAD}当选主任：刘波。当选委员：王林、李红、赵强。`)).toEqual([
      ['主任', ['刘波']],
      ...winners,
    ]);
    expect(alarmCodes(`${VOTES}当选委员：王林、李红、赵强`)).toEqual([]);
  });

  it('declares no one where an item is no name, or after 未', () => {
    expect(electedRows(`${HEAD}经选举，当选委员：王林、李红、赵强等3人。`)).toEqual([]);
    expect(electedRows(`${HEAD}经选举，当选委员：3名。`)).toEqual([]);
    expect(electedRows(`${HEAD}本次未当选委员：王林。`)).toEqual([]);
  });
});

describe('a winner named after the party post held', () => {
  const text = (chair: number, member: number) =>
    `${HEAD}主任候选人杨宏伟得票${chair}票，委员候选人王林得票${member}票，李红得票700票。村党支部书记杨宏伟当选为村民委员会主任，王林、李红当选为村民委员会委员。`;

  it('declares 杨宏伟 the chair after 村党支部书记, and judges every winner', () => {
    expect(electedRows(text(800, 900))).toEqual([
      ['主任', ['杨宏伟']],
      ['委员', ['王林', '李红']],
    ]);
    expect(alarmCodes(text(800, 900))).toEqual([]);
    expect(alarmCodes(text(500, 900))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(alarmCodes(text(800, 600))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads 村党组织书记 and 党支部书记 the same way', () => {
    for (const title of ['村党组织书记', '党支部书记'])
      expect(electedRows(`${HEAD}${title}杨宏伟当选为村民委员会主任。`)).toEqual([['主任', ['杨宏伟']]]);
  });
});
