import { describe, expect, it } from 'vitest';
import { alarmCodes, judged, work } from './corpus/read-shapes.js';

/**
 * A candidate's share naming the representatives present as its base (占到会代表的, 得票率占到会代表的): judged of
 * the count of those present the notice states once, at one meeting (shares-of-attending-representatives.ts);
 * unread with why when it states none, several values, or another meeting or round.
 */
const notice = (share: string, present = '应到居民代表82人，实到居民代表78人', more = '') =>
  [
    '幸福社区第五届居民委员会选举结果公告',
    `2026年5月20日，幸福社区召开居民代表会议，选举产生第五届居民委员会。本社区${present}。发出选票78张，收回选票78张，其中有效票77张，无效票1张。${more}`,
    `主任：王建国，得48票，占到会代表的61.5%；委员：李秀英（女），得70票，${share}。`,
    '以上同志获得到会居民代表过半数的选票，当选。',
  ].join('\n');

const verdictOf = (text: string, share: string) =>
  judged(text).find(([, words]) => String(words).includes(share));
const unjudgedOf = (text: string, share: string) =>
  work(text).unjudged.find((figure) => figure.text.includes(share));

describe('a share of the representatives present', () => {
  it('right of the 78 present (89.7%), wrong of the 77 valid: judged right', () => {
    const text = notice('占到会代表的89.7%');
    expect(alarmCodes(text)).toEqual([]);
    expect(verdictOf(text, '89.7%')).toEqual(['share', '占到会代表的89.7%', true]);
  });

  it('right of the 77 valid only (90.9%): flagged', () => {
    expect(alarmCodes(notice('占到会代表的90.9%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('得票率占到会代表的 after 到会代表78名 (a group): judged of it', () => {
    const text = notice('得票率占到会代表的91.0%', '到会代表78名');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(verdictOf(notice('得票率占到会代表的89.7%', '到会代表78名'), '89.7%')?.[2]).toBe(true);
  });

  it('实际到会 and 实际参会 name the one meeting, as 到会 does: judged of the count', () => {
    for (const present of ['实际到会居民代表78人', '实际参会代表78名']) {
      const text = notice('占实际到会代表的89.7%', present);
      expect(alarmCodes(text)).toEqual([]);
      expect(verdictOf(text, '89.7%')?.[2]).toBe(true);
    }
  });

  it('those present restated alike: one count', () => {
    const text = notice('占到会代表的90.9%', '实到居民代表78人，到会代表78名');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('only those due stated: unread, never judged of the voters', () => {
    const text = notice('占到会代表的90.9%', '应到居民代表82人，参加投票的居民代表78人');
    expect(alarmCodes(text)).toEqual([]);
    expect(unjudgedOf(text, '90.9%')?.work.en).toContain('states no count of them');
  });

  it('those present in two values: unread with both', () => {
    const text = notice('占到会代表的90.9%', '上午到会代表75名，下午实到居民代表78人');
    expect(alarmCodes(text)).toEqual([]);
    expect(unjudgedOf(text, '90.9%')?.work.en).toContain('2 values (75, 78)');
  });

  it('a second meeting or a runoff told of: unread', () => {
    const text = notice('占到会代表的90.9%', undefined, '5月27日另行选举委员1名。');
    expect(alarmCodes(text)).toEqual([]);
    expect(unjudgedOf(text, '90.9%')?.work.en).toContain('another meeting or round');
  });

  it('another kind of meeting named too (居民会议): unread', () => {
    const text = notice('占到会代表的90.9%', undefined, '此前召开的居民会议推选了居民代表。');
    expect(alarmCodes(text)).toEqual([]);
    expect(unjudgedOf(text, '90.9%')?.work.en).toContain('another meeting or round');
  });
});

/** The households that voted stated in two values (shares-of-named-households.ts): the share judged of each. */
const households = (share: string) =>
  [
    '滨河社区第九届居民委员会选举结果公告',
    '滨河社区第九届居民委员会选举采取户代表选举方式，于2026年5月16日举行。',
    '全社区共1,120户，登记选民2,583人。截至上午11时，参加投票户数901户；投票结束时，参加投票的户代表968户。收回选票968张，其中有效票951张，无效票17张。',
    `主任：程国梁，得票842票，${share}；`,
    '以上同志获得参加投票户代表过半数的选票，当选。',
  ].join('\n');

describe('a share of the households voting, stated in two values', () => {
  it('right of 968 (86.98%), wrong of 901: unread with what each gives', () => {
    const text = households('占参加投票户数的86.98%');
    expect(alarmCodes(text)).toEqual([]);
    expect(unjudgedOf(text, '86.98%')?.work.en).toContain('2 values (901, 968)');
  });

  it('wrong of both (88.54%, right of the 951 valid only): flagged', () => {
    expect(alarmCodes(households('占参加投票户数的88.54%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});
