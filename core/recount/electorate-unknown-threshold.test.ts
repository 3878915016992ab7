import { describe, expect, it } from 'vitest';
import { compareAnnouncement } from '../announcement/compare-announcement.js';
import { readAnnouncementJsonText } from '../announcement/read-announcement-json.js';
import type { BoxSheet } from '../model/tally.js';
import { buildReport } from '../report/build-report.js';
import { undecidedOutcome, undecidedWords } from '../report/outcome-undecided.js';
import { getRulePack } from '../rules/registry.js';
import { evaluateElection } from './evaluate-election.js';
import { electionFixture } from './testing/election-fixture.js';

/**
 * A pack whose winners need a share of the members due to attend (the Party's 2020 regulations, art.
 * 29), with no such number stated: who is elected is not judged, and the finding that says the number
 * is missing says so; no seat is called open and a notice's winners are not called wrong.
 */
function run(boxes: readonly BoxSheet[], registeredVoters?: number) {
  const { election, sheets, tally } = electionFixture({
    rules: 'cn-party-branch@2020',
    ...(registeredVoters !== undefined ? { registeredVoters } : {}),
    minWomen: 0,
    contests: [
      {
        id: 'member',
        name: '委员',
        seats: 2,
        candidates: [
          ['a', '甲'],
          ['b', '乙'],
          ['c', '丙'],
        ],
      },
    ],
    boxes,
    votes: { central: { member: { a: 40, b: 35, c: 20 } } },
  });
  const pack = getRulePack('cn-party-branch@2020')!;
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'en' });
  const report = buildReport({ election, pack, evaluation, inputs: [], lang: 'en' });
  return { election, evaluation, report };
}
const UNSTATED: readonly BoxSheet[] = [{ box: 'central', issued: 50, returned: 50, invalid: 0 }];

describe('a threshold of the members due to attend, with their number not stated', () => {
  it('judges no winner, calls no seat open, and says why in the finding that the number is missing', () => {
    const { evaluation, report } = run(UNSTATED);
    expect(evaluation.contests.map((c) => [c.elected, c.undecided, c.votesNeeded])).toEqual([
      [[], true, null],
    ]);
    expect(evaluation.findings.map((finding) => finding.code)).toEqual(['UNREAD_FIGURE', 'UNREAD_FIGURE']);
    const root = evaluation.findings[0]!;
    expect(root.messages.en).toBe(
      'the number of members with the right to vote due to attend is not stated (neither by the election nor by every box): the quorum cannot be checked, nor who is elected (a seat needs more than half of the members with the right to vote due to attend)',
    );
    expect(root.messages.zh).toBe(
      '未载明应到会有选举权的党员人数（选举定义和各票箱均未全部给出），无法检查投票人数是否达到法定要求，也无法判定谁当选（当选须得超过应到会有选举权的党员人数的半数）',
    );
    expect(report.verdict).not.toBe('runoff-needed');
  });

  it('does not call the notice’s winners wrong', () => {
    const { election, report } = run(UNSTATED);
    const notice = readAnnouncementJsonText(
      'a.json',
      JSON.stringify({
        format: 'tallywitness.announcement/1',
        contests: { member: { elected: ['甲', '乙'] } },
      }),
    );
    if (!notice.ok) throw new Error('notice');
    expect(compareAnnouncement(notice.value, report, election, 'en')).toEqual([]);
  });

  it('heads the pages with what is undecided and what to state', () => {
    const { report } = run(UNSTATED);
    const undecided = undecidedOutcome(report)!;
    expect(undecided).toEqual({ validity: false, winners: true, electorateUnknown: true });
    expect(undecidedWords(undecided, 'en')).toEqual({
      headline: 'Undecided: these sheets do not say how many the winners’ share is of',
      next: 'The number the winners’ share is of (the registered voters, or the members due to attend) is not stated. Give it as registeredVoters in the election definition, or as registered for every box, then check again.',
    });
    expect(undecidedWords(undecided, 'zh').headline).toBe(
      '结果待定：未载明当选票数所依据的人数，无法确定谁当选',
    );
  });

  it('with the number stated, elects by it', () => {
    const { evaluation } = run(UNSTATED, 60);
    expect(evaluation.contests.map((c) => [c.elected, c.votesNeeded])).toEqual([[['a', 'b'], 31]]);
  });
});
