import type { AnnouncedFigures, CountMeaning } from '../announcement/announced-figures.js';
import type { Finding, Lang } from '../model/finding.js';
import type { InputDigest, Report } from '../model/report.js';
import { verdictOf } from '../recount/verdict.js';
import { sortFindings } from './sort-findings.js';

export interface AnnouncementReportInput {
  readonly figures: AnnouncedFigures;
  /** Findings of the announcement's own arithmetic. */
  readonly findings: readonly Finding[];
  readonly inputs: readonly InputDigest[];
  readonly lang: Lang;
}

/** Rules name of a report that checks only an announcement's own arithmetic (no rule pack applies). */
export const ANNOUNCEMENT_ONLY = 'announcement-only';

/**
 * The report of `check --announcement A` alone: no election, so no recount and no rule pack. The
 * turnout holds the figures the announcement states (the first of each meaning); nothing is judged
 * about the quorum (`quorumMet` false: not shown) and nothing shows the election void.
 */
export function reportFromAnnouncement(input: AnnouncementReportInput): Report {
  const stated = (meaning: CountMeaning): number | null => {
    for (const figure of input.figures.figures)
      if (figure.kind === 'count' && figure.meaning === meaning && figure.contest === null)
        return Number(figure.value);
    return null;
  };
  const cast = stated('cast') ?? stated('returned') ?? 0;
  const invalid = stated('invalid') ?? 0;
  const turnout = {
    registered: stated('registered'),
    cast,
    issued: stated('issued'),
    invalid,
    valid: stated('valid') ?? Math.max(0, cast - invalid),
    quorumMet: false,
    electionValid: true,
  };
  const findings = sortFindings(input.findings);
  return {
    format: 'tallywitness.report/1',
    election: input.figures.title ?? input.figures.file ?? '',
    rules: ANNOUNCEMENT_ONLY,
    round: 'first',
    lang: input.lang,
    verdict: verdictOf({ turnout, contests: [], findings }),
    turnout,
    contests: [],
    boxes: [],
    findings,
    inputs: input.inputs,
  };
}
