import { describe, expect, it } from 'vitest';
import { findings, unread } from './corpus/read-shapes.js';

/**
 * People counted twice in a summary — 交叉任职 (sitting on both committees), 兼任, 重复计算, 书记、主任
 * “一肩挑” — are some of the total before them, never a total of their own nor what the parts after
 * them are of. Every number is invented; every share is worked with exact fractions.
 */

describe('people counted twice, noted in a bracket after the total', () => {
  // 29 of 96 is 30.208…% → 30.2%; 18 of 96 is 18.75% → 18.8%; 40 of 96 is 41.666…% → 41.7%.
  const TEXT = (note: string, women = '30.2') =>
    `全镇12个村全部完成换届选举。共选出“两委”成员96名${note}。其中女性29名，占${women}%；35岁以下18名，占18.8%；大专以上学历40名，占41.7%。`;

  it('leave the parts after the bracket of the total', () => {
    expect(findings(TEXT('（交叉任职18名）'))).toEqual([]);
    expect(findings(TEXT('（交叉任职18名）', '31.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占31.2%']]);
  });

  it('whatever the words of the note', () => {
    for (const note of [
      '（其中交叉任职18名）',
      '（含交叉任职18人）',
      '（书记、主任“一肩挑”12名）',
      '（兼任18名）',
      '（重复计算18名）',
    ]) {
      expect(findings(TEXT(note))).toEqual([]);
      expect(findings(TEXT(note, '31.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占31.2%']]);
    }
  });

  it('and with its rate in the bracket too', () => {
    // 14 of 56 is 25%; 15 of 56 is 26.785…% → 26.8%.
    const text = (rate: string) =>
      `共选出“两委”成员56名（交叉任职14名，交叉任职率${rate}%）。其中女性15名，占26.8%。`;
    expect(findings(text('25'))).toEqual([]);
    expect(findings(text('27'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '交叉任职率27%']]);
  });
});

describe('people counted twice with 其中 right after them, no bracket', () => {
  it('list parts of them or of the total: their shares are unread', () => {
    // 5 of 18 is 27.8%, 5 of 96 is 5.2%: which the text means it does not say.
    const text = '全镇12个村共选出“两委”成员96名，交叉任职18名，其中女性5名，占27.8%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text).map(([figure]) => figure)).toContain('27.8%');
    const larger = '全镇12个村共选出“两委”成员96名，交叉任职18名，其中女性29名，占30.2%。';
    expect(findings(larger)).toEqual([]);
  });

  it('and the parts after the next ；are the total’s again', () => {
    const text = (share: string) =>
      `共选出“两委”成员96名，交叉任职18名，其中女性5名；35岁以下18名，占${share}%。`;
    expect(findings(text('18.8'))).toEqual([]);
    expect(findings(text('19.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占19.8%']]);
  });

  it('with no 其中 after them, an attribute after them is of the total', () => {
    const text = (share: string) =>
      `共选出“两委”成员96名，交叉任职18名，交叉任职率18.8%。女性29名，占${share}%。`;
    expect(findings(text('30.2'))).toEqual([]);
    expect(findings(text('31.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占31.2%']]);
  });
});

describe('a rate named after the re-elected of a post', () => {
  it('may be of the post’s holders, not of the members: unjudged', () => {
    const text =
      '全镇共选出村委会成员57人，其中女11人，占19.3%；连选连任的25人，新当选的32人。一肩挑的1人、兼任的4人；村委主任连任的有13人，连任率76.5%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['76.5%', 'ambiguous-base']);
  });
});

describe('a register split into residents and others', () => {
  const grid = (others: number) =>
    `幸福社区第三网格居民代表推选结果公告\n第三网格登记选民955人，其中户籍选民948人，非户籍登记选民${others}人。参加投票的选民812人，发出选票812张，收回选票812张，有效票806张，无效票6张。`;

  it('is summed: every voter is registered as a resident or not', () => {
    expect(findings(grid(7))).toEqual([]);
    expect(findings(grid(17))).toEqual([['ANNOUNCED_SUM_MISMATCH', '第三网格登记选民955人']]);
    const community = (others: string) =>
      `本社区登记选民3,215人，其中本社区户籍选民2,980人，非本社区户籍选民${others}人。参加投票的选民2,806人。`;
    expect(findings(community('235'))).toEqual([]);
    expect(findings(community('253'))).toHaveLength(1);
  });

  it('but not with kinds that need not be all the others', () => {
    // 外来人口 need not be every voter not registered here (人户分离 …): not summed.
    const text = '本社区登记选民955人，其中户籍选民948人，外来人口选民9人。参加投票的选民812人。';
    expect(findings(text)).toEqual([]);
  });
});
