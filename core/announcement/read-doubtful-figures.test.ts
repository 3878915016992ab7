import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, rows, unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { scanNumbers } from './scan-numbers.js';
import { normalizeText } from './normalize-text.js';

/**
 * Figures read with a doubt are never judged: times of day, counts whose label is qualified or far away,
 * figures a copy cut or garbled, parts of another kind than their total, shares whose base is named but
 * never counted. The shapes of the third real half; every number and name here is invented.
 */

const numbers = (text: string) => scanNumbers(normalizeText(text)).map((token) => text.slice(...token.span));
const village = getRulePack('cn-village')!;
const voidCodes = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').findings.map((f) => f.code);

describe('times of day are never counts', () => {
  it('leaves out English times: 9 am, 9 a.m., 3 pm, o’clock, and the first hour of a range', () => {
    expect(numbers('Villagers voted between 8 am and 4 pm on Sunday.')).toEqual([]);
    expect(numbers('Polls opened at 7 a.m. and closed at 5 p.m.; 2,140 voted.')).toEqual(['2,140']);
    expect(numbers('Counting began at 6 o’clock.')).toEqual([]);
    expect(numbers('Voting ran from 8 to 3 pm.')).toEqual([]);
    expect(numbers('Voting ran 8:30 to 15:00, and counting from 9.30 am.')).toEqual([]);
    expect(numbers('Voting ran 8am-4pm.')).toEqual([]);
  });

  it('leaves out Chinese times with or without a unit', () => {
    expect(numbers('上午8时开始投票，下午4点结束，上午9:30唱票，晚上7开始计票。')).toEqual([]);
  });

  it('keeps counts that are no hours: a number over 24, or one with a unit of people', () => {
    expect(numbers('At 1,250 the turnout was high; 12 villages voted.')).toEqual(['1,250', '12']);
  });

  it('reads no count from English number words, in times or not', () => {
    const text = 'Polls opened at nine am. Twenty-two candidates stood for seven seats; 1,980 voted.';
    expect(rows(text)).toEqual([['count', 'cast', null, 1980, '1,980 voted']]);
    expect(findings(text)).toEqual([]);
  });

  it('calls no election void on the hour of a time', () => {
    const text = [
      'Sunlake village elected its chief.',
      'Thousands of people voted at the village school between 8 am and 4 pm, a turnout of 78.2 percent.',
      'The village has 5,120 registered voters.',
    ].join('\n');
    expect(voidCodes(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
  });
});

describe('a count is the same figure stated twice only when its label is the same', () => {
  it('does not take a way of voting (直接, 委托) for all the ballots cast', () => {
    const text =
      '参加投票的选民有5200人。其中，直接参加投票的有4100人，委托投票的有900人，流动票箱投票的有200人。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['4100', 'doubtful-label']);
  });

  it('takes no count whose meaning word stands far from it', () => {
    const text = 'Most villagers voted at the new hall of the township after the meeting 12 times.';
    expect(rows(text).filter((row) => row[0] === 'count')).toEqual([]);
    expect(unread(text)).toEqual([['12', 'doubtful-label']]);
  });

  it('lists a unitless figure that disagrees with the count stated before as doubtful, not as a second statement', () => {
    const text = '本社区登记选民640人。参选人数已达到选民总数63。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([['63', 'doubtful-figure']]);
  });

  it('never takes a count after 其中 for the same figure stated again', () => {
    const text = '本村登记选民3000人，参加投票2600人，其中参加投票的流动人口120人。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([['120', 'doubtful-label']]);
  });

  it('lists a unitless figure stated first as doubtful when a later count with its unit disagrees', () => {
    const text = '选民总数63。本社区登记选民640人，参加投票600人。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([['63', 'doubtful-figure']]);
    expect(rows(text).filter((row) => row[0] === 'count')).toEqual([
      ['count', 'registered', null, 640, '本社区登记选民640人'],
      ['count', 'cast', null, 600, '参加投票600人'],
    ]);
  });

  it('still judges a unitless figure that agrees, and still warns on two counts with units that differ', () => {
    expect(unread('本社区登记选民640人。选民总数640。')).toEqual([]);
    expect(findings('登记选民640人。……本村登记选民650人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '本村登记选民650人'],
    ]);
  });
});

describe('a part is a part only of a total of its own kind', () => {
  it('does not take voters counted by how they voted as a part of a body of people', () => {
    const text = '全镇共有选民8000人，党员700人。委托投票的有1200人，流动票箱投票的有300人。';
    expect(findings(text)).toEqual([]);
    expect(rows(text).filter((row) => row[1] === '委托投票')).toEqual([
      ['group', '委托投票', null, 1200, '委托投票的有1200人'],
    ]);
  });
});

describe('a decimal point written 。 in a share', () => {
  it('reads 。 between digits directly before % as a point, and judges it', () => {
    expect(numbers('参选率达85。4%。')).toEqual(['85。4%']);
    expect(findings('登记选民1000人，参加投票854人，参选率85。4%。')).toEqual([]);
    expect(findings('登记选民1000人，参加投票854人，参选率58。4%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率58。4%'],
    ]);
  });

  it('reads no point where the copy doubled it (28。。%): no share is judged', () => {
    expect(findings('女性32人，占有28。。%。')).toEqual([]);
  });
});

describe('a share of a body named with 中', () => {
  it('takes the base from the words before 中, and leaves the share unjudged when that body has no count', () => {
    const text =
      '直接选举产生的村书记3名，连任的村书记5人。本届村支书中40岁以下4名，占50%；高中以上学历6名，占75%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([]);
    // Of 村支书 (never counted), not of the 3 村书记 elected directly, the nearer count.
    expect(rows(text).filter((row) => row[0] === 'percent')).toEqual([
      ['percent', 'group 40岁以下 / group 村支书', null, '50', '占50%'],
      ['percent', 'group 高中以上学历 / group 村支书', null, '75', '占75%'],
    ]);
  });

  it('judges the share when the body before 中 is the one counted', () => {
    const text = '共选出村支书8名。村支书中40岁以下4名，占40%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占40%']]);
  });
});

describe('a base named in words', () => {
  it('prefers the counted body whose noun is exactly the one named, among several that fit', () => {
    const stated = (share: string) =>
      `选出居委会成员45名，社区居委会成员30名。女性9名，占居民委员会成员的${share}。`;
    expect(findings(stated('20%'))).toEqual([]);
    expect(findings(stated('30%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占居民委员会成员的30%']]);
  });
});

describe('ranges, fractions and calculations are listed unread, never judged', () => {
  it('lists each term with its reason and judges nothing of them', () => {
    // A calculation with no result stated: its terms are no figures of their own.
    const text = '党支部5人、村委会7人，其中3人交叉任职，交叉率按3÷(5+7-3)×100%计算。每单位可派代表1-2人。';
    expect(unread(text)).toEqual([
      // 其中3人交叉任职 stands outside the calculation: the reader's usual reason.
      ['3', 'no-meaning'],
      ['3', 'in-expression'],
      ['5', 'in-expression'],
      ['7', 'in-expression'],
      ['3', 'in-expression'],
      ['100%', 'in-expression'],
      ['1', 'in-expression'],
      ['2', 'in-expression'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('judges a calculation written out with its result (read-share-recall.test.ts), its terms no longer unread', () => {
    const text = '党支部5人、村委会7人，其中3人交叉任职，交叉率为3÷(5+7-3)×100%=33.3%。';
    expect(unread(text)).toEqual([['3', 'no-meaning']]);
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('33.3%', '43.3%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '3÷(5+7-3)×100%=43.3%'],
    ]);
  });

  it('lists a fraction of a total unread, and a count stated beside it stays read', () => {
    const text = '全村1000人，本组就占了总人口的1/10，选民120人。';
    expect(unread(text)).toEqual([
      ['1', 'in-expression'],
      ['10', 'in-expression'],
    ]);
    expect(rows(text).map((row) => row.at(-1))).toContain('选民120人');
  });
});
