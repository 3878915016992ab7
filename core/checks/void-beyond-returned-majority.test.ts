import { describe, expect, it } from 'vitest';
import { compareAnnouncement } from '../announcement/compare-announcement.js';
import { writeElectionReport } from '../interop/write-election-report.js';
import { readAnnouncementJsonText } from '../announcement/read-announcement-json.js';
import type { Round } from '../model/election.js';
import type { BoxSheet } from '../model/tally.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import { buildReport } from '../report/build-report.js';
import { undecidedOutcome, undecidedWords } from '../report/outcome-undecided.js';
import { renderReportText } from '../report/render-report-text.js';
import { getRulePack } from '../rules/registry.js';
import { reportSheets } from '../spreadsheet/report-sheets.js';

/**
 * Under a pack whose threshold is of the valid ballots (`majority`), a box's void count above its
 * returned ballots leaves the threshold unknown: who is elected is not judged on the stated sums, and
 * the one finding at the void count says so.
 */
const RIGHT: readonly BoxSheet[] = [
  { box: 'central', registered: 200, issued: 100, returned: 100, invalid: 2 },
  { box: 'north', registered: 80, issued: 50, returned: 50, invalid: 2 },
];
// 120 void of 100 returned: the stated sums give 150 cast, 122 void, 28 valid.
const WRONG: readonly BoxSheet[] = [
  {
    box: 'central',
    registered: 200,
    issued: 100,
    returned: 100,
    invalid: 120,
    invalidCell: { file: 'boxes.csv', line: 2, column: 23 },
  },
  RIGHT[1]!,
];

function run(sheets: readonly BoxSheet[], rules = 'majority', round: Round = 'first') {
  const { election, tally } = electionFixture({
    rules,
    date: '2026-03-15',
    round,
    registeredVoters: 280,
    minWomen: 1,
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        candidates: [
          ['jia', '甲'],
          ['yi', '乙'],
        ],
      },
      {
        id: 'member',
        name: '委员',
        seats: 2,
        candidates: [
          ['bing', '丙'],
          ['ding', '丁'],
          ['wu', '戊'],
        ],
      },
    ],
    boxes: sheets,
    votes: {
      central: { chair: { jia: 50, yi: 40 }, member: { bing: 40, ding: 30, wu: 30 } },
      north: { chair: { jia: 30, yi: 16 }, member: { bing: 20, ding: 10, wu: 5 } },
    },
  });
  const pack = getRulePack(rules)!;
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'en' });
  const report = buildReport({ election, pack, evaluation, inputs: [], lang: 'en' });
  return { election, evaluation, report, sheets, tally };
}

const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

describe('majority: a void count above the ballots returned', () => {
  it('judges no winner: every contest undecided, no threshold, no seat, tie or quota finding', () => {
    const { evaluation } = run(WRONG);
    expect(evaluation.turnout.validUnknown).toBe(true);
    expect(
      evaluation.contests.map((contest) => [
        contest.id,
        contest.elected,
        contest.undecided,
        contest.votesNeeded,
        contest.unfilledSeats,
      ]),
    ).toEqual([
      ['chair', [], true, null, 1],
      ['member', [], true, null, 2],
    ]);
    expect(evaluation.contests.flatMap((c) => c.candidates.filter((x) => x.elected))).toEqual([]);
    expect(codes(evaluation.findings)).toEqual(['BALLOT_ACCOUNTING_MISMATCH']);
  });

  it('says why in the one finding at the void count, in both languages', () => {
    const zh = run(WRONG).evaluation.findings;
    const root = zh[0]!;
    expect(root.where).toEqual({ file: 'boxes.csv', line: 2, column: 23 });
    expect(root.messages.en).toContain(
      'who is elected (a seat needs more than half of the valid ballots, which are not known)',
    );
    expect(root.messages.zh).toContain('谁当选（当选须得超过有效票数的半数，有效票未知）');
  });

  it('on the same sheets with a right void count, elects by the valid ballots', () => {
    const { evaluation } = run(RIGHT);
    expect(evaluation.contests.map((contest) => [contest.elected, contest.votesNeeded])).toEqual([
      [['jia'], 74],
      [[], 74],
    ]);
    expect(codes(evaluation.findings)).toEqual(['SEAT_UNFILLED', 'WOMEN_QUOTA_UNMET']);
  });

  it('does not compare the notice’s winners with a judgement it could not make', () => {
    const { election, report } = run(WRONG);
    const notice = readAnnouncementJsonText(
      'a.json',
      JSON.stringify({
        format: 'tallywitness.announcement/1',
        contests: { chair: { elected: ['乙'] }, member: { elected: ['丙', '丁'] } },
      }),
    );
    if (!notice.ok) throw new Error('notice');
    expect(compareAnnouncement(notice.value, report, election, 'en')).toEqual([]);
  });

  it('shows the contests undecided in the text report and the sheets, and the next step names the void count', () => {
    const { report } = run(WRONG);
    expect(undecidedOutcome(report)).toEqual({ validity: false, winners: true, voidCount: true });
    const text = renderReportText(report, 'en');
    expect(text).toContain('[主任] seats 1, valid unknown, who is elected cannot be decided');
    expect(text).toContain('A box states more void ballots than it returned');
    expect(text).not.toContain('recorded more than once');
    const zhNext = undecidedWords(undecidedOutcome(report)!, 'zh').next;
    expect(zhNext).toContain('有票箱的无效票多于收回的选票');
    const [, contests] = reportSheets(report);
    const chairRow = contests!.rows.find((row) => row[0] === '主任');
    expect(chairRow?.slice(0, 4)).toEqual(['主任', 1, null, null]);
  });

  it('states no candidate winner or defeated in the NIST election report it exports', () => {
    const statuses = (sheets: readonly BoxSheet[]) => {
      const { election, report, tally } = run(sheets);
      const written = writeElectionReport({
        election,
        sheets,
        tally,
        report,
        generatedAt: '2026-03-16T08:00:00Z',
        application: 'tallywitness test',
      });
      if ('refused' in written) throw new Error(written.refused.en);
      const candidates = (
        written.report['Election'] as { Candidate: { PostElectionStatus?: string }[] }[]
      )[0]!.Candidate;
      return candidates.map((candidate) => candidate.PostElectionStatus ?? null);
    };
    expect(statuses(WRONG)).toEqual([null, null, null, null, null]);
    expect(statuses(RIGHT)).toEqual(['winner', 'defeated', 'defeated', 'defeated', 'defeated']);
  });

  it('in a runoff, whose winner is the one with the most votes, still judges', () => {
    const { evaluation } = run(WRONG, 'majority', 'runoff');
    expect(evaluation.contests.map((contest) => contest.elected)).toEqual([['jia'], ['bing', 'ding']]);
    expect(evaluation.contests.some((contest) => contest.undecided)).toBe(false);
  });

  it('under cn-village, whose threshold is of the ballots cast, still judges', () => {
    const { evaluation } = run(WRONG, 'cn-village');
    expect(evaluation.contests.map((contest) => contest.elected)).toEqual([['jia'], []]);
    expect(evaluation.findings[0]!.messages.en).not.toContain('who is elected');
  });
});
