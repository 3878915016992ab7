import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';

/** 6成8, 六成八 (68 %), 七成 (70 %, to a tenth): a share written in 成, never two numbers. */
describe('a share written in 成', () => {
  const notice = (voted: number, share: string) =>
    `本村登记选民1000人，参加投票的选民${voted}人，参选率${share}。发出选票${voted}张，收回选票${voted}张，其中有效票${voted - 10}张，无效票10张。`;

  it('reads 6成8 and 六成八 as 68 %, judged against its counts', () => {
    for (const share of ['6成8', '六成八', '6.8成']) {
      expect(judged(notice(680, share))).toContainEqual(['share', `参选率${share}`, true]);
      expect(alarms(notice(680, share), true)).toEqual([]);
      expect(unread(notice(680, share))).toEqual([]);
      expect(
        alarms(notice(650, share), true).some((alarm) => alarm.startsWith('ANNOUNCED_PERCENT_MISMATCH')),
      ).toBe(true);
    }
  });

  it('lists 七成 and 7成, a share to a tenth, unread as written in 成', () => {
    for (const share of ['七成', '7成', '两成', '4成22']) {
      expect(unread(notice(700, share))).toEqual([[share, 'in-cheng']]);
      expect(alarms(notice(600, share), true)).toEqual([]);
    }
  });

  it('keeps 近七成, 六成多 and 七成以上 approximate, and reads no share in words such as 一成不变', () => {
    for (const share of ['近七成', '六成多', '七成以上', '破6成8', '逾6成8']) {
      const text = notice(700, share);
      expect(unread(text).map(([, reason]) => reason)).toEqual(['approximate']);
    }
    expect(unread('村委会成员3人，选举办法一成不变，3成员均连任，八成是好事。')).not.toContainEqual(
      expect.arrayContaining(['in-cheng']),
    );
  });
});
