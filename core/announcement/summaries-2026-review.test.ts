import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * County and township summaries of the 2026 换届 whose shares or sums were taken of the wrong figures.
 * Every number is invented; every share is worked with exact fractions.
 */

describe('a rate of places counted in two kinds, each with what was said of them', () => {
  // 13 villages and 4 communities of the 18 places: 17 of 18 is 94.44…% → 94.4%; the 4 communities
  // alone are 22.2% of the 18.
  const TEXT =
    '全镇18个村（社区）中，村13个、社区5个。村党组织书记、村委会主任“一肩挑”的村13个，' +
    '社区书记、主任“一肩挑”的社区4个，“一肩挑”比例94.4%。';

  it('is of both kinds together, not of the last alone: unjudged', () => {
    expect(findings(TEXT)).toEqual([]);
    expect(unread(TEXT)).toContainEqual(['94.4%', 'ambiguous-base']);
  });

  it('one kind counted so is still judged by its rate', () => {
    const one = '全镇38个村。实现“一肩挑”的村35个，“一肩挑”比例为92.1%。';
    expect(findings(one)).toEqual([]);
    expect(findings(one.replace('92.1', '93.1'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '一肩挑”比例为93.1%'],
    ]);
  });
});

describe('villages and communities some of which are counted as both', () => {
  // 172 villages and 41 communities of 208 places: 5 涉农社区 are counted in both (172 + 41 − 5 = 208).
  const TEXT =
    '全县208个村（社区）中，村172个、社区41个，其中5个涉农社区同时统计为村。208个村（社区）全部完成换届。';

  it('are not summed against the whole', () => {
    expect(findings(TEXT)).toEqual([]);
  });

  it('without such words still are', () => {
    const plain = '全县208个村（社区）中，村172个、社区41个。208个村（社区）全部完成换届。';
    expect(findings(plain)).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县208个村（社区）']]);
    expect(findings(plain.replace('41', '36'))).toEqual([]);
  });
});

describe('villages and communities after a count of both said all to have done it', () => {
  // 187 villages and 49 communities make the 236 places.
  const TEXT = (communities: number) => `全县236个村和社区全部完成换届，其中村187个、社区${communities}个。`;

  it('are summed against the whole', () => {
    expect(findings(TEXT(49))).toEqual([]);
    expect(findings(TEXT(59))).toEqual([['ANNOUNCED_SUM_MISMATCH', '全县236个村和社区']]);
  });

  it('not after other words said of the places', () => {
    expect(findings('全县236个村和社区中有230个完成换届，其中村187个、社区59个。')).toEqual([]);
  });
});

describe('a share of the two committees’ members after a bare count of one committee’s', () => {
  // Section 二 counts the 2,309 members of the villagers' (residents') committees as bare 成员; section 六's
  // 305 are of the two committees' members together, a count the text never states (10.2% of about 2,990).
  const TEXT =
    '一、村党组织：选出委员2,154名。二、村（居）民委员会：选出成员2,309名，其中女性成员721名，占31.2%。' +
    '六、退役军人：“两委”成员中退役军人305名，占10.2%。';

  it('is not taken of the bare count: unjudged', () => {
    expect(findings(TEXT)).toEqual([]);
  });

  it('the share of the bare count in its own section is still judged', () => {
    expect(findings(TEXT.replace('占31.2%', '占33.2%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占33.2%']]);
  });

  it('the two committees named on both sides are still one base', () => {
    const both = '全县选出村“两委”成员2,309名。“两委”成员中退役军人305名，占13.2%。';
    expect(findings(both)).toEqual([]);
    expect(findings(both.replace('13.2', '10.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占10.2%']]);
  });
});
