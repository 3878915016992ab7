import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A second set of residents' committee notices of the 2026 换届: surnames that are also words (向, 从),
 * people counted as not voting, the representatives named before 应到, a candidate's votes of two rounds
 * with the post named once. Each right notice beside a variant with one wrong figure. Every number and
 * name is invented; every share is worked with exact fractions.
 */

const byAllVoters = getRulePack('cn-residents@2025')!;
const byRepresentatives = getRulePack('cn-residents:representatives@2025')!;

const judgement = (text: string, pack = byAllVoters) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en');

/** What a pack finds in a notice alone: codes and names, information left out. */
const judged = (text: string, pack = byAllVoters) =>
  judgement(text, pack)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [finding.code, finding.candidate ?? null]);

/** The work of the winners' thresholds the pack judged. */
const winnersWork = (text: string, pack = byAllVoters) =>
  judgement(text, pack)
    .judged.filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => figure.work.en);

describe('a surname that is also a preposition (向丽, 从军)', () => {
  // 80 representatives voted: a seat needs more than 40, at least 41.
  const NOTICE = (votes: number) =>
    [
      '桂香社区第十二届居民委员会由居民代表选举产生。应出席居民代表88名，实际出席80名。发出选票80张，收回80张，有效票79张，无效票1张。',
      `经投票，向丽以${votes}票当选为居民委员会主任，于洋以70票当选为副主任。`,
    ].join('\n');

  it('reads the name and judges its votes', () => {
    expect(judged(NOTICE(74), byRepresentatives)).toEqual([]);
    expect(winnersWork(NOTICE(74), byRepresentatives)[0]).toBe(
      '向丽 74 votes; a seat needs more than half of the 80 ballots cast, that is at least 41: met',
    );
    expect(judged(NOTICE(40), byRepresentatives)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '向丽']]);
  });

  it('judges a candidate’s share under such a name', () => {
    // 79 of 97 is 81.4432…%: 81.44%, not 83.44%.
    const text = (rate: string) => `收回选票97张，参加投票的居民代表97人。副主任从军79票，得票率${rate}。`;
    expect(findings(text('81.44%'))).toEqual([]);
    expect(findings(text('83.44%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率83.44%']]);
  });

  it('still refuses the word further in: 社区向居民 is no name', () => {
    const text = '登记选民900人，参加投票的选民700人。本社区向居民700票当选。';
    expect(winnersWork(text)).toEqual([]);
  });
});

describe('people counted as not voting', () => {
  // 69 of 72 representatives came (69 × 3 = 207 > 144); 12 others attended without a vote.
  const NOTICE = (rate: string) =>
    [
      '按照社区居民会议的决定，红星社区第十二届居民委员会由居民代表选举产生。',
      `2026年4月23日召开居民代表大会，居民代表应到72名，实到69名，到会率${rate}；另有列席人员12名（不参加投票）。`,
      '发出选票69张，收回选票69张。谭海得票63票，当选为主任。',
    ].join('\n');

  it('does not take them for the voters, and judges the meeting’s turnout by those who came', () => {
    // 69 / 72 = 95.8333…%: 95.83%.
    expect(judged(NOTICE('95.83%'), byRepresentatives)).toEqual([]);
    expect(winnersWork(NOTICE('95.83%'), byRepresentatives)).toEqual([
      '谭海 63 votes; a seat needs more than half of the 69 ballots cast, that is at least 35: met',
    ]);
    expect(unread(NOTICE('95.83%'))).toContainEqual(['12', 'no-meaning']);
    expect(findings(NOTICE('94.83%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率94.83%']]);
  });

  it('leaves voters named as not having voted unread', () => {
    const text = '登记选民1200人，参加投票的选民1000人，未参加投票的选民200人。';
    expect(unread(text)).toContainEqual(['200', 'no-meaning']);
    expect(findings(text)).toEqual([]);
  });
});

describe('a candidate’s votes of two rounds, the post named in the first only', () => {
  const NOTICE = (runoff: number) =>
    [
      '一、第一次投票情况',
      '登记选民3560人，参加投票的选民2874人，收回2874张，有效票2851张，无效票23张。委员候选人石小川得票1341票，未过半数，未当选。',
      '二、另行选举情况',
      `当日下午对未选足的一名委员进行另行选举。参加投票的选民2519人，收回选票2519张。石小川得票${runoff}票，欧阳婷得票770票。石小川得票最多且不少于选票的三分之一，当选为委员。`,
    ].join('\n');

  it('judges the winner by the runoff’s votes and threshold, not the first round’s', () => {
    // 1341 is below half of the first round's 2874 (1438 needed), but the declaration rests on the runoff:
    // 1005 votes stand right after the runoff's 2519 voters, a third of whom is 840.
    expect(judged(NOTICE(1005))).toEqual([]);
    expect(winnersWork(NOTICE(1005))).toEqual([
      '石小川 1,005 votes; a seat needs at least one third of the 2,519 ballots cast, that is at least 840: met',
    ]);
  });

  it('flags the winner when the votes of each round fall short of that round’s threshold', () => {
    // 830 is below a third of the runoff's 2519 (840 needed), 1341 below half of the first round's 2874.
    const finding = judgement(NOTICE(830)).findings.find((one) => one.severity === 'error');
    expect(finding?.code).toBe('ANNOUNCED_WINNER_MISMATCH');
    expect(finding?.expected).toBe(840);
    expect(finding?.found).toBe(830);
    expect(finding?.message).toContain('with 830 votes');
  });

  it('judges the runoff’s votes when they stand right after the runoff’s count of voters', () => {
    const text = [
      '登记选民3560人，参加投票的选民2874人。委员候选人石小川得票1341票，未当选。',
      '另行选举：参加投票的选民2519人。石小川得票830票，当选为委员。',
    ].join('\n');
    // 830 is short of a third of 2519 (840) whichever round the first count was of.
    expect(judged(text)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '石小川']]);
  });
});

describe('以上人员 with what their votes met, then a bare 当选', () => {
  // 1527 households voted: a seat needs more than 763.5, at least 764.
  const NOTICE = (chair: number) =>
    [
      '本社区应参加投票户数1846户，实际参加投票户数1527户，参选率82.72%，选举有效。收回选票1527张。',
      `主任：黄晓丽，${chair}票`,
      '副主任：向东，1188票',
      '以上人员得票均超过参加投票户数的半数，当选。',
    ].join('\n');

  it('declares the candidates listed above, and judges each', () => {
    expect(judged(NOTICE(1302))).toEqual([]);
    expect(winnersWork(NOTICE(1302))).toEqual([
      '黄晓丽 1,302 votes; a seat needs more than half of the 1,527 ballots cast, that is at least 764: met',
      '向东 1,188 votes; a seat needs more than half of the 1,527 ballots cast, that is at least 764: met',
    ]);
    expect(judged(NOTICE(763))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '黄晓丽']]);
  });
});

describe('a meeting of household representatives counted in people', () => {
  // 431 of 486 is 88.6831…%: 88.68%.
  const NOTICE = (rate: string) =>
    `本社区采取户代表选举方式。召开户代表会议，应到户代表486人，实到431人，到会率${rate}，会议有效。发出选票431张，收回431张。`;

  it('takes a bare 实到 beside the representatives due as the households that voted', () => {
    expect(findings(NOTICE('88.68%'))).toEqual([]);
    expect(findings(NOTICE('86.68%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '到会率86.68%']]);
  });
});

describe('a runoff’s winners named before what their votes met', () => {
  // 2633 voted: a third is 877.67, at least 878; half is at least 1317.
  const ONE = (votes: number) =>
    [
      '滨湖社区居民委员会委员另行选举结果公告',
      `登记选民3410人，参加投票的选民2633人，收回选票2633张。候选人得票情况：向丽${votes}票，石磊806票。`,
      '向丽得票最多，且不少于参加投票选民的三分之一，当选为委员。',
    ].join('\n');

  it('reads the winner past the clause of the condition', () => {
    // Between a third and a half in a notice that says it is a runoff: not judged on a guess.
    expect(judged(ONE(1102))).toEqual([]);
    expect(judged(ONE(870))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '向丽']]);
  });

  it('reads several winners named together as those with more votes', () => {
    // 1986 voted: a third is 662.
    const text = (second: number) =>
      [
        '松林社区居民委员会委员另行选举结果公告',
        `参加投票的选民1986人，收回选票1986张。得票情况：向丽905票，应秀兰${second}票，黄明600票。`,
        '向丽、应秀兰得票多且均不少于参加投票选民的三分之一，当选为委员。',
      ].join('\n');
    expect(judged(text(712))).toEqual([]);
    expect(judged(text(655))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '应秀兰']]);
  });
});

describe('the ways of voting: the venue and the stations together, households', () => {
  const centre = (total: number) =>
    `登记选民3102人。投票方式：中心会场及投票站投票2315人，流动票箱投票186人，委托投票97人，合计参加投票${total}人。`;

  it('sums the venue and stations with the mobile box and proxies', () => {
    // 2315 + 186 + 97 = 2598.
    expect(findings(centre(2598))).toEqual([]);
    expect(findings(centre(2608))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票2608人']]);
  });

  it('sums the ways households voted, counted in 户', () => {
    const households = (total: number) =>
      `本社区采取户代表选举方式，应参加投票的户代表1690户，实际参加投票${total}户，其中现场投票1200户，流动票箱投票88户，委托投票88户。`;
    // 1200 + 88 + 88 = 1376.
    expect(findings(households(1376))).toEqual([]);
    expect(findings(households(1386))).toEqual([['ANNOUNCED_SUM_MISMATCH', '实际参加投票1386户']]);
  });

  it('holds a way left unsaid open: the parts need only stay within the total', () => {
    // No count of proxies: 1766 + 240 = 2006 of 2016 may leave 10 who voted by proxy.
    const text =
      '登记选民2480名，参加投票的选民2016名，其中中心会场及各投票站投票1766名，流动票箱投票240名。';
    expect(findings(text)).toEqual([]);
  });
});

describe('winners listed under a heading of their own', () => {
  // 2306 voted: a seat needs more than 1153, at least 1154.
  const NOTICE = (chair: number, heading = '🎉 当选名单') =>
    [
      '本社区登记选民2877人，参加投票2306人，收回选票2306张，有效票2291张。',
      '',
      heading,
      `主任：向丽（${chair}票）`,
      '副主任：全建军（1702票）',
      '',
      '感谢大家的参与和支持。',
    ].join('\n');

  it('declares every candidate whose votes stand in the lines under it', () => {
    expect(judged(NOTICE(1850))).toEqual([]);
    expect(winnersWork(NOTICE(1850))).toEqual([
      '向丽 1,850 votes; a seat needs more than half of the 2,306 ballots cast, that is at least 1,154: met',
      '全建军 1,702 votes; a seat needs more than half of the 2,306 ballots cast, that is at least 1,154: met',
    ]);
    expect(judged(NOTICE(1150))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '向丽']]);
    expect(judged(NOTICE(1150, '当选人员名单（按得票多少排列）：'))).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '向丽'],
    ]);
  });

  it('ends the list at a line that opens with no post', () => {
    const text = [
      '参加投票的选民1622人，收回选票1622张。',
      '',
      '当选名单：',
      '主任：邱立（1205票）',
      '其他候选人得票：马兰（388票）',
    ].join('\n');
    expect(judged(text)).toEqual([]);
    expect(winnersWork(text)).toEqual([
      '邱立 1,205 votes; a seat needs more than half of the 1,622 ballots cast, that is at least 812: met',
    ]);
  });

  it('declares no one from lines that say for themselves who was elected, nor from a title', () => {
    const text = [
      '梧桐社区当选人员名单公告',
      '参加投票的选民1622人，收回选票1622张。',
      '',
      '当选名单：',
      '主任候选人：邱立1205票，当选；马兰388票，未当选。',
    ].join('\n');
    expect(judged(text)).toEqual([]);
    expect(winnersWork(text)).toEqual([
      '邱立 1,205 votes; a seat needs more than half of the 1,622 ballots cast, that is at least 812: met',
    ]);
  });
});

describe('polling stations summed by 合计', () => {
  const NOTICE = (total: number) =>
    `登记选民3490人。第一投票站（中心会场）参加投票1315人，第二投票站参加投票742人，第三投票站参加投票655人，流动票箱参加投票97人，合计参加投票${total}人。`;

  it('holds the stations and the mobile box to their sum', () => {
    // 1315 + 742 + 655 + 97 = 2809.
    expect(findings(NOTICE(2809))).toEqual([]);
    expect(findings(NOTICE(2819))).toEqual([['ANNOUNCED_SUM_MISMATCH', '合计参加投票2819人']]);
  });

  it('sums nothing when a station is named twice or the verb differs', () => {
    const twice =
      '第一投票站参加投票500人，第一投票站参加投票300人，流动票箱参加投票90人，合计参加投票1000人。';
    const otherVerb = '第一投票站发出选票500张，第二投票站收回选票300张，合计发出选票1000张。';
    expect(findings(twice)).toEqual([]);
    expect(findings(otherVerb)).toEqual([]);
  });

  it('sums nothing when a count before the stations may be among what 合计 sums', () => {
    const proxiesFirst =
      '委托投票100人，第一投票站参加投票500人，第二投票站参加投票400人，合计参加投票1000人。';
    expect(findings(proxiesFirst)).toEqual([]);
  });
});
