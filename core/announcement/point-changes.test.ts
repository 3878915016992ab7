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

describe('a change in points from the rate it changed from to the rate it changed to', () => {
  // 179 of 186 is 96.236…%; 96.2 − 62.4 is 33.8 (33.79 to 33.89 before rounding).
  const text = (change: string, counts = '实现“一肩挑”的村179个，') =>
    `全县辖186个村，全部按期完成换届。${counts}“一肩挑”比例由上届的62.4%提高到96.2%，提高${change}个百分点。`;

  it('is judged when the rate it changed to is the named rate of the places just counted', () => {
    expect(findings(text('33.8'))).toEqual([]);
    expect(judged(text('33.8'))).toContainEqual([
      'point-change',
      '由上届的62.4%提高到96.2%，提高33.8个百分点',
      true,
    ]);
    expect(unread(text('33.8'))).toEqual([]);
    expect(findings(text('34.8'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '由上届的62.4%提高到96.2%，提高34.8个百分点'],
    ]);
  });

  it('judges a fall stated the same way', () => {
    // 12 of 96 is 12.5%; 15.0 − 12.5 is 2.5.
    const fall = (change: string) =>
      `全镇共选出“两委”成员96名，其中连任12名，连任比例由上届的15.0%下降到12.5%，下降${change}个百分点。`;
    expect(findings(fall('2.5'))).toEqual([]);
    expect(judged(fall('2.5'))).toContainEqual([
      'point-change',
      '由上届的15.0%下降到12.5%，下降2.5个百分点',
      true,
    ]);
    expect(findings(fall('3.5'))).toHaveLength(1);
  });

  it('is left unread when the rate it changed to is of no count just read', () => {
    const alone = text('34.8', '');
    expect(findings(alone)).toEqual([]);
    expect(unread(alone)).toContainEqual(['96.2%', 'change']);
  });
});
