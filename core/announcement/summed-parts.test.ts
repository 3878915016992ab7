import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';

/**
 * A share whose part is two or more groups just stated, taken together (issue #15). It is judged as
 * their sum only where the words say “together” (两者合计, 共计, 合计 after 分别); after a bare list it
 * may be of the last group or of the list, and is judged only where that does not matter. Every number
 * and name here is invented; 12 + 8 = 20 of 45 is 44.4444…%, 8 of 45 is 17.7777…%.
 */

const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);
const total = '本村新当选村委会成员45人，其中';

describe('a share the words say is of the groups together', () => {
  it('judges 两者合计 as the sum of the two groups just read', () => {
    const text = (share: string) => `${total}大专学历12人，本科学历8人，两者合计占${share}。`;
    expect(shares(text('44.4%'))).toEqual([['两者合计占44.4%', true]]);
    expect(findings(text('44.4%'))).toEqual([]);
    expect(shares(text('45.4%'))).toEqual([['两者合计占45.4%', false]]);
    expect(findings(text('45.4%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '两者合计占45.4%']]);
  });

  it('judges 共计 after a list joined by 、 as its sum, never as its last group alone', () => {
    const text = (share: string) => `${total}大专学历12人、本科学历8人，共计占成员总数的${share}。`;
    expect(shares(text('44.4%'))).toEqual([['共计占成员总数的44.4%', true]]);
    expect(findings(text('44.4%'))).toEqual([]);
    expect(findings(text('17.8%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '共计占成员总数的17.8%']]);
  });

  it('judges 合计 after shares given respectively as the sum of their groups', () => {
    const text = `${total}大专学历12人、本科学历8人，分别占26.7%和17.8%，合计占44.4%。`;
    expect(shares(text)).toEqual([
      ['分别占26.7%', true],
      ['和17.8%', true],
      ['合计占44.4%', true],
    ]);
  });

  it('judges groups named with 合计 (大专和本科学历合计占) as their sum', () => {
    const text = `${total}大专学历12人，本科学历8人，高中学历20人，大专和本科学历合计占44.4%。`;
    expect(shares(text)).toEqual([['大专和本科学历合计占44.4%', true]]);
  });

  it('leaves unread a 合计 whose groups are not certain, naming no one group instead', () => {
    // One group only before 合计: of what together?
    const one = `${total}大专学历12人，合计占26.7%。`;
    expect(shares(one)).toEqual([]);
    expect(unread(one)).toEqual([['26.7%', 'ambiguous-base']]);
    // 两者 after three groups joined by commas: the last two, or which?
    const parts = `${total}女性10人，大专学历12人，本科学历8人，两者合计占44.4%。`;
    expect(shares(parts)).toEqual([]);
    expect(unread(parts)).toEqual([['44.4%', 'ambiguous-base']]);
  });
});

describe('a share after a list of groups, with no word saying together', () => {
  const text = (share: string) => `${total}大专学历12人、本科学历8人，占${share}。`;

  it('leaves unjudged a share right of the list together and wrong of its last group', () => {
    expect(shares(text('44.4%'))).toEqual([]);
    expect(unjudged(text('44.4%'))).toEqual([['占44.4%', 'ambiguous-base']]);
    expect(findings(text('44.4%'))).toEqual([]);
  });

  it('still judges a share right of its last group, and flags one wrong of both', () => {
    expect(shares(text('17.8%'))).toEqual([['占17.8%', true]]);
    expect(findings(text('30.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占30.0%']]);
  });
});
