import { describe, expect, test } from 'vitest';
import type { Finding, FindingCode, Severity } from '../../../core/index.js';
import { comparisonRows } from '../charts/announcement-rows';
import { readAnnouncementView } from '../compare/read-announcement-view';
import { smallReport } from '../testing/small-report';
import { groupFindings } from './group-findings';
import { noticeEffect, summaryItems } from './summary-items';

/** The summary that leads the result page, on the small hand-made report (主任: 王林 70, 李华 45). */

const finding = (code: FindingCode, severity: Severity, more: Partial<Finding> = {}): Finding => ({
  code,
  severity,
  message: code,
  messages: { zh: code, en: code },
  contest: null,
  candidate: null,
  box: null,
  expected: null,
  found: null,
  ...more,
});

const announcement = (text: string) =>
  readAnnouncementView({ name: 'a.txt', bytes: new TextEncoder().encode(text) }, null);

/** The notice gives 王林 71 votes where the recount has 70. */
function votesMismatch(text: string): Finding {
  const start = text.indexOf('王林71票');
  return finding('ANNOUNCED_MISMATCH', 'error', {
    contest: 'chair',
    candidate: 'wang',
    expected: 70,
    found: 71,
    where: { file: 'a.txt', span: [start, start + '王林71票'.length], text: '王林71票' },
  });
}

describe('the summary of what is wrong', () => {
  test('a wrong figure in a notice that names the right winner: its own line, winners unchanged', () => {
    const text = '王林71票，李华45票。王林当选为主任。';
    const report = smallReport({ findings: [votesMismatch(text)] });
    const rows = comparisonRows(report, announcement(text).figures, null);
    const [item, ...rest] = summaryItems(report, rows);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      code: 'ANNOUNCED_MISMATCH',
      findings: [0],
      effect: 'same',
      notice: {
        subject: { kind: 'votes', candidate: '王林', contest: '主任' },
        announced: { kind: 'count', value: 71 },
        recount: { kind: 'count', value: 70 },
      },
    });
    expect(noticeEffect(report, rows)).toBe('same');
  });

  test('a notice that names no winner is never said to leave the winners unchanged', () => {
    const text = '王林71票，李华45票。';
    const report = smallReport({ findings: [votesMismatch(text)] });
    const rows = comparisonRows(report, announcement(text).figures, null);
    expect(summaryItems(report, rows)[0]!.effect).toBe('unstated');
    expect(noticeEffect(report, rows)).toBe('unstated');
  });

  test('without the notice at hand (a saved audit) only different winners are said', () => {
    const text = '王林71票，李华45票。王林当选为主任。';
    const report = smallReport({ findings: [votesMismatch(text)] });
    const rows = comparisonRows(report, null, null);
    expect(summaryItems(report, rows, false)[0]!.effect).toBeNull();
    expect(noticeEffect(report, rows, false)).toBeNull();
    const winner = finding('ANNOUNCED_WINNER_MISMATCH', 'error', { contest: 'chair', candidate: 'li' });
    const differing = smallReport({ findings: [votesMismatch(text), winner] });
    expect(summaryItems(differing, comparisonRows(differing, null, null), false)[0]!.effect).toBe('differ');
  });

  test('wrong winners: one line per contest, first, and the winners differ', () => {
    const text = '王林71票，李华45票。李华当选为主任。';
    const winner = (candidate: string) =>
      finding('ANNOUNCED_WINNER_MISMATCH', 'error', {
        contest: 'chair',
        candidate,
        expected: '王林',
        found: '李华',
      });
    const report = smallReport({ findings: [votesMismatch(text), winner('li'), winner('wang')] });
    const rows = comparisonRows(report, announcement(text).figures, null);
    const items = summaryItems(report, rows);
    expect(items.map((item) => [item.code, item.findings, item.effect])).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', [1, 2], 'differ'],
      ['ANNOUNCED_MISMATCH', [0], 'differ'],
    ]);
    expect(noticeEffect(report, rows)).toBe('differ');
  });

  test('repeats are one line, information stays out, mismatches lead the other errors and warnings', () => {
    const findings = [
      finding('TURNOUT_BELOW_QUORUM', 'error'),
      finding('CVR_TALLY_MISMATCH', 'error', { box: '1', expected: 3, found: 4 }),
      finding('CVR_TALLY_MISMATCH', 'error', { box: '2', expected: 5, found: 6 }),
      finding('TIE', 'warning'),
      finding('ANNOUNCED_SUM_MISMATCH', 'warning'),
      finding('OVERVOTE', 'info', { box: '1' }),
      finding('OVERVOTE', 'info', { box: '2' }),
    ];
    const report = smallReport({ findings });
    const items = summaryItems(report, comparisonRows(report, null, null));
    expect(items.map((item) => [item.code, item.findings])).toEqual([
      ['CVR_TALLY_MISMATCH', [1, 2]],
      ['TURNOUT_BELOW_QUORUM', [0]],
      ['ANNOUNCED_SUM_MISMATCH', [4]],
      ['TIE', [3]],
    ]);
    expect(groupFindings(findings).map((group) => [group.code, group.indexes])).toEqual([
      ['TURNOUT_BELOW_QUORUM', [0]],
      ['CVR_TALLY_MISMATCH', [1, 2]],
      ['TIE', [3]],
      ['ANNOUNCED_SUM_MISMATCH', [4]],
      ['OVERVOTE', [5, 6]],
    ]);
    expect(noticeEffect(smallReport({ findings: [findings[0]!] }), [])).toBeNull();
  });
});
