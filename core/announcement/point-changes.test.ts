import { describe, expect, it } from 'vitest';
import { findings, judged, unread, work } from './corpus/read-shapes.js';

/**
 * Changes stated in percentage points (较上届提高3.3个百分点): judged only where both rates are stated
 * and the current one is a share whose base the text states; otherwise listed unread as a change. Every
 * number and name here is invented.
 */

describe('a change in percentage points with one rate stated', () => {
  it('is listed unread as a change, not as a figure of no meaning', () => {
    const text = '全镇共选出村“两委”成员352人，其中大专及以上学历184人，占52.3%，同比提高8.1个百分点。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['8.1', 'change']);
  });
});

describe('a change in percentage points with both rates stated', () => {
  const women = (change: string) =>
    `全镇共选举产生村“两委”成员486名，其中女性109名，占22.4%，较上届的19.1%提高${change}个百分点。`;

  it('judges the change right when the stated rates give it', () => {
    expect(findings(women('3.3'))).toEqual([]);
    expect(judged(women('3.3'))).toContainEqual([
      'point-change',
      '22.4%，较上届的19.1%提高3.3个百分点',
      true,
    ]);
    expect(unread(women('3.3'))).toEqual([]);
  });

  it('flags a change that no true rates behind the stated ones give', () => {
    expect(findings(women('4.1'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '22.4%，较上届的19.1%提高4.1个百分点'],
    ]);
  });

  it('accepts a change worked from the rates before they were rounded', () => {
    // 109/486 = 22.43 %, last term 19.06 % written 19.1 %: the writer's 3.4 is right, 22.4 − 19.1 is 3.3.
    expect(findings(women('3.4'))).toEqual([]);
  });

  it('judges a fall and a turnout against the registered voters', () => {
    const turnout = (change: string) =>
      `全县登记选民48210人，参加投票选民45125人，参选率为93.6%，较上届的91.2%提高${change}个百分点。`;
    expect(findings(turnout('2.4'))).toEqual([]);
    expect(findings(turnout('1.4'))).toHaveLength(1);
    const fall = '全镇共选出成员200名，其中女性30名，占15.0%，比上届的17.5%下降2.5个百分点。';
    expect(findings(fall)).toEqual([]);
    expect(judged(fall)).toContainEqual(['point-change', '15.0%，比上届的17.5%下降2.5个百分点', true]);
    expect(findings(fall.replace('下降2.5', '下降1.5'))).toHaveLength(1);
  });

  it('judges no change written as a bound', () => {
    const bound = women('3').replace('个百分点。', '个百分点以上。');
    expect(findings(bound)).toEqual([]);
    expect(judged(bound).filter(([rule]) => rule === 'point-change')).toEqual([]);
  });

  it('leaves the change unjudged when the current rate has no stated base', () => {
    const text = '女性成员占22.4%，较上届的19.1%提高4.1个百分点。';
    expect(findings(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'point-change')).toEqual([]);
    const listed = [...work(text).unjudged.map((figure) => [figure.text, figure.reason]), ...unread(text)];
    expect(listed.some(([, reason]) => reason === 'change' || reason === 'counts-not-stated')).toBe(true);
    expect(listed.some(([figure]) => figure === '4.1' || String(figure).includes('4.1个百分点'))).toBe(true);
  });
});
