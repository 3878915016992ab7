import { describe, expect, it } from 'vitest';
import { judged, judgement, winners } from './corpus/village-pack-shapes.js';
import { findings, judged as arithmetic } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Village results notices of the 2026 换届 in shapes the earlier sets did not try. Each right (worked
 * with exact fractions) beside a variant with one error planted. Every number and name is invented.
 */

describe('a sentence that says no runoff is needed', () => {
  // 1011 voted; a seat needs 506 in a first round (a runoff's third would be 337).
  const NOTICE = (chair = 812, said = '不需另行选举') =>
    [
      '红旗村村民委员会选举结果公告',
      `2026年3月26日，红旗村举行第十二届村民委员会选举，应选职数一次全部选出，${said}，登记选民1108人，参加投票的选民1011人，收回选票1011张，有效票1005张，无效票6张。`,
      `红卫东得票${chair}票，当选为村民委员会主任；吴丽得票707票，当选为村民委员会副主任；赵强得票611票，当选为村民委员会委员。`,
    ].join('\n');

  it('judges the winners by a first round’s half, not a runoff’s third', () => {
    expect(winners(NOTICE())).toEqual([
      ['红卫东得票812票', true],
      ['吴丽得票707票', true],
      ['赵强得票611票', true],
    ]);
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it.each(['不需另行选举', '无需另行选举', '未进行另行选举', '不需要进行另行选举'])(
    'flags a winner under half where the notice says %s',
    (said) => {
      expect(judged(NOTICE(412, said))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '红卫东', 'error']]);
    },
  );
});

describe('共收回选票 after the ballots of each polling place', () => {
  const NOTICE = (places: string, total = 1400, before = '', after = '') =>
    [
      '青石村村民委员会选举结果公告',
      `青石村第十二届村民委员会换届选举于2026年3月18日举行。${before}全村登记选民1502人。`,
      places,
      `共收回选票${total}张，其中有效票${total - 7}张，无效票7张。`,
      `石永强得票1203票，当选为村民委员会主任。${after}`,
    ].join('\n');
  const ALL =
    '中心会场发出选票815张，收回选票812张；第一分会场发出选票456张，收回选票455张；流动票箱发出选票135张，收回选票133张。';
  const sums = (text: string) => arithmetic(text).filter(([rule]) => rule === 'partition');

  it('sums the places listed into the total when they are all the places', () => {
    expect(sums(NOTICE(ALL))).toEqual([['partition', '共收回选票1400张', true]]);
    expect(findings(NOTICE(ALL))).toEqual([]);
  });

  it('flags a total the places listed do not make', () => {
    expect(findings(NOTICE(ALL, 1410))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共收回选票1410张']]);
  });

  it('sums stations numbered from the first on the total’s own line', () => {
    const text = [
      '龙潭村村民委员会选举结果公告',
      '全村登记选民1820人，参加投票的选民1702人。',
      '第一投票站收回选票620张，第二投票站收回选票588张，第三投票站收回选票451张，流动票箱收回选票63张。共收回选票1702张，有效票1695张，无效票7张。',
    ].join('\n');
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '共收回选票1702张']]);
  });

  it.each([
    [
      'a sub-venue without its central venue',
      '第一分会场收回选票455张；第二分会场收回选票812张；流动票箱收回选票133张。',
      '',
      '',
    ],
    [
      'a gap in the numbers',
      '中心会场收回选票812张；第一分会场收回选票455张；第三分会场收回选票133张。',
      '',
      '',
    ],
    [
      'an unnumbered sub-venue',
      '中心会场收回选票812张；分会场收回选票455张；流动票箱收回选票133张。',
      '',
      '',
    ],
    [
      'a place named elsewhere',
      '中心会场收回选票812张；第一分会场收回选票455张；流动票箱收回选票133张。',
      '',
      '第二分会场的选票已并入中心会场清点。',
    ],
    [
      'more places counted than listed',
      '中心会场收回选票812张；第一分会场收回选票455张；第二分会场收回选票133张。',
      '本村设3个分会场，',
      '',
    ],
  ])('sums nothing with 共 alone after %s', (_, places, before, after) => {
    expect(sums(NOTICE(places, 1410, before, after))).toEqual([]);
    expect(findings(NOTICE(places, 1410, before, after))).toEqual([]);
  });

  it('still sums the places whatever else is said when the total opens with 合计', () => {
    const places = '中心会场收回选票812张；第一分会场收回选票455张；第二分会场收回选票133张。';
    const text = NOTICE(places, 1410, '本村设3个分会场，').replace('共收回选票1410张', '合计收回选票1410张');
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计收回选票1410张']]);
  });
});

describe('the ballots of a recall stated one by one', () => {
  const REPORT = (returned = 1458, abstained = '弃权35票') =>
    `本报讯 2026年5月10日，东岭村就是否罢免村民委员会主任陈某举行罢免投票。全村登记选民1620人，参加投票的选民${returned}人，收回选票${returned}张。经统计，赞成罢免1012票，反对402票，${abstained}，无效票9张。赞成票超过登记选民的半数，罢免通过。`;
  const sums = (text: string) => arithmetic(text).filter(([rule]) => rule === 'partition');

  it('sums yes, no, abstentions and invalid ballots into the ballots returned', () => {
    expect(sums(REPORT())).toEqual([['partition', '收回选票1458张', true]]);
    expect(findings(REPORT())).toEqual([]);
  });

  it('flags ballots returned that the four kinds do not make', () => {
    expect(findings(REPORT(1468))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1468张']]);
  });

  it('sums nothing when abstentions and invalid ballots are counted together', () => {
    const text = REPORT(1468, '弃权和无效票共44张').replace('，无效票9张', '');
    expect(sums(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
  });

  it('sums nothing when two people are recalled, each with their own yes and no', () => {
    const text = `${REPORT(1468)}另就罢免委员李某投票，赞成罢免602票，反对800票，弃权50票。`;
    expect(sums(text)).toEqual([]);
  });

  it('sums nothing into ballots returned of another time', () => {
    const text = REPORT().replace('收回选票1458张', '上届选举收回选票1500张');
    expect(sums(text)).toEqual([]);
  });
});

describe('a share of places whose whole is counted inside its words', () => {
  const REPORT = (share = '95.24') =>
    `截至2026年4月15日，全县已有120个村完成村民委员会换届选举，占村总数126个的${share}%。全县登记选民152300人，参加投票138642人，参选率91.03%。`;

  it('judges the villages done against the villages counted in 占村总数126个的', () => {
    expect(arithmetic(REPORT())).toContainEqual(['share', '占村总数126个的95.24%', true]);
    expect(findings(REPORT())).toEqual([]);
  });

  it('flags a share of them that is wrong', () => {
    expect(findings(REPORT('96.24'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占村总数126个的96.24%']]);
  });

  it('takes no count of people for the part of a whole of places', () => {
    const text = '全县选出村委会成员600名，占村总数126个的95.24%。';
    expect(findings(text)).toEqual([]);
    expect(arithmetic(text).filter(([rule]) => rule === 'share')).toEqual([]);
  });
});

describe('a name followed by the way its votes were won, then 当选', () => {
  // The runoff: 1210 voted; a third is 404, half 606.
  const REPORT = (votes = 512, way = '以超过三分之一的得票') =>
    `马家村第十二届村民委员会选举于2026年4月8日举行，另1名委员因无人得票过半，当天下午进行另行选举。另行选举中，参加投票的选民1210人，马文斌得票${votes}票，马红得票${votes - 76}票，马文斌${way}当选为村委会委员。`;

  it.each(['以超过三分之一的得票', '以最高票', '以过半数的选票'])('names the winner before %s当选', (way) => {
    const elected = readAnnouncementText(REPORT(512, way)).figures.flatMap((figure) =>
      figure.kind === 'elected' ? [figure.names] : [],
    );
    expect(elected).toEqual([['马文斌']]);
  });

  it('leaves a runoff’s winner over a third but under half unjudged without the round', () => {
    expect(judged(REPORT()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(judged(REPORT(), 'runoff')).toEqual([]);
  });

  it('flags a winner under a third', () => {
    expect(judged(REPORT(392), 'runoff')).toEqual([['ANNOUNCED_WINNER_MISMATCH', '马文斌', 'error']]);
  });
});

describe('a runoff’s notice that restates the first round’s counts and winner', () => {
  // First round: 1503 voted, a seat needs 752. Runoff: `voters` voted, a seat needs a third.
  const NOTICE = (chair = 1211, voters = 1310, valid = voters - 6) =>
    [
      '永安村村民委员会另行选举结果公告',
      '永安村第十二届村民委员会选举于2026年3月24日进行第一次投票，登记选民1652人，参加投票的选民1503人，收回选票1503张，有效票1497张，无效票6张。',
      `安志刚得票${chair}票，当选为村民委员会主任；委员2名均未选出。`,
      `3月26日进行另行选举，参加投票的选民${voters}人，收回选票${voters}张，有效票${valid}张，无效票6张。安小红得票640票，周明得票560票，当选为村民委员会委员。`,
    ].join('\n');

  it('judges no first-round winner by the runoff’s voters', () => {
    // 760 is over half of the first round's 1503, not of 1560.
    expect(judged(NOTICE(760, 1560)).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(winners(NOTICE(700))).not.toContainEqual(['安志刚得票700票', true]);
    expect(judged(NOTICE(700))).toContainEqual(['UNREAD_FIGURE', '安志刚', 'info']);
  });

  it('checks the runoff’s own ballots as an account of their own', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(findings(NOTICE(1211, 1310, 1314))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1310张']]);
  });
});

describe('winners listed after 当选情况： on one line', () => {
  // 1130 voted; a seat needs 566.
  const NOTICE = (last = '委员张大山（得票701票）') =>
    [
      '李庄村村民委员会选举结果公告',
      '2026年3月29日，李庄村进行第十二届村民委员会选举。全村登记选民1254人，参加投票的选民1130人，收回选票1130张，有效票1121张，无效票9张。',
      `当选情况：主任李振华（得票901票）；副主任王小军（得票812票）；妇女委员李秀芳（得票866票）；${last}。`,
    ].join('\n');

  it('declares each name of the list and judges it', () => {
    expect(winners(NOTICE()).map(([, right]) => right)).toEqual([true, true, true, true]);
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('flags a listed winner under half', () => {
    expect(judged(NOTICE('委员张大山（得票561票）'))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '张大山', 'error'],
    ]);
  });

  it('declares no one under 未当选情况：', () => {
    const text = NOTICE().replace('当选情况：', '未当选情况：');
    expect(winners(text)).toEqual([]);
  });

  it('declares no one when an item is not a post, a name and its votes', () => {
    expect(winners(NOTICE('委员候选人张大山（得票561票）'))).toEqual([]);
  });

  // 当选：主任邓小华754票；委员林美玲（女）707票、刘建波433票: before, no one was declared and 433 of 903 went unjudged.
  const BARE = (last: number, heading = '当选：') =>
    [
      '李庄村村民委员会选举结果公告',
      '全村登记选民1254人，参加投票的选民1130人，收回选票1130张，有效票1121张，无效票9张。',
      `${heading}主任李振华901票；委员李秀芳（女）866票、张大山${last}票。`,
    ].join('\n');

  it('declares each name after a bare 当选：, an item after 、 to the post before it', () => {
    expect(winners(BARE(701)).map(([, right]) => right)).toEqual([true, true, true]);
    expect(judged(BARE(701)).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(judged(BARE(561))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '张大山', 'error']]);
  });

  it('declares no one after 是否当选： or 未当选：, nor a name with no post before it', () => {
    expect(winners(BARE(561, '是否当选：'))).toEqual([]);
    expect(winners(BARE(561, '未当选：'))).toEqual([]);
    expect(winners(BARE(561).replace('主任李振华901票；委员', '李振华901票；'))).toEqual([]);
  });

  // 许立平481票。当选：主任邱德明812票: the votes of the sentence before were declared to the chair (481 of 998).
  it('declares no one whose votes stand before the 当选： heading', () => {
    const text = BARE(701).replace(
      '无效票9张。',
      '无效票9张。\n候选人得票：李振华901票，李秀芳866票，张大山701票，王强402票。',
    );
    expect(winners(text).map(([, right]) => right)).not.toContain(false);
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  // 二、村务监督委员会由村民代表会议选举，…当选：主任石国安27票: another body's winners, chosen by 31 representatives.
  it('declares no one of another body’s list', () => {
    const text = `${BARE(701)}\n二、村务监督委员会由村民代表会议选举，实到代表31人。当选：主任石国安27票；委员龙秀珍（女）25票。`;
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });
});

describe('a polling place counted within another', () => {
  const NOTICE = (places: string, total: string) =>
    [
      '青石村村民委员会选举结果公告',
      '全村登记选民1502人。',
      places,
      `${total}收回选票1267张，其中有效票1260张，无效票7张。`,
    ].join('\n');

  it.each([
    ['中心会场收回选票812张（其中流动票箱收回选票133张）；第一分会场收回选票455张。', '共'],
    ['中心会场收回选票812张（其中流动票箱收回选票133张）；第一分会场收回选票455张。', '合计'],
    ['中心会场收回选票812张，含流动票箱收回选票133张；第一分会场收回选票455张。', '共'],
  ])('sums no places of %s into %s', (places, total) => {
    expect(findings(NOTICE(places, total))).toEqual([]);
  });
});

describe('the places counted by kind before their ballots', () => {
  const NOTICE = (subVenues = '分会场2个', mobile = 64) =>
    [
      '东坡村选举结果公告',
      `东坡村第十二届村委会换届选举于2026年4月6日举行，设中心会场1个、${subVenues}、流动票箱1个。`,
      `中心会场发出选票900张，收回选票897张；第一分会场发出选票410张，收回选票410张；第二分会场发出选票288张，收回选票286张；流动票箱发出选票${mobile}张，收回选票63张。`,
      '共发出选票1662张，共收回选票1656张，有效票1649张，无效票7张。全村登记选民1800人，参加投票1656人。',
    ].join('\n');
  const sums = (text: string) => arithmetic(text).filter(([rule]) => rule === 'partition');

  it('sums the places when those counted are those listed', () => {
    expect(sums(NOTICE())).toEqual([
      ['partition', '共发出选票1662张', true],
      ['partition', '共收回选票1656张', true],
    ]);
    expect(findings(NOTICE('分会场2个', 66))).toEqual([['ANNOUNCED_SUM_MISMATCH', '共发出选票1662张']]);
  });

  it('sums nothing when more places are counted than listed', () => {
    expect(sums(NOTICE('分会场3个', 66))).toEqual([]);
    expect(findings(NOTICE('分会场3个', 66))).toEqual([]);
  });
});

describe('a runoff’s notice whose winner falls short of a third', () => {
  // 1187 voted in the runoff: a third is 396 (half would be 594).
  const NOTICE = (votes = 520) =>
    [
      '凤鸣村村民委员会另行选举结果公告',
      '凤鸣村于2026年3月20日进行另行选举，选举村民委员会委员1名。全村登记选民1520人，参加投票的选民1187人，收回选票1187张，有效票1180张，无效票7张。',
      `候选人李春梅得票${votes}票，王建华得票380票。李春梅得票最多且超过参加投票选民的三分之一，当选为村民委员会委员。`,
    ].join('\n');

  it('names the runoff’s threshold the winner falls short of, not the first round’s', () => {
    const shortfall = judgement(NOTICE(395)).findings.filter((finding) => finding.severity === 'error');
    expect(shortfall.map((finding) => [finding.code, finding.expected, finding.found])).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', 396, 395],
    ]);
  });

  it('still leaves one over a third unjudged without the round', () => {
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });
});
