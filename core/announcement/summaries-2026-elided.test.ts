import { describe, expect, it } from 'vitest';
import { findings, judged, rows, unread } from './corpus/read-shapes.js';

/**
 * County summaries of the 2026 换届 that leave out the places' noun after a count of them, or write the
 * counts in Chinese numerals, and a village's notice that counts its people without saying who they
 * are. Every number is invented; every share is worked with exact fractions.
 */

describe('places counted with their noun left out after the places they are some of', () => {
  // 264 + 23 = 287.
  const SPLIT = (further: number) => `全县287个村（社区）中，264个一次选举成功，${further}个另行选举。`;

  it('are parts of the total stated before them in the sentence, and the two outcomes make it up', () => {
    expect(rows(SPLIT(23))).toContainEqual([
      'group',
      '一次选举成功的村（社区）',
      '村（社区）',
      264,
      '264个一次选举成功',
    ]);
    expect(rows(SPLIT(23))).toContainEqual([
      'group',
      '另行选举的村（社区）',
      '村（社区）',
      23,
      '23个另行选举',
    ]);
    expect(judged(SPLIT(23))).toContainEqual(['partition', '全县287个村（社区）', true]);
    expect(findings(SPLIT(23))).toEqual([]);
    expect(findings(SPLIT(24))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县287个村（社区）']]);
  });

  it('judge the rate named by what was said of them', () => {
    // 264 of 268 is 98.507…% → 98.5%.
    const text = (rate: string) =>
      `全县268个村（社区）中，264个一次选举成功，一次选举成功率${rate}%；尚有4个村（社区）因当选人数不足另行选举，均已选齐。`;
    expect(findings(text('98.5'))).toEqual([]);
    expect(judged(text('98.5'))).toContainEqual(['share', '一次选举成功率98.5%', true]);
    expect(findings(text('97.5'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '一次选举成功率97.5%']]);
  });

  it('after 其中 right after the total', () => {
    // 31 of 33 is 93.939…% → 93.9%.
    const text = (share: string) => `全镇共有33个村（社区），其中31个实现书记、主任“一肩挑”，占${share}%。`;
    expect(findings(text('93.9'))).toEqual([]);
    expect(findings(text('94.9'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占94.9%']]);
    // Listed with 、 after 其中: 264 + 23 = 287.
    const listed = (further: number) =>
      `全县共有村（社区）287个，其中264个一次选举成功、${further}个另行选举。`;
    expect(findings(listed(23))).toEqual([]);
    expect(findings(listed(25))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县共有村（社区）287个']]);
  });

  it('are not summed when a third count or one said of other things stands beside them', () => {
    // 264 + 20 + 3 = 287: the third is neither outcome; 280 of the 287 hold both posts in one person.
    const three = '全县287个村（社区）中，264个一次选举成功，20个另行选举，3个暂缓换届。';
    expect(findings(three)).toEqual([]);
    expect(judged(three).filter(([rule]) => rule === 'partition')).toEqual([]);
    const overlapping = '全县287个村（社区）中，264个一次选举成功，280个实现“一肩挑”。';
    expect(findings(overlapping)).toEqual([]);
    expect(judged(overlapping).filter(([rule]) => rule === 'partition')).toEqual([]);
  });

  it('are not summed against the total when another count of the places stands before them', () => {
    // 264 + 20 = 284 of the 287: the two outcomes are of the places that have finished, not of all.
    const finished =
      '截至4月30日，全县287个村（社区）中，已有284个完成换届，其中264个一次选举成功，20个另行选举。';
    expect(findings(finished)).toEqual([]);
    expect(judged(finished).filter(([rule]) => rule === 'partition')).toEqual([]);
    // A count written in Chinese numerals stands between too.
    const numerals = '全县287个村（社区）中，已有二百八十四个完成换届，其中264个一次选举成功，20个另行选举。';
    expect(findings(numerals)).toEqual([]);
    // Nothing between: still summed and flagged when the sum does not come out.
    expect(findings(SPLIT(20))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县287个村（社区）']]);
  });

  it('are no places when 个 counts another thing, or no total of places stands before them', () => {
    expect(
      unread('全县287个村（社区）中，设投票站12个，12个投票站均按时开箱。').map(([text]) => text),
    ).toContain('12');
    expect(rows('全县共设立投票站48个。264个一次选举成功。').filter(([kind]) => kind === 'group')).toEqual(
      [],
    );
  });
});

describe('villages and communities counted in Chinese numerals', () => {
  const TEXT = (communities: string) =>
    `全县共有村（社区）二百一十六个，其中村一百八十个、社区${communities}个，均已完成换届。`;

  it('are read after their noun and summed against the total', () => {
    expect(rows(TEXT('三十六'))).toEqual([
      ['group', '村（社区）', null, 216, '全县共有村（社区）二百一十六个'],
      ['group', '村', '村（社区）', 180, '村一百八十个'],
      ['group', '社区', '村（社区）', 36, '社区三十六个'],
    ]);
    expect(findings(TEXT('三十六'))).toEqual([]);
    expect(findings(TEXT('三十七'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县共有村（社区）二百一十六个']]);
  });

  it('with the total in digits', () => {
    const text = (villages: string) => `全镇21个村（社区）全部完成换届，其中村${villages}个、社区十三个。`;
    expect(findings(text('八'))).toEqual([]);
    expect(findings(text('九'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全镇21个村（社区）']]);
  });

  it('are no count where a noun follows 个 or nothing ends the clause', () => {
    expect(rows('全村三个村民小组共推选村民代表二十一名。').filter(([, label]) => label === '村')).toEqual(
      [],
    );
  });
});

describe('the people of the whole village before those who voted', () => {
  it('are listed unread (population or electorate?), and the turnout is not judged of them', () => {
    const text = '全村1,204人中1,102人投票，投票率91.5%。';
    expect(unread(text)).toContainEqual(['1,204', 'whole-place-people']);
    expect(judged(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
    // 1102 of 1180 registered voters (not stated) is 93.4%: judged of the 1,204 it was a false alarm.
    const dated = '选举日全村1,204人中1,102人投票，参选率93.4%。';
    expect(unread(dated)).toContainEqual(['1,204', 'whole-place-people']);
    expect(findings(dated)).toEqual([]);
  });

  it('are the registered voters when the text says so', () => {
    // 1102 of 1204 is 91.528…% → 91.5%.
    const text = (rate: string) => `全村登记选民1,204人中1,102人投票，投票率${rate}%。`;
    expect(judged(text('91.5'))).toContainEqual(['share', '投票率91.5%', true]);
    expect(findings(text('92.5'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '投票率92.5%']]);
  });
});
