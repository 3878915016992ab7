import type { Finding } from '../model/finding.js';
import type { ContestResult, Turnout, Verdict } from '../model/report.js';

/** What a verdict is read from: an evaluation, or a report with findings from other inputs added. */
export interface VerdictInput {
  readonly turnout: Pick<Turnout, 'electionValid'>;
  readonly contests: readonly Pick<ContestResult, 'unfilledSeats' | 'undecided'>[];
  readonly findings: readonly Pick<Finding, 'severity'>[];
}

/**
 * One word for the whole check, in order of weight: a void election; else any error (a count that
 * does not add up, an announcement that differs); else seats left for a runoff (not those of a contest
 * left undecided); else valid.
 */
export function verdictOf(input: VerdictInput): Verdict {
  if (!input.turnout.electionValid) return 'void';
  if (input.findings.some((finding) => finding.severity === 'error')) return 'discrepancies';
  // A contest left undecided shows its seats open, but no runoff is known to be needed.
  if (input.contests.some((contest) => contest.unfilledSeats > 0 && contest.undecided !== true))
    return 'runoff-needed';
  return 'valid';
}
