import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, unread } from './corpus/read-shapes.js';

/**
 * A ballot box's own invalid ballots, in brackets or after 其中 right after its count, in a sentence of its
 * own after the whole's totals; and 无效票 beside 废票 with another value (read-announcement-text.ts,
 * `partsOfPart`, `unreadInvalidNamedTwice`; set `boxes2`). Every number and name here is invented.
 */

const whole = (invalid = '') =>
  `青山村登记选民1650人，参加投票1488人，参选率90.18%，选举有效。\n本次选举共发出选票1488张，收回选票1488张，有效票1479张${invalid}。\n`;

describe('a box’s bracket stays with the box', () => {
  it('never takes the box’s invalid ballots for the whole’s', () => {
    for (const box of [
      '养老院投票箱收回选票46张（其中无效票1张）。',
      '敬老院收回选票46张（其中无效票1张）。',
      '外出务工人员委托投票收回选票46张（其中无效票1张）。',
      '卫生院投票箱收回选票46张，其中无效票1张。',
      '养老院投票箱收回选票46张（无效票1张）。',
      '卫生院投票箱收回选票46张（其中无效票1张）；敬老院投票箱收回选票38张（其中无效票0张）；流动票箱收回选票52张（其中无效票2张）。',
    ]) {
      expect(findings(whole() + box)).toEqual([]);
      expect(counts(whole() + box)).not.toContain('invalid 1');
    }
  });

  it('lists the bracket unread as the box’s own part', () => {
    expect(unread(`${whole()}养老院投票箱收回选票46张（其中无效票1张）。`)).toEqual([
      ['46', 'doubtful-label'],
      ['1', 'part-of-a-part'],
    ]);
    expect(unread(`${whole()}养老院投票箱收回选票46张（其中有效票45张，无效票1张）。`)).toEqual([
      ['46', 'doubtful-label'],
      ['45', 'part-of-a-part'],
      ['1', 'part-of-a-part'],
    ]);
  });

  it('reads a bracket after a count as the label of the number in it, not of the count', () => {
    const proxy = `${whole()}委托投票46张（其中无效票1张）。`;
    expect(counts(proxy)).not.toContain('invalid 46');
    expect(findings(proxy)).toEqual([]);
  });

  it('still reads the whole’s own invalid ballots in brackets', () => {
    const own =
      '青山村登记选民1650人，参加投票1488人。共发出选票1488张，收回选票1488张（其中无效票9张），有效票1479张。';
    expect(counts(own)).toContain('invalid 9');
    expect(findings(own)).toEqual([]);
  });

  it('still catches a wrong whole after a box’s bracket', () => {
    const wrong = `青山村登记选民1650人，参加投票1488人，参选率90.18%，选举有效。\n本次选举共发出选票1488张，收回选票1488张，有效票1490张。\n养老院投票箱收回选票46张（其中无效票1张）。`;
    expect(findings(wrong)).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票1490张']]);
  });

  it('keeps a runoff’s own bracket of invalid ballots', () => {
    const runoff = (valid: number) =>
      `东坡村登记选民1860人，参加投票1702人，选举有效。共收回选票1702张，有效票1687张，无效票15张。\n另行选举：参加投票1544人，收回选票1544张（其中无效票10张），有效票${valid}张。`;
    // The runoff's ballots returned are its own account, no other count than the notice's own.
    expect(unread(runoff(1534)).map(([, reason]) => reason)).not.toContain('part-of-a-part');
    expect(findings(runoff(1534))).toEqual([]);
  });
});

describe('无效票 beside 废票', () => {
  const notice = (words: string) =>
    `西坡村登记选民1650人，参加投票1488人，参选率90.18%，选举有效。\n本次选举共发出选票1488张，收回选票1488张，${words}。`;

  it('lists both unread when they differ, whichever reading holds', () => {
    for (const words of [
      '其中有效票1475张，无效票10张，废票3张',
      '其中有效票1478张，无效票10张，废票3张',
      '有效票1475张，废票3张，无效票10张',
      '有效票1475张，无效票10张、废票3张',
    ]) {
      expect(alarms(notice(words), true)).toEqual([]);
      expect(unread(notice(words)).filter(([, reason]) => reason === 'invalid-named-twice')).toHaveLength(2);
    }
  });

  it('leaves the invalid unread beside ballots set apart by 作废 that no figure was read from', () => {
    for (const words of [
      '有效票1475张，无效票10张；另有作废选票3张，已当场封存',
      '有效票1475张，无效票10张，另有废票3张',
    ]) {
      expect(alarms(notice(words), true)).toEqual([]);
      expect(unread(notice(words)).map(([, reason]) => reason)).toContain('invalid-named-twice');
    }
    // A part of the invalid (其中), or the same value again, leaves them read.
    expect(counts(notice('有效票1478张，无效票10张，其中空白票6张、作废选票4张'))).toContain('invalid 10');
    expect(findings(notice('有效票1478张，无效票10张，其中空白票6张、作废选票4张'))).toEqual([]);
    expect(counts(notice('有效票1478张，无效票10张；另有作废选票10张'))).toContain('invalid 10');
  });

  it('reads them as one when they agree, and 其中废票 as a part', () => {
    expect(counts(notice('有效票1478张，无效票10张，废票10张'))).toContain('invalid 10');
    expect(counts(notice('有效票1478张，无效票10张，其中废票3张'))).toContain('invalid 10');
    expect(findings(notice('有效票1478张，无效票10张，其中废票3张'))).toEqual([]);
  });
});
