import type { Bilingual } from '../model/finding.js';
import type { Election } from '../model/election.js';
import type { AlignedStep } from './align-sequences.js';
import { ballotSummary, nameList, namesOf } from './ballot-words.js';
import { choicesOf, type LiveBallot } from './live-ballot.js';
import { pushAll } from '../model/long-lists.js';

/**
 * How one ballot differs between the tallies A (the first) and B:
 * - `missing`: a ballot only one tally has, unlike the ballots beside it (perhaps missed by the other);
 * - `extra`: a ballot only one tally has, the same as the ballot before or after it in that tally (one
 *   more of a run of identical ballots: entered twice there, or one of them missed by the other);
 * - `void`: void (废票) in one tally and not in the other;
 * - `different`: a contest where the names differ (one difference per contest).
 */
export type BallotDifferenceKind = 'missing' | 'extra' | 'void' | 'different';

export interface BallotDifference {
  readonly kind: BallotDifferenceKind;
  /** The ballot's number in A and in B; null in the tally that has no such ballot. */
  readonly a: number | null;
  readonly b: number | null;
  /** For a ballot only one tally has: the numbers of the other tally's ballots it falls between. */
  readonly between: readonly [number | null, number | null] | null;
  /** For `extra`: the ballot of the same tally that it repeats. */
  readonly repeats: number | null;
  /** For `different`: the contest's id, and the names on each side (empty: blank). */
  readonly contest: string | null;
  readonly namesA: readonly string[] | null;
  readonly namesB: readonly string[] | null;
  readonly message: Bilingual;
}

/**
 * A ballot as one string, equal for two ballots exactly when they say the same thing: void, or the
 * names of each contest in any order (the order the marks were made in does not matter).
 */
export function ballotKeys(election: Election): (ballot: LiveBallot) => string {
  return (ballot) =>
    ballot.void
      ? 'void'
      : election.contests
          .map((contest) => [...choicesOf(ballot, contest)].sort().join('\u0001'))
          .join('\u0002');
}

export function describeSteps(
  steps: readonly AlignedStep[],
  ballotsA: readonly LiveBallot[],
  ballotsB: readonly LiveBallot[],
  keysA: readonly string[],
  keysB: readonly string[],
  election: Election,
): BallotDifference[] {
  // For each step, the number of the last ballot of A (of B) at or before it, and of the first after.
  const lastA: (number | null)[] = [];
  const lastB: (number | null)[] = [];
  let seenA: number | null = null;
  let seenB: number | null = null;
  for (const step of steps) {
    if (step.kind !== 'only-b') seenA = ballotsA[step.a]!.number;
    if (step.kind !== 'only-a') seenB = ballotsB[step.b]!.number;
    lastA.push(seenA);
    lastB.push(seenB);
  }
  const nextA: (number | null)[] = new Array<number | null>(steps.length).fill(null);
  const nextB: (number | null)[] = new Array<number | null>(steps.length).fill(null);
  let comingA: number | null = null;
  let comingB: number | null = null;
  for (let index = steps.length - 1; index >= 0; index--) {
    nextA[index] = comingA;
    nextB[index] = comingB;
    const step = steps[index]!;
    if (step.kind !== 'only-b') comingA = ballotsA[step.a]!.number;
    if (step.kind !== 'only-a') comingB = ballotsB[step.b]!.number;
  }

  const differences: BallotDifference[] = [];
  steps.forEach((step, index) => {
    if (step.kind === 'pair') {
      if (!step.equal) pushAll(differences, pairDifferences(ballotsA[step.a]!, ballotsB[step.b]!, election));
    } else if (step.kind === 'only-a') {
      differences.push(alone('A', step.a, ballotsA, keysA, [lastB[index]!, nextB[index]!], election));
    } else {
      differences.push(alone('B', step.b, ballotsB, keysB, [lastA[index]!, nextA[index]!], election));
    }
  });
  return differences;
}

/** A ballot only one tally has, placed between two ballots of the other. */
function alone(
  side: 'A' | 'B',
  index: number,
  ballots: readonly LiveBallot[],
  keys: readonly string[],
  between: readonly [number | null, number | null],
  election: Election,
): BallotDifference {
  const ballot = ballots[index]!;
  const other = side === 'A' ? 'B' : 'A';
  const neighbour = [index - 1, index + 1].find((at) => keys[at] !== undefined && keys[at] === keys[index]);
  const repeats = neighbour === undefined ? null : ballots[neighbour]!.number;
  const summary = ballotSummary(ballot, election);
  const place = placeWords(other, between);
  const message: Bilingual =
    repeats === null
      ? {
          zh: `记录 ${side} 的第 ${ballot.number} 张选票（${summary.zh}）在记录 ${other} 中没有对应${place.zh}：可能被 ${other} 漏记`,
          en: `${side}'s ballot ${ballot.number} (${summary.en}) has no counterpart in ${other}${place.en}: perhaps missed by ${other}`,
        }
      : {
          zh: `记录 ${side} 的第 ${ballot.number} 张选票与其第 ${repeats} 张相同（${summary.zh}），在记录 ${other} 中没有对应${place.zh}：可能被 ${side} 重复录入，或其中一张被 ${other} 漏记`,
          en: `${side}'s ballot ${ballot.number} is the same as its ballot ${repeats} (${summary.en}) and has no counterpart in ${other}${place.en}: perhaps entered twice by ${side}, or one of them missed by ${other}`,
        };
  return {
    kind: repeats === null ? 'missing' : 'extra',
    a: side === 'A' ? ballot.number : null,
    b: side === 'B' ? ballot.number : null,
    between,
    repeats,
    contest: null,
    namesA: null,
    namesB: null,
    message,
  };
}

function placeWords(other: string, [before, after]: readonly [number | null, number | null]): Bilingual {
  if (before !== null && after !== null)
    return {
      zh: `（应在 ${other} 的第 ${before} 与第 ${after} 张之间）`,
      en: ` (between ${other}'s ballots ${before} and ${after})`,
    };
  if (before !== null)
    return { zh: `（应在 ${other} 的第 ${before} 张之后）`, en: ` (after ${other}'s ballot ${before})` };
  if (after !== null)
    return { zh: `（应在 ${other} 的第 ${after} 张之前）`, en: ` (before ${other}'s ballot ${after})` };
  return { zh: '', en: '' };
}

/** Two ballots aligned with each other that say different things: void against not, or contest by contest. */
function pairDifferences(a: LiveBallot, b: LiveBallot, election: Election): BallotDifference[] {
  const numbers = {
    zh:
      a.number === b.number
        ? `第 ${a.number} 张选票`
        : `记录 A 第 ${a.number} 张、记录 B 第 ${b.number} 张选票`,
    en: a.number === b.number ? `ballot ${a.number}` : `A's ballot ${a.number}, B's ballot ${b.number}`,
  };
  const base = { a: a.number, b: b.number, between: null, repeats: null };
  if (a.void !== b.void) {
    const [voided, kept] = a.void ? (['A', 'B'] as const) : (['B', 'A'] as const);
    const summary = ballotSummary(a.void ? b : a, election);
    return [
      {
        ...base,
        kind: 'void',
        contest: null,
        namesA: null,
        namesB: null,
        message: {
          zh: `${numbers.zh}：记录 ${voided} 记为废票，记录 ${kept} 记为有效（${summary.zh}）`,
          en: `${numbers.en}: void in ${voided}, valid in ${kept} (${summary.en})`,
        },
      },
    ];
  }
  return election.contests.flatMap((contest): BallotDifference[] => {
    const namesA = namesOf(contest, [...choicesOf(a, contest)].sort());
    const namesB = namesOf(contest, [...choicesOf(b, contest)].sort());
    if (namesA.join('\u0001') === namesB.join('\u0001')) return [];
    const [listA, listB] = [nameList(namesA), nameList(namesB)];
    return [
      {
        ...base,
        kind: 'different',
        contest: contest.id,
        namesA,
        namesB,
        message: {
          zh: `${numbers.zh}，${contest.name}：记录 A 为 ${listA.zh}，记录 B 为 ${listB.zh}`,
          en: `${numbers.en}, ${contest.name}: ${listA.en} in A, ${listB.en} in B`,
        },
      },
    ];
  });
}
