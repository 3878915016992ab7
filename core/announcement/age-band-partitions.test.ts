import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';
import { ageBand } from './age-band-partitions.js';

/** Age bands that cover every age are summed against their total; others are not. Invented numbers. */

/** The partitions judged, as [right, work]. */
const partitions = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'partition')
    .map((judged) => [judged.right, judged.work.en]);

describe('age bands that cover every age', () => {
  const text = (middle: number) =>
    `新一届村委会成员共205名，35岁及以下47名，占22.9%；36至50岁${middle}名，占54.6%；51岁及以上46名，占22.4%。`;

  it('adds them up to their total', () => {
    expect(findings(text(112))).toEqual([]);
    expect(partitions(text(112))).toEqual([
      [true, '“35岁及以下47名”, “36至50岁112名” and “51岁及以上46名” make “新一届村委会成员共205名”: right'],
    ]);
  });

  it('flags bands that do not add up to it', () => {
    expect(findings(text(114))).toContainEqual(['ANNOUNCED_SUM_MISMATCH', '新一届村委会成员共205名']);
    expect(partitions(text(114))).toEqual([
      [
        false,
        '“35岁及以下47名”, “36至50岁114名” and “51岁及以上46名” come to 207, not the 205 of “新一届村委会成员共205名”',
      ],
    ]);
  });

  it('reads 周岁, 不满, 超过 and 年龄在…之间', () => {
    expect(ageBand('35周岁及以下')).toEqual({ from: null, to: 35 });
    expect(ageBand('不满35岁')).toEqual({ from: null, to: 34 });
    expect(ageBand('年龄在36周岁至50周岁之间的')).toEqual({ from: 36, to: 50 });
    expect(ageBand('36-50岁')).toEqual({ from: 36, to: 50 });
    expect(ageBand('超过50岁')).toEqual({ from: 51, to: null });
    expect(ageBand('大专及以上')).toBeNull();
    expect(ageBand('35岁以下的书记')).toBeNull();
  });
});

describe('age bands that prove no partition', () => {
  it('does not sum bands that overlap (35岁以下 and 35至50岁 both hold the 35-year-olds)', () => {
    const text = '全镇共选出村“两委”成员186名，其中35岁以下32名；35至50岁98名；50岁以上60名。';
    expect(findings(text)).toEqual([]);
    expect(partitions(text)).toEqual([]);
  });

  it('does not sum bands that leave ages out, nor bands of a part (after a second 其中)', () => {
    const gap = '全镇共选出村“两委”成员186名，其中35岁以下32名，40至50岁98名，51岁以上50名。';
    expect(partitions(gap)).toEqual([]);
    const nested =
      '全镇共选出村“两委”成员186名，其中女性42名，其中35岁以下10名，36至50岁20名，51岁以上10名。';
    expect(findings(nested)).toEqual([]);
    expect(partitions(nested)).toEqual([]);
  });
});

describe('age bands of a committee stated by its posts only', () => {
  it('are not summed against the sum of the posts, which the text does not state', () => {
    const text =
      '选举产生村委会主任43名，副主任6名，委员105名。新一届村民委员会成员中，29岁以下50人，30至49岁112人，50岁以上36人。';
    expect(findings(text)).toEqual([]);
    expect(partitions(text)).toEqual([]);
  });
});
