import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, unread, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Notices written the way village and residents' committees phrase their results, each internally right
 * (every share worked with exact fractions), beside a variant with one wrong figure planted, so that a
 * test passing on the right notice cannot pass by checking nothing. Every number and name is invented.
 */

const village = getRulePack('cn-village')!;

/** What the rule pack finds in a notice alone: codes, candidates. */
const judged = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').findings.map((finding) => [
    finding.code,
    finding.candidate ?? null,
  ]);

/** The names each declaration of the notice elects. */
const declared = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) => (figure.kind === 'elected' ? [figure.names] : []));

describe('a 当选 in brackets after each candidate of a line', () => {
  // Candidates in a row, each with votes and (当选) after the winners: a 当选 speaks of the votes before
  // it, never of the loser whose votes follow it on the line.
  const NOTICE = (chair = 748) =>
    [
      '清水村村民委员会选举结果公告',
      '本村登记选民1320人，参加投票选民1104人，参选率83.6%。本次选举共发出选票1104张，收回选票1101张，其中有效选票1094张，无效选票7张。候选人得票情况如下：',
      `主任：蒋华 ${chair}票（当选） 陆明 331票`,
      '副主任：沈燕 690票（当选）',
      '委员：韦东 802票（当选） 卢静 777票（当选） 曾强 755票（当选） 聂飞 297票',
      '清水村村民选举委员会',
    ].join('\n');

  it('declares the candidate before each 当选, and finds nothing wrong under the rule pack', () => {
    expect(declared(NOTICE())).toEqual([['蒋华'], ['沈燕'], ['韦东'], ['卢静'], ['曾强']]);
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('still flags a declared winner below the threshold', () => {
    expect(judged(NOTICE(548))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '蒋华']]);
  });
});

describe('a 得票率 after votes the reader could not read', () => {
  // 吕燕（女，连任，得票842票，得票率70.4%）: 连任 qualifies the votes, so the 842 is unread and the 70.4% after it
  // is of no votes read; it is not 严峰's, read before it. (Her bracket of sex and votes alone is read:
  // person-brackets.test.ts.)
  const NOTICE = (share = '72.4') =>
    [
      '水口村村民委员会选举结果公告',
      '本村登记选民1410人，参加投票的选民1198人，参选率85.0%。收回选票1196张，有效票1190张，无效票6张。',
      `当选名单：主任 严峰（得票866票，得票率${share}%）；委员 吕燕（女，连任，得票842票，得票率70.4%）、施展（得票803票，得票率67.1%）。`,
      '水口村村民选举委员会',
    ].join('\n');

  it('raises nothing and lists the share of the unread votes as unread', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(unread(NOTICE()).map(([text]) => text)).toEqual(expect.arrayContaining(['842', '70.4%']));
    expect(judged(NOTICE())).toEqual([]);
  });

  it('still flags the share of the votes read before it when it is wrong of every base', () => {
    expect(findings(NOTICE('74.4'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率74.4%']]);
  });
});

describe('ballots counted per polling station, then summed', () => {
  // Each station's issued and returned ballots, then 合计: a station's count is a part of the account,
  // never the account, and the total after 合计 is of the whole village again.
  const NOTICE = (invalid = 7) =>
    [
      '新村村民委员会选举结果公告',
      '本村登记选民1540人，设两个投票站。第一投票站发出选票820张，收回选票818张；第二投票站发出选票480张，收回选票479张；' +
        `合计发出选票1300张，收回选票1297张，其中有效票1290张，无效票${invalid}张。参加投票的选民1300人，参选率84.42%。`,
      '主任：王强，得票977票，当选。委员：李芳，得票960票，当选；张勇，得票902票，当选。',
      '新村村民选举委员会',
    ].join('\n');

  it('raises nothing, calls no valid election void, and lists each station’s count as unread', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
    // One station's own count, which no total plainly sums (one-polling-place).
    expect(unread(NOTICE()).filter(([, reason]) => reason === 'one-polling-place')).toEqual([
      ['820', 'one-polling-place'],
      ['818', 'one-polling-place'],
      ['480', 'one-polling-place'],
      ['479', 'one-polling-place'],
    ]);
  });

  it('still checks the summed account', () => {
    expect(findings(NOTICE(9))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1297张']]);
  });
});

describe('a turnout whose voters are stated in words the reader cannot read', () => {
  // The returned ballots stand for the voters only when the notice states none: here it states them, in
  // a shape left unread, so a turnout right of them is no discrepancy of the ballots returned.
  const SHAPES = [
    (turnout: string) =>
      `某村村民委员会选举结果公告\n本村登记选民1856人，1523名选民到场投票，参选率${turnout}%。收回选票1519张，有效票1508张，无效票11张。`,
    (turnout: string) =>
      `某村村民委员会选举结果公告\n本村登记选民1856人，参选率${turnout}%（1523/1856）。收回选票1519张，有效票1508张，无效票11张。`,
    (turnout: string) =>
      `Election Results: Pine Hill Village Committee\nTurnout: ${turnout}% (1,523 of 1,856 registered voters).\nBallots returned: 1,519 (valid 1,508, invalid 11).`,
    (turnout: string) =>
      `Riverside Village\nRegistered voters: 1,856. Voted in person: 1,402; by proxy: 121; total voters: 1,523 (turnout ${turnout}%).\nBallots returned: 1,519, of which valid 1,508 and invalid 11.`,
  ];

  it.each(SHAPES.map((shape, index) => [index, shape] as const))(
    'raises nothing on a turnout right of the unread voters (shape %i)',
    (_, shape) => {
      const text = shape(shape === SHAPES[2] || shape === SHAPES[3] ? '82.1' : '82.06');
      expect(findings(text)).toEqual([]);
      expect(judged(text)).toEqual([]);
    },
  );

  it.each(SHAPES.map((shape, index) => [index, shape] as const))(
    'still flags a turnout wrong of the ballots returned and of every number that may be the voters (shape %i)',
    (_, shape) => {
      const turnout = shape === SHAPES[2] || shape === SHAPES[3] ? '80.1' : '80.06';
      expect(findings(shape(turnout)).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    },
  );
});

describe('a candidate’s share of the voters whose voters are stated in words the reader cannot read', () => {
  // 1,288 voters stated in words the reader leaves unread (名选民到场投票); 1,286 ballots returned stand for them.
  // 812 of 1,288 is 63.0434…%, of 1,286 63.1415…%; 65.0% is neither.
  const NOTICE = (share: string, voters = '1,288名选民到场投票，参选率85.4%') =>
    [
      '松林村第十二届村民委员会选举结果公告',
      `本村登记选民1,508人，${voters}。发出选票1,288张，收回1,286张，有效票1,270张，无效票16张。`,
      `主任候选人黄建华获得812票，占参加投票人数的${share}%，当选为村民委员会主任。`,
    ].join('\n');

  it('raises nothing on a share right of the unread voters, and says why it is not judged', () => {
    expect(findings(NOTICE('63.0'))).toEqual([]);
    const share = work(NOTICE('63.0')).unjudged.find((figure) => figure.text.endsWith('63.0%'));
    expect(share?.work.en).toContain('“1,288”, not read as the voters, which may be them');
  });

  it('still flags a share wrong of the ballots returned and of the number that may be the voters', () => {
    expect(findings(NOTICE('65.0')).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('judges the share of the voters stated as 计N人 right after their turnout', () => {
    const counted = NOTICE('63.0', '参加投票的选民占登记选民的85.4%，计1,288人');
    expect(findings(counted)).toEqual([]);
    expect(work(counted).unjudged).toEqual([]);
    expect(
      findings(NOTICE('63.1', '参加投票的选民占登记选民的85.4%，计1,288人')).map(([code]) => code),
    ).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('takes a number below the ballots returned for the voters only in a share whose part is the voters', () => {
    // 836 of the 1,286 ballots returned is 65.0%, but the share's part is 黄建华's 812 votes, not the
    // voters: an unread 836 cannot be its part, and 812 is 63.1% of 1,286 and 97.1% of 836.
    const text = NOTICE('65.0', '836名选民到场投票');
    expect(findings(text).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    const unjudged = work(text).unjudged.map((figure) => figure.work.en);
    expect(unjudged.filter((line) => line.includes('ballots returned of'))).toEqual([]);
  });
});

describe('a name in a clause of its own before 得票', () => {
  // 主任：蒋文，得票1012票 and ；曹阳（女），得票960票: the name stands alone after the heading or semicolon.
  const NOTICE = (share = '70.62') =>
    [
      '桃源村村民委员会选举结果公告',
      '本村登记选民1722人，参加投票的选民1433人，参选率83.22%。收回选票1433张，有效票1420张，无效票13张。',
      `主任：蒋文，得票1012票，得票率${share}%，当选。`,
      '委员：汪静（女），得票983票，得票率68.60%，当选；曹阳，得票960票，得票率66.99%，当选。',
      '桃源村村民选举委员会',
    ].join('\n');

  it('reads each name with its votes and raises nothing', () => {
    const votes = readAnnouncementText(NOTICE()).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [[figure.candidate, figure.value]] : [],
    );
    expect(votes).toEqual([
      ['蒋文', 1012n],
      ['汪静', 983n],
      ['曹阳', 960n],
    ]);
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('flags a 得票率 wrong of every base, which went unread before', () => {
    expect(findings(NOTICE('71.62'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率71.62%']]);
  });

  it('reads the name without 同志, and no name from a clause that is no name', () => {
    const votesOf = (text: string) =>
      readAnnouncementText(text).figures.flatMap((figure) =>
        figure.kind === 'votes' ? [figure.candidate] : [],
      );
    expect(votesOf('某村选举结果公告\n主任：王林同志，得票812票，当选。')).toEqual(['王林']);
    expect(votesOf('某村选举结果公告\n主任：经过投票，得票812票，当选。')).toEqual([]);
  });
});

describe('a notice of a runoff (另行选举) judged with no round given', () => {
  // A runoff elects with more than a third of the voters (郭亮 402 of 1052): the first round's half is no
  // threshold for it, and the notice says which round it reports.
  const NOTICE = (votes = 402) =>
    [
      '白马村村民委员会另行选举结果公告',
      '本村第十二届村民委员会选举中，委员1名未选出。根据规定，于2026年3月30日进行另行选举。本村登记选民1480人，参加投票的选民1052人，参选率71.08%。收回选票1050张，有效票1041张，无效票9张。',
      `郭亮得票${votes}票，得票超过参加投票选民的三分之一，当选为村民委员会委员。`,
      '白马村村民选举委员会',
    ].join('\n');
  const severe = (text: string) =>
    judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').findings.filter(
      (finding) => finding.severity !== 'info',
    );

  it('does not flag a winner enough for a runoff, and says the winner was not checked', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(severe(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([['UNREAD_FIGURE', '郭亮']]);
  });

  it('still flags a winner below the runoff threshold too', () => {
    expect(judged(NOTICE(300))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '郭亮']]);
  });

  it('judges a first-round notice that only mentions a runoff to come by the first round', () => {
    const text = [
      '北岗村村民委员会选举结果公告',
      '本村登记选民1744人，参加投票的选民1401人，参选率80.33%。收回选票1398张，有效票1389张，无效票9张。',
      '委员：齐军，得票612票，当选。',
      '委员职位应选2名，当选1名，另行选举的时间另行公告。',
    ].join('\n');
    expect(judged(text)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '齐军']]);
  });
});

describe('a 当选 whose winner is named between the votes and the declaration', () => {
  // 王林得票650票，李强得票520票，王林得票过半数，当选为主任: the winner is 王林, named after the last votes read.
  const NOTICE = (wangLin = 650) =>
    [
      '平山村村民委员会选举结果公告',
      '本村登记选民1500人，参加投票的选民1200人，参选率80%。收回选票1198张，有效票1190张，无效票8张。',
      `主任候选人王林得票${wangLin}票，李强得票520票，王林得票过半数，当选为主任。`,
      '委员候选人赵敏得票700票，孙丽得票640票，周杰得票380票；赵敏、孙丽当选为委员。',
    ].join('\n');

  it('declares the candidate named, not the one whose votes were read last', () => {
    expect(declared(NOTICE())).toEqual([['王林'], ['赵敏', '孙丽']]);
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('still flags the named winner below the threshold', () => {
    expect(judged(NOTICE(580))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '王林']]);
  });

  it('lists the declaration unread when two candidates are named between', () => {
    const text = NOTICE().replace('王林得票过半数', '王林、李强之中得票多者');
    expect(declared(text)).toEqual([['赵敏', '孙丽']]);
    expect(unread(text)).toContainEqual(['当选', 'not-a-name']);
  });
});

describe('ballots counted at a venue or in the mobile box, then for the whole village', () => {
  const VENUES = (invalid = 8) =>
    [
      '大桥村村民委员会选举结果公告',
      '本村登记选民1650人。中心会场发出选票900张，收回选票898张；第一分会场发出选票501张，收回选票500张。' +
        `共发出选票1401张，收回选票1398张，其中有效票1390张，无效票${invalid}张。参加投票的选民1401人，参选率84.91%。`,
      '主任：黄志强，得票1003票，当选。',
    ].join('\n');
  const MOBILE_BOX = (invalid = 7) =>
    [
      '沙河村村民委员会选举结果公告',
      '本村登记选民1540人，参加投票的选民1300人，参选率84.42%。本次选举设流动票箱1个，流动票箱发出选票60张，收回58张。' +
        `全村共发出选票1300张，收回选票1297张，其中有效票1290张，无效票${invalid}张。`,
      '主任：王强，得票977票，当选。',
    ].join('\n');
  const VOTERS_BY_VENUE = [
    '新丰村村民委员会选举结果公告',
    '本村登记选民1650人。中心会场投票812人，第一分会场投票305人，第二分会场投票188人，流动票箱投票96人，参加投票的选民共1401人，参选率84.91%。',
    '共发出选票1401张，收回选票1398张，其中有效票1390张，无效票8张。',
    '主任：黄志强得票1003票，当选。',
  ].join('\n');

  it.each([
    ['venues', VENUES],
    ['the mobile box', MOBILE_BOX],
  ])('raises nothing and calls no valid election void (%s)', (_, notice) => {
    expect(findings(notice())).toEqual([]);
    expect(judged(notice())).toEqual([]);
  });

  it.each([
    ['venues', VENUES, '收回选票1398张'],
    ['the mobile box', MOBILE_BOX, '收回选票1297张'],
  ])('still checks the whole account (%s)', (_, notice, where) => {
    expect(findings(notice(20))).toEqual([['ANNOUNCED_SUM_MISMATCH', where]]);
  });

  it('reads the voters summed with 共 after the venues as the whole village’s', () => {
    const work = judgeAnnouncement(readAnnouncementText(VOTERS_BY_VENUE), village, 'first', 'en');
    expect(work.findings).toEqual([]);
    expect(work.judged[0]?.work.en).toBe(
      '1,401 voted out of 1,650 registered voters; more than half of the registered voters must take part: met',
    );
  });
});

describe('a total introduced by 由N名X组成', () => {
  // 村民委员会由5名成员组成: the five are members (成员), not 村民委员会由; a share of 成员总数 is of them.
  const NOTICE = (share: string) =>
    [
      '松林村第十二届村民委员会选举结果公告',
      '本村登记选民1508人，参加投票1288人，收回选票1288张，有效票1270张，无效票18张。',
      `村民委员会由5名成员组成，分别是张三、李四、王五、赵六、孙七，其中女性1名，占成员总数的${share}%。`,
    ].join('\n');

  it('names the total by the noun before 组成 and judges the share of it', () => {
    const labels = readAnnouncementText(NOTICE('20')).figures.flatMap((figure) =>
      figure.kind === 'group' && figure.value === 5n ? [figure.label] : [],
    );
    expect(labels).toEqual(['成员']);
    expect(findings(NOTICE('20'))).toEqual([]);
    expect(work(NOTICE('20')).unjudged).toEqual([]);
    expect(findings(NOTICE('30')).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});

describe('a share of a total given only as a list of names', () => {
  // 张三、李四、王五、赵六当选为村民委员会成员: the members are named, never counted; 女性成员2人 is
  // counted, and its share of 成员总数 has no stated base.
  const NOTICE = [
    '松林村第十二届村民委员会选举结果公告',
    '本村登记选民1508人，参加投票1288人，收回选票1288张，有效票1270张，无效票18张。',
    '张三、李四、王五、赵六当选为村民委员会成员，其中女性成员2人，占成员总数的50%。',
  ].join('\n');

  it('lists the share unread as a share whose base is not stated', () => {
    expect(unread(NOTICE).filter(([text]) => text?.endsWith('%'))).toEqual([['50%', 'no-base']]);
    expect(findings(NOTICE)).toEqual([]);
  });
});
