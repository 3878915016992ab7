import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, unread } from './corpus/read-shapes.js';

/**
 * The kinds of invalid ballots listed right after them (kinds-of-invalid.ts), and the parts of the people
 * holding two posts named as `交叉任职人员中` (group-figure.ts, summary-totals.ts). Every number and name
 * here is invented.
 */

const notice = (ballots: string) =>
  `青山村第十二届村民委员会选举结果公告\n本村登记选民1600人，参加投票1500人，发出选票1500张，收回选票1500张，${ballots}\n韦国强得票1200票，当选为村民委员会主任。\n`;

const partsJudged = (text: string) => judged(text).filter(([rule]) => rule === 'partition');

describe('kinds of invalid ballots', () => {
  it('reads 作废票 in a bracket of 无效票 as a part of them, not as the invalid ballots named twice', () => {
    const text = notice('有效票1490张，无效票10张（含作废票3张）。');
    expect(counts(text)).toContain('invalid 10');
    expect(unread(text)).toEqual([]);
    expect(partsJudged(text)).toEqual([['partition', '无效票10张', true]]);
    expect(judged(text)).toContainEqual(['ballots', '收回选票1500张', true]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('holds a kind to no more than the invalid ballots', () => {
    expect(alarms(notice('有效票1490张，无效票10张（含作废票12张）。'), true)).toEqual([
      'ANNOUNCED_SUM_MISMATCH 12/10',
    ]);
    expect(partsJudged(notice('有效票1488张，废票12张（其中空白票5张）。'))).toEqual([
      ['partition', '废票12张', true],
    ]);
    expect(partsJudged(notice('有效票1490张，无效票10张，其中废票3张。'))).toEqual([
      ['partition', '无效票10张', true],
    ]);
  });

  it('sums kinds that cannot overlap, after 其中 or in a bracket', () => {
    for (const kinds of [
      '，其中空白票4张、多选票6张。',
      '（其中：空白票4张，多选票6张）。',
      '（含空白票4张、字迹模糊票6张）。',
    ]) {
      const text = notice(`有效票1490张，无效票10张${kinds}`);
      expect(unread(text)).toEqual([]);
      expect(partsJudged(text)).toEqual([['partition', '无效票10张', true]]);
      expect(alarms(text, true)).toEqual([]);
    }
    expect(alarms(notice('有效票1490张，无效票10张，其中空白票4张、多选票7张。'), true)).toEqual([
      'ANNOUNCED_SUM_MISMATCH 11/10',
    ]);
  });

  it('never sums kinds that may overlap, and never calls parts short of the whole wrong', () => {
    // An overvoted ballot may also be illegible; 作废 may be said of a blank ballot.
    for (const kinds of [
      '（其中多选票6张、字迹不清票6张）。',
      '（其中空白票6张，作废票6张）。',
      '，其中空白票2张、多选票3张。',
    ]) {
      const text = notice(`有效票1490张，无效票10张${kinds}`);
      expect(alarms(text, true)).toEqual([]);
      expect(partsJudged(text).every(([, , right]) => right)).toBe(true);
    }
  });

  it('lists the kinds unread with their reason when the invalid ballots are not read', () => {
    const text = notice('有效票1475张，无效票10张（其中空白票4张），废票3张。').replaceAll('1500', '1488');
    expect(unread(text)).toEqual([
      ['10', 'invalid-named-twice'],
      ['4', 'kind-of-invalid'],
      ['3', 'invalid-named-twice'],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it('leaves a bracket of anything but kinds of ballot as before', () => {
    const text = notice('有效票1490张，无效票10张（其中流动票箱2张）。');
    expect(partsJudged(text)).toEqual([]);
    expect(unread(text)).toEqual([['2', 'no-meaning']]);
  });

  it('lists the kinds of a box’s invalid ballots unread, never judged against the whole’s', () => {
    const text = notice(
      '有效票1490张，无效票10张。养老院投票箱收回选票46张，其中无效票2张（其中空白票1张）。',
    );
    expect(partsJudged(text)).toEqual([]);
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text).map(([number]) => number)).toContain('1');
  });
});

describe('parts of the people holding two posts', () => {
  const summary =
    '青山镇村“两委”换届选举情况通报\n全镇共选出村“两委”成员96名，其中村党组织成员52名，村委会成员62名，交叉任职18名。';

  it('reads 交叉任职人员中 as naming the 18 holding two posts, and its parts and shares as theirs', () => {
    const text = `${summary}交叉任职人员中，女性5名，占27.8%。`;
    expect(judged(text)).toContainEqual(['share', '占27.8%', true]);
    expect(alarms(text)).toEqual([]);
    expect(judged(`${summary}交叉任职人员中党员12名。`)).toContainEqual([
      'part-within-total',
      '交叉任职人员中党员12名',
      true,
    ]);
  });

  it('flags a part of them more than them, never a share of the whole taken for theirs', () => {
    expect(alarms(`${summary}交叉任职人员中，女性5名，占5.2%。`)).not.toEqual([]);
    expect(alarms(`${summary}交叉任职人员中，女性5名，占27.8%。女性成员29名，占30.2%。`)).toEqual([]);
  });
});
