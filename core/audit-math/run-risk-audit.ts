/**
 * From the recounted tally sheets and the hand counts of the sample to an audit record: the contest as
 * the recount reports it, the risk after each round, and stop or escalate.
 */
import type { Contest } from '../model/election.js';
import { BLANK } from '../model/election.js';
import { maxOf } from '../model/long-lists.js';
import { contestTotals, type BoxSheet, type ElectionTally } from '../model/tally.js';
import { AUDIT_RECORD_FORMAT, type AuditRecord, type AuditStep } from './audit-record.js';
import {
  batchComparisonRisk,
  batchComparisonSampleSize,
  type BoxDraw,
  type ReportedBox,
} from './batch-comparison.js';
import { bravoRisk, bravoSampleSizes, riskLimitRatio } from './bravo.js';
import type { AuditContest } from './plurality-contest.js';
import { splitWinners } from './plurality-contest.js';
import { VOID_BALLOT, type HandBallot, type HandBox } from './read-hand-counts.js';
import { compare, ratio, type Ratio } from './ratio.js';
import {
  supermajorityRisk,
  supermajoritySampleSize,
  type SampledBallot,
  type SupermajorityRule,
} from './supermajority.js';

export interface Recount {
  readonly sheets: readonly BoxSheet[];
  readonly tally: ElectionTally;
}

const ballotsCast = (sheets: readonly BoxSheet[]) => sheets.reduce((s, b) => s + (b.returned ?? 0), 0);

/** The contest as the recount reports it: the choices' votes (abstentions aside) and the ballots cast. */
export function auditContestOf(contest: Contest, recount: Recount): AuditContest {
  const votes = new Map([...contestTotals(recount.tally, contest.id)].filter(([choice]) => choice !== BLANK));
  return { id: contest.id, ballots: ballotsCast(recount.sheets), votes, seats: contest.seats };
}

const rounds = <T extends { readonly round: number }>(items: readonly T[]) => [
  ...new Set(items.map((i) => i.round)),
];

interface RecordBase {
  readonly riskLimitPercent: number;
  readonly handCounts: { readonly name: string; readonly sha256: string };
}

function outcomeOf(steps: readonly AuditStep[], full: boolean): AuditRecord['outcome'] {
  if (full) return 'full-hand-count';
  return steps.at(-1)?.decision === 'stop' ? 'confirmed' : 'escalate';
}

/** The record of an audit's rounds, with its frame: method, contest, risk limit and hand-count file. */
function recordOf(
  method: AuditRecord['method'],
  contest: Contest,
  base: RecordBase,
  reported: AuditRecord['reported'],
  steps: readonly AuditStep[],
  full: boolean,
): AuditRecord {
  return {
    format: AUDIT_RECORD_FORMAT,
    method,
    contest: contest.id,
    riskLimitPercent: String(base.riskLimitPercent),
    reported,
    handCounts: base.handCounts,
    steps,
    outcome: outcomeOf(steps, full),
  };
}

/** What a plurality audit checks: the reported winners of the contest, and the ballots cast in it. */
function reportedWinners(audited: AuditContest): AuditRecord['reported'] {
  return { winners: splitWinners(audited).winners.map((w) => w.id), ballots: audited.ballots };
}

/** The votes per choice found on the sampled ballots of the given rounds. */
function sampleTally(ballots: readonly HandBallot[], contest: string): Map<string, number> {
  const tally = new Map<string, number>();
  for (const ballot of ballots)
    for (const choice of ballot.marks.get(contest) ?? [])
      if (choice !== BLANK && choice !== VOID_BALLOT) tally.set(choice, (tally.get(choice) ?? 0) + 1);
  return tally;
}

/** BRAVO ballot polling of a plurality contest, round by round, stopping at the first confirmed round. */
export function runBravo(
  contest: Contest,
  recount: Recount,
  ballots: readonly HandBallot[],
  base: RecordBase,
): AuditRecord {
  const audited = auditContestOf(contest, recount);
  const alpha = riskLimitRatio(base.riskLimitPercent);
  const steps: AuditStep[] = [];
  let full = false;
  for (const round of rounds(ballots)) {
    const sofar = ballots.filter((b) => b.round <= round);
    const sample = sampleTally(sofar, contest.id);
    // Only distinct ballots make a full hand count: the same draw named in two rounds is one ballot.
    const risk = bravoRisk(audited, sample, alpha, new Set(sofar.map((b) => b.draw)).size);
    full = risk.fullHandCount;
    const sizes = risk.confirmed
      ? undefined
      : bravoSampleSizes(audited, sample, base.riskLimitPercent, sofar.length);
    const next = sizes === undefined ? undefined : sizes.ok ? sizes.options.at(-1)!.size : null;
    steps.push({
      round,
      examined: sofar.length,
      risk: maxOf(risk.pairs.map((p) => p.risk)),
      decision: risk.confirmed ? 'stop' : 'escalate',
      hypotheses: risk.pairs.map((p) => ({ winner: p.winner, against: p.loser, risk: p.risk })),
      ...(next === undefined ? {} : { nextRoundSize: next }),
    });
    if (risk.confirmed) break;
  }
  return recordOf('bravo', contest, base, reportedWinners(audited), steps, full);
}

/** The winners whose reported votes pass the threshold: the ones the assertion can confirm. */
function thresholdWinners(audited: AuditContest, rule: SupermajorityRule, voidBallots: number): string[] {
  const base = rule.base === 'cast' ? audited.ballots : audited.ballots - voidBallots;
  return splitWinners(audited)
    .winners.filter((w) => compare(ratio(w.votes, Math.max(base, 1)), rule.share) > 0)
    .map((w) => w.id);
}

/** What a sampled ballot is to the assertion about one winner. */
function asSampled(ballot: HandBallot, contest: string, winner: string): SampledBallot {
  const marks = ballot.marks.get(contest);
  if (marks?.has(VOID_BALLOT)) return 'void';
  return marks?.has(winner) ? 'winner' : 'other';
}

/** SHANGRLA's super-majority assertion for each reported winner, round by round. */
export function runSupermajority(
  contest: Contest,
  recount: Recount,
  rule: SupermajorityRule,
  ballots: readonly HandBallot[],
  base: RecordBase,
): AuditRecord {
  const audited = auditContestOf(contest, recount);
  const voidBallots = recount.sheets.reduce((s, b) => s + (b.invalid ?? 0), 0);
  const winners = thresholdWinners(audited, rule, voidBallots);
  const alpha = riskLimitRatio(base.riskLimitPercent);
  const steps: AuditStep[] = [];
  for (const round of rounds(ballots)) {
    const sofar = ballots.filter((b) => b.round <= round);
    const results = winners.map((winner) => ({
      winner,
      result: supermajorityRisk(
        sofar.map((b) => asSampled(b, contest.id, winner)),
        rule,
        audited.ballots,
        alpha,
      ),
    }));
    const confirmed = winners.length > 0 && results.every((r) => r.result.confirmed);
    const planned = winners.map((winner) =>
      supermajoritySampleSize(
        { forWinner: audited.votes.get(winner) ?? 0, voidBallots, cast: audited.ballots },
        rule,
        base.riskLimitPercent / 100,
      ),
    );
    const next = planned.some((p) => p === null)
      ? null
      : Math.max(0, maxOf(planned.map((p) => p! - sofar.length)));
    steps.push({
      round,
      examined: sofar.length,
      risk: results.length === 0 ? 1 : maxOf(results.map((r) => r.result.risk)),
      decision: confirmed ? 'stop' : 'escalate',
      hypotheses: results.map((r) => ({
        winner: r.winner,
        against: `${rule.share.num}/${rule.share.den} of ${rule.base}`,
        risk: r.result.risk,
      })),
      ...(confirmed ? {} : { nextRoundSize: next }),
    });
    if (confirmed) break;
  }
  return recordOf(
    'supermajority',
    contest,
    base,
    {
      winners,
      ballots: audited.ballots,
      threshold: { num: Number(rule.share.num), den: Number(rule.share.den), base: rule.base },
    },
    steps,
    false,
  );
}

/** The boxes as the recount reports them in one contest. */
export function reportedBoxes(contest: string, recount: Recount): Map<string, ReportedBox> {
  const boxes = new Map<string, ReportedBox>();
  for (const sheet of recount.sheets) {
    const counts = recount.tally.boxes.get(sheet.box)?.contests.get(contest);
    const votes = counts ? new Map([...counts].filter(([choice]) => choice !== BLANK)) : undefined;
    boxes.set(sheet.box, { ballots: sheet.returned ?? 0, ...(votes ? { votes } : {}) });
  }
  return boxes;
}

/** Batch comparison of the hand-counted boxes with their tally sheets, round by round. */
export function runBatchComparison(
  contest: Contest,
  recount: Recount,
  handBoxes: readonly HandBox[],
  base: RecordBase,
): AuditRecord {
  const audited = auditContestOf(contest, recount);
  const boxes = reportedBoxes(contest.id, recount);
  const alpha: Ratio = riskLimitRatio(base.riskLimitPercent);
  const steps: AuditStep[] = [];
  let full = false;
  for (const round of rounds(handBoxes)) {
    const draws: BoxDraw[] = handBoxes
      .filter((b) => b.round <= round)
      .map((b) => ({ box: b.box, handCount: b.contests.get(contest.id) ?? new Map() }));
    const risk = batchComparisonRisk(audited, boxes, draws, alpha);
    full = risk.fullHandCount;
    const size = risk.confirmed ? undefined : batchComparisonSampleSize(audited, boxes, draws, alpha);
    steps.push({
      round,
      examined: draws.length,
      risk: risk.risk,
      decision: risk.confirmed ? 'stop' : 'escalate',
      hypotheses: splitWinners(audited).winners.map((w) => ({
        winner: w.id,
        against: 'every loser',
        risk: risk.risk,
      })),
      ...(size === undefined ? {} : { nextRoundSize: size.ok ? size.size : null }),
    });
    if (risk.confirmed) break;
  }
  return recordOf('batch-comparison', contest, base, reportedWinners(audited), steps, full);
}

/** The drawn boxes unknown to the tally sheets: a hand count of a box that is not there. */
export function unknownBoxes(recount: Recount, handBoxes: readonly HandBox[]): string[] {
  const known = new Set(recount.sheets.map((s) => s.box));
  return [...new Set(handBoxes.map((b) => b.box).filter((box) => !known.has(box)))];
}
