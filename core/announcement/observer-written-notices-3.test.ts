import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A third set of notices written the way they are pasted (from phones, from scans, with corrections,
 * 户代表 and per-group elections), each internally right (every share worked with exact fractions),
 * beside a variant with one wrong figure planted, so that a test passing on the right notice cannot pass
 * by checking nothing. Every number and name is invented.
 */

const village = getRulePack('cn-village')!;

/** What the rule pack finds in a notice alone: codes and severities, information left out. */
const judged = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [finding.code, finding.candidate ?? null]);

describe('a notice pasted from a phone: thousands parted by a space, a sentence broken across lines', () => {
  // 2740 of 3216 is 85.199%, so 85.2%; 2738 returned of 3216 would be 85.1%. Read as 2 and 740, the
  // ballots made the election void.
  const NOTICE = (rate = '８５.２') =>
    [
      '🎉🎉喜报！我们阳光社区第十二届居委会换届选举圆满成功啦👏👏',
      '本次登记选民 ３２１６ 人，实际参加投票',
      `２７４０人，参选率${rate}％！`,
      '发出选票2 740张，收回选票2 738张，有效票2 731张💪',
      '👉主任：钱晓霞 得票 2 215 票 当选',
      '👉委员：许丽 1 998票、曹军 1 876票 当选',
    ].join('\n');

  it('reads each number whole and the voters across the break, and calls nothing wrong or void', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
    expect(unread(NOTICE())).toEqual([]);
  });

  it('flags a turnout wrong of the voters read across the break', () => {
    expect(findings(NOTICE('８６.２'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率８６.２％']]);
  });

  it('reads a share alone on the line after its label and colon', () => {
    const text = ['登记选民：４３１８人', '参加投票：３５０２人', '参选率：', '81.1%'].join('\n');
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('81.1%', '81.7%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率：\n81.7%'],
    ]);
  });

  it('keeps a table’s columns apart: no space-parted thousands without a unit', () => {
    const table = ['乡镇 村数 “两委”成员数 女性成员数', '城关镇 18 112 28', '河口乡 12 76 17'].join('\n');
    expect(unread(table).map(([text]) => text)).toEqual(['18', '112', '28', '12', '76', '17']);
  });
});

describe('a scanned notice whose digits the scan read as letters', () => {
  // 1O23 and l236 are 1023 and 1236 to a person, but the reader cannot know it: read as 1 and 23, the
  // voters were fewer than the ballots returned.
  const NOTICE = [
    '本村登记选民l236人，参加投票选民1O23人，参选率82.8%。',
    '收回选票1021张，有效票1016张，无效票5张。',
    '主任候选人甘志强得票845票，得票率82.8%，当选为村民委员会主任。',
  ].join('\n');

  it('lists the damaged numbers unread and raises nothing', () => {
    expect(findings(NOTICE)).toEqual([]);
    expect(unread(NOTICE)).toEqual(
      expect.arrayContaining([
        ['l236', 'garbled'],
        ['1O23', 'garbled'],
      ]),
    );
  });

  it('still checks the ballots read whole', () => {
    expect(findings(NOTICE.replace('无效票5张', '无效票7张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1021张'],
    ]);
  });

  it('takes no letter of a word for a digit (No.12, Room 3)', () => {
    const reasons = unread('Room 12 of No.3 building, Block O2: 1,023 voters of 1,236 registered.');
    expect(reasons.filter(([, reason]) => reason === 'garbled')).toEqual([]);
  });
});
