import { describe, expect, it } from 'vitest';
import { findings, judged, unread } from './corpus/read-shapes.js';

/** The total after a list given respectively is the notice's count of the list's kind (list-total.ts). */
describe('合计 after a list of counts given respectively', () => {
  const text = (turnout: string) =>
    `三个选区登记选民分别为420人、386人、512人，合计1318人。参加投票1229人，参选率${turnout}%。`;

  it('reads the total as the registered voters, so the turnout is judged right or wrong', () => {
    expect(judged(text('93.25')).filter(([, words]) => words === '参选率93.25%')).toEqual([
      [expect.any(String), '参选率93.25%', true],
    ]);
    expect(findings(text('93.25'))).toEqual([]);
    expect(findings(text('94.25'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率94.25%']]);
    // The list's members stay unread.
    expect(unread(text('93.25')).map(([number]) => number)).toEqual(['420', '386', '512']);
  });

  it('reads no total that is not the sum of the list, or that stands apart from it', () => {
    for (const other of [
      '三个选区登记选民分别为420人、386人、512人，合计1328人。参加投票1229人，参选率92.55%。',
      '三个选区登记选民分别为420人、386人、512人。合计1318人。参加投票1229人，参选率93.25%。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(judged(other).filter(([, words]) => /参选率/.test(String(words)))).toEqual([]);
    }
  });
});

describe('a list given respectively whose predicate follows it', () => {
  // 412 + 356 + 291 = 1059; 1059 of 1183 is 89.5181…% → 89.52%; 291 of 1183 would be 24.60%.
  const text = (turnout: string) =>
    `本次选举设中心会场1个、投票站2个，分别有412人、356人、291人参加投票，共计1059人。全村登记选民1183人，参选率${turnout}%。`;

  it('takes the predicate for the total, never for the last count of the list alone', () => {
    expect(findings(text('89.52'))).toEqual([]);
    expect(judged(text('89.52')).filter(([, words]) => words === '参选率89.52%')).toEqual([
      [expect.any(String), '参选率89.52%', true],
    ]);
    expect(findings(text('88.52'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率88.52%']]);
    expect(unread(text('89.52')).map(([number]) => number)).toEqual(expect.arrayContaining(['356', '291']));
  });

  it('leaves the last count unread when the total is not the list’s sum', () => {
    const other = text('89.52').replace('共计1059人', '共计1060人');
    expect(findings(other)).toEqual([]);
    expect(unread(other).map(([number]) => number)).toEqual(expect.arrayContaining(['291', '1060']));
  });
});

/** The total closing a list of places under a heading of one kind of ballot (list-total.ts, totalOfHeadedList). */
describe('共 or 合计 closing a list of places under 收回选票：', () => {
  const text = (valid: string, list = '村部投票站901张，流动票箱188张，委托投票71张，共1,160张') =>
    `登记选民1,398人，参加投票的选民1,162人。发出选票1,162张。收回选票：${list}，其中有效票${valid}张，无效票8张。`;

  it('reads the total as the ballots returned and the valid and invalid after its 其中 as the whole', () => {
    expect(findings(text('1,152'))).toEqual([]);
    expect(judged(text('1,152')).some(([, words, right]) => words === '共1,160张' && right)).toBe(true);
    expect(findings(text('1,150'))).toEqual([['ANNOUNCED_SUM_MISMATCH', expect.any(String)]]);
    expect(unread(text('1,152')).map(([number]) => number)).toEqual(['901', '188', '71']);
  });

  it('reads no total the places do not sum to, nor one after an item of another shape', () => {
    for (const list of [
      '村部投票站901张，流动票箱188张，共1,160张',
      '村部投票站901张（其中无效票5张），流动票箱188张，委托投票71张，共1,160张',
      '村部投票站901张，其中无效票5张，流动票箱259张，共1,160张',
    ]) {
      expect(findings(text('1,150', list))).toEqual([]);
      expect(unread(text('1,150', list)).some(([number]) => number === '1,160')).toBe(true);
    }
  });
});
