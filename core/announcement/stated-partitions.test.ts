import { describe, expect, it } from 'vitest';
import { findings, reportAlone } from './corpus/read-shapes.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A failing sum is caught only where the parts provably make up their total: men and women of the
 * voters, the ways of voting of those who voted, villages and communities — stated right after the
 * total. Parts of kinds that may overlap are never added up. Every number and name here is invented.
 */

const partitions = (text: string) =>
  (readAnnouncementText(text).partitions ?? []).map((partition) => [
    partition.family,
    partition.parts.map((part) => Number(part.value)),
    partition.complete,
  ]);
const judgedPartitions = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en')
    .judged.filter((figure) => figure.rule === 'partition')
    .map((figure) => [figure.right, figure.text]);

describe('men and women of the voters', () => {
  it('catches men and women that do not add up to the registered voters', () => {
    const text = '全区共有选民12000人，其中男6100人，女6200人，党员900人。';
    expect(partitions(text)).toEqual([['sex', [6100, 6200], true]]);
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '全区共有选民12000人']]);
  });

  it('is silent, and shows the sum judged right, when they add up — with or without 其中', () => {
    for (const text of [
      '全区共有选民12000人，其中男6100人，女5900人，党员900人。',
      '全区共有选民12000人，男性6100人，女性5900人。',
      '参加投票的选民10000人。其中男5100名，女4900名。',
    ]) {
      expect(findings(text)).toEqual([]);
      expect(judgedPartitions(text)).toHaveLength(1);
      expect(judgedPartitions(text)[0]?.[0]).toBe(true);
    }
  });

  it('adds nothing when something else stands between the total and its parts', () => {
    expect(partitions('全区共有选民12000人，党员900人，男6100人，女6200人。')).toEqual([]);
    expect(partitions('全区共有选民12000人。党员900人。其中男6100人，女6200人。')).toEqual([]);
    // The next line is no longer right after it, unless 其中 points back.
    expect(partitions('全区共有选民12000人。\n男6100人，女6200人。')).toEqual([]);
    expect(partitions('全区共有选民12000人。\n其中男6100人，女6200人。')).toEqual([
      ['sex', [6100, 6200], true],
    ]);
  });

  it('adds nothing for one sex alone', () => {
    expect(partitions('全区共有选民12000人，其中女6200人。')).toEqual([]);
  });
});

describe('the ways of voting of the voters who cast a ballot', () => {
  it('catches ways of voting that add up to more than the voters, after the turnout between them', () => {
    const text =
      '参加投票的选民有5000人，参选率达90.5%。其中，直接参加投票的有4300人，委托投票的有900人，流动票箱投票的有200人。';
    expect(partitions(text)).toEqual([['ways-of-voting', [4300, 900, 200], true]]);
    expect(findings(text).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '参加投票的选民有5000人'],
    ]);
  });

  it('is silent when they add up, as three kinds or with 直接 counting the mobile box too', () => {
    for (const text of [
      '参加投票的选民有5200人。其中，现场投票的有4100人，委托投票的有900人，流动票箱投票的有200人。',
      '参加投票的选民有5200人。其中，直接参加投票的有4100人，委托投票的有900人，流动票箱投票的有200人。',
      '参加投票的选民有5000人，其中直接投票的4100人，委托投票的900人，用流动票箱投票的200人。',
    ]) {
      expect(findings(text).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
      expect(judgedPartitions(text)).toEqual([[true, expect.any(String)]]);
    }
  });

  it('with a way missing, flags only parts that exceed the voters', () => {
    expect(findings('参加投票的选民有5000人，其中委托投票的有900人，流动票箱投票的有200人。')).toEqual([]);
    expect(findings('参加投票的选民有1000人，其中直接投票的有900人，委托投票的有200人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '参加投票的选民有1000人'],
    ]);
  });

  it('ends the parts at a second 其中, which is a part of a part, not of the total', () => {
    // 其中委托投票31人 after the mobile box: proxies among the places' voters, no way of voting beside them.
    const text = '本村登记选民1380人，参加投票1204人，其中中心会场812人，流动票箱392人，其中委托投票31人。';
    expect(partitions(text).filter(([family]) => family === 'ways-of-voting')).toEqual([]);
    expect(findings(text).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
    // The places are still summed, and too many voters in them is still caught.
    expect(
      findings(
        '本村登记选民1380人，参加投票1204人，其中中心会场812人，流动票箱412人，其中委托投票31人。',
      ).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH'),
    ).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票1204人']]);
  });

  it('never adds up the ways of voting of the registered voters', () => {
    expect(partitions('登记选民5000人，其中委托投票的有900人，流动票箱投票的有200人。')).toEqual([]);
  });
});

describe('villages and communities', () => {
  it('catches villages and communities that do not add up to their count', () => {
    const text = '全镇共有16个村（社区），其中行政村11个，社区4个。';
    expect(partitions(text)).toEqual([['villages-and-communities', [11, 4], true]]);
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '全镇共有16个村（社区）']]);
  });

  it('is silent when they add up, the kind before or after its count', () => {
    expect(findings('全镇共有16个村（社区），其中村12个，社区4个。')).toEqual([]);
    expect(partitions('全镇16个村（社区），其中12个村，4个社区。')).toEqual([
      ['villages-and-communities', [12, 4], true],
    ]);
    expect(findings('全镇16个村（社区），其中12个村，4个社区。')).toEqual([]);
  });
});

describe('kinds that may overlap are never added up', () => {
  it('does not add up party members, women, education or kinds of representatives', () => {
    for (const text of [
      '全区共有选民12000人，其中党员900人，妇女5000人。',
      '参加投票的选民5000人，其中大专以上1200人，党员800人。',
      '共推选代表9999名，其中，农民代表7346名、工人代表1845名、大学生村官代表130名、新经济和社会组织代表741名。',
    ]) {
      expect(partitions(text)).toEqual([]);
      expect(findings(text)).toEqual([]);
    }
  });
});

describe('men and women of a group of people (the check of halves)', () => {
  it('adds them up right after the group, with shares or attributes of its people between', () => {
    expect(findings('共选出两委成员120人，其中男性40人，女性70人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '共选出两委成员120人'],
    ]);
    expect(findings('共选出两委成员120人，其中党员70人，男性40人，占33.3%，女性70人。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '共选出两委成员120人'],
    ]);
    expect(findings('共选出两委成员120人，其中男性50人，女性70人。')).toEqual([]);
  });

  it('does not add them up after a body stated among the parts: they may be that body’s', () => {
    expect(findings('共选出两委成员120人，其中村委会成员70人，男性40人，女性30人。')).toEqual([]);
  });

  it('does not take a body of one sex (男性主任) for all the men; the total’s own noun may follow', () => {
    expect(findings('共选出成员120人，其中女性40人，男性主任20人。')).toEqual([]);
    expect(findings('共选出村委会成员64名，其中男性成员48名，女性成员17名。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '共选出村委会成员64名'],
    ]);
  });
});

describe('parts listed with 、 between them', () => {
  it('sums re-elected and new members written as an enumeration', () => {
    const notice = (fresh: number) => `共选出“两委”成员1302名，其中连任815名、新任${fresh}名。`;
    // 815 + 487 = 1302.
    expect(findings(notice(487))).toEqual([]);
    expect(findings(notice(497))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共选出“两委”成员1302名']]);
  });

  it('cuts nothing where 、 stands between words, not after a count', () => {
    const notice = '共选出“两委”成员1302名，其中男、女分别为815名、497名。';
    expect(findings(notice)).toEqual([]);
  });
});

describe('a heading total quoted by its own words', () => {
  const messages = (text: string) =>
    reportAlone(text)
      .findings.filter((finding) => finding.severity !== 'info')
      .map((finding) => finding.message);

  it('quotes the total without the list number before it, and with its note in brackets whole', () => {
    expect(messages('（二）村（居）委会成员104人。其中连任62人，新任45人。')).toEqual([
      '“其中连任62人” and “新任45人” come to 107, not the 104 of “村（居）委会成员104人”',
    ]);
    expect(messages('一、村党组织书记（含社区）18人，其中连任11人，新任7人，女性5人，占33.3%。')).toEqual([
      'The notice states “占33.3%”, but 5 “女性” of 18 “村党组织书记（含社区）” is 27.7777…%, which rounds to 27.8%, not the 33.3% stated',
    ]);
  });
});
