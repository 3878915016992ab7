import { describe, expect, it } from 'vitest';
import { findings, rows, unread } from './corpus/read-shapes.js';

/**
 * County and township summaries of the 2026 换届: some of the places named with 中 (中有), a bare 共 after
 * two kinds of place or two bodies of members, shares given with 占比分别为, and a rate a change starts
 * from. Every number is invented; every share is worked with exact fractions.
 */

describe('places named with 中有 glued to their total', () => {
  // 179 of 186 is 96.236…% → 96.2%.
  const TEXT = (share: string) => `全县186个村中有179个实现“一肩挑”，占${share}%。`;

  it('are a part of the total before 中', () => {
    expect(findings(TEXT('96.2'))).toEqual([]);
    expect(rows(TEXT('96.2'))).toContainEqual([
      'percent',
      'group 实现“一肩挑”的村 / group 村',
      null,
      '96.2',
      '占96.2%',
    ]);
    expect(findings(TEXT('97.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占97.2%']]);
  });

  it('with the noun said again after 个, when it is the total’s own', () => {
    // 11 of 12 is 91.666…% → 91.7%.
    const text = '全乡12个村中有11个村实现书记、主任“一肩挑”，占91.7%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('91.7', '92.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占92.7%']]);
    // Villages among villages and communities: which kind the share is of is not said again.
    expect(unread('全镇18个村（社区）中有15个村实现“一肩挑”，占83.3%。')).toContainEqual([
      '83.3%',
      'no-base',
    ]);
  });

  it('and the places elected at once and by a further election make the total', () => {
    const text = (further: number) => `全乡12个村中有10个村一次选举成功，${further}个另行选举。`;
    expect(findings(text(2))).toEqual([]);
    expect(findings(text(3))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全乡12个村']]);
  });

  it('but communities named with 中 whose count is unread are no count of their kind', () => {
    const text =
      '全县186个行政村全部完成换届；12个涉农社区中有11个实现“一肩挑”，占91.7%。全县村172个、社区41个，共213个。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['91.7%', 'no-base']);
  });
});

describe('a bare 共 after villages and communities, each noun before its count', () => {
  const TEXT = (sum: string) => `全县村1,204个、社区216个，共${sum}个，于2026年5月底前全部完成换届。`;

  it('is the places of both kinds, which the two counts make', () => {
    expect(findings(TEXT('1,420'))).toEqual([]);
    expect(rows(TEXT('1,420'))).toContainEqual(['group', '村（社区）', null, 1420, '共1,420个']);
    expect(findings(TEXT('1,430'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共1,430个']]);
  });

  it('and so is 共 after each count before its noun', () => {
    expect(findings('全镇15个村、3个社区，共19个，全部完成换届。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '共19个'],
    ]);
  });

  it('but not after places qualified in words, nor two counts of one kind', () => {
    expect(unread('全县辖涉农社区12个、村15个，共28个。')).toContainEqual(['28', 'no-meaning']);
    expect(findings('全镇村15个、村16个，共30个。')).toEqual([]);
  });
});

describe('a bare 共 after the members of two committees', () => {
  // 23 of 75 is 30.666…% → 30.7%.
  const TEXT = (sum: number) => `全镇村委会成员54名、社区居委会成员21名，共${sum}名，其中女性23名，占30.7%。`;

  it('is the members of both, and the women after it are of them', () => {
    expect(findings(TEXT(75))).toEqual([]);
    expect(rows(TEXT(75))).toContainEqual([
      'percent',
      'group 女性 / group 村委会成员、社区居委会成员',
      null,
      '30.7',
      '占30.7%',
    ]);
    expect(findings(TEXT(76))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '共76名']);
  });

  it('but a party body and a committee may share members (交叉任职): their sum is not checked', () => {
    // 54 + 60 = 114 seats held by 96 people, 18 of whom sit on both; 29 of 96 is 30.208…% → 30.2%.
    const text = '全镇选出村党组织成员54名、村委会成员60名，共96名，其中交叉任职18名，女性29名，占30.2%。';
    expect(findings(text)).toEqual([]);
    expect(rows(text)).toContainEqual([
      'percent',
      'group 女性 / group 村党组织成员、村委会成员',
      null,
      '30.2',
      '占30.2%',
    ]);
  });

  it('but not after a third body listed before them', () => {
    expect(unread('全镇村委会成员54名、社区居委会成员21名、监委会成员12名，共88名。')).toContainEqual([
      '88',
      'no-meaning',
    ]);
  });
});

describe('shares given with 占比分别为 after parts of the sentence’s total', () => {
  // 312 of 1,024 is 30.468…% → 30.5%; 412 of 1,024 is 40.234…% → 40.2%.
  const TEXT = (second: string) =>
    `全县共选出村委会成员1,024名，其中女性312名、大专以上学历412名，占比分别为30.5%、${second}%。`;

  it('are each of that total', () => {
    expect(findings(TEXT('40.2'))).toEqual([]);
    expect(findings(TEXT('41.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '41.2%']]);
  });

  it('while 比例分别为 names no share of anything and stays unread', () => {
    expect(unread(TEXT('40.2').replace('占比', '比例'))).toContainEqual(['30.5%', 'no-base']);
  });
});

describe('a rate and the rate it changed from', () => {
  it('are the last term’s, unread, and this term’s rate of the places just counted', () => {
    // 179 of 186 is 96.236…% → 96.2%.
    const text = '全县辖186个村，实现“一肩挑”的村179个，“一肩挑”比例由上届的62.4%提高到96.2%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([['62.4%', 'last-term-aside']]);
    expect(findings(text.replace('96.2', '97.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '提高到97.2%']]);
  });

  it('are both a change when the rate is not named after the places just counted', () => {
    const text = '全县辖186个村，实现“一肩挑”的村179个，书记兼任主任比例由上届的62.4%提高到96.2%。';
    expect(findings(text)).toEqual([]);
    // 62.4% is the last term's rate itself, 96.2% the rate it changed to, of no count stated.
    expect(unread(text)).toEqual([
      ['62.4%', 'last-term-aside'],
      ['96.2%', 'change'],
    ]);
  });
});
