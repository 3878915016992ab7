import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, judged } from './corpus/read-shapes.js';

/**
 * A box table flattened into lines: each box, polling station or venue named on a line of its own, its
 * figures on the line under it (english-places.ts `boxScopeEnds`; polling-place-sums.ts `regionBefore`;
 * check-announcement-arithmetic.ts; set `boxhead`). Every number and name here is invented.
 */

const notice = (boxes: string, after: string) =>
  `东湖村村民委员会选举结果公告\n本村登记选民1520人。\n${boxes}\n${after}\n东湖村村民选举委员会\n2026年11月20日\n`;

const winners = '当选名单如下：\n主任：王建国，得票1201票\n委员：李红梅，得票1100票；张强，得票980票';

describe('box headings on lines of their own', () => {
  it('sums the boxes under 合计 and raises no alarm on a right notice', () => {
    for (const [first, second] of [
      ['中心会场：', '流动投票箱：'],
      ['第一投票站：', '流动投票箱：'],
      ['中心会场：', '分会场（二组）：'],
    ]) {
      const text = notice(
        `${first}\n发出选票1400张，收回选票1386张\n${second}\n发出选票60张，收回选票56张`,
        `合计发出选票1460张，收回选票1442张，有效票1430张，无效票12张。\n${winners}`,
      );
      expect(alarms(text, true)).toEqual([]);
      expect(judged(text).filter(([rule]) => rule === 'partition')).toHaveLength(2);
    }
  });

  it('catches boxes that do not add up to the 合计', () => {
    const text = notice(
      '中心会场：\n发出选票1400张，收回选票1376张\n流动投票箱：\n发出选票60张，收回选票56张',
      `合计发出选票1460张，收回选票1442张，有效票1430张，无效票12张。\n${winners}`,
    );
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1432/1442']);
  });

  it('never judges the winners after the last box by that box’s ballots', () => {
    const boxes = '第一投票站：\n收回选票890张\n第二投票站：\n收回选票496张\n流动投票箱：\n收回选票56张';
    const text = (votes: string) =>
      notice(
        `本村共发出选票1460张，收回选票1442张，有效票1430张，无效票12张。\n${boxes}`,
        `当选名单如下：\n主任：王建国，得票1201票\n委员：李红梅，得票1100票；张强，得票${votes}票`,
      );
    expect(alarms(text('980'), true)).toEqual([]);
    // 700 is fewer than half of the whole's 1,442 ballots, though more than the mobile box's 56.
    expect(alarmCodes(text('700'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('checks the whole’s own account after the first box’s figures', () => {
    const text = notice(
      '第一投票站：\n发出选票900张，收回选票890张\n第二投票站：\n发出选票560张，收回选票552张',
      `全村合计发出选票1460张，收回选票1442张，有效票1420张，无效票12张。\n${winners}`,
    );
    expect(alarms(text, true)).toEqual(['ANNOUNCED_SUM_MISMATCH 1432/1442']);
  });
});
