import { lawWords, quorumStatus, type Report } from '../../core/index.js';
import type { Lang, Messages } from './i18n';
import { NOTICE_REPORT_WORDS } from './notice-report-words';

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

/**
 * The notice report's line on the law: which law judged the turnout, then what it made of it, naming
 * what was counted (户数 or 参选人数) once, in the verdict, not again before it.
 */
export function lawLine(report: Report, lang: Lang, t: Messages): string {
  return NOTICE_REPORT_WORDS[lang].judgedBy(lawWords(report)[lang]) + quorumWords(report, t);
}
