import { describe, expect, it } from 'vitest';
import { renderReportText } from '../report/render-report-text.js';
import { findings, reportAlone, rows, unread } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * One test for each of the seven ways real notices were misread (issue #15, “What goes wrong”), in the
 * shape the issue names; the numbers and names are invented. More cases of each are in the shape tests
 * (read-published-shapes, read-respectively-and-scope, read-doubtful-figures, stated-partitions).
 */

const report = reportAlone;
const codes = (text: string, rules = false) => report(text, rules).findings.map((f) => f.code);
describe('1. a count takes no ballot meaning from another noun phrase or a longer word', () => {
  it('reads no ballots from candidates who signed up or from a word holding 发票', () => {
    const text =
      '本村登记选民1600人，参加投票1350人。12名报名参选村委会成员的村民参加了培训，5个村民小组设立了验证发票区。';
    expect(rows(text).filter(([kind]) => kind === 'count')).toEqual([
      ['count', 'registered', null, 1600, '本村登记选民1600人'],
      ['count', 'cast', null, 1350, '参加投票1350人'],
    ]);
    expect(unread(text).map(([number]) => number)).toEqual(['12', '5']);
    // Under the village pack no void verdict follows from the 12.
    expect(codes(text, true)).not.toContain('ELECTION_VOID');
    expect(codes(text, true)).not.toContain('TURNOUT_BELOW_QUORUM');
  });
});

describe('2. common ways of giving a candidate’s votes are read, and no junk is declared elected', () => {
  it('reads 张赞成票, 以…张选票当选 and names given respectively', () => {
    expect(rows('王林获得4210张赞成票。')).toEqual([['votes', '王林', null, 4210, '王林获得4210张赞成票']]);
    const respectively = '王小林、李华和张强分别以1802票、1766票和1750票（总有效票2031票）当选为委员。';
    expect(
      rows(respectively)
        .filter(([kind]) => kind === 'votes')
        .map(([, name, , votes]) => [name, votes]),
    ).toEqual([
      ['王小林', 1802],
      ['李华', 1766],
      ['张强', 1750],
    ]);
    expect(rows(respectively).find(([kind]) => kind === 'elected')?.[3]).toEqual(['王小林', '李华', '张强']);
  });

  it('declares no one from a bracket, a word, a phrase or 女性', () => {
    for (const text of [
      '（第一轮）当选为主任。',
      '以多数选票当选。',
      '王林在第一轮投票中当选。',
      '全国有2万名女性当选。',
    ])
      expect(rows(text).filter(([kind]) => kind === 'elected')).toEqual([]);
  });
});

describe('3. turnout is read whichever way the electorate and the voters are phrased', () => {
  it('reads 参加正式选举的选民, 共有选民人数, 共有选民…名 and finds a wrong turnout behind them', () => {
    expect(findings('共有选民人数4100人，参加正式选举的选民3600人，参选率86.8%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率86.8%'],
    ]);
    expect(findings('共有选民2300名，参加投票的选民2000人，参选率87.0%。')).toEqual([]);
  });

  it('judges the quorum from the ballots returned when only 发出/收回 are stated', () => {
    const text = '本村登记选民1000人。共发出选票820张，收回选票815张。';
    const audited = report(text, true);
    expect(audited.findings.map((f) => f.code)).not.toContain('TURNOUT_BELOW_QUORUM');
    expect(audited.announcement?.castFrom).toBe('returned');
  });
});

describe('4. same-named groups of different bodies never meet', () => {
  it('keeps 委员 of different committees, 副书记 and 书记, 副主任 and 主任 apart', () => {
    const text =
      '社区党组织委员30人。村党组织委员45人。居委会委员25人。村党组织书记12人，副书记15人。村委会主任12人，副主任14人。';
    expect(findings(text)).toEqual([]);
  });

  it('does not take a count of villages that changed for the count of all villages', () => {
    expect(findings('全镇共有12个村。参加换届的8个村全部完成选举。')).toEqual([]);
  });

  it('attaches the groups after a post list without 其中 to the total, not to the last post', () => {
    expect(findings('全镇共选出成员60人，主任18人，副主任7人，委员35人，交叉任职40人，占66.7%。')).toEqual(
      [],
    );
  });
});

describe('5. parts and shares are attached to their own total, or to none', () => {
  it('attaches a sex split in the sentence after the total’s 其中 sentence, and flags its wrong share', () => {
    expect(findings('共选出成员50人，其中书记10人。男性35人，女性15人，女性占32%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '女性占32%'],
    ]);
  });

  it('does not open a new total with 妇女成员', () => {
    expect(findings('共选出成员20人，其中妇女成员2人，占10%。')).toEqual([]);
    expect(rows('共选出成员20人，其中妇女成员2人，占10%。')).toContainEqual([
      'group',
      '妇女成员',
      '成员',
      2,
      '妇女成员2人',
    ]);
  });

  it('leaves 分别占总数的 unjudged when no 总数 is stated, and says so', () => {
    const text = '党员80人，团员30人，分别占总数的15.2%和4.1%。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual(
      expect.arrayContaining([
        ['15.2%', 'no-base'],
        ['4.1%', 'no-base'],
      ]),
    );
  });

  it('reads 比例分别达到 as shares given respectively, not of the nearest count', () => {
    const text = '两委成员中，35岁以下的120人，大专以上的135人，比例分别达到12.3%和13.8%。';
    expect(findings(text)).toEqual([]);
  });

  it('lists a headline line after a heading as unread, not silent', () => {
    const text = '二、学历情况\n大专以上5120人占41.7%';
    expect(findings(text)).toEqual([]);
    expect(unread(text).map(([number]) => number)).toContain('41.7%');
  });
});

describe('6. approximations, changes, times and numerals in words', () => {
  it('keeps 2750多万 and 近3万8千人 whole and unjudged', () => {
    expect(unread('登记选民2750多万人，参加投票近3万8千人。')).toEqual([
      ['2750多万', 'approximate'],
      ['3万8千', 'approximate'],
    ]);
  });

  it('reads 占比较上届提高6% as a change, and 下午4点, 三个方面 as no figures', () => {
    expect(unread('女性占比较上届提高6%。')).toEqual([['6%', 'change']]);
    expect(readAnnouncementText('下午4点开始计票，工作分三个方面。').unread).toEqual([]);
  });
});

describe('7. the report does not contradict itself', () => {
  it('gives no “no discrepancy” verdict above percent warnings', () => {
    const text = renderReportText(report('登记选民2000人，参加投票1500人，参选率80%。'), 'en');
    expect(text).toContain('Verdict: no error, but 1 warning');
    expect(text).not.toContain('no discrepancy');
  });

  it('says the declared result needs a look, not that figures disagree, when the only warning is the law’s', () => {
    const notice = [
      '本村登记选民1,402人，参加投票的选民1,188人，发出选票1,188张，收回选票1,188张，其中有效票1,170张，无效票18张。应选村民委员会成员3名，选举结果如下：',
      '主任：刘强（男）得票801票，当选为村民委员会主任。',
      '委员：王军（男）得票760票，张勇（男）得票702票，以上2人均当选为村民委员会委员。',
    ].join('\n');
    const judged = report(notice, true);
    expect(judged.findings.filter((f) => f.severity === 'warning').map((f) => f.code)).toEqual([
      'WOMEN_QUOTA_UNMET',
    ]);
    const text = renderReportText(judged, 'en');
    expect(text).toContain('Verdict: no error, but 1 warning: the declared result needs a closer look');
    expect(text).not.toContain('figures disagree');
    expect(renderReportText(judged, 'zh')).toContain('公告宣布的结果有需要注意之处');
  });

  it('prints no count of voters the text does not state', () => {
    const text = renderReportText(report('登记选民2000人，有效票1500张，无效票20张。'), 'en');
    expect(text).toContain('cast unknown');
    expect(text).not.toContain('cast 0');
  });

  it('says neither “quorum met: no” nor that the pack is met when the quorum is missed', () => {
    const missed = renderReportText(report('本村登记选民2000人，参加投票900人，参选率45%。', true), 'en');
    expect(missed).not.toContain("meet what the Organic Law of Villagers' Committees");
    expect(missed).toContain('quorum met: no');
    expect(missed).toContain('Verdict: void');
    const met = renderReportText(report('本村登记选民2000人，参加投票1500人，参选率75%。', true), 'en');
    expect(met).not.toContain('quorum met: no');
    expect(met).toContain('quorum met: yes');
    // The quorum is judged met; no winner is named, so the law's rule on their votes is not claimed.
    expect(met).toContain("turnout meets what the Organic Law of Villagers' Committees");
    expect(met).not.toContain('and meet what');
  });
});
