import {
  statedCast,
  statedCount,
  type AnnouncedFigures,
  type CountMeaning,
} from '../announcement/announced-figures.js';
import { announcementSection } from '../announcement/announcement-section.js';
import { workAnnouncementArithmetic } from '../announcement/check-announcement-arithmetic.js';
import { ownElectionFigures } from '../announcement/own-election-figures.js';
import { packCommitteeCounts } from '../announcement/pack-committee-counts.js';
import type { Round } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import type {
  AnnouncementSection,
  InputDigest,
  QuorumSummary,
  QuorumUnjudged,
  Report,
  RulesVersion,
} from '../model/report.js';
import { verdictOf } from '../recount/verdict.js';
import { sortFindings } from './sort-findings.js';

export interface AnnouncementReportInput {
  readonly figures: AnnouncedFigures;
  /** Findings of the announcement's own arithmetic, and of the rule pack when one judged it. */
  readonly findings: readonly Finding[];
  readonly inputs: readonly InputDigest[];
  readonly lang: Lang;
  /** The version of the judging pack and why (choosePack). */
  readonly rulesVersion?: RulesVersion;
  /** The work shown: figures judged and figures not judged (announcementSection). */
  readonly section?: AnnouncementSection;
  /** The rule pack that judged the announcement's own figures (judgeAnnouncement), if one did. */
  readonly judgedBy?: {
    readonly pack: string;
    readonly round: Round;
    readonly quorumMet: boolean;
    readonly electionValid: boolean;
    readonly electorateDiffers?: boolean;
    readonly countsApart?: boolean;
    readonly otherVote?: boolean;
    readonly quorumUnjudged?: QuorumUnjudged;
    readonly summary?: QuorumSummary;
  };
}

/** Rules name of a report that checks only an announcement's own arithmetic (no rule pack applies). */
export const ANNOUNCEMENT_ONLY = 'announcement-only';

/** The rule pack and round that judged an announcement alone, to judge its inputs again the same way. */
export interface AnnouncementRules {
  readonly pack: string;
  readonly round: Round;
  /** The day of the vote as the user gives it (`--election-date`): it picks the version over the notice's days. */
  readonly date?: string;
}

/**
 * Whether a report is of an announcement alone (judged by a rule pack or not): nothing was recounted,
 * so it has no contests, which every election has (readElection refuses one without).
 */
export const isAnnouncementAlone = (report: Pick<Report, 'contests'>): boolean =>
  report.contests.length === 0;

/** The pack and round that judged a report of an announcement alone; undefined for any other report. */
export function announcementRulesOf(
  report: Pick<Report, 'rules' | 'round' | 'contests'>,
): AnnouncementRules | undefined {
  if (report.rules === ANNOUNCEMENT_ONLY || !isAnnouncementAlone(report)) return undefined;
  return { pack: report.rules, round: report.round };
}

/**
 * The report of `check --announcement A` alone: no election, so no recount, no contests and no boxes.
 * The turnout holds the figures the announcement states (the first of each meaning). With no rule pack,
 * nothing is judged about the quorum (`quorumMet` false: not shown) and nothing shows the election
 * void; a pack that judged the announcement's figures (`judgedBy`) gives its id, round and judgement.
 */
export function reportFromAnnouncement(input: AnnouncementReportInput): Report {
  // The counts of the notice's own vote: not those of an earlier vote it restates (当时全村登记选民1,820人 in a
  // notice of a by-election), another body's or another place's (own-election-figures.ts).
  // A township's summary of both committees: the counts of the committee the pack judged (pack-committee-counts.ts).
  const judged = input.judgedBy;
  const own = ownElectionFigures(judged ? packCommitteeCounts(input.figures, judged.pack) : input.figures);
  const stated = (meaning: CountMeaning): number | null => statedCount(own, meaning);
  const cast = statedCast(own) ?? 0;
  const invalid = stated('invalid') ?? 0;
  const turnout = {
    registered: stated('registered'),
    cast,
    issued: stated('issued'),
    invalid,
    valid: stated('valid') ?? Math.max(0, cast - invalid),
    quorumMet: judged?.quorumMet ?? false,
    electionValid: judged?.electionValid ?? true,
    ...(judged?.electorateDiffers ? { quorumElectorateDiffers: true as const } : {}),
    ...(judged?.countsApart ? { quorumCountsApart: true as const } : {}),
    ...(judged?.otherVote ? { quorumOtherVote: true as const } : {}),
    ...(judged?.quorumUnjudged ? { quorumUnjudged: judged.quorumUnjudged } : {}),
    ...(judged?.summary ? { quorumSummary: judged.summary } : {}),
  };
  const findings = sortFindings(input.findings);
  return {
    format: 'tallywitness.report/1',
    election: input.figures.title ?? input.figures.file ?? '',
    rules: judged?.pack ?? ANNOUNCEMENT_ONLY,
    ...(judged && input.rulesVersion ? { rulesVersion: input.rulesVersion } : {}),
    round: judged?.round ?? 'first',
    lang: input.lang,
    verdict: verdictOf({ turnout, contests: [], findings }),
    turnout,
    contests: [],
    boxes: [],
    findings,
    inputs: input.inputs,
    announcement:
      input.section ??
      announcementSection(input.figures, workAnnouncementArithmetic(input.figures, input.lang)),
  };
}
