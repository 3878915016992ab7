import { describe, expect, test } from 'vitest';
import type { Finding, Report } from '../../../core/index.js';
import { smallReport } from '../testing/small-report.js';
import { compareAudits } from './compare-audits.js';

/** The comparison of two saved audits, without a browser, on small hand-made reports. */

const finding = (code: Finding['code'], found: number | null, lang: 'zh' | 'en' = 'en'): Finding => ({
  code,
  severity: 'error',
  message: lang,
  messages: { zh: '中文', en: 'English' },
  contest: 'chair',
  candidate: 'wang',
  box: null,
  expected: 70,
  found,
});

const report = (votes: number, findings: Finding[], tallies = 'aa'): Report =>
  smallReport({
    wangVotes: votes,
    findings,
    lang: 'en',
    issued: null,
    inputs: [
      { name: 'election.json', sha256: 'ee', size: 1, role: 'election' },
      { name: 'tallies.csv', sha256: tallies, size: 1, role: 'tallies' },
    ],
  });

describe('two audits compared', () => {
  test('an unchanged audit is the same everywhere', () => {
    const same = compareAudits(
      report(70, [finding('ANNOUNCED_MISMATCH', 71)]),
      report(70, [finding('ANNOUNCED_MISMATCH', 71, 'zh')]),
    );
    expect(same.verdict.changed).toBe(false);
    expect(Object.values(same.turnout).some((pair) => pair.changed)).toBe(false);
    expect(same.contests[0]!.candidates.some((c) => c.votes.changed || c.elected.changed)).toBe(false);
    // The language a finding was written in does not make it a different finding.
    expect(same.findingsAdded).toEqual([]);
    expect(same.findingsGone).toEqual([]);
    expect(same.inputs.map((input) => [input.role, input.same])).toEqual([
      ['election', true],
      ['tallies', true],
    ]);
  });

  test('votes, winners, findings and hashes that changed are said to have changed', () => {
    const before = report(70, [finding('ANNOUNCED_MISMATCH', 71), finding('TIE', null)]);
    const after = report(55, [finding('ANNOUNCED_MISMATCH', 72), finding('TIE', null)], 'bb');
    const diff = compareAudits(before, after);
    expect(diff.verdict.changed).toBe(false);
    const wang = diff.contests[0]!.candidates.find((c) => c.key === 'wang')!;
    expect(wang.votes).toEqual({ before: 70, after: 55, changed: true });
    expect(wang.elected).toEqual({ before: true, after: false, changed: true });
    expect(diff.contests[0]!.elected).toEqual({ before: ['王林'], after: [], changed: true });
    expect(diff.findingsGone.map((f) => f.found)).toEqual([71]);
    expect(diff.findingsAdded.map((f) => f.found)).toEqual([72]);
    expect(diff.inputs.find((input) => input.role === 'tallies')!.same).toBe(false);
  });

  test('repeated findings are counted, and an input present on one side only is different', () => {
    const twice = report(70, [finding('DUPLICATE_BALLOT', 1), finding('DUPLICATE_BALLOT', 1)]);
    const once: Report = {
      ...report(70, [finding('DUPLICATE_BALLOT', 1)]),
      inputs: report(70, []).inputs.slice(0, 1),
    };
    const diff = compareAudits(twice, once);
    expect(diff.findingsGone).toHaveLength(1);
    expect(diff.findingsAdded).toHaveLength(0);
    expect(diff.inputs.find((input) => input.role === 'tallies')).toMatchObject({ after: null, same: false });
  });
});
