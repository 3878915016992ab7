import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { quorumElectorateMismatch } from './quorum-electorate.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A third set of notices written the way they are pasted (from phones, from scans, with corrections,
 * 户代表 and per-group elections), each internally right (every share worked with exact fractions),
 * beside a variant with one wrong figure planted, so that a test passing on the right notice cannot pass
 * by checking nothing. Every number and name is invented.
 */

const village = getRulePack('cn-village')!;

/** What the rule pack finds in a notice alone: codes and severities, information left out. */
const judged = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [finding.code, finding.candidate ?? null]);

describe('a notice pasted from a phone: thousands parted by a space, a sentence broken across lines', () => {
  // 2740 of 3216 is 85.199%, so 85.2%; 2738 returned of 3216 would be 85.1%. Read as 2 and 740, the
  // ballots made the election void.
  const NOTICE = (rate = '８５.２') =>
    [
      '🎉🎉喜报！我们阳光社区第十二届居委会换届选举圆满成功啦👏👏',
      '本次登记选民 ３２１６ 人，实际参加投票',
      `２７４０人，参选率${rate}％！`,
      '发出选票2 740张，收回选票2 738张，有效票2 731张💪',
      '👉主任：钱晓霞 得票 2 215 票 当选',
      '👉委员：许丽 1 998票、曹军 1 876票 当选',
    ].join('\n');

  it('reads each number whole and the voters across the break, and calls nothing wrong or void', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
    expect(unread(NOTICE())).toEqual([]);
  });

  it('flags a turnout wrong of the voters read across the break', () => {
    expect(findings(NOTICE('８６.２'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率８６.２％']]);
  });

  it('reads voters parted by a space on the line after their words, and leaves the turnout unjudged', () => {
    // 1523 of 1802 is 84.52%, so 84.5%; the 1521 returned would give 84.4%.
    const text = [
      '全村登记选民1 802人，参加投票的选民',
      '1 523人，参选率84.5%',
      '收回选票1 521张，有效1 514张',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(judged(text)).toEqual([]);
  });

  it('reads a share alone on the line after its label and colon', () => {
    const text = ['登记选民：４３１８人', '参加投票：３５０２人', '参选率：', '81.1%'].join('\n');
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('81.1%', '81.7%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率：\n81.7%'],
    ]);
  });

  it('keeps a table’s columns apart: no space-parted thousands without a unit', () => {
    const table = ['乡镇 村数 “两委”成员数 女性成员数', '城关镇 18 112 28', '河口乡 12 76 17'].join('\n');
    expect(unread(table).map(([text]) => text)).toEqual(['18', '112', '28', '12', '76', '17']);
    // With a unit in each cell, a row's other cells say the spaces part cells, not thousands.
    const withUnits = '城关镇 18 112人 28人 25.0%';
    expect(unread(withUnits).map(([text]) => text)).toEqual(['18', '112', '28', '25.0%']);
  });

  it('reads thousands parted by a space on a line that a count with a spaced measure word opens', () => {
    // 2 个村民小组 opens the line as prose, no table's cell: 1 360张 is 1360, not 1 and 360.
    const text = [
      '1 380人参加投票，收回选票1 375张，无效票15张',
      '2 个村民小组设立投票站，有效票1 360张',
      '张伟得票856票，当选为主任。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    expect(unread(text).map(([written]) => written)).toEqual(['2']);
    expect(findings(text.replace('1 360张', '1 350张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1 375张'],
    ]);
    // A cell after such a count's words (28 人 at the line's end, no words after it) is still a table's.
    expect(unread('城关镇 18 112人 28 人').map(([written]) => written)).toContain('112');
  });
});

describe('a scanned notice whose digits the scan read as letters', () => {
  // 1O23 and l236 are 1023 and 1236 to a person, but the reader cannot know it: read as 1 and 23, the
  // voters were fewer than the ballots returned.
  const NOTICE = [
    '本村登记选民l236人，参加投票选民1O23人，参选率82.8%。',
    '收回选票1021张，有效票1016张，无效票5张。',
    '主任候选人甘志强得票845票，得票率82.8%，当选为村民委员会主任。',
  ].join('\n');

  it('lists the damaged numbers unread and raises nothing', () => {
    expect(findings(NOTICE)).toEqual([]);
    expect(unread(NOTICE)).toEqual(
      expect.arrayContaining([
        ['l236', 'garbled'],
        ['1O23', 'garbled'],
      ]),
    );
  });

  it('still checks the ballots read whole', () => {
    expect(findings(NOTICE.replace('无效票5张', '无效票7张'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '收回选票1021张'],
    ]);
  });

  it('takes no letter of a word for a digit (No.12, Room 3)', () => {
    const reasons = unread('Room 12 of No.3 building, Block O2: 1,023 voters of 1,236 registered.');
    expect(reasons.filter(([, reason]) => reason === 'garbled')).toEqual([]);
  });
});

describe('a register’s changes: newcomers who asked to take part, and the last term’s electorate', () => {
  // 3056 + 158 − 112 = 3102; 2611 of 3102 is 84.17%, so 84.2%. 申请参加选举的非户籍居民75人 was read as
  // the voters (void: 75 of 3056), and the last term's 3056 as the electorate of the quorum.
  const NOTICE = (rate = '84.2') =>
    [
      '上届登记选民3056人。本次新登记选民158人，其中年满18周岁的45人，户籍迁入的38人，居住满一年以上且本人申请参加选举的非户籍居民75人；因死亡、迁出等原因除名的112人。',
      '本届共登记选民3102人，已于3月25日张榜公布。',
      `2026年5月10日选举日，参加投票选民2611人，参选率${rate}%。`,
    ].join('\n');

  it('takes no voters from asking to take part, and calls no valid election void', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('judges the quorum on this term’s electorate, not the last term’s nor the newcomers', () => {
    // 新登记选民158人 is a change to the register and 上届登记选民3056人 the last term's: 3102 is this term's.
    const judgement = judgeAnnouncement(readAnnouncementText(NOTICE()), village, 'first', 'en');
    expect(
      judgement.judged
        .filter((line) => line.rule === 'quorum')
        .map((line) => [line.text, line.work.en, line.right]),
    ).toEqual([
      [
        '参加投票选民2611人',
        '2,611 voted out of 3,102 registered voters; more than half of the registered voters must take part: met',
        true,
      ],
    ]);
  });

  it('still flags a turnout wrong of this term’s electorate', () => {
    expect(findings(NOTICE('85.2'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率85.2%']]);
  });
});

describe('a correction that quotes the wrong figure beside the right one', () => {
  const NOTICE = [
    '2026年5月9日发布的《黄泥村村民委员会选举结果公告》中，参选率“81.4%”有误，应为“84.1%”。更正后内容如下：',
    '黄泥村登记选民1530人，参加投票选民1287人，参选率84.1%。收回选票1287张，有效票1281张，无效票6张。',
  ].join('\n');

  it('lists both numbers of the correction unread and judges the restated notice', () => {
    expect(findings(NOTICE)).toEqual([]);
    expect(unread(NOTICE)).toEqual([
      ['81.4%', 'corrected'],
      ['84.1%', 'corrected'],
    ]);
    expect(findings(NOTICE.replace('参选率84.1%。', '参选率81.4%。'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率81.4%'],
    ]);
  });

  it('reads a candidate’s votes corrected in words as a correction, and ballots filled in wrongly as ballots', () => {
    expect(unread('更正：委员候选人柏林的得票数应为521票，原公告中“512票”系录入错误，特此更正。')).toEqual([
      ['521', 'corrected'],
      ['512', 'corrected'],
    ]);
    const wrongly = '收回选票1213张，有效票1207张，其中填写错误的无效票6张。';
    expect(unread(wrongly)).toEqual([]);
  });
});

describe('村民代表 elected per 村民小组, a group’s ballots in the sentence after its name', () => {
  // Group one: 38 ballots; group two: 57 issued, 56 returned, and 戴明's 51 votes are of those 56.
  const NOTICE = (returned = 38) =>
    [
      '第一村民小组：应到户代表44户，实到38户。发出选票38张，收回' +
        returned +
        '张。当选村民代表：尹国栋（32票）、黎小芳（29票）。',
      '第二村民小组：应到户代表63户，实到57户。发出选票57张，收回56张。当选村民代表：戴明（51票）。',
    ].join('\n');

  it('keeps each group’s counts and votes its own, and raises nothing', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('still flags a group returning more ballots than it issued', () => {
    expect(findings(NOTICE(40))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回40张']]);
  });
});

describe('a candidate’s 得票率 with its base named in words', () => {
  // 1411 of the 2058 voters is 68.56%; of the 2052 returned 68.76%, of the 2040 valid 69.17%. 1326 of
  // the 2040 valid is 65.0% exactly. 377 of the 487 households is 77.4%, of the 412 returned 91.5%.
  const NOTICE = (first = '68.6') =>
    [
      '本社区登记选民2540人，参加投票选民2058人。收回选票2052张，有效票2040张，无效票12张。',
      `主任：叶春华，得票1411票，得票率${first}%（以参加投票选民数为基数计算），当选。`,
      '委员：任晓梅，得票1326票，得票率（按有效票计算）65.0%，当选。',
    ].join('\n');

  it('judges each share of the base it names, right', () => {
    expect(findings(NOTICE())).toEqual([]);
    const judgedShares = readAnnouncementText(NOTICE()).figures.filter((figure) => figure.kind === 'percent');
    expect(judgedShares.map((figure) => figure.kind === 'percent' && figure.whole)).toEqual([
      { kind: 'count', meaning: 'cast' },
      { kind: 'count', meaning: 'valid' },
    ]);
  });

  it('flags a share wrong of the base it names though right of another', () => {
    // 68.8% is 1411 of the 2052 returned, not of the 2058 voters named.
    expect(findings(NOTICE('68.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率68.8%']]);
  });

  it('lists a share of a base it cannot match unread, never judged of the ballots', () => {
    const text =
      '全村户代表487户，参加投票户代表412户。收回选票412张，有效票409张。主任候选人郑立新得票377票，得票率77.4%（以户代表总数为基数），当选。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toEqual(expect.arrayContaining([['77.4%', 'named-base']]));
  });
});

describe('an election by household representatives (户代表), its counts in households', () => {
  // 1105 of the 1320 representatives is 83.71%, so 83.7%; 412 of 487 is 84.60%, so 84.6%.
  const RESIDENTS = (rate = '83.7') =>
    [
      '桂香社区居民委员会采取户代表选举的方式进行换届选举。',
      `经登记确认的户代表人数1320人。参加投票户数1105户，参选率${rate}%，超过全体户代表的半数。`,
      '共发出选票1105张，收回选票1105张，其中有效票1096张，无效票9张。',
    ].join('\n');
  const VILLAGE = (rate = '84.6') =>
    `本村选举采取户代表投票方式，全村户代表487户，参加投票户代表412户，参选率${rate}%。收回选票412张，有效票409张，无效票3张。`;

  it('reads the households voting and due, and judges the turnout of them', () => {
    expect(findings(RESIDENTS())).toEqual([]);
    expect(findings(VILLAGE())).toEqual([]);
    expect(judged(VILLAGE())).toEqual([]);
    expect(findings(RESIDENTS('85.7'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率85.7%']]);
    expect(findings(VILLAGE('86.4'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率86.4%']]);
  });

  it('reads the households registered (登记户代表) as the electorate, and judges the turnout and quorum of them', () => {
    // 1102 of 1240 is 88.8709…%: 88.87%. 600 of 1240 is below half: void.
    const REGISTERED = (voters = '1,102', rate = '88.87') =>
      [
        '幸福社区于2024年5月18日采取户代表选举方式选举第十二届居民委员会。',
        `全社区登记户代表1,240户，参加投票户代表${voters}户，参选率${rate}%。发出选票${voters}张，收回选票${voters}张。`,
      ].join('\n');
    expect(findings(REGISTERED())).toEqual([]);
    expect(findings(REGISTERED('1,102', '88.78'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率88.78%']]);
    // The residents' law holds an election by households to more than half of them (2025 art. 19).
    const households = getRulePack('cn-residents:households')!;
    const byHouseholds = (text: string) =>
      judgeAnnouncement(readAnnouncementText(text), households, 'first', 'en')
        .findings.filter((finding) => finding.severity !== 'info')
        .map((finding) => [finding.code, finding.candidate ?? null]);
    expect(byHouseholds(REGISTERED())).toEqual([]);
    expect(byHouseholds(REGISTERED('600', '48.39'))).toEqual([
      ['TURNOUT_BELOW_QUORUM', null],
      ['ELECTION_VOID', null],
    ]);
  });

  it('holds no households to the village law’s quorum, which counts the villagers registered', () => {
    const TEXT =
      '本村经村民会议决定采取户代表投票方式，全村登记参加选举的户数486户，230户派代表参加投票。收回选票230张，有效票226张。';
    expect(judged(TEXT)).toEqual([]);
    const read = readAnnouncementText(TEXT);
    expect(judgeAnnouncement(read, village, 'first', 'en').electorateDiffers).toBe(true);
    expect(quorumElectorateMismatch(read, village)?.en).toContain(
      'no rule for an election by household representatives',
    );
  });

  it('judges no turnout or quorum of households in people: which electorate is meant is uncertain', () => {
    // 1105 households of 3216 registered people would be 34.4% and a void election.
    const mixed =
      '本社区登记选民3216人。本次选举采取户代表投票方式，参加投票户代表1105户，参选率83.7%。\n收回选票1102张，有效票1096张。';
    expect(findings(mixed)).toEqual([]);
    expect(judged(mixed)).toEqual([]);
    expect(unread(mixed)).toEqual(
      expect.arrayContaining([
        ['3216', 'doubtful-label'],
        ['1105', 'doubtful-label'],
      ]),
    );
    // Said only in words, the election by households still takes no electorate in people.
    const saidOnly = '本社区登记选民3216人。本次选举采取户代表投票方式。\n收回选票1102张，有效票1096张。';
    expect(judged(saidOnly)).toEqual([]);
  });

  it('reads no households of a village (共有农户756户) as its electorate', () => {
    const text = '全村共有农户756户，以户为单位由户代表参加投票，参加投票户代表648户，参选率85.7%。';
    expect(unread(text)).toEqual(expect.arrayContaining([['756', 'no-meaning']]));
    expect(findings(text)).toEqual([]);
  });
});

describe('以上5人均当选 after a list of candidates and their votes', () => {
  // 1534 voters: more than half is 768 or more; every one listed has it, unless a loser is planted.
  const NOTICE = (last = '1003票 65.6%') =>
    [
      '本村登记选民1809人，参加投票选民1534人，参选率84.8%。收回选票1530张，有效票1521张，无效票9张。',
      '候选人得票情况如下（得票率按收回选票计算）：',
      '陆建新 1301票 85.0%',
      '范春梅 1188票 77.6%',
      '方志明 1102票 72.0%',
      '邵红 1076票 70.3%',
      `裴国庆 ${last}`,
      '以上5人均当选，其中陆建新当选为主任。',
    ].join('\n');
  const elected = (text: string) =>
    readAnnouncementText(text).figures.flatMap((figure) => (figure.kind === 'elected' ? figure.names : []));

  it('declares the five listed, and finds nothing wrong under the rule pack', () => {
    expect(elected(NOTICE())).toEqual(
      expect.arrayContaining(['陆建新', '范春梅', '方志明', '邵红', '裴国庆']),
    );
    expect(findings(NOTICE())).toEqual([]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('flags a listed winner below the threshold', () => {
    expect(judged(NOTICE('703票 46.0%'))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '裴国庆']]);
  });

  it('lists the declaration unread when the number listed is not the number it elects', () => {
    const text = NOTICE().replace('以上5人均当选', '以上4人均当选');
    expect(judged(text)).toEqual([]);
    expect(unread(text)).toEqual(expect.arrayContaining([['当选', 'not-a-name']]));
  });

  it('reads 以上人员当选 and 以上三名同志均当选 of the candidates since the last declaration', () => {
    const staff = [
      '主任：钟诚得票902票，当选。',
      '委员 韦红 845票',
      '委员 蒙强 702票',
      '以上人员当选为委员。',
    ];
    expect(elected(staff.join('\n'))).toEqual(['钟诚', '韦红', '蒙强']);
    const three =
      '实到村民代表41人。主任：贺建民，得票38票；委员：彭秀兰，得票36票；委员：黎永红，得票33票。以上三名同志均当选。';
    expect(elected(three)).toEqual(expect.arrayContaining(['贺建民', '彭秀兰', '黎永红']));
  });
});

describe('the ways of voting stated before their total', () => {
  // 812 + 96 + 58 = 966; 1027 + 143 + 86 = 1256.
  const VENUE = (total = 966) =>
    `全村登记选民1150人。选举日中心投票会场投票812人，流动票箱投票96人，委托投票58人，合计参加投票${total}人。`;
  const SUMMED = (total = 1256) =>
    `登记选民1498人。中心会场投票1027人，流动票箱投票143人，委托投票86人，共${total}人参加投票。`;

  it('sums them and raises nothing when they add up', () => {
    expect(findings(VENUE())).toEqual([]);
    expect(findings(SUMMED())).toEqual([]);
  });

  it('flags a total they do not add up to', () => {
    expect(findings(VENUE(976))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票976人']]);
    expect(findings(SUMMED(1266))).toEqual([['ANNOUNCED_SUM_MISMATCH', '1266人参加投票']]);
  });

  it('sums nothing when two venues are of one kind, or the total does not say it sums them', () => {
    const venues = '中心会场投票612人，主会场投票587人，流动票箱投票103人，合计参加投票1400人。';
    expect(findings(venues).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
    const plain = '中心会场投票812人，流动票箱投票96人，委托投票58人，参加投票的选民976人。';
    expect(findings(plain).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
  });
});
