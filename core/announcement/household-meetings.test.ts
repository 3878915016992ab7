import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, judged } from './corpus/read-shapes.js';

/**
 * A meeting of household representatives (户代表会议) that elects the committee: the households present
 * are its attendance, of those due, never the ballots cast (household-counts.ts). Every number and name
 * here is invented.
 */
describe('households present at a meeting of household representatives', () => {
  const NOTICE = (rate: string, returned = '40') =>
    '青石村村民委员会选举结果公告\n' +
    `2026年5月12日，青石村召开户代表会议。本村应到户代表48户，实到42户，到会率${rate}%，超过半数。` +
    `会议共发出选票42张，收回选票${returned}张，其中有效票39张，无效票1张。\n` +
    '王大明得36票，当选为村民委员会主任；李红得33票，张伟得31票，当选为村民委员会委员。\n';

  it('reads 实到42户 as those present, not as ballots cast', () => {
    expect(counts(NOTICE('87.5'))).not.toContain('cast 42');
    expect(counts(NOTICE('87.5'))).toContain('registered 48');
  });

  it('judges the 到会率 as those present of those due', () => {
    expect(judged(NOTICE('87.5'))).toContainEqual(['share', '到会率87.5%', true]);
    expect(findings(NOTICE('87.5'))).toEqual([]);
    expect(findings(NOTICE('86.5'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率86.5%']]);
  });

  it('judges the winners by the ballots, not by the households present', () => {
    // 张伟 21 of the 40 ballots returned is more than half; of the 42 households present it is not.
    const close = NOTICE('87.5').replace('张伟得31票', '张伟得21票');
    expect(alarms(close, true)).toEqual([]);
    expect(
      alarms(close.replace('收回选票40张', '收回选票42张').replace('有效票39张', '有效票41张'), true),
    ).not.toEqual([]);
  });

  it('reads households due and present named by the meeting alone (户代表会议应到48户，实到会42户)', () => {
    const text = (rate: string) =>
      `青石村村民委员会选举结果公告\n青石村召开户代表会议，户代表会议应到48户，实到会42户，到会率${rate}%。收回选票40张，有效票39张。\n王大明得36票，当选为村民委员会主任。\n`;
    expect(counts(text('87.5'))).toEqual(expect.arrayContaining(['registered 48']));
    expect(counts(text('87.5'))).not.toContain('cast 42');
    expect(judged(text('87.5'))).toContainEqual(['share', '到会率87.5%', true]);
    expect(findings(text('85.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率85.7%']]);
  });
});
