import { describe, expect, it } from 'vitest';
import { findings, judged, unread } from './corpus/read-shapes.js';

/** A change in the average age stated with both ages (age-changes.ts). */
describe('a change in the average age stated with both ages', () => {
  const text = (change: string) => `新一届村委会成员5名，平均年龄43.2岁，较上届的46.8岁下降${change}岁。`;

  it('is judged right when the ages differ by it and flagged when they cannot', () => {
    expect(findings(text('3.6'))).toEqual([]);
    expect(judged(text('3.6')).filter(([rule]) => rule === 'age-change')).toEqual([
      ['age-change', '平均年龄43.2岁，较上届的46.8岁下降3.6岁', true],
    ]);
    expect(findings(text('2.6'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '平均年龄43.2岁，较上届的46.8岁下降2.6岁'],
    ]);
    expect(findings('班子成员平均年龄45.1岁，比上届的42.9岁提高3.2岁。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '平均年龄45.1岁，比上届的42.9岁提高3.2岁'],
    ]);
  });

  it('accepts a change the ages before rounding may differ by', () => {
    // 43.24 and 46.75 differ by 3.51: written 3.5 beside ages written 43.2 and 46.8.
    expect(findings(text('3.5'))).toEqual([]);
    expect(unread(text('3.5'))).toEqual([]);
  });

  it('never judges an age stated alone, without the last term’s, or approximately', () => {
    for (const other of [
      '新一届村委会成员5名，平均年龄43.2岁，较上届下降2.6岁。',
      '新一届村委会成员5名，平均年龄43.2岁，较上届的46.8岁下降2岁以上。',
      '新一届村委会成员5名，平均年龄约43.2岁，较上届的46.8岁下降2.6岁。',
      '新一届村委会成员5名，平均年龄43.2岁。上届平均年龄46.8岁。',
    ]) {
      expect(findings(other)).toEqual([]);
      expect(judged(other).filter(([rule]) => rule === 'age-change')).toEqual([]);
    }
  });
});
