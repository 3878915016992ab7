import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

const village = getRulePack('cn-village')!;
const plurality = getRulePack('plurality')!;

const notice = (turnout: string, wangFang = 480) =>
  readAnnouncementText(
    [
      '东岭村第九届村民委员会选举结果公告',
      `本村登记选民2000人，${turnout}其中有效票970张，无效票10张。`,
      '主任：刘强600票，陈明370票。',
      `委员：王芳${wangFang}票，赵磊700票，孙丽450票。`,
      '刘强当选为本村村民委员会主任。',
      '赵磊、王芳当选为本村村民委员会委员。',
    ].join('\n'),
  );

const codes = (judgement: ReturnType<typeof judgeAnnouncement>) =>
  judgement.findings.map((finding) => [finding.code, finding.candidate, finding.expected, finding.found]);

describe('judgeAnnouncement', () => {
  it('judges the stated turnout against the quorum and each declared winner against the threshold', () => {
    const judged = judgeAnnouncement(notice('参加投票980人。'), village, 'first', 'en');
    expect(judged).toMatchObject({ quorumMet: false, electionValid: false });
    expect(codes(judged)).toEqual([
      ['TURNOUT_BELOW_QUORUM', null, 1001, 980],
      ['ELECTION_VOID', null, null, null],
      ['ANNOUNCED_WINNER_MISMATCH', '王芳', 491, 480],
    ]);
    const winner = judged.findings[2]!;
    expect(winner.message).toBe(
      "The notice declares 王芳 elected 委员 with 480 votes; under Villagers' committee election (Organic Law of Villagers' Committees), in a first round a seat needs more than half of the 980 ballots cast: at least 491",
    );
    expect(winner.where?.text).toContain('王芳');
  });

  it('finds nothing to say of a notice whose figures meet the rules', () => {
    const judged = judgeAnnouncement(notice('参加投票1100人。', 580), village, 'first', 'zh');
    expect(judged).toMatchObject({ quorumMet: true, electionValid: true, findings: [] });
  });

  it("uses the round's threshold and the pack's own rules", () => {
    // A runoff needs at least a third of the ballots cast: 480 of 1100 is enough.
    expect(judgeAnnouncement(notice('参加投票1100人。'), village, 'runoff', 'zh').findings).toEqual([]);
    // Plurality has no quorum and no share to reach.
    expect(judgeAnnouncement(notice('参加投票980人。'), plurality, 'first', 'zh').findings).toEqual([]);
  });

  it('holds the ballots returned to the people who voted where the provincial text does (Zhejiang art. 27)', () => {
    const zhejiang = getRulePack('cn-village-zhejiang@2020')!;
    const over = judgeAnnouncement(notice('参加投票1100人，收回选票1101张。', 580), zhejiang, 'first', 'zh');
    expect(over.electionValid).toBe(false);
    expect(codes(over)).toEqual([
      ['RETURNED_EXCEEDS_VOTERS', null, 1100, 1101],
      ['ELECTION_VOID', null, null, null],
    ]);
    expect(over.findings[1]!.message).toContain('共收回选票1101张，多于投票人数1100人');
    // As many is valid; the national pack does not compare with the people who voted.
    expect(
      judgeAnnouncement(notice('参加投票1100人，收回选票1100张。', 580), zhejiang, 'first', 'zh'),
    ).toMatchObject({
      electionValid: true,
      findings: [],
    });
    expect(
      judgeAnnouncement(notice('参加投票1100人，收回选票1101张。', 580), village, 'first', 'zh')
        .electionValid,
    ).toBe(true);
    // A notice without its returned ballots is not judged on this.
    expect(judgeAnnouncement(notice('参加投票1100人。', 580), zhejiang, 'first', 'zh').findings).toEqual([]);
  });

  it('judges nothing the announcement does not state', () => {
    const noTurnout = judgeAnnouncement(
      readAnnouncementText('刘强得票600票，当选为主任。'),
      village,
      'first',
      'zh',
    );
    expect(noTurnout).toEqual({
      quorumMet: false,
      electionValid: true,
      electorateDiffers: false,
      countsApart: false,
      findings: [],
      judged: [],
      judgedWinners: [],
    });
    const noElectorate = judgeAnnouncement(
      readAnnouncementText('参加投票980人。刘强得票400票，当选为主任。'),
      village,
      'first',
      'en',
    );
    expect(noElectorate.quorumMet).toBe(false);
    expect(codes(noElectorate)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '刘强', 491, 400]]);
  });

  it('shows its work: the quorum and each winner judged, met or not, with the count that stood for cast', () => {
    const judged = judgeAnnouncement(notice('参加投票1100人。'), village, 'first', 'en');
    expect(judged.judged.map((figure) => [figure.rule, figure.right, figure.text])).toEqual([
      ['quorum', true, '参加投票1100人'],
      ['winner-threshold', true, '刘强600票'],
      ['winner-threshold', true, '赵磊700票'],
      ['winner-threshold', false, '王芳480票'],
    ]);
    expect(judged.judged[0]?.work.en).toBe(
      '1,100 voted out of 2,000 registered voters; more than half of the registered voters must take part: met',
    );
    const returned = judgeAnnouncement(
      readAnnouncementText('登记选民2000人，收回选票1200张。'),
      village,
      'first',
      'en',
    );
    expect(returned.judged[0]?.work.en).toContain('1,200 ballots returned out of 2,000 registered voters');
  });
});

describe('a notice stating more invalid ballots than were cast, under a threshold of valid ballots', () => {
  const majority = getRulePack('majority')!;
  const stating = (invalid: number) =>
    readAnnouncementText(
      [
        '某村村民委员会选举结果公告',
        `本村登记选民1860人，参加投票1322人，收回选票1322张，其中无效票${invalid}张。`,
        '王林得票812票，当选为主任。',
      ].join('\n'),
    );
  it('judges no winner against valid ballots worked out from it', () => {
    const judged = judgeAnnouncement(stating(1400), majority, 'first', 'en');
    expect(judged.judged.filter((figure) => figure.rule === 'winner-threshold')).toEqual([]);
    expect(judged.findings).toEqual([]);
  });
  it('judges the winner against the valid ballots a possible count of invalid ones gives', () => {
    const judged = judgeAnnouncement(stating(13), majority, 'first', 'en');
    expect(
      judged.judged.filter((figure) => figure.rule === 'winner-threshold').map((figure) => figure.right),
    ).toEqual([true]);
  });
});
