import type { Report } from '../model/report.js';
import { getRulePack } from '../rules/registry.js';
import { ANNOUNCEMENT_ONLY, isAnnouncementAlone } from './report-from-announcement.js';

/**
 * What a report tells of the quorum (双过半's first half), for people. The report's `quorumMet` is a
 * yes/no (contract §7): false also where the quorum could not be shown met, so a page or a text that
 * printed it as "not met" would say an election failed a rule that was never checked.
 * - `met`, `not-met`: judged against the registered voters.
 * - `electorate-unknown`: the pack has a quorum, but nothing states the registered voters.
 * - `no-quorum-rule`: the pack sets none (plurality, majority, residents' packs).
 * - `voters-unknown`: an announcement judged alone by a pack that states no voters who cast a ballot
 *   (nor ballots returned): its turnout cannot be worked out.
 * - `not-judged`: an announcement checked alone, with no rule pack.
 * - `undecided`: ballot records that repeat with different contents could turn it either way
 *   (OUTCOME_UNDECIDED).
 */
export type QuorumStatus =
  'met' | 'not-met' | 'electorate-unknown' | 'voters-unknown' | 'no-quorum-rule' | 'not-judged' | 'undecided';

export function quorumStatus(
  report: Pick<Report, 'rules' | 'turnout' | 'contests'> & Partial<Pick<Report, 'announcement'>>,
): QuorumStatus {
  if (report.rules === ANNOUNCEMENT_ONLY) return 'not-judged';
  if (getRulePack(report.rules)?.quorum === null) return 'no-quorum-rule';
  if (report.turnout.quorumMet) return 'met';
  if (report.turnout.quorumUndecided) return 'undecided';
  if (report.turnout.registered === null) return 'electorate-unknown';
  const alone = isAnnouncementAlone(report);
  return alone && report.announcement?.castFrom === null ? 'voters-unknown' : 'not-met';
}
