import { describe, expect, it } from 'vitest';
import { findings, rows, unread } from './corpus/read-shapes.js';

/**
 * County summaries of the 2026 换届 that give a share of places counted after 其中, the places named
 * after their count (其中，57个村实现“一肩挑”，占85.1%). Every number is invented; every share is worked
 * with exact fractions.
 */

describe('places counted after 其中, named after their count', () => {
  // 57 of 67 is 85.074…% → 85.1%.
  const SUMMARY = (share: string) =>
    `日前，安福县67个村全部完成村“两委”换届。其中，57个村实现村党组织书记、村委会主任“一肩挑”，占${share}%。`;

  it('are some of the township’s places, and their share is of them', () => {
    expect(rows(SUMMARY('85.1'))).toContainEqual([
      'percent',
      'group 实现村党组织书记村委会主任“一肩挑”的村 / group 村',
      null,
      '85.1',
      '占85.1%',
    ]);
    expect(findings(SUMMARY('85.1'))).toEqual([]);
    expect(findings(SUMMARY('88.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占88.2%']]);
  });

  it('in the same clause as 其中', () => {
    const text = '全县67个村全部完成换届，其中57个村实现“一肩挑”，占85.1%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('85.1', '82.1'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占82.1%']]);
  });

  it('leaves places counted after no 其中 the township’s count, their share unread', () => {
    const text = '全县共有67个村。57个村实现一肩挑，占85.1%。';
    expect(unread(text)).toEqual([['85.1%', 'no-base']]);
  });
});
