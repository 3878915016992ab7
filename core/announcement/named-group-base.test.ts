import { describe, expect, it } from 'vitest';
import { findings, judged, unread } from './corpus/read-shapes.js';

/** A ballot count's share of a group named after 占 and stated once with its count (named-rate-base.ts). */
describe('a share of a group named by its stated label', () => {
  const right = '在村选民2204人，参加投票2004人，占在村选民的90.93%。';
  const wrong = '在村选民2204人，参加投票2004人，占在村选民的91.93%。';

  it('judges the voters of the group stated once, right when right and wrong when wrong', () => {
    expect(findings(right)).toEqual([]);
    expect(judged(right).filter(([, text]) => text === '占在村选民的90.93%')).toEqual([
      [expect.any(String), '占在村选民的90.93%', true],
    ]);
    expect(findings(wrong)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占在村选民的91.93%']]);
  });

  it('leaves the share unread when the group is stated twice, approximately or only after it', () => {
    for (const text of [
      '第一选区在村选民620人，第二选区在村选民580人。参加投票1100人，占在村选民的90.67%。',
      '在村选民约2200人，参加投票2004人，占在村选民的81.09%。',
      '参加投票1100人，占在村选民的90.67%。在村选民1200人。',
    ]) {
      expect(findings(text)).toEqual([]);
      expect(unread(text).map(([number]) => number)).toContainEqual(expect.stringContaining('%'));
    }
  });
});
