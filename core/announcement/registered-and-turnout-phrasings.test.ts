import { describe, expect, it } from 'vitest';
import { alarmsOf } from './corpus-written/written-sets.js';
import { counts } from './corpus/read-shapes.js';

/**
 * Registered voters, households and turnouts in phrasings read since the thirty-first round (docs/announcement.md,
 * “Registered voters and those who voted in one phrase” and after): every number and name here is invented.
 */
const alarms = (text: string, rules?: string) =>
  alarmsOf('t.txt', new TextEncoder().encode(text), rules).map((f) => f.code);

describe('those among the registered voters who voted, in one phrase', () => {
  const notice = (words: string) =>
    `石桥村村民委员会选举结果公告\n5月10日，石桥村${words}，选出了第十二届村民委员会。主任陈国华得票568票，委员林小玉得票551票。\n`;

  it('reads 中有M人走进投票站 (投了票, 参加了选举) after the register as the voters', () => {
    for (const voted of ['走进投票站', '投了票', '参加了选举']) {
      expect(alarms(notice(`1,306名登记选民中有627人${voted}`), 'cn-village')).toContain(
        'TURNOUT_BELOW_QUORUM',
      );
      expect(alarms(notice(`1,306名登记选民中有1,127人${voted}`), 'cn-village')).toEqual([]);
      expect(counts(notice(`登记选民1,306人中有1,127人${voted}`))).toContain('cast 1127');
    }
  });

  it('leaves some of the register (党员, 在外务工) and those at the station beside a mobile box unread', () => {
    expect(counts(notice('1,306名登记选民中有412人是党员'))).not.toContain('cast 412');
    expect(counts(notice('1,306名登记选民中有300人在外务工'))).not.toContain('cast 300');
    const box = notice('1,520名登记选民中有700人走进投票站，另有95人通过流动票箱投票');
    expect(counts(box)).not.toContain('cast 700');
    expect(alarms(box, 'cn-village')).toEqual([]);
  });
});

describe('a community’s households as the register of an election by households', () => {
  const notice = (words: string) =>
    `北关社区居民委员会选举结果公告\n北关社区采取户代表投票的方式选举居民委员会。2026年4月25日，${words}。主任康文华得票702票。\n`;

  it('reads 全社区N户 followed by the households that voted as the register', () => {
    const rules = 'cn-residents:households';
    expect(alarms(notice('全社区2,310户中有1,062户派代表参加投票'), rules)).toContain('TURNOUT_BELOW_QUORUM');
    expect(alarms(notice('全社区2,310户中有1,962户派代表参加投票，参与率84.94%'), rules)).toEqual([]);
    expect(alarms(notice('全社区共有居民846户，参加投票的户代表812户，参选率96.98%'), rules)).toContain(
      'ANNOUNCED_PERCENT_MISMATCH',
    );
    expect(alarms(notice('全社区846户，参加投票的户代表812户，参选率95.98%'), rules)).toEqual([]);
  });

  it('keeps households of another meaning, or not followed by the voters, a place’s count', () => {
    expect(counts(notice('全社区846户中有120户为出租户，参加投票的户代表690户'))).not.toContain(
      'registered 846',
    );
    expect(counts(notice('全社区846户，常住人口2,310人，参加投票的户代表690户'))).not.toContain(
      'registered 846',
    );
    expect(counts(notice('全社区户籍户数846户，参加投票的户代表690户'))).not.toContain('registered 846');
    // The representatives counted in people beside a register of people: the households are not their base.
    expect(counts(notice('全社区共有住户2140户，参加投票的户代表1650人'))).not.toContain('registered 2140');
  });
});

describe('参会率, a meeting’s attendance rate', () => {
  const notice = (share: string) =>
    `东湖社区居民委员会选举结果公告\n2026年5月8日，东湖社区召开居民代表会议选举第七届居民委员会。应到会代表48名，实到会代表45名，参会率${share}。主任王海得票44票。\n`;

  it('is judged as 到会率 is', () => {
    expect(alarms(notice('94.75%'), 'cn-residents:representatives')).toContain('ANNOUNCED_PERCENT_MISMATCH');
    expect(alarms(notice('93.75%'), 'cn-residents:representatives')).toEqual([]);
  });
});

describe('a township summary’s block opening with a count of villages and no 全镇', () => {
  const summary = (title: string, voted: string) =>
    `${title}\n（一）村委会换届。14个村登记选民18,204人，参加投票${voted}人。\n（二）社区居委会换届。3个社区登记选民6,120人，参加投票5,231人。\n`;

  it('reads the villages’ counts as the township’s under a township summary’s title', () => {
    const title = '青禾镇2026年村（居）委会换届选举工作总结';
    expect(alarms(summary(title, '8,912'), 'cn-village')).toContain('TURNOUT_BELOW_QUORUM');
    expect(alarms(summary(title, '16,512'), 'cn-village')).toEqual([]);
  });

  it('keeps the count a place of its own under a title naming one village', () => {
    expect(alarms(summary('青禾镇东湖村2026年村委会换届选举工作总结', '8,912'), 'cn-village')).toEqual([]);
  });
});

describe('Taiwanese turnout words in traditional characters', () => {
  const recall = (share: string) =>
    `大林村長罷免案投票\n縣選委會表示，這次罷免投票，投票人數為1,204人，共有655人投票，投票率為${share}。開票結果同意票401張、不同意票246張、無效票8張。\n`;

  it('reads 投票人數 before a smaller count of those who voted and the rate as those entitled to vote', () => {
    expect(alarms(recall('55.40%'))).toContain('ANNOUNCED_PERCENT_MISMATCH');
    expect(alarms(recall('54.40%'))).toEqual([]);
    // A larger second count: the two stay apart, unread.
    expect(counts(recall('54.40%').replace('1,204人', '604人'))).not.toContain('registered 604');
  });

  it('reads a bare 總票數 as the voters, not a candidate’s 總票數', () => {
    const text =
      '西湖里長罷免案\n開票結果同意票數198票、不同意票數412票、無效票9票，而且總票數619票，罷免案不成立。\n';
    expect(counts(text)).toContain('cast 619');
    expect(counts('某里長選舉\n陳某總票數619票，當選。\n')).not.toContain('cast 619');
    expect(counts('西湖里長罷免案\n而且总票数619票。\n')).not.toContain('cast 619');
  });

  it('leaves a candidate’s share of a year’s earlier election unjudged beside this vote’s voters', () => {
    const text =
      '东河村罢免结果公告\n本村于12月21日举行罢免投票，登记选民756人，参加投票417人，投票率55%。2022年换届选举时，吴某是以270票、50.66%的得票率当选。\n';
    expect(alarms(text)).toEqual([]);
  });
});
