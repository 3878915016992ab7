import { describe, expect, it } from 'vitest';
import type { ExactDecimal } from './announced-figures.js';
import { findings, work } from './corpus/read-shapes.js';
import { judgePercent } from './percent-rule.js';
import { shareOfWhole, writtenAsNotExact } from './share-of-known-base.js';

/**
 * A share whose whole is stated with certainty but whose part is not (大专及以上学历的占总数的28.6% after
 * 132 members, with no count of 大专及以上): wrong when no whole number of the whole gives it, else left
 * unjudged. Every number and name here is invented.
 */

const share = (text: string): ExactDecimal => {
  const [whole = '', fraction = ''] = text.split('.');
  return { digits: BigInt(whole + fraction), decimals: fraction.length };
};

/** The same question answered by trying every part, for small wholes only. */
function bruteForce(stated: ExactDecimal, whole: bigint): boolean {
  for (let part = 0n; part <= whole; part++)
    if (judgePercent(stated, part, whole).kind === 'agrees') return true;
  return false;
}

describe('shareOfWhole: whether any whole number of a base gives a share', () => {
  it('finds no part of 132 for 28.6 %, and names the nearest on either side', () => {
    expect(shareOfWhole(share('28.6'), 132n)).toEqual({ possible: false, below: 37n, above: 38n });
  });

  it('finds the smallest part that gives a possible share', () => {
    expect(shareOfWhole(share('28.0'), 132n)).toEqual({ possible: true, fits: 37n });
    // 38/132 = 28.7878…%: rounded 28.8, truncated 28.7 — both fit.
    expect(shareOfWhole(share('28.8'), 132n)).toEqual({ possible: true, fits: 38n });
    expect(shareOfWhole(share('28.7'), 132n)).toEqual({ possible: true, fits: 38n });
  });

  it('takes 0 % and 100 % as always possible, and judges the shares next to them', () => {
    expect(shareOfWhole(share('0'), 132n)).toEqual({ possible: true, fits: 0n });
    expect(shareOfWhole(share('0.0'), 132n)).toEqual({ possible: true, fits: 0n });
    expect(shareOfWhole(share('100'), 132n)).toEqual({ possible: true, fits: 132n });
    expect(shareOfWhole(share('100.0'), 7n)).toEqual({ possible: true, fits: 7n });
    // 1/132 = 0.7575…%: neither 0.5 rounded nor truncated.
    expect(shareOfWhole(share('0.5'), 132n)).toEqual({ possible: false, below: 0n, above: 1n });
    // 131/132 = 99.2424…%.
    expect(shareOfWhole(share('99.9'), 132n)).toEqual({ possible: false, below: 131n, above: 132n });
  });

  it('judges two-decimal shares at their own precision', () => {
    expect(shareOfWhole(share('28.79'), 132n)).toEqual({ possible: true, fits: 38n });
    expect(shareOfWhole(share('28.78'), 132n)).toEqual({ possible: true, fits: 38n });
    expect(shareOfWhole(share('28.70'), 132n)).toEqual({ possible: false, below: 37n, above: 38n });
  });

  it('finds every share possible of a large whole (each step smaller than the last decimal)', () => {
    for (let digits = 0n; digits <= 1000n; digits++)
      expect(shareOfWhole({ digits, decimals: 1 }, 1000n)?.possible).toBe(true);
    for (let digits = 0n; digits <= 10_000n; digits += 7n)
      expect(shareOfWhole({ digits, decimals: 2 }, 12_345n)?.possible).toBe(true);
    // One step of 132 is 0.7575…%: two-decimal shares are mostly impossible of it.
    expect(shareOfWhole(share('50.01'), 132n)?.possible).toBe(false);
  });

  it('agrees with trying every part, for every one-decimal share of every whole up to 30', () => {
    for (let whole = 1n; whole <= 30n; whole++)
      for (let digits = 0n; digits <= 1000n; digits++) {
        const stated = { digits, decimals: 1 };
        expect(shareOfWhole(stated, whole)?.possible, `${digits}/10 % of ${whole}`).toBe(
          bruteForce(stated, whole),
        );
      }
  });

  it('names the nearest parts right: below gives less than the share, above more', () => {
    for (const [text, whole] of [
      ['28.6', 132n],
      ['0.5', 132n],
      ['33.4', 3n],
      ['12.34', 977n],
    ] as const) {
      const result = shareOfWhole(share(text), whole);
      if (result === null || result.possible) throw new Error(`${text} of ${whole} should be impossible`);
      expect(result.above).toBe(result.below + 1n);
      const stated = share(text);
      const scale = 10n ** BigInt(stated.decimals);
      expect(result.below * 100n * scale < stated.digits * whole).toBe(true);
      expect(result.above * 100n * scale > stated.digits * whole).toBe(true);
    }
  });

  it('leaves a whole of 0, a share above 100 % and a negative share alone', () => {
    expect(shareOfWhole(share('28.6'), 0n)).toBeNull();
    expect(shareOfWhole(share('128.6'), 132n)).toBeNull();
    expect(shareOfWhole({ digits: -286n, decimals: 1 }, 132n)).toBeNull();
  });

  it('takes words of approximation and bounds as not exact, and group names with 以上 as exact', () => {
    expect(writtenAsNotExact('大专以上学历的约占总数的28.6%')).toBe(true);
    expect(writtenAsNotExact('女性超过总数的28.6%')).toBe(true);
    expect(writtenAsNotExact('about 28.6%')).toBe(true);
    expect(writtenAsNotExact('大专及以上学历的占总数的28.6%')).toBe(false);
    expect(writtenAsNotExact('College and college education accounted for 28.6%')).toBe(false);
  });
});

/** The shares judged by their whole alone, as [text, right]. */
const byWhole = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share-of-whole')
    .map((judged) => [judged.text, judged.right]);

const MEMBERS = '全区共选出新一届村（社区）党组织班子成员132人，其中连任74人，占总数的56.1%；';

describe('a share of a stated total whose part the text does not count', () => {
  it('flags 占总数的28.6% of 132 (Chinese), with the nearest parts in both languages', () => {
    const text = `${MEMBERS}大专学历17人，本科学历20人，大专及以上学历的占总数的28.6%。`;
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '大专及以上学历的占总数的28.6%']]);
    expect(byWhole(text)).toEqual([['大专及以上学历的占总数的28.6%', false]]);
    const [finding] = work(text).findings;
    expect(finding?.messages.zh).toContain('37/132为28.0303…%，38/132为28.7878…%');
    expect(finding?.messages.en).toContain('no whole number of the 132');
    expect(finding?.messages.en).toContain('37 of 132 is 28.0303…%, 38 of 132 is 28.7878…%');
    expect(finding?.expected).toBe('28.0% / 28.8%');
    expect(finding?.found).toBe('28.6%');
  });

  it('flags “accounted for 28.6% of the total” (English)', () => {
    const text =
      'A total of 132 committee members were elected. Members with college education accounted for 28.6% of the total.';
    expect(findings(text)).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', 'Members with college education accounted for 28.6%'],
    ]);
    const judged = work(text).judged.find((figure) => figure.rule === 'share-of-whole');
    expect(judged?.work.en).toContain('37 of 132 is 28.0303…%, 38 of 132 is 28.7878…%');
    expect(
      findings('A total of 132 committee members were elected. Women made up 28.6% of all members.'),
    ).toEqual([['ANNOUNCED_PERCENT_MISMATCH', 'Women made up 28.6%']]);
  });

  it('leaves a possible share unjudged, never right, and says that it is possible', () => {
    const text = `${MEMBERS}大专及以上学历的占总数的28.0%。`;
    expect(findings(text)).toEqual([]);
    expect(byWhole(text)).toEqual([]);
    const unjudged = work(text).unjudged.find((figure) => figure.text.includes('28.0%'));
    expect(unjudged?.reason).toBe('counts-not-stated');
    expect(unjudged?.work.en).toContain('can give it, e.g. 37');
    expect(
      findings(
        'A total of 132 committee members were elected. Members with college education accounted for 28.8% of the total.',
      ),
    ).toEqual([]);
  });

  it('judges 0 %, 100 % and two-decimal shares by the same rule', () => {
    expect(findings(`${MEMBERS}大专及以上学历的占总数的0%。`)).toEqual([]);
    expect(findings(`${MEMBERS}大专及以上学历的占总数的100%。`)).toEqual([]);
    expect(findings(`${MEMBERS}大专及以上学历的占总数的28.79%。`)).toEqual([]);
    expect(findings(`${MEMBERS}大专及以上学历的占总数的28.70%。`)).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '大专及以上学历的占总数的28.70%'],
    ]);
    expect(findings(`${MEMBERS}大专及以上学历的占总数的99.9%。`)).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '大专及以上学历的占总数的99.9%'],
    ]);
  });

  it('never flags a share of a large total: every share is possible of it', () => {
    const text = (value: string) =>
      `全县共选出村委会成员2316人，其中连任1201人，占总数的51.9%；大专以上学历的占总数的${value}%。`;
    for (const value of ['28.6', '33.3', '0.1', '99.9', '41.7']) expect(findings(text(value))).toEqual([]);
  });

  it('never flags an approximate share, a bound or a change', () => {
    for (const words of [
      '大专及以上学历的约占总数的28.6%',
      '大专及以上学历的占总数的近28.6%',
      '大专及以上学历的占总数的28.6%以上',
      '大专及以上学历的超过总数的28.6%',
      '大专及以上学历的占总数的比例较上届提高2.6个百分点',
    ])
      expect(findings(`${MEMBERS}${words}。`), words).toEqual([]);
    for (const words of [
      'Members with college education accounted for about 28.6% of the total.',
      'Members with college education accounted for over 28.6% of the total.',
      'The share of members with college education increased by 3.6 percentage points.',
      'The share of members with college education rose by 28.6 percentage points.',
    ])
      expect(findings(`A total of 132 committee members were elected. ${words}`), words).toEqual([]);
  });

  it('flags the share before a change in its sentence, never the change', () => {
    expect(
      findings(
        'A total of 132 committee members were elected. College education accounted for 28.6% of the total number of people, compared with the previous an increase of 3.6 percentage points.',
      ),
    ).toEqual([['ANNOUNCED_PERCENT_MISMATCH', 'College education accounted for 28.6%']]);
  });

  it('never flags a share over 100 %', () => {
    expect(findings(`${MEMBERS}大专及以上学历的占总数的128.6%。`)).toEqual([]);
  });

  it('never flags a share whose whole is approximate', () => {
    expect(findings('共选出村委会成员约132人，大专及以上学历的占总数的28.6%。')).toEqual([]);
  });

  it('never flags a share that names no base (占比, 占), nor one whose total is not in its paragraph', () => {
    expect(findings(`${MEMBERS}大专及以上学历的占比28.6%。`)).toEqual([]);
    expect(findings(`${MEMBERS}大专及以上学历的占28.6%。`)).toEqual([]);
    expect(findings('共选出村委会成员132人。\n大专以上学历的占总数的28.6%。')).toEqual([]);
    expect(findings('大专以上学历的占总数的28.6%。共选出村委会成员132人。')).toEqual([]);
  });

  it('never flags a share whose base is ambiguous or a part of the total', () => {
    // 占委员总数: the 3 委员, or all 5 members?
    expect(findings('主任1名，副主任1名，委员3名。其中女性占委员总数的30%。')).toEqual([]);
    // `of the members` fits only the re-elected members, a part: not taken as a base.
    expect(
      findings(
        'The town elected 132 committee members, including 74 re-elected members. Women accounted for 28.6% of the members.',
      ),
    ).toEqual([]);
  });

  it('never flags a candidate’s share with no votes stated (of the voters, the returned or the valid?)', () => {
    expect(findings('参加投票的选民500人，有效票495张，王林得票率62.1%。')).toEqual([]);
    // Votes read as words (a group) of 投票总数, which may be all the votes of a vote for several seats.
    expect(findings('参加投票的选民500人，有效票495张，王林得票占投票总数的62.1%。')).toEqual([]);
  });

  it('flags a ballot count’s share of a named ballot count no whole number of it gives', () => {
    expect(findings('本次选举收回选票132张，其中有效票占收回选票的28.6%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '有效票占收回选票的28.6%'],
    ]);
    expect(findings('本次选举收回选票132张，其中有效票占收回选票的97.7%。')).toEqual([]);
  });
});
