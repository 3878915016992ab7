import {
  announcementVerdict,
  isAnnouncementAlone,
  undecidedOutcome,
  undecidedWords,
  type Lang,
  type Report,
} from '../../core/index.js';
import type { Messages } from './i18n';

/**
 * A report's verdict in words for a short line (a receipt, the verify page): "undecided" when its
 * records cannot decide the outcome (OUTCOME_UNDECIDED); for a notice checked alone and found without
 * error, the notice's own verdict line, which claims only what was checked (no count was recounted, and
 * a pack's rules only as far as they were judged), never "the count agrees with the rules"; else the
 * verdict's own words.
 */
export function verdictWords(report: Report, lang: Lang, t: Messages): string {
  const undecided = undecidedOutcome(report);
  if (undecided) return undecidedWords(undecided, lang).headline;
  if (report.verdict === 'valid' && isAnnouncementAlone(report)) return announcementVerdict(report, lang);
  return t.verdicts[report.verdict];
}
