import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { canonicalJson } from '../receipt/canonical-json.js';
import { alignSequences } from './align-sequences.js';
import { ballotKeys, describeSteps, type BallotDifference } from './ballot-differences.js';
import type { LiveTallyRecord } from './live-tally-record.js';
import { notAligned, totalFindings, totalsOf, type LiveTallyTotals } from './live-tally-totals.js';

export type { BallotDifference, BallotDifferenceKind } from './ballot-differences.js';
export type { LiveTallyTotals, TotalRow } from './live-tally-totals.js';

/** One of the two tallies compared: its file name and what it holds. */
export interface TallySide {
  readonly file: string;
  readonly record: LiveTallyRecord;
}

export interface LiveTallyComparison {
  readonly election: string;
  readonly box: string;
  /** False when the tallies' lengths differ too much to be aligned ballot by ballot. */
  readonly aligned: boolean;
  readonly differences: readonly BallotDifference[];
  readonly totals: LiveTallyTotals;
  /** LIVE_TALLIES_DIFFER, one per difference (or per differing total when not aligned). */
  readonly findings: readonly Finding[];
}

/**
 * Compares two observers' live tallies of the same box ballot by ballot. The ballots were read out
 * in one order, so A's ballot n should be B's ballot n; a ballot missed or doubled by one observer
 * shifts the rest, which the alignment (align-sequences.ts) takes up. Tallies of different boxes or
 * under different election definitions are refused, as input errors naming both files.
 */
export function compareLiveTallies(a: TallySide, b: TallySide, lang: Lang): Result<LiveTallyComparison> {
  const refused = refusal(a, b);
  if (refused.length > 0) return failWith(refused);
  const election = a.record.election;
  const { box } = a.record;
  const keyOf = ballotKeys(election);
  const keysA = a.record.ballots.map(keyOf);
  const keysB = b.record.ballots.map(keyOf);
  const alignment = alignSequences(keysA, keysB, (x, y) => x === y);
  const totals = totalsOf(a.record, b.record);
  if (!alignment.aligned) {
    const findings = [notAligned(box, a.record.ballots.length, b.record.ballots.length, lang)];
    return ok({
      election: election.name,
      box,
      aligned: false,
      differences: [],
      totals,
      findings: [...findings, ...totalFindings(box, totals, lang)],
    });
  }
  const differences = describeSteps(
    alignment.steps,
    a.record.ballots,
    b.record.ballots,
    keysA,
    keysB,
    election,
  );
  const findings = differences.map((difference) =>
    makeFinding(
      {
        code: 'LIVE_TALLIES_DIFFER',
        severity: 'error',
        box,
        contest: difference.contest,
        expected: difference.namesA ? difference.namesA.join('|') : null,
        found: difference.namesB ? difference.namesB.join('|') : null,
        messages: difference.message,
      },
      lang,
    ),
  );
  return ok({ election: election.name, box, aligned: true, differences, totals, findings });
}

function refusal(a: TallySide, b: TallySide): InputError[] {
  const both = `${a.file}, ${b.file}`;
  const errors: InputError[] = [];
  if (canonicalJson(a.record.election) !== canonicalJson(b.record.election)) {
    const same = a.record.election.name === b.record.election.name;
    errors.push({
      file: both,
      path: '$.election',
      message: same
        ? {
            zh: `两份唱票记录的选举名称相同，但选举定义不同（职位、名额或候选人不一致），不能逐票比对`,
            en: `the two live tallies name the same election but under different definitions (contests, seats or candidates differ): they cannot be compared ballot by ballot`,
          }
        : {
            zh: `两份唱票记录属于不同的选举（“${a.record.election.name}”与“${b.record.election.name}”）`,
            en: `the two live tallies are of different elections (“${a.record.election.name}” and “${b.record.election.name}”)`,
          },
    });
  }
  if (a.record.box !== b.record.box)
    errors.push({
      file: both,
      path: '$.box',
      message: {
        zh: `两份唱票记录属于不同的票箱（“${a.record.box}”与“${b.record.box}”），只能比对同一票箱`,
        en: `the two live tallies are of different boxes (“${a.record.box}” and “${b.record.box}”): only tallies of one box can be compared`,
      },
    });
  return errors;
}
