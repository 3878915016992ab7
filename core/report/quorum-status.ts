import type { Report } from '../model/report.js';
import { getRulePack } from '../rules/registry.js';
import { ANNOUNCEMENT_ONLY } from './report-from-announcement.js';

/**
 * What a report tells of the quorum (双过半's first half), for people. The report's `quorumMet` is a
 * yes/no (contract §7): false also where the quorum could not be shown met, so a page or a text that
 * printed it as "not met" would say an election failed a rule that was never checked.
 * - `met`, `not-met`: judged against the registered voters.
 * - `electorate-unknown`: the pack has a quorum, but nothing states the registered voters.
 * - `no-quorum-rule`: the pack sets none (plurality, majority, residents' packs).
 * - `not-judged`: an announcement checked alone, with no rule pack.
 */
export type QuorumStatus = 'met' | 'not-met' | 'electorate-unknown' | 'no-quorum-rule' | 'not-judged';

export function quorumStatus(report: Pick<Report, 'rules' | 'turnout'>): QuorumStatus {
  if (report.rules === ANNOUNCEMENT_ONLY) return 'not-judged';
  if (getRulePack(report.rules)?.quorum === null) return 'no-quorum-rule';
  if (report.turnout.quorumMet) return 'met';
  return report.turnout.registered === null ? 'electorate-unknown' : 'not-met';
}
