import type { Finding, FindingCode, Severity } from '../../../core/index.js';

/** Findings of one code and severity, in report order: five OVERVOTE of five boxes are one group. */
export interface FindingGroup {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Indexes into the report's findings (the ids the page links to). */
  readonly indexes: readonly number[];
}

/** Groups a report's findings by code and severity, each group where its first finding stands. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { code: FindingCode; severity: Severity; indexes: number[] }>();
  findings.forEach((finding, index) => {
    const key = `${finding.severity}|${finding.code}`;
    const group = groups.get(key) ?? { code: finding.code, severity: finding.severity, indexes: [] };
    group.indexes.push(index);
    groups.set(key, group);
  });
  return [...groups.values()];
}
