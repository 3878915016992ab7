import { describe, expect, it } from 'vitest';
import { findings, rows, unread } from './corpus/read-shapes.js';

/**
 * The shapes of issue #15, as real notices and township summaries write them; every number and name
 * here is invented. A false alarm is worse than a miss, and a silent skip worse than an honest unread.
 */

describe('1. a count takes its meaning from its own noun phrase', () => {
  it('does not read people who stood as candidates as ballots cast', () => {
    const text = '登记选民2100人，有12名报名参选村委会成员的村民。';
    expect(rows(text)).toEqual([['count', 'registered', null, 2100, '登记选民2100人']]);
    expect(unread(text)).toEqual([['12', 'no-meaning']]);
  });

  it('does not read a count of groups or places as ballots', () => {
    expect(rows('5个村民小组设立了验证发票区，发放选票1700张。')).toEqual([
      ['count', 'issued', null, 1700, '发放选票1700张'],
    ]);
    expect(rows('设投票箱9个')).toEqual([]);
  });
});

describe('2. candidate votes in the common shapes, and names that are names', () => {
  it('reads votes given as ballots in favour, and the winner of them', () => {
    expect(rows('王林获得4210张赞成票，当选为村委会主任。')).toEqual([
      ['votes', '王林', null, 4210, '王林获得4210张赞成票'],
      ['elected', 'elected', '主任', ['王林'], '当选为村委会主任'],
    ]);
    expect(rows('赵敏以4210张选票当选村委会主任。')).toEqual([
      ['votes', '赵敏', null, 4210, '赵敏以4210张选票'],
      ['elected', 'elected', '主任', ['赵敏'], '当选村委会主任'],
    ]);
  });

  it('reads votes given respectively, the valid ballots in brackets, and all three winners', () => {
    const text =
      '参加投票选民4500人。王小林、李华和张强分别以1802票、1766票和1750票（总有效票2031票）当选为委员。';
    expect(rows(text)).toEqual([
      ['count', 'cast', null, 4500, '参加投票选民4500人'],
      ['votes', '王小林', null, 1802, '王小林、李华和张强分别以1802票'],
      ['votes', '李华', null, 1766, '1766票'],
      ['votes', '张强', null, 1750, '1750票'],
      ['count', 'valid', null, 2031, '总有效票2031票'],
      ['elected', 'elected', '委员', ['王小林', '李华', '张强'], '当选为委员'],
    ]);
  });

  it('never declares junk elected: the declaration is unread instead', () => {
    for (const text of ['全市共有2万名女性当选。', '王林在第一轮投票中当选。', '（详见附件）当选。']) {
      expect(rows(text).filter((row) => row[0] === 'elected')).toEqual([]);
      expect(unread(text)).toContainEqual(['当选', 'not-a-name']);
    }
  });
});

describe('3. turnout in other words', () => {
  it.each([
    ['参加正式选举的选民6200人，登记选民7600人。', 'cast', 6200],
    ['共有选民人数4100人，参加投票3300人。', 'registered', 4100],
    ['共有选民2300名，收回选票1900张。', 'registered', 2300],
  ])('%s', (text, meaning, value) => {
    expect(rows(text)).toContainEqual(expect.arrayContaining(['count', meaning, null, value]));
  });

  it('finds a wrong turnout hidden behind 参加正式选举的选民', () => {
    expect(findings('登记选民7600人，参加正式选举的选民6200人，参选率85.6%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率85.6%'],
    ]);
  });
});

describe('4. same-named groups in different scopes never meet', () => {
  it('takes 副书记 as no part of 书记', () => {
    const text = '书记14人，副书记9人。其中女性副书记3人。';
    expect(findings(text)).toEqual([]);
  });

  it('raises no "stated twice" for bare posts of different bodies or counts of villages', () => {
    expect(findings('社区党委：书记10人，委员30人。村党组织：书记20人，委员50人。')).toEqual([]);
    expect(findings('全镇共有12个村。参加换届的8个村。')).toEqual([]);
  });

  it('attaches the groups after a post list to the total, not to the last post', () => {
    const text = '全镇共选出成员60人，主任18人，副主任7人，委员35人，交叉任职40人，占66.7%。';
    expect(rows(text)).toContainEqual(['group', '交叉任职', '成员', 40, '交叉任职40人']);
    expect(findings(text)).toEqual([]);
  });
});

describe('5. parts and shares attached to their own total, or to none', () => {
  it('attaches a sex split in the sentence after the total, and finds a wrong share there', () => {
    const text = '共选出成员50人，其中书记10人。男性35人，女性15人，女性占32%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '女性占32%']]);
  });

  it('takes 妇女成员 as a part of the total, not a new total', () => {
    expect(rows('新一届村委会成员120人，其中女性成员30人。妇女成员2人。')).toContainEqual([
      'group',
      '妇女成员',
      '村委会成员',
      2,
      '妇女成员2人',
    ]);
  });

  it('leaves shares of a 总数 the text never states unjudged, and says why', () => {
    const text = '党员干部45人，少数民族干部8人，分别占总数的15.2%和4.1%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['15.2%', 'no-base'],
      ['4.1%', 'no-base'],
    ]);
  });

  it('reads 比例分别达到 as shares given respectively, and leaves them unjudged when no base is named', () => {
    // Each share of such a list may be of another body (of villages, of members): the text does not say.
    const text = '共选出村委会成员200人，其中女性26人，党员30人，比例分别达到13%和16%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['13%', 'no-base'],
      ['16%', 'no-base'],
    ]);
  });

  it('leaves a headline share under a heading unjudged, with its reason', () => {
    expect(unread('三、班子结构\n大专以上5120人，占41.7%。')).toEqual([['41.7%', 'no-base']]);
  });
});

describe('6. approximate figures, changes, times and words with numerals', () => {
  it('keeps approximate figures whole and unjudged', () => {
    expect(unread('近3万8千人参加投票，2750多万人次，约1200人，300余名。')).toEqual([
      ['3万8千', 'approximate'],
      ['2750多万', 'approximate'],
      ['1200', 'approximate'],
      ['300余', 'approximate'],
    ]);
  });

  it('reads 3万8千 as 38000 when it is exact', () => {
    expect(rows('参加投票3万8千人。')).toEqual([['count', 'cast', null, 38000, '参加投票3万8千人']]);
  });

  it('leaves a change against the last term unjudged', () => {
    expect(unread('女性成员占比较上届提高6%。')).toEqual([['6%', 'change']]);
  });

  it('lists ages stated as figures, and keeps ages bounding a label inside it', () => {
    expect(unread('成员平均年龄44.9岁，比上届下降5.1岁；主任由原来的52岁降到47岁；35岁以下的9名。')).toEqual([
      ['44.9', 'age'],
      ['5.1', 'change'],
      ['52', 'age'],
      ['47', 'age'],
    ]);
  });

  it('lists no times and no numerals inside words', () => {
    expect(unread('下午4点开始投票，4点30分结束，从三个方面总结。')).toEqual([]);
  });
});

describe('precision: what the real texts taught (invented numbers)', () => {
  it('leaves a second rate beside 参选率 unjudged: its base is not said', () => {
    const text = '共登记选民8000名，参加投票的选民7600名，参选率为95%，投票率为96.2%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([['96.2%', 'ambiguous-base']]);
  });

  it('leaves a share of 委员 unjudged after a committee stated by its posts: the 委员, or all members?', () => {
    const text = '选出主任1名，副主任1名，委员4名。其中本科学历3人，占委员总数50%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual([['50%', 'ambiguous-base']]);
  });

  it('takes a share after a bracket as of the figure before the bracket', () => {
    const text = '共选出成员70人，其中高中以上学历的56人（其中大专以上6人），占比80%。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('80%', '8.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占比8.6%']]);
  });

  it('reads counts of another time (从…增到, 比上届增加) as changes, not figures', () => {
    const text = '妇女干部310名，比上届增加了120名；大专学历的委员从15人增到22人。';
    expect(unread(text)).toEqual([
      ['120', 'change'],
      ['15', 'change'],
      ['22', 'change'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('does not flag a part attached only by its label that exceeds its total', () => {
    const text = '新增委员12名（其中3名是书记）；26个村班子成员连任，17个新进班子成员。';
    expect(findings(text)).toEqual([]);
  });

  it('states no figure twice across the towns of a summary', () => {
    const text = '甲镇\n共选出居委会成员43名，其中主任7名。\n乙镇\n共选出居委会成员50名，其中主任10名。';
    expect(findings(text)).toEqual([]);
  });

  it('catches a wrong share of villages counted by what they did', () => {
    expect(findings('全市应换届的640个村，已完成换届选举600个，占93.8%。')).toEqual([]);
    expect(findings('全市应换届的640个村，已完成换届选举0个，占93.8%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占93.8%'],
    ]);
  });
});

describe('voters who 参加了这次投票 are the ballots cast', () => {
  const text = '全街道共有选民30035名，28797人参加了这次投票，投票率达95.9%。';

  it('reads the count after its number and judges the turnout against it', () => {
    expect(rows(text)).toEqual([
      ['count', 'registered', null, 30035, '全街道共有选民30035名'],
      ['count', 'cast', null, 28797, '28797人参加了这次投票'],
      ['percent', 'cast / registered', null, '95.9', '投票率达95.9%'],
    ]);
    expect(findings(text)).toEqual([]);
    expect(findings('本村共有选民1200名，900人参加了本次投票。').length).toBe(0);
  });

  it('flags a wrong turnout, and reads no count from 参加了 something else (near miss)', () => {
    expect(findings(text.replace('95.9%', '96.9%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '投票率达96.9%'],
    ]);
    const training = '全街道共有选民30035名，280人参加了这次培训，投票率达95.9%。';
    expect(rows(training).map((row) => row[1])).not.toContain('cast');
    expect(findings(training)).toEqual([]);
  });
});
