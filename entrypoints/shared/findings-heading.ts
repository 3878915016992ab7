import type { Finding } from '../../core/index.js';
import type { Messages } from './i18n';

/**
 * The heading over a list of findings, counted by kind ("Findings (1 error, 1 note)", "发现的问题（1 个错误、
 * 1 条提示）"), the same on the result page and the printable receipt.
 */
export function findingsHeading(findings: readonly Pick<Finding, 'severity'>[], t: Messages): string {
  const of = (severity: Finding['severity']) =>
    findings.filter((finding) => finding.severity === severity).length;
  return t.findingsTitle(of('error'), of('warning'), of('info'));
}
