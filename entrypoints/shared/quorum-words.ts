import { quorumStatus, type Report } from '../../core/index.js';
import type { Messages } from './i18n';

/** Whether a report's electorate and voters are counted in households (户代表: 应到户代表48户), not people. */
export const countsHouseholds = (report: Pick<Report, 'announcement'>): boolean =>
  report.announcement?.unit === 'households';

/**
 * What the rules made of the turnout, in the page's words: of households where the notice counts
 * households (投票户数达到法定要求, as the text report of `check` says), of voters otherwise.
 */
export function quorumWords(
  report: Pick<Report, 'rules' | 'turnout' | 'contests' | 'announcement' | 'findings'>,
  t: Messages,
): string {
  const status = quorumStatus(report);
  if (countsHouseholds(report) && Object.hasOwn(t.quorumHouseholds, status))
    return t.quorumHouseholds[status as keyof Messages['quorumHouseholds']];
  return t.quorum[status];
}
