import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { bodyWords, settingWords } from './mention-settings.js';

/**
 * Two mentions are compared by a sum check only when they provably denote the same quantity, or a part
 * of it (comparable-mentions.ts; docs/announcement.md, “When two mentions are compared”). Each case is a
 * pair of mentions a naive reader would compare, in the phrasing of notices and township summaries, that
 * must raise no sum finding — beside the pair that provably states the same quantity, with a sum that
 * fails, which must still be flagged, so that the precision is not bought by checking nothing. Every
 * number and name here is invented.
 */

const sums = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en')
    .findings.filter((finding) => finding.code === 'ANNOUNCED_SUM_MISMATCH')
    .map((finding) => finding.where?.text);

interface Pair {
  readonly axis: string;
  /** Mentions that only look alike: no sum finding. */
  readonly apart: string;
  /** Mentions of one quantity with a sum that fails: flagged where `flagged` stands. */
  readonly same: string;
  readonly flagged: string;
}

const PAIRS: readonly Pair[] = [
  // The same figure stated twice.
  {
    axis: 'stage: due to vote, not registered',
    apart: '本村登记选民1400人。应参选选民1495名，当天参选的选民为1372名。',
    same: '本村登记选民1400人。……本村登记选民1450人。',
    flagged: '本村登记选民1450人',
  },
  {
    axis: 'stage: signed up to stand, not voted',
    apart: '参加投票的选民855人。报名参选的村民13人。',
    same: '参加投票的选民855人。……本次参加投票的选民856人。',
    flagged: '本次参加投票的选民856人',
  },
  {
    axis: 'stage: 参选 alone may be standing as a candidate',
    apart: '参加投票的选民855人，参选的有13人。',
    same: '参加投票的选民855人，参加投票的有13人。',
    flagged: '参加投票的有13人',
  },
  {
    axis: 'time: the last term',
    apart: '本届登记选民1400人。上届登记选民1300人。',
    same: '本届登记选民1400人。本次登记选民1300人。',
    flagged: '本次登记选民1300人',
  },
  {
    axis: 'time: a year',
    apart: '参加投票1322人。2021年参加投票1200人。',
    same: '参加投票1322人。这次参加投票1200人。',
    flagged: '这次参加投票1200人',
  },
  {
    axis: 'stage: a later round',
    apart: '发出选票900张。另行选举发出选票700张。',
    same: '发出选票900张。……共发出选票905张。',
    flagged: '共发出选票905张',
  },
  {
    axis: 'place: two villages',
    apart: '甲村登记选民800人，参加投票700人；乙村登记选民600人，参加投票650人。',
    same: '甲村登记选民800人，参加投票700人；参加投票750人。',
    flagged: '参加投票750人',
  },
  {
    axis: 'unit: households are no voters',
    apart: '参加投票的选民855人。参加投票的有855户，其中外出务工的12户。',
    same: '参加投票的选民855人。参加投票的选民有860人。',
    flagged: '参加投票的选民有860人',
  },
  {
    axis: 'stage: a candidate’s votes in another round',
    apart: '主任：王林得票812票。第二轮投票中王林得票700票。',
    same: '主任：王林得票812票。主任：王林得票813票。',
    flagged: '王林得票813票',
  },
  // A time or stage set by the sentence or the paragraph's heading, not by the mention's own words.
  {
    axis: 'setting: the last term named at the start of the sentence',
    apart: '上届登记选民1300人，参加投票1100人。本届登记选民1400人，参加投票1322人。',
    same: '本届登记选民1400人，参加投票1100人。参加投票1322人。',
    flagged: '参加投票1322人',
  },
  {
    axis: 'setting: two rounds',
    apart: '第一轮投票中，王林得票500票。第二轮投票中，王林得票700票。',
    same: '第二轮投票中，主任：王林得票500票，李华得票300票，王林得票700票。',
    flagged: '王林得票700票',
  },
  {
    axis: 'setting: two years',
    apart: '2018年换届时，全镇共有选民9000人，参加投票8000人。2021年全镇登记选民9500人，参加投票8600人。',
    same: '2021年3月5日，全镇登记选民9500人，参加投票8600人。本次参加投票8700人。',
    flagged: '本次参加投票8700人',
  },
  {
    axis: 'setting: a preliminary vote against the valid ballots of the election',
    apart: '有效票650张。预选中，王林得票700票。',
    same: '有效票650张。王林得票700票。',
    flagged: '王林得票700票',
  },
  {
    axis: 'setting: a paragraph under a heading line of another round',
    apart: '发出选票900张，收回选票880张。\n（二）另行选举情况\n收回选票950张。',
    same: '发出选票900张，收回选票880张。\n（二）投票情况\n收回选票950张。',
    flagged: '收回选票950张',
  },
  {
    axis: 'setting: a comparison with the last term sets nothing',
    apart: '全镇共选出村委会成员30人，较上届提高5%。上届成员中，女性8人，男性20人。',
    same: '全镇共选出村委会成员30人，较上届提高5%，其中女性8人，男性21人。',
    flagged: '全镇共选出村委会成员30人',
  },
  {
    axis: 'contest: one person standing for two posts, the post named after the votes',
    apart: '王林得票812票（主任），王林得票300票（委员）。',
    same: '主任：王林得票812票。主任：王林得票300票。',
    flagged: '王林得票300票',
  },
  {
    axis: 'setting: two bodies elected, named by the sentences',
    apart: '投票选举村民代表，参加投票1300人。选举村委会，参加投票1322人。',
    same: '选举村委会，参加投票1300人。选举村委会，参加投票1322人。',
    flagged: '参加投票1322人',
  },
  {
    axis: 'lead: what the sentence says before the second statement',
    apart: '登记选民1860人，参加投票1322人。经补充统计，参加投票1340人。',
    same: '登记选民1860人，参加投票1322人。……本次参加投票1340人。',
    flagged: '本次参加投票1340人',
  },
  {
    axis: 'lead: a post named with the first count of a list holds for the rest',
    apart: '收回选票1322张。主任选举有效票1300张，无效票22张；委员选举有效票1290张，无效票40张。',
    same: '收回选票1322张。有效票1300张，无效票22张。……本次无效票40张。',
    flagged: '本次无效票40张',
  },
  {
    axis: 'setting: a later round, in English',
    apart: 'A total of 1,322 voters cast ballots. In the second round 1,300 voters cast ballots.',
    same: 'A total of 1,322 voters cast ballots. 1,300 voters cast ballots.',
    flagged: '1,300 voters cast ballots',
  },
  {
    axis: 'setting: another year, in English',
    apart: '1,322 people voted. In the 2018 election 1,500 people voted.',
    same: '1,322 people voted. 1,500 people voted.',
    flagged: '1,500 people voted',
  },
  // The ballot account of one election.
  {
    axis: 'time: voters of the last term against this term’s electorate',
    apart: '登记选民1000人。上届参加投票1200人。',
    same: '登记选民1000人，参加投票1200人。',
    flagged: '参加投票1200人',
  },
  {
    axis: 'stage: ballots of a later round against the first round’s',
    apart: '发出选票1000张。另行选举收回选票1100张。',
    same: '发出选票1000张，收回选票1100张。',
    flagged: '收回选票1100张',
  },
  {
    axis: 'stage: valid and invalid ballots of a later round',
    apart: '收回选票1000张。另行选举有效票900张，无效票50张。',
    same: '收回选票1000张，有效票900张，无效票50张。',
    flagged: '收回选票1000张',
  },
  {
    axis: 'heading: two elections under two headings',
    apart: '第九届选举：登记选民1000人。\n第十届选举：参加投票1100人。',
    same: '第十届选举：登记选民1000人，参加投票1100人。',
    flagged: '参加投票1100人',
  },
  {
    axis: 'time: a candidate’s votes of the last term against this term’s valid ballots',
    apart: '有效票700张。王林上届得票800票。',
    same: '有效票700张。王林得票800票。',
    flagged: '王林得票800票',
  },
  // Parts and their totals.
  {
    axis: 'stage: signed up, not elected',
    apart: '共选出村委会成员30人，其中报名参选的45人。',
    same: '共选出村委会成员30人，其中党员45人。',
    flagged: '党员45人',
  },
  {
    axis: 'stage: candidates, not elected',
    apart: '共选出村委会成员30人，其中候选人45人。',
    same: '共选出村委会成员30人，其中大专以上学历的45人。',
    flagged: '大专以上学历的45人',
  },
  {
    axis: 'time: members of the last term',
    apart: '共选出村委会成员30人，其中上届成员35人。',
    same: '共选出村委会成员30人，其中连任的35人。',
    flagged: '连任的35人',
  },
  {
    axis: 'subject: said of a post of the villages',
    apart: '全镇共有12个村，村主任一次选举成功的有16个。',
    same: '全镇共有12个村，一次选举成功的有16个。',
    flagged: '一次选举成功的有16个',
  },
  {
    axis: 'subject: places that took part, of all the places',
    apart: '全镇共有12个村，参加换届的8个村。',
    same: '全镇应换届的12个村，已完成换届选举15个。',
    flagged: '已完成换届选举15个',
  },
  {
    axis: 'subject: meetings held in the villages are no villages',
    apart: '全镇共有12个村，其中召开村民大会的15个。',
    same: '全镇共有12个村，实现书记主任“一肩挑”的村15个。',
    flagged: '实现书记主任“一肩挑”的村15个',
  },
  {
    axis: 'level: village groups are no villages',
    apart: '全镇共有12个村，其中村民小组80个。',
    same: '全镇共有12个村，其中完成换届的村15个。',
    flagged: '完成换届的村15个',
  },
  {
    axis: 'body: a post of another body (副书记 of 书记)',
    apart: '党委选出书记40名，其中女书记22名；副书记50名，其中女副书记27名。',
    same: '党委选出书记40名，其中女书记42名。',
    flagged: '女书记42名',
  },
  {
    axis: 'body: representatives are no members of the committee',
    apart: '共选出村委会成员30人，其中女性村民代表45人。',
    same: '共选出村委会成员30人，其中女性村委会成员38人。',
    flagged: '女性村委会成员38人',
  },
  {
    axis: 'body: parts of a committee after its posts, not of the last post',
    apart: '选出成员60人，主任18人，副主任7人，委员35人，交叉任职30人。',
    same: '选出委员35人，其中交叉任职40人。',
    flagged: '交叉任职40人',
  },
  // Parts that make up their total: one mechanism, one set of preconditions (stated-partitions.ts).
  {
    axis: 'partition: men and women of another body among the parts',
    apart: '共选出两委成员120人，其中村委会成员70人，男性40人，女性20人。',
    same: '共选出两委成员120人，其中男性40人，女性70人。',
    flagged: '共选出两委成员120人',
  },
  {
    axis: 'partition: X中 naming a post among the total, not the total',
    apart: '全镇选出村委会成员64名，其中村委会主任中，男性10名，女性8名。',
    same: '全镇选出村委会成员64名。村民委员会成员中，男性48名，女性17名。',
    flagged: '全镇选出村委会成员64名',
  },
  {
    axis: 'partition: a body of one sex is not all the men',
    apart: '共选出成员120人，其中女性40人，男性主任20人。',
    same: '共选出成员120人，其中女性40人，男性70人。',
    flagged: '共选出成员120人',
  },
  {
    axis: 'partition: newly elected of another body',
    apart: '共选出村委会成员57人，其中连任25人，新当选的村民代表30人。',
    same: '共选出村委会成员57人，其中连任25人，新当选30人。',
    flagged: '共选出村委会成员57人',
  },
  {
    axis: 'partition: candidates of each sex are not the voters',
    apart: '全区共有选民12000人，其中男性候选人6100人，女性候选人6200人。',
    same: '全区共有选民12000人，其中男6100人，女6200人。',
    flagged: '全区共有选民12000人',
  },
  {
    axis: 'partition: ways of voting are of those who voted, not of the registered',
    apart: '登记选民5000人，其中直接投票的4900人，委托投票的有900人，流动票箱投票的有200人。',
    same: '参加投票的选民有5000人，其中直接投票的4900人，委托投票的900人，流动票箱投票的200人。',
    flagged: '参加投票的选民有5000人',
  },
  {
    axis: 'partition: bodies in the places are not the places',
    apart: '全镇16个村（社区），其中村党组织12个，社区居委会5个。',
    same: '全镇16个村（社区），其中村12个，社区5个。',
    flagged: '全镇16个村（社区）',
  },
  {
    axis: 'partition: men and women of the next town',
    apart: '甲镇选出两委成员120人。乙镇男性40人，女性70人。',
    same: '甲镇选出两委成员120人，其中男性40人，女性70人。',
    flagged: '甲镇选出两委成员120人',
  },
  {
    axis: 'partition: men and women of the last term',
    apart: '共选出两委成员120人，上届男性40人，女性70人。',
    same: '共选出两委成员120人，男性40人，女性70人。',
    flagged: '共选出两委成员120人',
  },
  {
    axis: 'body: a member of the party branch among a committee’s posts',
    apart: '共选出村委会成员45人，其中：主任9人，副主任9人，村党支部委员30人。',
    same: '共选出村委会成员45人，其中：主任9人，副主任9人，村委会委员30人。',
    flagged: '共选出村委会成员45人',
  },
  {
    axis: 'partition: posts of two committees',
    apart: '共选出两委成员45人，其中村委会主任9人，村党支部副书记9人，委员30人。',
    same: '共选出村委会成员45人，其中：主任9人，副主任9人，委员30人。',
    flagged: '共选出村委会成员45人',
  },
];

describe('mentions that only look alike are never compared; the same quantity still is', () => {
  it('holds at least thirty pairs', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(30);
  });

  for (const pair of PAIRS) {
    it(`${pair.axis}: apart, no sum finding`, () => {
      expect(sums(pair.apart)).toEqual([]);
    });
    it(`${pair.axis}: the same quantity, flagged`, () => {
      expect(sums(pair.same)).toContain(pair.flagged);
    });
  }
});

describe('what is not compared is said', () => {
  it('lists a refused pair as not compared, with the axis that kept them apart', () => {
    const work = workAnnouncementArithmetic(
      readAnnouncementText('本届登记选民1400人。上届登记选民1300人。'),
      'en',
    );
    expect(work.unjudged).toEqual([
      expect.objectContaining({ text: '上届登记选民1300人', reason: 'not-compared' }),
    ]);
    expect(work.unjudged[0]?.work.en).toContain('different times');
  });
});

describe('the words that set a mention', () => {
  it.each([
    ['上届登记选民', '上届'],
    ['第二轮投票中，第十届', '第二轮·第十届'],
    // 换届时 names an earlier vote in a notice of a by-election; in the term's own notice it is the notice's own (ownTerms).
    ['2018年换届时', '2018年·换届时'],
    ['当时全村登记选民', '当时'],
    ['原选举中，上次选举时', '原选举·上次'],
    ['比上次增加，适当时候，经原选举委员会确认', ''],
    ['2021年3月5日，全镇', ''],
    ['比上届提高2.4%，较上一届增加，与上届相比', ''],
    ['In the second round, unlike the 2018 election', 'second round·2018 election'],
  ])('takes terms, years and rounds, not the election’s own day nor a comparison: %s', (words, setting) => {
    expect(settingWords(words)).toBe(setting);
  });

  it('names bodies as one word each (村民委员会 is 村委会)', () => {
    expect(bodyWords('本村村民委员会换届选举')).toBe('村委会');
    expect(bodyWords('投票选举村民代表')).toBe('村民代表');
    expect(bodyWords('参加投票')).toBe('');
  });

  it('lists a part not provably of its total as not compared, with the axis', () => {
    const work = workAnnouncementArithmetic(
      readAnnouncementText('共选出村委会成员30人，其中候选人45人。'),
      'en',
    );
    expect(work.unjudged).toEqual([expect.objectContaining({ text: '候选人45人', reason: 'not-compared' })]);
    expect(work.unjudged[0]?.work.en).toContain('different stages');
  });
});

describe("the notice's own term, named in its title or opening words", () => {
  const judgedBallots = (text: string) =>
    workAnnouncementArithmetic(readAnnouncementText(text), 'en').judged.filter(
      (entry) => entry.rule === 'ballots',
    ).length;

  it('sets no other time for the figures on the lines after the title', () => {
    const text = [
      '白沙村第十二届村民委员会选举结果公告',
      '本村登记选民2100人，参加投票1476人。',
      '共发出选票1477张，收回选票1476张，其中有效票1450张，无效票22张。',
    ].join('\n');
    expect(sums(text)).toEqual(['收回选票1476张']);
    expect(judgedBallots(text.replace('1450', '1454'))).toBe(4);
  });

  it('holds for a year named in the opening words', () => {
    const text = '2021年白沙村换届选举，登记选民2100人。参加投票2200人。';
    expect(sums(text)).toEqual(['参加投票2200人']);
  });

  it('keeps another term named later apart from this one', () => {
    const text = [
      '白沙村第十二届村民委员会选举结果公告',
      '本村登记选民2100人，参加投票1476人。',
      '第十一届选举时参加投票1300人。',
    ].join('\n');
    expect(sums(text)).toEqual([]);
  });
});

describe('the voters named as the village’s or community’s people (村民, 居民) are of the notice’s own level', () => {
  const judged = (text: string) =>
    workAnnouncementArithmetic(readAnnouncementText(text), 'en').judged.map((figure) => [
      figure.text,
      figure.right,
    ]);

  it('compares 参加投票的村民 with the villagers registered, not set apart as another level', () => {
    expect(judged('本村登记参加选举的村民1850人，参加投票的村民1602人。')).toEqual([
      ['参加投票的村民1602人', true],
    ]);
    expect(judged('本社区登记参加选举的居民1850人，参加投票的居民1902人。')).toEqual([
      ['参加投票的居民1902人', false],
    ]);
  });

  it('compares the household representatives of an election by households with its ballots', () => {
    const text =
      '全村应参加投票的户代表412户，实际参加投票的户代表389户。发出选票389张，收回选票389张，其中有效票385张，无效票4张。';
    expect(judged(text)).toEqual([
      ['收回选票389张', true],
      ['收回选票389张', true],
      ['实际参加投票的户代表389户', true],
      ['实际参加投票的户代表389户', true],
    ]);
    expect(judged(text.replace('实际参加投票的户代表389户', '实际参加投票的户代表380户'))).toContainEqual([
      '实际参加投票的户代表380户',
      false,
    ]);
  });
});
