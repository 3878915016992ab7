import { FINDING_CODES, type Finding, type Severity } from '../model/finding.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CODE_ORDER = new Map<string, number>(FINDING_CODES.map((code, index) => [code, index]));

const compareText = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/**
 * Findings in the order a reader needs them: errors first, then by code (in the order of
 * FINDING_CODES), then contest, then box (whole-election findings before per-box ones). The sort
 * is stable: findings equal on all of these keep the order they were found in.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
      compareText(a.contest, b.contest) ||
      compareText(a.box, b.box),
  );
}
