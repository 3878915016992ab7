import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import { getRulePack } from '../rules/registry.js';
import { buildReport } from './build-report.js';
import { displayPercent } from './display-percent.js';
import { renderReportText } from './render-report-text.js';
import { quorumStatus } from './quorum-status.js';
import {
  announcementRulesOf,
  isAnnouncementAlone,
  reportFromAnnouncement,
} from './report-from-announcement.js';
import { sortFindings } from './sort-findings.js';
import { announcedCounts } from './testing/announced-counts.js';

const finding = (
  code: Finding['code'],
  severity: Finding['severity'],
  contest: string | null,
  box: string | null,
  text: string,
) => makeFinding({ code, severity, contest, box, messages: { zh: text, en: text } }, 'en');

describe('sortFindings', () => {
  it('orders by severity, then code, then contest, then box, and keeps ties in the order found', () => {
    const input = [
      finding('WRITE_IN', 'info', 'chair', null, '1'),
      finding('TIE', 'warning', 'member', null, '2'),
      finding('VOTES_EXCEED_BALLOTS', 'error', 'member', 'east', '3'),
      finding('VOTES_EXCEED_BALLOTS', 'error', 'member', null, '4'),
      finding('RETURNED_EXCEEDS_ISSUED', 'error', null, 'east', '5'),
      finding('VOTES_EXCEED_BALLOTS', 'error', 'chair', 'east', '6'),
      finding('VOTES_EXCEED_BALLOTS', 'error', 'chair', 'east', '7'),
    ];
    expect(sortFindings(input).map((f) => f.message)).toEqual(['5', '6', '7', '4', '3', '2', '1']);
  });

  it("orders contests and boxes as the report lists them, not by their ids' spelling", () => {
    const input = [
      finding('OVERVOTE', 'info', 'member', 'central', 'member central'),
      finding('OVERVOTE', 'info', 'vice-chair', 'central', 'vice-chair central'),
      finding('OVERVOTE', 'info', 'unknown', null, 'unknown'),
      finding('OVERVOTE', 'info', 'vice-chair', 'branch-east', 'vice-chair branch-east'),
      finding('OVERVOTE', 'info', 'chair', 'mobile', 'chair mobile'),
      finding('OVERVOTE', 'info', null, 'central', 'no contest'),
    ];
    const places = {
      contests: ['chair', 'vice-chair', 'member'],
      boxes: ['central', 'branch-east', 'mobile'],
    };
    expect(sortFindings(input, places).map((f) => f.message)).toEqual([
      'no contest',
      'chair mobile',
      'vice-chair central',
      'vice-chair branch-east',
      'member central',
      'unknown',
    ]);
  });
});

describe('displayPercent', () => {
  it('rounds half up to one decimal, for display only', () => {
    expect(displayPercent(1322, 1860)).toBe('71.1%');
    expect(displayPercent(1, 8)).toBe('12.5%');
    expect(displayPercent(1, 16)).toBe('6.3%'); // 6.25 rounds up
    expect(displayPercent(2, 3)).toBe('66.7%');
    expect(displayPercent(0, 0)).toBe('—');
  });
});

describe('buildReport and renderReportText', () => {
  const { election, sheets, tally } = electionFixture({
    registeredVoters: 100,
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        candidates: [
          ['a', '邱文红', 'female'],
          ['b', '顾凤德', 'male'],
        ],
      },
    ],
    boxes: [{ box: 'central', registered: 100, issued: 80, returned: 80, invalid: 2 }],
    votes: { central: { chair: { a: 50, b: 27, 王五: 1 } } },
  });
  const pack = getRulePack('cn-village');
  if (!pack) throw new Error('pack');
  const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'zh' });
  const inputs = [{ name: 'tallies.csv', sha256: 'ab'.repeat(32), size: 10, role: 'tallies' as const }];

  it('assembles the contract fields and a verdict', () => {
    const report = buildReport({ election, evaluation, inputs, lang: 'zh' });
    expect(report).toMatchObject({
      format: 'tallywitness.report/1',
      rules: 'cn-village',
      round: 'first',
      verdict: 'valid',
      inputs,
    });
    expect(report.turnout).toMatchObject({ registered: 100, cast: 80, quorumMet: true });
    expect(report.contests[0]).toMatchObject({
      id: 'chair',
      seats: 1,
      validBallots: 78,
      elected: ['a'],
      unfilledSeats: 0,
    });
    expect(report.findings.map((f) => f.code)).toEqual(['WRITE_IN']);
  });

  it('turns an error from another input into discrepancies, sorted first', () => {
    const mismatch = makeFinding(
      {
        code: 'ANNOUNCED_MISMATCH',
        severity: 'error',
        contest: 'chair',
        candidate: 'a',
        expected: 50,
        found: 51,
        messages: { zh: '公告不符', en: 'differs' },
      },
      'zh',
    );
    const report = buildReport({ election, evaluation, extraFindings: [mismatch], inputs, lang: 'zh' });
    expect(report.verdict).toBe('discrepancies');
    expect(report.findings[0]).toBe(mismatch);
  });

  it('renders a readable text with turnout, shares and findings', () => {
    const report = buildReport({ election, evaluation, inputs, lang: 'zh' });
    const zh = renderReportText(report, 'zh');
    expect(zh).toContain('结论: 有效');
    expect(zh).toContain('参加投票 80 (80.0%)');
    expect(zh).toMatch(/邱文红\s+50\s+62\.5%\s+✓/);
    expect(zh).toContain('王五 (另选他人)');
    expect(zh).toContain('[提示] WRITE_IN');
    const en = renderReportText(report, 'en');
    expect(en).toContain('Verdict: valid');
    expect(en).toContain('needs at least 41 votes');
    expect(en).toContain(`tallies.csv  sha256 ${'ab'.repeat(32)}`);
  });
});

describe('reportFromAnnouncement', () => {
  it('states the announced turnout and judges only the arithmetic findings', () => {
    const figures = announcedCounts({ registered: 1860n, cast: 1322n, invalid: 13n });
    const clean = reportFromAnnouncement({ figures, findings: [], inputs: [], lang: 'zh' });
    expect(clean).toMatchObject({ rules: 'announcement-only', verdict: 'valid', contests: [] });
    expect(clean.turnout).toMatchObject({
      registered: 1860,
      cast: 1322,
      invalid: 13,
      valid: 1309,
      issued: null,
    });
    const sum = makeFinding(
      { code: 'ANNOUNCED_SUM_MISMATCH', severity: 'warning', messages: { zh: '不符', en: 'off' } },
      'zh',
    );
    const wrong = makeFinding(
      { code: 'ANNOUNCED_MISMATCH', severity: 'error', messages: { zh: '错', en: 'wrong' } },
      'zh',
    );
    const report = reportFromAnnouncement({ figures, findings: [sum, wrong], inputs: [], lang: 'zh' });
    expect(report.verdict).toBe('discrepancies');
    expect(report.findings.map((f) => f.code)).toEqual(['ANNOUNCED_MISMATCH', 'ANNOUNCED_SUM_MISMATCH']);
  });

  it('carries the pack, round and judgement of a rule pack that judged it, and says so in text', () => {
    const figures = announcedCounts({ registered: 100n, cast: 60n });
    const judgedBy = { pack: 'cn-village', round: 'runoff', quorumMet: true, electionValid: true } as const;
    const judged = reportFromAnnouncement({ figures, findings: [], inputs: [], lang: 'en', judgedBy });
    expect(judged).toMatchObject({ rules: 'cn-village', round: 'runoff', verdict: 'valid', contests: [] });
    expect(judged.turnout).toMatchObject({ quorumMet: true, electionValid: true });
    expect(isAnnouncementAlone(judged)).toBe(true);
    expect(announcementRulesOf(judged)).toEqual({ pack: 'cn-village', round: 'runoff' });
    expect(quorumStatus(judged)).toBe('met');
    const text = renderReportText(judged, 'en');
    expect(text).toContain('rules: cn-village, runoff');
    // The turnout was judged and no winner's votes were: the verdict says so, never that the law is met.
    expect(text).toContain(
      "requires, but whether the winners' votes reach what a seat needs could not be checked (1 checked, all right; no tally sheets recounted)",
    );
    expect(text).toContain("turnout meets what the Organic Law of Villagers' Committees");
    expect(text).not.toContain('and meet what');
    expect(text).toContain('quorum met: yes');

    const alone = reportFromAnnouncement({ figures, findings: [], inputs: [], lang: 'en' });
    expect(announcementRulesOf(alone)).toBeUndefined();
    expect(quorumStatus(alone)).toBe('not-judged');
    const void_ = { ...judged, turnout: { ...judged.turnout, quorumMet: false, electionValid: false } };
    expect(renderReportText({ ...void_, verdict: 'void' }, 'en')).toContain('Verdict: void');
  });

  it("is named by the notice's title, else by its file", () => {
    const figures = { ...announcedCounts({ cast: 10n }), file: 'notice.txt' };
    const named = (title?: string) =>
      reportFromAnnouncement({ figures: { ...figures, title }, findings: [], inputs: [], lang: 'en' })
        .election;
    expect(named('希望村第十二届村民委员会选举结果公告')).toBe('希望村第十二届村民委员会选举结果公告');
    expect(named(undefined)).toBe('notice.txt');
  });
});

describe('buildReport with a pack', () => {
  it('names the rules by the pack used', () => {
    const { election, sheets, tally } = electionFixture({
      rules: 'cn-village',
      registeredVoters: 10,
      contests: [
        {
          id: 'chair',
          seats: 1,
          candidates: [
            ['a', '甲', 'female'],
            ['b', '乙'],
          ],
        },
      ],
      boxes: [{ box: 'central', issued: 8, returned: 8, invalid: 0 }],
      votes: { central: { chair: { a: 6, b: 2 } } },
    });
    const pack = getRulePack('cn-village-zhejiang@2020');
    if (!pack) throw new Error('pack');
    const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'en' });
    expect(buildReport({ election, pack, evaluation, inputs: [], lang: 'en' }).rules).toBe(
      'cn-village-zhejiang@2020',
    );
  });
});
