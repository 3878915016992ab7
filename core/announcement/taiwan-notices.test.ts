import { describe, expect, it } from 'vitest';
import { alarms, counts, judged } from './corpus/read-shapes.js';

/**
 * Notices of Taiwan's village (村) and ward (里) elections, in traditional characters and Taiwan's words:
 * 選舉人數 (electors), 投票數 (ballots cast), ballot numbers (1號) before names. Names and numbers are invented.
 */

describe('投票數 and 選舉人數 are ballot counts, never a candidate', () => {
  it('reads 投票數 as ballots cast, checked by the valid and invalid it holds', () => {
    const text =
      '這個里的選舉人數為1200人。據統計，今天投票數800票，其中有效票790票、無效票10票；開票結果為1號王大明500票、2號李小華290票。';
    expect(alarms(text)).toEqual([]);
    expect(counts(text)).toEqual(
      expect.arrayContaining(['registered 1200', 'cast 800', 'valid 790', 'invalid 10']),
    );
    expect(judged(text).filter(([, , right]) => right === true).length).toBeGreaterThanOrEqual(2);
  });

  it('finds a wrong sum under 投票數, and a time word is no name', () => {
    for (const day of ['今天', '本日']) {
      const text = `${day}投票數800票，其中有效票790票、無效票30票。`;
      expect(alarms(text).length).toBeGreaterThan(0);
    }
    for (const day of ['今天', '昨天', '昨日', '本日']) {
      const text = `${day}投票數800票，其中有效票790票、無效票10票。`;
      expect(counts(text)).toContain('cast 800');
      expect(alarms(text)).toEqual([]);
    }
  });

  it('reads 投票数 in simplified and 選舉人總數 likewise', () => {
    expect(counts('选举人总数3100人，投票数1200票，其中有效票1190票、无效票10票。')).toEqual(
      expect.arrayContaining(['registered 3100', 'cast 1200']),
    );
  });
});
