import type { ContestResult } from '../../core/index.js';
import { formatNumber, type Lang, type Messages } from './i18n';

/**
 * Abstentions as the sheets state them; in a one-seat contest, where each valid ballot gives at most
 * one vote, the abstentions follow from the valid ballots and the votes, and when the sheets state
 * none the inferred figure is shown, said to be inferred. The report and the receipt show the same.
 * `validUnknown` (the report's `turnout.validUnknown`: a box's void count above its returned ballots):
 * the valid ballots are not known, so nothing is inferred from them.
 */
export function blankWords(contest: ContestResult, lang: Lang, t: Messages, validUnknown = false): string {
  const stated =
    contest.blank === null || contest.blank === undefined ? '—' : formatNumber(contest.blank, lang);
  if (validUnknown || contest.seats !== 1 || contest.blank !== 0) return stated;
  const votes = contest.candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
  const inferred = contest.validBallots - votes;
  return inferred > 0 ? t.blankInferred(formatNumber(inferred, lang)) : stated;
}
