import type { Report } from '../model/report.js';
import { getRulePack } from '../rules/registry.js';
import { ANNOUNCEMENT_ONLY, isAnnouncementAlone } from './report-from-announcement.js';

/**
 * What a report tells of the quorum (双过半's first half), for people. The report's `quorumMet` is a
 * yes/no (contract §7): false also where the quorum could not be shown met, so a page or a text that
 * printed it as "not met" would say an election failed a rule that was never checked.
 * - `met`, `not-met`: judged against the registered voters.
 * - `electorate-unknown`: the pack has a quorum, but nothing states the registered voters (a notice
 *   stating only another place's register is `electorate-apart`, below).
 * - `no-quorum-rule`: the pack sets none (plurality, majority, residents' packs).
 * - `voters-unknown`: an announcement judged alone by a pack that states no voters who cast a ballot
 *   (nor ballots returned): its turnout cannot be worked out.
 * - `voters-below-returned`: an announcement judged alone whose stated voters are fewer than its
 *   ballots returned: one of the two counts is wrong, and no quorum was judged on either.
 * - `voters-by-standing`: an announcement judged alone whose voters are named only by 参选, which may
 *   also mean standing as a candidate: no quorum was judged on them.
 * - `electorate-apart`: an announcement judged alone whose every register is of another place, body or
 *   round than its election's own (第一网格登记选民420人 with no register of the whole): no quorum judged.
 * - `unjudged`: an announcement judged alone whose quorum was not judged, with no reason recorded (a
 *   report written before reasons were): never said missed, nor said to be for a reason it may not be.
 * - `electorate-differs`: an announcement judged alone whose electorate is of another kind than the
 *   pack's quorum counts (residents' representatives, or all voters): no quorum was judged.
 * - `counts-apart`: an announcement judged alone whose voters are all counted for another place than
 *   one election's (a township's sum, 全镇登记选民…): no quorum was judged.
 * - `other-vote`: an announcement judged alone that reports a recall (罢免) or an election in Hong Kong,
 *   which the pack's quorum does not govern: no quorum was judged.
 * - `summary-met`, `summary-not-met`: an announcement judged alone that sums several elections of the
 *   pack's committee (a township's summary): its totals meet the quorum, which says nothing of each
 *   election; or they do not, so that at least one of the elections missed it (which, the totals do not say).
 * - `not-judged`: an announcement checked alone, with no rule pack.
 * - `undecided`: ballot records that repeat with different contents could turn it either way
 *   (OUTCOME_UNDECIDED).
 */
export type QuorumStatus =
  | 'met'
  | 'not-met'
  | 'electorate-unknown'
  | 'voters-unknown'
  | 'voters-below-returned'
  | 'voters-by-standing'
  | 'electorate-apart'
  | 'unjudged'
  | 'electorate-differs'
  | 'counts-apart'
  | 'other-vote'
  | 'summary-met'
  | 'summary-not-met'
  | 'no-quorum-rule'
  | 'not-judged'
  | 'undecided';

export function quorumStatus(
  report: Pick<Report, 'rules' | 'turnout' | 'contests'> & Partial<Pick<Report, 'announcement' | 'findings'>>,
): QuorumStatus {
  if (report.rules === ANNOUNCEMENT_ONLY) return 'not-judged';
  if (getRulePack(report.rules)?.quorum === null) return 'no-quorum-rule';
  // A summary's totals: never one election's quorum met or missed.
  if (report.turnout.quorumSummary)
    return report.turnout.quorumSummary.totalsMet ? 'summary-met' : 'summary-not-met';
  if (report.turnout.quorumMet) return 'met';
  if (report.turnout.quorumUndecided) return 'undecided';
  if (report.turnout.quorumElectorateDiffers) return 'electorate-differs';
  if (report.turnout.quorumCountsApart) return 'counts-apart';
  if (report.turnout.quorumOtherVote) return 'other-vote';
  // A register stated only for another place (第一网格登记选民420人) is not the report's own, so the
  // report's register is empty; the notice still states one, and the reason says whose it is.
  if (report.turnout.quorumUnjudged === 'electorate-apart') return 'electorate-apart';
  if (report.turnout.registered === null) return 'electorate-unknown';
  const alone = isAnnouncementAlone(report);
  if (!alone) return 'not-met';
  if (report.announcement?.castFrom === null) return 'voters-unknown';
  // Why the judgement left the quorum unjudged, as it recorded it.
  if (report.turnout.quorumUnjudged) return report.turnout.quorumUnjudged;
  // A notice judged alone misses the quorum only where the judgement said so; else it was not judged.
  // A meeting's attendance short of its own rule (meeting-quorum.ts) says nothing of the election's turnout.
  const meetings = new Set(
    (report.announcement?.judged ?? []).flatMap((figure) =>
      figure.rule === 'meeting-quorum' && figure.span ? [figure.span[0]] : [],
    ),
  );
  const missed =
    report.findings?.some(
      (finding) =>
        finding.code === 'TURNOUT_BELOW_QUORUM' &&
        !(finding.where?.span !== undefined && meetings.has(finding.where.span[0])),
    ) ?? true;
  return missed ? 'not-met' : 'unjudged';
}
