import type { Finding, FindingCode, Report, Severity } from '../../../core/index.js';
import type { ComparisonRow, RowSubject, RowValue } from '../charts/announcement-rows.js';
import { groupFindings } from './group-findings.js';

/**
 * Whether the winners the notice names are the ones the recount elects: `same` only when the notice
 * names the winners (of the contest, or of every contest) and they agree; `differ` when any differ;
 * `unstated` when the notice names none to compare, which is never read as "unchanged".
 */
export type WinnerEffect = 'same' | 'differ' | 'unstated';

/** One line of the summary that leads the result page. */
export interface SummaryItem {
  readonly key: string;
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The findings it stands for, as indexes into the report's (several for a repeat). */
  readonly findings: readonly number[];
  /** A figure of the notice beside the recount's, when the item is such a comparison. */
  readonly notice: {
    readonly subject: RowSubject;
    readonly announced: RowValue;
    readonly recount: RowValue;
  } | null;
  /** For a difference from the notice: whether the winners change. */
  readonly effect: WinnerEffect | null;
}

/** Differences that decide or count first, then the rest: mismatches lead, as observers look for them. */
const RANK: Partial<Record<FindingCode, number>> = {
  ANNOUNCED_WINNER_MISMATCH: 0,
  ANNOUNCED_MISMATCH: 1,
  CVR_TALLY_MISMATCH: 2,
  BALLOT_ACCOUNTING_MISMATCH: 3,
  ANNOUNCED_SUM_MISMATCH: 5,
  ANNOUNCED_PERCENT_MISMATCH: 5,
};
const rankOf = (code: FindingCode, severity: Severity) => RANK[code] ?? (severity === 'error' ? 4 : 6);

const NOTICE_CODES = new Set<FindingCode>([
  'ANNOUNCED_MISMATCH',
  'ANNOUNCED_WINNER_MISMATCH',
  'ANNOUNCED_PERCENT_MISMATCH',
  'ANNOUNCED_SUM_MISMATCH',
]);

/** Whether the winners named in the notice for `contest` (null: every contest) are the recount's. */
export function winnerEffect(
  report: Report,
  rows: readonly ComparisonRow[],
  contest: string | null,
): WinnerEffect {
  const differs = report.findings.some(
    (finding) =>
      finding.code === 'ANNOUNCED_WINNER_MISMATCH' && (contest === null || finding.contest === contest),
  );
  if (differs) return 'differ';
  const contests = report.contests.filter((c) => contest === null || c.id === contest);
  if (contests.length === 0) return 'unstated';
  const agreed = (name: string) =>
    rows.some(
      (row) => row.subject.kind === 'elected' && row.subject.contest === name && row.status === 'agrees',
    );
  return contests.every((c) => agreed(c.name)) ? 'same' : 'unstated';
}

/**
 * What the notice's differences mean for the whole result, said under the verdict: null when the
 * notice does not differ from the recount (or only in ways that say nothing about the winners).
 */
export function noticeEffect(
  report: Report,
  rows: readonly ComparisonRow[],
  noticeRead = true,
): WinnerEffect | null {
  const differences = report.findings.filter((finding) => NOTICE_CODES.has(finding.code));
  if (differences.length === 0) return null;
  return known(winnerEffect(report, rows, null), noticeRead);
}

/**
 * Without the notice's figures at hand (a saved audit, whose notice is not kept), only a difference
 * of winners, which its findings state, is known; "unchanged" or "names none" would be a guess.
 */
const known = (effect: WinnerEffect, noticeRead: boolean): WinnerEffect | null =>
  noticeRead || effect === 'differ' ? effect : null;

/**
 * The errors and warnings of a report as the lines of its summary, mismatches first: each figure of
 * the notice that differs on a line of its own with what it means for the winners; the winners a notice
 * names wrongly in a contest on one line; every other repeated finding (five boxes with overvotes) on
 * one line. Information (write-ins, overvote counts) stays in the list below. `noticeRead` is false
 * when the notice's figures are not at hand.
 */
export function summaryItems(
  report: Report,
  rows: readonly ComparisonRow[],
  noticeRead = true,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const rowOf = (index: number) => rows.find((row) => row.findingIndex === index);
  const noticeOf = (index: number) => {
    const row = rowOf(index);
    return row && row.recount
      ? { subject: row.subject, announced: row.announced, recount: row.recount }
      : null;
  };
  for (const group of groupFindings(report.findings)) {
    if (group.severity === 'info') continue;
    const { code, severity } = group;
    const finding = (index: number) => report.findings[index] as Finding;
    if (code === 'ANNOUNCED_MISMATCH') {
      for (const index of group.indexes)
        items.push({
          key: `finding-${index}`,
          code,
          severity,
          findings: [index],
          notice: noticeOf(index),
          effect: known(winnerEffect(report, rows, finding(index).contest), noticeRead),
        });
    } else if (code === 'ANNOUNCED_WINNER_MISMATCH') {
      // One finding per person wrongly named or left out: one line per contest.
      const byContest = new Map<string | null, number[]>();
      for (const index of group.indexes) {
        const contest = finding(index).contest;
        byContest.set(contest, [...(byContest.get(contest) ?? []), index]);
      }
      for (const indexes of byContest.values())
        items.push({
          key: `finding-${indexes[0]}`,
          code,
          severity,
          findings: indexes,
          notice: noticeOf(indexes[0]!),
          effect: 'differ',
        });
    } else {
      items.push({
        key: `finding-${group.indexes[0]}`,
        code,
        severity,
        findings: group.indexes,
        notice: null,
        effect: NOTICE_CODES.has(code) ? known(winnerEffect(report, rows, null), noticeRead) : null,
      });
    }
  }
  // Stable: within a rank, the report's own order (errors first, by code, contest and box).
  return items
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) =>
        rankOf(a.item.code, a.item.severity) - rankOf(b.item.code, b.item.severity) || a.order - b.order,
    )
    .map(({ item }) => item);
}
