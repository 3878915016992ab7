import { describe, expect, it } from 'vitest';
import { findings, judged, unread } from './corpus/read-shapes.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

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

/** The warning for a wrong change is built alike for ages and points, in its own code and unit. */
describe('the warning for a wrong change', () => {
  const finding = (text: string) => {
    const [only, ...more] = checkAnnouncementArithmetic(readAnnouncementText(text), 'zh');
    expect(more).toEqual([]);
    return only && { code: only.code, messages: only.messages, expected: only.expected, found: only.found };
  };

  it('names the change in years for an age and in points for a rate', () => {
    expect(finding('新一届村委会成员5名，平均年龄43.2岁，较上届的46.8岁下降2.6岁。')).toEqual({
      code: 'ANNOUNCED_SUM_MISMATCH',
      messages: {
        zh: '公告写“平均年龄43.2岁，较上届的46.8岁下降2.6岁”，但平均年龄43.2岁与上届46.8岁相差3.6岁，公告却写下降2.6岁，应为3.6岁',
        en: "The notice states “平均年龄43.2岁，较上届的46.8岁下降2.6岁”, but an average age of 43.2 against last term's 46.8 is a fall of 3.6 years, but the notice states 2.6, so 3.6 years",
      },
      expected: '3.6',
      found: '2.6',
    });
    expect(
      finding('全镇共选举产生村“两委”成员486名，其中女性109名，占22.4%，较上届的19.1%提高4.1个百分点。'),
    ).toEqual({
      code: 'ANNOUNCED_PERCENT_MISMATCH',
      messages: {
        zh: '公告写“22.4%，较上届的19.1%提高4.1个百分点”，但22.4%与上届19.1%相差3.3个百分点，公告却写提高4.1个百分点，应为3.3个百分点',
        en: "The notice states “22.4%，较上届的19.1%提高4.1个百分点”, but 22.4% against last term's 19.1% is a rise of 3.3 points, but the notice states 4.1, so 3.3 points",
      },
      expected: '3.3',
      found: '4.1',
    });
  });
});
