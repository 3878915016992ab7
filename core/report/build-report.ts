import type { Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import type { AnnouncementSection, InputDigest, Report, RulesVersion } from '../model/report.js';
import type { ElectionEvaluation } from '../recount/evaluate-election.js';
import type { RulePack } from '../rules/rule-pack.js';
import { verdictOf } from '../recount/verdict.js';
import { capFindings } from './cap-findings.js';
import { sortFindings } from './sort-findings.js';

export interface ReportInput {
  readonly election: Pick<Election, 'name' | 'rules' | 'round'>;
  /** The pack the evaluation used; its id is the report's `rules` (else the election's `rules`). */
  readonly pack?: RulePack;
  /** How the pack's version was chosen (choosePack). */
  readonly rulesVersion?: RulesVersion;
  readonly evaluation: ElectionEvaluation;
  /** Findings of the other inputs: ballot records, the announcement. */
  readonly extraFindings?: readonly Finding[];
  readonly inputs: readonly InputDigest[];
  readonly lang: Lang;
  /** The announcement's work shown, when one was read. */
  readonly announcement?: AnnouncementSection;
}

/** The report (format `tallywitness.report/1`): the evaluation, every finding sorted, the inputs' digests. */
export function buildReport(input: ReportInput): Report {
  const { election, evaluation, lang } = input;
  const allFindings = sortFindings([...evaluation.findings, ...(input.extraFindings ?? [])], {
    contests: evaluation.contests.map((contest) => contest.id),
    boxes: evaluation.boxes.map((box) => box.box),
  });
  const findings = capFindings(allFindings, lang);
  return {
    format: 'tallywitness.report/1',
    election: election.name,
    rules: input.pack?.id ?? election.rules,
    ...(input.rulesVersion ? { rulesVersion: input.rulesVersion } : {}),
    round: election.round,
    lang,
    verdict: verdictOf({ turnout: evaluation.turnout, contests: evaluation.contests, findings: allFindings }),
    turnout: evaluation.turnout,
    contests: evaluation.contests,
    boxes: evaluation.boxes,
    findings,
    inputs: input.inputs,
    ...(input.announcement ? { announcement: input.announcement } : {}),
  };
}
