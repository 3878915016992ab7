import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { BLANK, type Election } from '../model/election.js';
import { makeFinding } from '../model/make-finding.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { canonicalJson } from '../receipt/canonical-json.js';
import { getRulePack } from '../rules/registry.js';
import { alignSequences, type AlignedStep } from './align-sequences.js';
import { ballotSummary, nameList, namesOf } from './ballot-words.js';
import { choicesOf, type LiveBallot } from './live-ballot.js';
import { countLiveBallots, type LiveCount } from './live-count.js';
import type { LiveTallyRecord } from './live-tally-record.js';

/** One of the two tallies compared: its file name and what it holds. */
export interface TallySide {
  readonly file: string;
  readonly record: LiveTallyRecord;
}

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

/** A name's votes (or a count of ballots) in each tally; `difference` is B − A. */
export interface TotalRow {
  readonly key: string;
  readonly name: string;
  readonly a: number;
  readonly b: number;
  readonly difference: number;
}

export interface LiveTallyTotals {
  readonly ballots: TotalRow;
  /** Void (废票) and voided by the rule pack (overvotes, one person for two posts). */
  readonly invalid: TotalRow;
  readonly contests: readonly {
    readonly id: string;
    readonly name: string;
    readonly rows: readonly TotalRow[];
  }[];
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
            en: `the two live tallies are of different elections ("${a.record.election.name}" and "${b.record.election.name}")`,
          },
    });
  }
  if (a.record.box !== b.record.box)
    errors.push({
      file: both,
      path: '$.box',
      message: {
        zh: `两份唱票记录属于不同的票箱（“${a.record.box}”与“${b.record.box}”），只能比对同一票箱`,
        en: `the two live tallies are of different boxes ("${a.record.box}" and "${b.record.box}"): only tallies of one box can be compared`,
      },
    });
  return errors;
}

/**
 * A ballot as one string, equal for two ballots exactly when they say the same thing: void, or the
 * names of each contest in any order (the order the marks were made in does not matter).
 */
function ballotKeys(election: Election): (ballot: LiveBallot) => string {
  return (ballot) =>
    ballot.void
      ? 'void'
      : election.contests
          .map((contest) => [...choicesOf(ballot, contest)].sort().join('\u0001'))
          .join('\u0002');
}

function describeSteps(
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
      if (!step.equal) differences.push(...pairDifferences(ballotsA[step.a]!, ballotsB[step.b]!, election));
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

function row(key: string, name: string, a: number, b: number): TotalRow {
  return { key, name, a, b, difference: b - a };
}

const invalidOf = (count: LiveCount) => count.void + count.overvoted + count.twoPosts;

/** Each tally's count, as the live tally page shows it (the rule pack applied), name by name. */
function totalsOf(a: LiveTallyRecord, b: LiveTallyRecord): LiveTallyTotals {
  const { election } = a;
  const pack = getRulePack(election.rules, election.date);
  const rules = pack ?? { overvote: 'void-ballot' as const };
  const countA = countLiveBallots(a.ballots, election, rules);
  const countB = countLiveBallots(b.ballots, election, rules);
  return {
    ballots: row('#ballots', '', countA.ballots, countB.ballots),
    invalid: row('#invalid', '', invalidOf(countA), invalidOf(countB)),
    contests: election.contests.map((contest) => {
      const votesA = countA.votes.get(contest.id) ?? new Map<string, number>();
      const votesB = countB.votes.get(contest.id) ?? new Map<string, number>();
      const writeIns = [...new Set([...votesA.keys(), ...votesB.keys()])]
        .filter((key) => key !== BLANK && !contest.candidates.some((candidate) => candidate.id === key))
        .sort();
      const keys = [...contest.candidates.map((candidate) => candidate.id), ...writeIns, BLANK];
      return {
        id: contest.id,
        name: contest.name,
        rows: keys.map((key) =>
          row(
            key,
            key === BLANK ? '' : namesOf(contest, [key])[0]!,
            votesA.get(key) ?? 0,
            votesB.get(key) ?? 0,
          ),
        ),
      };
    }),
  };
}

function notAligned(box: string, a: number, b: number, lang: Lang): Finding {
  return makeFinding(
    {
      code: 'LIVE_TALLIES_DIFFER',
      severity: 'error',
      box,
      expected: a,
      found: b,
      messages: {
        zh: `票箱“${box}”：记录 A 有 ${a} 张选票，记录 B 有 ${b} 张，相差太多，无法逐票对齐；只比较合计`,
        en: `box "${box}": A holds ${a} ballots and B ${b}, too far apart to align ballot by ballot; only the totals are compared`,
      },
    },
    lang,
  );
}

function totalFindings(box: string, totals: LiveTallyTotals, lang: Lang): Finding[] {
  return totals.contests.flatMap((contest) =>
    contest.rows
      .filter((each) => each.difference !== 0)
      .map((each) => {
        const name =
          each.key === BLANK ? { zh: '弃权', en: 'blank' } : { zh: `“${each.name}”`, en: `"${each.name}"` };
        return makeFinding(
          {
            code: 'LIVE_TALLIES_DIFFER',
            severity: 'error',
            box,
            contest: contest.id,
            candidate: each.key,
            expected: each.a,
            found: each.b,
            messages: {
              zh: `票箱“${box}”${contest.name}${name.zh}：记录 A 为 ${each.a} 票，记录 B 为 ${each.b} 票`,
              en: `box "${box}", ${contest.name}, ${name.en}: ${each.a} in A, ${each.b} in B`,
            },
          },
          lang,
        );
      }),
  );
}
