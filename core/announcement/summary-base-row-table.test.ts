import { describe, expect, it } from 'vitest';
import { findings, work } from './corpus/read-shapes.js';

/**
 * A summary table `项目 人数 占比` whose rows are people qualified (女性, 党员, 35岁以下) and whose base is
 * its 合计 row stating 100% (docs/announcement.md, “A table whose base is its 合计 row”). Invented numbers.
 */

const table = (party: string, total = '合计（成员总数）\t127\t100%') =>
  [
    '新一届村“两委”成员结构统计表',
    '项目\t人数\t占比',
    '女性\t31\t24.4%',
    `党员\t94\t${party}`,
    '大专及以上\t46\t36.2%',
    '35岁以下\t22\t17.3%',
    total,
  ].join('\n');

/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);

describe('a table whose base is its 合计 row', () => {
  it('judges each row’s share against the 合计 row’s count', () => {
    expect(findings(table('74.0%'))).toEqual([]);
    expect(shares(table('74.0%'))).toEqual([
      ['24.4%', true],
      ['74.0%', true],
      ['36.2%', true],
      ['17.3%', true],
      ['100%', true],
    ]);
  });

  it('flags a row’s share its counts contradict', () => {
    expect(findings(table('72.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '72.0%']]);
  });

  it('does not sum rows of people qualified, which may overlap, against a plain 合计', () => {
    // 31 + 94 + 46 is not 127, and need not be: a woman may be a party member too.
    const plain = table('74.0%', '合计\t127\t100%').replace('35岁以下\t22\t17.3%\n', '');
    expect(findings(plain)).toEqual([]);
    expect(work(plain).judged.filter((judged) => judged.rule === 'partition')).toEqual([]);
  });

  it('leaves the shares unread when no row states 100%', () => {
    const text = table('74.0%', '合计（成员总数）\t127\t');
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([]);
  });

  it('reads rows labelled by an age range (36至50岁, 36岁至50岁, 18-35岁) as rows of the table', () => {
    const ages = (middle: string, share: string, separator = '\t') =>
      [
        '村民委员会成员年龄结构',
        ['年龄段', '人数', '占比'].join(separator),
        ['35岁以下', '48', '18.2%'].join(separator),
        [middle, '131', share].join(separator),
        ['51岁以上', '85', '32.2%'].join(separator),
        ['合计', '264', '100%'].join(separator),
      ].join('\n');
    for (const middle of ['36至50岁', '36岁至50岁', '36-50岁', '36～50周岁']) {
      expect(findings(ages(middle, '49.6%'))).toEqual([]);
      expect(shares(ages(middle, '49.6%'))).toEqual([
        ['18.2%', true],
        ['49.6%', true],
        ['32.2%', true],
        ['100%', true],
      ]);
      expect(findings(ages(middle, '48.6%', ' | '))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '48.6%']]);
    }
  });
});
