import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, rows, unread } from './corpus/read-shapes.js';

/**
 * Village and community notices of the 2026 换届 in shapes the earlier sets did not try: those the
 * villagers' meeting allowed to register, and averages (of places' rates, of candidates' rates, per
 * village). Every number and name is invented; each right text is worked with exact fractions.
 */

describe('those allowed to take part, on the register', () => {
  // 1102 + 150 + 38 = 1290 registered; nobody is said to have voted.
  const NOTICE = (allowed: string) =>
    [
      '梨树村选民登记结果',
      `本届登记选民1290人。其中：户籍在本村并且在本村居住的村民1102人；户籍在本村，不在本村居住，本人表示参加选举的村民150人；户籍不在本村，在本村居住一年以上，${allowed}的公民38人。`,
    ].join('\n');

  it.each([
    '经村民会议同意参加选举',
    '经村民代表会议同意参加选举',
    '经村民会议批准参加选举',
    '经村民会议准予参加选举',
    '经村民会议同意参选',
  ])('reads no voters from those who, %s, are registered, and raises no void verdict', (allowed) => {
    expect(counts(NOTICE(allowed))).not.toContain('cast 38');
    expect(alarms(NOTICE(allowed), true)).toEqual([]);
  });

  it('still reads the voters of a notice that says they took part in the election', () => {
    expect(counts('本村登记选民2340人，参加选举的村民1980人，参选率84.62%。')).toEqual([
      'registered 2340',
      'cast 1980',
    ]);
  });
});

describe('an average turnout or vote rate', () => {
  // 42307 / 48620 = 87.0156…%: the villages' rates averaged may well be 86.5%.
  const SUMMARY = (rate: string) => `桃源镇换届选举情况\n全镇登记选民48,620人，参加投票42,307人，${rate}。`;

  it.each(['各村平均参选率86.5%', '村均参选率86.5%', '平均参选率86.5%', '各村参选率平均为86.5%'])(
    'lists %s unread as an average, and raises no warning',
    (rate) => {
      expect(alarms(SUMMARY(rate))).toEqual([]);
      expect(unread(SUMMARY(rate))).toContainEqual(['86.5%', 'average']);
    },
  );

  it('still judges the turnout of the totals, and catches it wrong', () => {
    expect(judged(SUMMARY('参选率87.0%'))).toContainEqual(['share', '参选率87.0%', true]);
    expect(alarms(SUMMARY('参选率86.5%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 86.5%/87.0%']);
  });

  // (1180 + 1102 + 1075) / 3 / 1250 = 89.52%: no one winner's share.
  const WINNERS = (rate: string) =>
    `银杉村选举结果：参加投票1250人，有效票1240张，无效票10张。主任包国良得1180票；委员邓春花得1102票；委员汪立得1075票，${rate}。`;

  it.each(['当选人平均得票率89.5%', '平均得票率为89.5%'])(
    'takes %s for no share of the last winner',
    (rate) => {
      expect(alarms(WINNERS(rate), true)).toEqual([]);
      expect(unread(WINNERS(rate))).toContainEqual(['89.5%', 'average']);
    },
  );

  it('still judges the last winner’s own rate', () => {
    expect(alarms(WINNERS('得票率89.5%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 89.5%/86.0% / 86.7%']);
  });
});

describe('an average count per place', () => {
  const SUMMARY = (average: string) =>
    `全镇26个村共选出村委会成员130人，${average}，其中女性成员32人，占24.6%。`;

  it.each(['平均每村5人', '每村平均5人', '村均5人', '平均每个村5人'])(
    'reads %s as no group the women are part of, and raises no warning',
    (average) => {
      expect(alarms(SUMMARY(average))).toEqual([]);
      expect(unread(SUMMARY(average))).toContainEqual(['5', 'average']);
    },
  );

  it('still reads an average age as an age', () => {
    expect(unread('新一届村委会成员平均年龄44.6岁。')).toEqual([['44.6', 'age']]);
  });
});

describe('a change in an average age against the one before the 换届', () => {
  // 46.3 − 41.7 = 4.6 years.
  const LINE = (before: string, change: string) =>
    `黄龙镇村“两委”换届后班子成员平均年龄41.7岁，${before}的46.3岁下降${change}岁，年龄结构进一步优化。`;

  it.each(['比换届前', '较换届前', '较上届'])(
    'judges the change %s right, and says something was checked',
    (before) => {
      expect(judged(LINE(before, '4.6'))).toEqual([
        ['age-change', `平均年龄41.7岁，${before}的46.3岁下降4.6岁`, true],
      ]);
      expect(alarms(LINE(before, '4.6'))).toEqual([]);
    },
  );

  it('catches the change wrong', () => {
    expect(alarms(LINE('比换届前', '5.6'))).toEqual(['ANNOUNCED_SUM_MISMATCH 5.6/4.6']);
  });

  // 25.8 − 21.5 = 4.3 points.
  it('judges a change in points against the rate before the 换届', () => {
    const text = '全县新一届村委会成员356人，其中女性92人，占25.8%，比换届前的21.5%提高4.3个百分点。';
    expect(alarms(text)).toEqual([]);
    expect(judged(text).filter(([rule]) => rule === 'point-change')).toHaveLength(1);
  });
});

describe('a list of winners under 以下人员当选', () => {
  // 1188, 1154 and 1102 of 1302 cast are each over half (651); 612 is not.
  const NOTICE = (heading: string, votes: string) =>
    [
      '茶园村村委会选举结果',
      '应到选民1456人，实到选民1302人。收回选票1302张，其中有效票1291张，无效票11张。',
      heading,
      '主任：胡庆丰，得票1188票',
      '委员：柯翠萍，得票1154票',
      `委员：阮志明，得票${votes}票`,
    ].join('\n');

  it.each(['以下人员当选：', '下列同志当选：', '以下候选人当选'])(
    'reads the names under %s as elected, each to its post',
    (heading) => {
      expect(
        rows(NOTICE(heading, '1102'))
          .filter((row) => row[0] === 'elected')
          .map((row) => row.slice(2, 4)),
      ).toEqual([
        ['主任', ['胡庆丰']],
        ['委员', ['柯翠萍', '阮志明']],
      ]);
      expect(alarms(NOTICE(heading, '1102'), true)).toEqual([]);
    },
  );

  it('catches a winner so listed with no more than half the ballots cast', () => {
    expect(alarms(NOTICE('以下人员当选：', '612'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 612/652']);
  });

  it('declares no one under a heading of candidates', () => {
    expect(rows(NOTICE('以下为候选人得票情况：', '612')).filter((row) => row[0] === 'elected')).toEqual([]);
  });
});
