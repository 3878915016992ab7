import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, unread, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Residents' committee notices of the 2026 换届, written the way communities publish them, under the
 * 城市居民委员会组织法 revised in 2025: an election by all voters, by household representatives or by
 * residents' representatives (art. 14), each with its own quorum (art. 19). Each right notice beside a
 * variant with one wrong figure, so that a test passing on the right one cannot pass by judging nothing.
 * Every number and name is invented; every share is worked with exact fractions.
 */

const byAllVoters = getRulePack('cn-residents@2025')!;
const byRepresentatives = getRulePack('cn-residents:representatives@2025')!;

/** What a pack finds in a notice alone: codes and names, information left out. */
const judged = (text: string, pack = byAllVoters) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [finding.code, finding.candidate ?? null]);

/** The information a pack gives on a notice alone (figures it would not judge, and why). */
const withheld = (text: string, pack = byAllVoters) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en')
    .findings.filter((finding) => finding.severity === 'info')
    .map((finding) => finding.message);

/** The quorum's work, when the pack judged it. */
const quorumWork = (text: string, pack = byAllVoters) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en').judged.find(
    (figure) => figure.rule === 'quorum',
  )?.work.en;

describe('an election by residents’ representatives beside the register of voters', () => {
  // 95 of 102 representatives voted: more than two thirds (95 × 3 = 285 > 204). Held against the
  // 6320 registered voters, the 95 ballots called the election void.
  const NOTICE = (came = 95, chair = 88) =>
    [
      '滨江社区居民委员会选举委员会公告',
      '滨江社区有居民8650人，登记选民6320人，划分居民小组40个。经居民会议讨论，本届居民委员会采取居民代表选举方式产生，每个居民小组推选居民代表2至3人，共产生居民代表102人。',
      `2026年4月17日召开选举大会，应到居民代表102人，实到居民代表${came}人，符合法定人数。发出选票${came}张，收回选票${came}张，全部有效。`,
      `主任：邵红，得票${chair}票，当选；`,
    ].join('\n');

  it('takes the representatives due and present as the electorate and voters, never the register', () => {
    expect(judged(NOTICE())).toEqual([]);
    expect(judged(NOTICE(), byRepresentatives)).toEqual([]);
    expect(quorumWork(NOTICE(), byRepresentatives)).toBe(
      "95 voted out of 102 residents' representatives; more than two thirds of the residents' representatives must take part: met",
    );
    expect(unread(NOTICE())).toContainEqual(['6320', 'doubtful-label']);
  });

  it('still finds a turnout of representatives that is two thirds or less, by the representatives’ pack', () => {
    // 68 of 102 is exactly two thirds: not more (art. 19 para. 1).
    const text = NOTICE(68, 60);
    expect(judged(text, byRepresentatives)).toEqual([
      ['TURNOUT_BELOW_QUORUM', null],
      ['ELECTION_VOID', null],
    ]);
  });

  it('still flags a winner below half of the representatives who voted', () => {
    expect(judged(NOTICE(95, 46), byRepresentatives)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '邵红']]);
  });

  it('takes back only the register when the notice does not say the election was by representatives', () => {
    // A direct election with a representatives' meeting for another body: no count of it is the electorate.
    const text =
      '本社区登记选民3905人，参加投票的选民3266人，参选率83.64%。收回选票3266张。同日召开居民代表会议，参加投票的居民代表54人。';
    expect(judged(text)).toEqual([]);
    // Its turnout, of counts taken back, is taken back with them.
    expect(unread(text)).toEqual([
      ['3905', 'doubtful-label'],
      ['3266', 'doubtful-label'],
      ['83.64%', 'ambiguous-base'],
      ['54', 'doubtful-label'],
    ]);
  });

  it('does not read the law quoted, naming the ways open, as the way taken', () => {
    // 2806 of 3311 is 84.748…%, so 84.75%.
    const text = [
      '《中华人民共和国城市居民委员会组织法》第十四条规定：“居民委员会主任、副主任和委员，由本社区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由居民代表选举产生。”本届选举采取全体有选举权的居民直接选举的方式。',
      '登记选民3311人，参加投票选民2806人，参选率84.75%。收回选票2806张。',
    ].join('\n');
    expect(unread(text)).toEqual([]);
    expect(quorumWork(text)).toBe(
      '2,806 voted out of 3,311 registered voters; more than half of the registered voters must take part: met',
    );
    expect(findings(text.replace('84.75%', '85.75%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '参选率85.75%'],
    ]);
  });

  it('does not read a refused way of electing as the way taken', () => {
    const text = [
      '本届居民委员会选举方式经居民会议讨论确定：不采取户代表选举方式，由居民代表选举产生。',
      '应出席居民代表84人，实际出席居民代表80人。发出选票80张，收回选票80张。',
    ].join('\n');
    expect(quorumWork(text, byRepresentatives)).toBe(
      "80 voted out of 84 residents' representatives; more than two thirds of the residents' representatives must take part: met",
    );
  });
});

describe('the pack’s electorate and the notice’s', () => {
  const REPRESENTATIVES = '本次选举由居民代表选举产生。应到居民代表76名，实到居民代表50名。收回选票50张。';
  const VOTERS = '本社区登记选民3862人，参加投票的选民2600人。收回选票2600张。';

  it('does not judge representatives by the quorum of all voters, and says so', () => {
    // 50 of 76 is more than half but not more than two thirds: the pack of all voters would call it valid.
    expect(judged(REPRESENTATIVES)).toEqual([]);
    expect(quorumWork(REPRESENTATIVES)).toBeUndefined();
    expect(withheld(REPRESENTATIVES).join('\n')).toContain(
      "counts residents' representatives as its electorate",
    );
    expect(judged(REPRESENTATIVES, byRepresentatives)).toEqual([
      ['TURNOUT_BELOW_QUORUM', null],
      ['ELECTION_VOID', null],
    ]);
  });

  it('does not judge the register of voters by the representatives’ quorum', () => {
    // 2600 of 3862 is 67.3%: more than two thirds, but an election by all voters needs only half.
    const low = VOTERS.replaceAll('2600', '2500'); // 64.7%: void by two thirds, valid by half
    expect(judged(low, byRepresentatives)).toEqual([]);
    expect(withheld(low, byRepresentatives).join('\n')).toContain(
      "count residents' representatives, but the electorate the notice states is not of them",
    );
    expect(quorumWork(low)).toBe(
      '2,500 voted out of 3,862 registered voters; more than half of the registered voters must take part: met',
    );
  });
});

describe('winners of another body in the same notice', () => {
  // 居务监督委员会 chosen by 54 representatives: its winners' votes are not of the 3266 ballots.
  const NOTICE = [
    '一、居民委员会选举。本社区登记选民3905人，参加投票的选民3266人，参选率83.64%。发出选票3266张，收回选票3266张，有效票3248张，无效票18张。主任：柯明，得票2890票，当选。',
    '二、居务监督委员会推选。同日召开居民代表会议推选居务监督委员会成员，应到居民代表58人，实到54人。邓华（51票）、尹秀（49票）、武军（47票）当选为居务监督委员会成员。',
  ].join('\n');

  it('does not judge them by the committee election’s ballots, and says why', () => {
    expect(judged(NOTICE)).toEqual([]);
    expect(withheld(NOTICE).filter((message) => message.includes('another body'))).toHaveLength(3);
  });

  it('still judges the committee’s own winners', () => {
    expect(judged(NOTICE.replace('2890', '1600'))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '柯明']]);
  });
});

describe('more voters stated than ballots issued, the ballots returned within them', () => {
  // The ways of voting sum to 2856, the total says 2866: a sum is wrong, but the ballots returned
  // (2856) are not more than those issued (2856).
  const NOTICE = (returned = 2856) =>
    `本届登记选民3517人。合计参加投票2866人，参选率81.49%。共发出选票2856张，收回选票${returned}张，其中有效票${returned - 11}张，无效票11张。`;

  it('is not void for ballots returned beyond those issued', () => {
    expect(judged(NOTICE())).toEqual([]);
  });

  it('is void when the ballots returned stated are more than those issued', () => {
    expect(judged(NOTICE(2860))).toEqual([['ELECTION_VOID', null]]);
  });

  it('rests no void on ballots returned beyond the voters stated', () => {
    // 2959 returned of 2949 voters: one of the two is wrong, and neither decides the election.
    const text =
      '登记选民3689人。合计发出选票2952张，收回选票2959张，参加投票的选民2949人。有效票2928张，无效票21张。';
    expect(judged(text)).toEqual([]);
  });
});

describe('household representatives counted in people', () => {
  // 1388 of 1640 households' representatives is 84.634…%, so 84.63%. 应参加投票 (due to vote) was read as
  // voted: 1640 "voters" then stood for the ballots cast, beyond the 1388 issued, and set the winners' bar.
  const NOTICE = (rate = '84.63%', chair = 760) =>
    [
      '和平社区本届居委会选举采用每户派代表选举方式，由户代表投票。',
      `本社区应参加投票的户代表1640人，实际参加投票的户代表1388人，参选率${rate}。共发放选票1388张，收回1388张。`,
      `主任候选人张敏得票${chair}票，当选为和平社区居民委员会主任。`,
    ].join('\n');

  it('reads those due as the electorate, and judges the winner of the 1388 who voted', () => {
    expect(judged(NOTICE())).toEqual([]);
    expect(quorumWork(NOTICE())).toBe(
      '1,388 voted out of 1,640 registered voters; more than half of the registered voters must take part: met',
    );
  });

  it('flags a wrong turnout of the households and a winner below half of those who voted', () => {
    expect(findings(NOTICE('86.63%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '参选率86.63%']]);
    expect(judged(NOTICE('84.63%', 690))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '张敏']]);
  });
});

describe('到会率 of an election by representatives', () => {
  const NOTICE = (rate: string) =>
    `本次选举由居民代表选举产生。应到居民代表76名，实到居民代表71名，到会率${rate}，超过三分之二。发出选票71张，收回选票71张。`;

  it('is judged as those present of those due', () => {
    // 71/76 = 93.421…%
    expect(findings(NOTICE('93.42%'))).toEqual([]);
    expect(findings(NOTICE('94.74%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率94.74%']]);
  });

  it('is no turnout at a meeting of a notice whose electorate is the register of voters', () => {
    // The meeting's own attendance: 54 of 58 is 93.103…%, never a turnout of the 3905 voters.
    const text = (rate: string) =>
      `本社区登记选民3905人，参加投票的选民3266人。同日召开居民代表会议，应到居民代表58人，实到54人，到会率${rate}。`;
    expect(findings(text('93.10%'))).toEqual([]);
    expect(findings(text('90.00%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率90.00%']]);
    expect(work(text('90.00%')).judged.find((figure) => figure.text === '到会率90.00%')?.work.en).toMatch(
      /54 .* of 58 /,
    );
  });
});

describe('a results table flattened one cell a line, with a column that says nothing of the count', () => {
  // 1861 of the 2214 who voted is 84.056…%, so 84.06%; 331 is 14.950…%, so 14.95%.
  const TABLE = (rate = '84.06%') =>
    [
      '登记选民2731人，参加投票2214人。发出选票2214张，收回选票2214张，有效票2214张。',
      ...['职务', '姓名', '性别', '得票数', '得票率', '是否当选'],
      ...['主任', '王建华', '男', '1861', rate, '是'],
      ...['主任', '孙雪', '女', '331', '14.95%', '否'],
    ].join('\n');

  it('reads each row’s votes, share and winner, and finds nothing wrong', () => {
    expect(findings(TABLE())).toEqual([]);
    expect(judged(TABLE())).toEqual([]);
    expect(unread(TABLE())).toEqual([]);
  });

  it('flags a share wrong in a row', () => {
    expect(findings(TABLE('84.96%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '84.96%']]);
  });
});

describe('votes written after the name, in a clause of their own (主任：冉小兵，590票，当选)', () => {
  // 812 households voted: a seat needs more than 406.
  const NOTICE = (chair = 590) =>
    [
      '本届采取户代表选举方式。全社区户代表986户，参加投票812户。共发出选票812张，收回选票812张，有效票806张，无效票6张。',
      `主任：冉小兵，${chair}票，当选；`,
      '副主任：夏丽，642票，当选；弃权，35票。',
    ].join('\n');

  it('reads each as the votes of the name before, and finds nothing wrong', () => {
    expect(judged(NOTICE())).toEqual([]);
    expect(readAnnouncementText(NOTICE()).figures.filter((figure) => figure.kind === 'votes')).toEqual([
      expect.objectContaining({ candidate: '冉小兵', value: 590n }),
      expect.objectContaining({ candidate: '夏丽', value: 642n }),
    ]);
  });

  it('flags a winner below half of those who voted', () => {
    expect(judged(NOTICE(401))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '冉小兵']]);
  });
});

describe('the voters’ share of the representatives named in words (占居民代表总数的92.06%)', () => {
  // 58 of 63 is 92.063…%, so 92.06%.
  const NOTICE = (rate: string) =>
    `本届选举采取居民代表选举方式，居民代表共63人。参加投票的居民代表58人，占居民代表总数的${rate}。收回选票58张。`;

  it('is judged as a turnout of the representatives', () => {
    expect(findings(NOTICE('92.06%'))).toEqual([]);
    expect(findings(NOTICE('93.06%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占居民代表总数的93.06%']]);
  });

  it('is not judged where the election is not said to be by representatives', () => {
    const text = '居民代表共63人。参加投票的居民代表58人，占居民代表总数的93.06%。';
    expect(findings(text)).toEqual([]);
  });
});

describe('representatives present beside the register, the way of electing in other words', () => {
  const NOTICE = (way: string) =>
    [
      `本社区登记选民5000人。${way}。`,
      '应到居民代表66人，实到居民代表60人。发出选票60张，收回选票60张。',
      '主任：张华，得票52票，当选。',
    ].join('\n');

  it.each([
    '召开居民代表会议选举产生新一届居民委员会',
    '通过居民代表会议选举产生第十二届居民委员会',
    '由各居民小组推选的居民代表选举产生',
    '召开居民代表大会，选举产生新一届居民委员会',
  ])('calls no election void on 60 ballots of 5000 voters: %s', (way) => {
    expect(judged(NOTICE(way))).toEqual([]);
    expect(unread(NOTICE(way))).toContainEqual(['5000', 'doubtful-label']);
  });

  it('keeps the register where the notice states the people who voted', () => {
    const text =
      '本社区登记选民5000人，参加投票的选民2400人，收回选票2400张。同日召开居民代表大会，实到居民代表60人。';
    expect(judged(text)).toEqual([
      ['TURNOUT_BELOW_QUORUM', null],
      ['ELECTION_VOID', null],
    ]);
  });
});

describe('a notice of both rounds, the runoff counted after the first', () => {
  // The runoff: 1700 voted; 650 is below half (851) and at least a third (567).
  const NOTICE = (votes: number) =>
    `本社区登记选民3000人，实际参加投票1820人，参选率60.67%。选举有效。委员缺额1名。当日进行另行选举：参加投票的选民1700人，收回选票1700张。吴敏得票${votes}票，当选为委员。`;

  it('judges a winner whose votes follow the runoff’s counts by the runoff’s threshold of its voters', () => {
    expect(judged(NOTICE(650))).toEqual([]);
    // 600 is at least a third of the runoff's 1700 voters (567), though not of the first round's 1820 (607).
    expect(judged(NOTICE(600))).toEqual([]);
    const work = judgeAnnouncement(readAnnouncementText(NOTICE(650)), byAllVoters, 'first', 'en').judged;
    expect(work.filter((figure) => figure.rule === 'winner-threshold').map((figure) => figure.right)).toEqual(
      [true],
    );
  });

  it('still flags one below a third of the runoff’s voters', () => {
    expect(judged(NOTICE(560))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '吴敏']]);
  });
});

describe('a residents’ group leader (当选为小组长)', () => {
  it('is not judged by the committee election’s ballots', () => {
    const text =
      '居民小组长推选：第一居民小组应到户代表45户，实到41户，张三得票38票，当选为小组长。本社区登记选民3000人，参加投票1820人，收回选票1820张。';
    expect(judged(text)).toEqual([]);
    expect(withheld(text).some((message) => message.includes('another body (小组长)'))).toBe(true);
  });
});
