import { describe, expect, it } from 'vitest';
import { alarms, counts, judged } from './corpus/read-shapes.js';

/**
 * Results notices and summaries of the 2026 换届 laid out as they are published (articles, joint notices,
 * township tables, footnotes). Each right one (worked with exact fractions) must raise nothing; a variant
 * with one error planted is caught. Every number and name is invented.
 */

describe('a kind of ballot counted among another kind (有效票中弃权票)', () => {
  const NOTICE = (share = '84.83') =>
    [
      '凤鸣村村民委员会选举结果公告',
      '本村登记选民3637人，参加投票选民3442人，参选率94.64%。收回选票3442张，其中有效票3434张，无效票8张；有效票中弃权票14张。',
      `主任：董志强，得票2913张，占有效票的${share}%，当选。`,
    ].join('\n');

  it('reads the count as the abstentions, not the valid ballots', () => {
    expect(counts(NOTICE())).toContain('abstained 14');
    expect(counts(NOTICE())).not.toContain('valid 14');
    expect(alarms(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toContainEqual(['share', '占有效票的84.83%', true]);
  });

  it('still flags a wrong share of the valid ballots', () => {
    expect(alarms(NOTICE('84.38'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 84.38%/84.83%']);
  });
});
