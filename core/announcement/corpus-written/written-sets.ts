import { readAnnouncement } from '../index.js';
import { auditAnnouncementAlone } from '../../audit/index.js';
import type { Finding } from '../../model/finding.js';
import { formatInputError } from '../../model/result.js';

/**
 * Texts written by hand in the shapes of published notices (corpus-written/README.md): each set is a
 * folder of right texts (`r-NN.txt`, every figure holds) and planted ones (`x-NN.txt`, one error each),
 * with `expected.json` naming the pack and which planted texts are caught and which are still missed.
 */
export interface WrittenSetExpected {
  /** The rule pack the texts are checked with, as `check --announcement T --rules PACK`; none: no pack. */
  readonly rules?: string;
  /** Planted texts a warning or an error must be raised on. */
  readonly caught: readonly string[];
  /** Planted texts still missed, each with the reason. */
  readonly missed: Readonly<Record<string, string>>;
}

/** A fixed day, so that the pack version chosen for an undated notice does not move with the calendar. */
export const WRITTEN_SETS_TODAY = '2026-12-01';

/** The warnings and errors raised on one text (an observer sees these as alarms). */
export function alarmsOf(name: string, bytes: Uint8Array, rules: string | undefined): readonly Finding[] {
  const figures = readAnnouncement(name, bytes);
  if (!figures.ok) throw new Error(figures.errors.map((e) => formatInputError(e, 'en')).join('; '));
  const pack = rules === undefined ? undefined : { pack: rules, round: 'first' as const };
  const report = auditAnnouncementAlone(figures.value, [], 'zh', pack, WRITTEN_SETS_TODAY);
  if (!report.ok) throw new Error(report.errors.map((e) => formatInputError(e, 'en')).join('; '));
  return report.value.findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
}

/** Text files of a set by kind, names without `.txt`. */
export function textsOfKind(files: readonly string[], kind: 'r' | 'x'): string[] {
  return files
    .filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

/** One line naming an alarm, for messages and the scoring script. */
export function describeAlarm(finding: Finding): string {
  const where = finding.where?.text ? ` “${finding.where.text}”` : '';
  return `${finding.severity} ${finding.code}${where}`;
}
