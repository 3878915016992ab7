import { undecidedOutcome, undecidedWords, type Lang, type Report } from '../../core/index.js';
import type { Messages } from './i18n';

/**
 * A report's verdict in words for a short line (a receipt, the verify page): "undecided" when its
 * records cannot decide the outcome (OUTCOME_UNDECIDED), else the verdict's own words.
 */
export function verdictWords(report: Report, lang: Lang, t: Messages): string {
  const undecided = undecidedOutcome(report);
  return undecided ? undecidedWords(undecided, lang).headline : t.verdicts[report.verdict];
}
