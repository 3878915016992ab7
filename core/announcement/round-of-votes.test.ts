import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { indexRounds, roundOfVotes } from './round-of-votes.js';

const village = getRulePack('cn-village')!;

const judgement = (text: string) => judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en');

/** Codes and names of what the pack finds, information included. */
const judged = (text: string) =>
  judgement(text).findings.map((finding) => [finding.code, finding.candidate ?? null, finding.severity]);

/** How each declared winner's votes are read by round. */
function readings(text: string): (string | null)[] {
  const notice = readAnnouncementText(text);
  const index = indexRounds(notice);
  return notice.figures.flatMap((figure) =>
    figure.kind === 'elected'
      ? figure.names.map((name) => roundOfVotes(index, village, figure, name)?.kind ?? null)
      : [],
  );
}

describe('which round’s counts stand before a winner’s votes', () => {
  // The first round: 1640 voted. The 第二次投票: 1400 voted, a third of whom is 466⅔, so at least 467.
  const SECOND_VOTE = (votes: number) =>
    [
      '南溪村选举结果公告',
      '村民选举委员会第二次会议决定，2026年4月18日举行村民委员会换届选举。本村登记选民2000人，参加投票1640人，参选率82.00%。主任：高峰得票1200票，当选。委员：潘丽得票900票，当选；唐明得票700票，未过半数。',
      `第二次投票：参加投票的选民1400人，收回选票1400张。唐明得票${votes}票，当选为委员。`,
    ].join('\n');

  it('reads votes after the counts of a 第二次投票 as the runoff’s, and judges them by its third', () => {
    expect(readings(SECOND_VOTE(760))).toEqual([null, null, 'runoff']);
    expect(judged(SECOND_VOTE(760))).toEqual([]);
    const finding = judgement(SECOND_VOTE(466)).findings.find((one) => one.severity === 'error');
    expect(finding).toMatchObject({ code: 'ANNOUNCED_WINNER_MISMATCH', candidate: '唐明', expected: 467 });
    expect(judgement(SECOND_VOTE(467)).findings.filter((one) => one.severity === 'error')).toEqual([]);
  });

  it('reads no round in a meeting’s 第二次: votes of two settings are then left unjudged, not flagged', () => {
    // 12 of the meeting's 40 would be short of a runoff's third (14); but a meeting is no round of this vote.
    const text = [
      '南溪村选举结果公告',
      '一、第一次投票：本村登记选民2000人，参加投票的选民1600人。委员候选人李四得票700票，未过半数。',
      '二、村民选举委员会第二次会议：参加投票的选民40人，收回选票40张。李四得票12票，当选为委员。',
    ].join('\n');
    expect(readings(text)).toEqual(['unsure']);
    expect(judged(text)).toContainEqual(['UNREAD_FIGURE', '李四', 'info']);
    expect(judged(text).filter(([, , severity]) => severity === 'error')).toEqual([]);
  });

  it('flags votes of each named round short of that round’s threshold, the declaration standing first', () => {
    // 1341 is not over half of 2874 (1438 needed); 830 is under a third of 2519 (840 needed).
    const text = (runoff: number) =>
      [
        '石小川当选为委员。',
        '一、第一次投票：登记选民3560人，参加投票的选民2874人。石小川得票1341票。',
        `二、另行选举：参加投票的选民2519人。石小川得票${runoff}票。`,
      ].join('\n');
    expect(readings(text(830))).toEqual(['short']);
    const finding = judgement(text(830)).findings.find((one) => one.severity === 'error');
    expect(finding).toMatchObject({ code: 'ANNOUNCED_WINNER_MISMATCH', expected: 840, found: 830 });
    expect(finding?.message).toContain('in the first round 1,341 votes');
    // In plain words, each round's count named with its threshold (as every other winner's line is).
    expect(finding?.message).toContain('more than half of the 2,874 ballots cast, that is at least 1,438');
    // 840 meets the runoff's third: whichever round the declaration rests on is then not certain.
    expect(readings(text(840))).toEqual(['unsure']);
    expect(judged(text(840))).toEqual([['UNREAD_FIGURE', '石小川', 'info']]);
  });

  it('reads one count of votes as of the notice’s own round', () => {
    const text = '登记选民2000人，参加投票的选民1600人。王五得票900票，当选为主任。';
    expect(readings(text)).toEqual([null]);
  });
});

describe('a notice of many winners', () => {
  // 600 winners, each with votes of the first round and the runoff: every one is read, by round, once.
  const WINNERS = 600;
  const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const GIVEN = ['建国', '秀英', '志强', '丽华', '海燕', '明辉', '春梅', '国庆', '晓东', '玉兰'];
  const SECOND = '一二三';
  const nameOf = (at: number) =>
    `${SURNAMES[at % 20]}${GIVEN[Math.floor(at / 20) % 10]}${SECOND[Math.floor(at / 200)]}`;
  const text = [
    '一、第一次投票：登记选民90000人，参加投票的选民80000人，收回选票80000张。',
    ...Array.from({ length: WINNERS }, (_, at) => `候选人${nameOf(at)}得票${30000 + at}票，未过半数。`),
    '二、另行选举：参加投票的选民60000人，收回选票60000张。',
    ...Array.from(
      { length: WINNERS },
      (_, at) => `${nameOf(at)}得票${at === 7 ? 19999 : 20000 + at}票，当选为委员。`,
    ),
  ].join('\n');

  it('judges each winner by the runoff’s third of its own voters, and flags the one below it', () => {
    const work = judgement(text);
    const thresholds = work.judged.filter((figure) => figure.rule === 'winner-threshold');
    expect(thresholds).toHaveLength(WINNERS);
    expect(thresholds.filter((figure) => !figure.right).map((figure) => figure.text)).toEqual([
      `${nameOf(7)}得票19999票`,
    ]);
    expect(work.findings.filter((finding) => finding.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'ANNOUNCED_WINNER_MISMATCH', expected: 20000, found: 19999 }),
    ]);
  });
});

describe('an English notice of a runoff', () => {
  const RUNOFF = (votes: number) =>
    `Election results. In the runoff, 2,050 voters cast ballots. Li Wei was elected with ${votes} votes.`;

  it('judges votes stated in the declaration, after the runoff’s count, by a third of the runoff’s voters', () => {
    // A third of 2,050 is 683⅓: at least 684.
    expect(readings(RUNOFF(684))).toEqual(['runoff']);
    expect(judged(RUNOFF(684))).toEqual([]);
    const finding = judgement(RUNOFF(683)).findings.find((one) => one.severity === 'error');
    expect(finding).toMatchObject({ code: 'ANNOUNCED_WINNER_MISMATCH', candidate: 'Li Wei', expected: 684 });
  });

  it('reads the winner of votes given with their share in brackets (… 980 votes (47.8%) and was elected)', () => {
    const notice = readAnnouncementText(
      'In the runoff, 2,050 voters cast ballots. Li Wei received 980 votes (47.8%) and was elected to the committee; Zhao Min received 870 votes.',
    );
    const elected = notice.figures.filter((figure) => figure.kind === 'elected');
    expect(elected.map((figure) => figure.names)).toEqual([['Li Wei']]);
    expect(notice.unread.map((figure) => figure.reason)).not.toContain('not-a-name');
  });
});
