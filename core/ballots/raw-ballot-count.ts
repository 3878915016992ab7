import { BLANK, type Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { addVotes, emptyTally } from '../model/tally.js';
import type { BallotCount, BoxRecords } from './ballot-count.js';
import type { BallotEncoding } from './ballot-encoding.js';
import { moreDuplicatesFinding, onePersonTwoPostsFinding, overvoteFinding } from './ballot-findings.js';

/**
 * A reader's counts as plain arrays, before findings are made of them: what two readers of two parts
 * of one file produce, merge (`mergeRawCounts`) and only then turn into a BallotCount, so that the
 * result is the one a single reader would give. Plain data: it can be posted between threads.
 */
export interface RawBallotCount {
  /** Box names in the order first met. */
  readonly boxes: readonly string[];
  /** Per box (see BoxRecords). */
  readonly records: readonly number[];
  readonly voids: readonly number[];
  readonly overvoted: readonly number[];
  readonly contestsVoided: readonly number[];
  readonly twoPosts: readonly number[];
  /** [box × contests + contest] → ballots choosing more names than seats. */
  readonly overvotes: readonly number[];
  /** Per contest: choice keys in the order first met, `#blank` first. */
  readonly keys: readonly (readonly string[])[];
  /** [box × contests + contest] → votes per key index (may be shorter than the contest's keys). */
  readonly votes: readonly (readonly number[])[];
  readonly rows: number;
  /** Null while every name read was ASCII. */
  readonly encoding: BallotEncoding | null;
  /** DUPLICATE_BALLOT findings listed one by one (lines of the whole file), and all repeats counted. */
  readonly duplicates: readonly Finding[];
  readonly duplicateCount: number;
}

/**
 * The counts of a file read as two parts, `first` ending where `second` begins. Boxes and choice keys
 * keep the order of first appearance in the whole file (the first part's, then the second's new
 * ones). The second part's repeats would carry lines counted from its own start, so it must have none.
 */
export function mergeRawCounts(first: RawBallotCount, second: RawBallotCount): RawBallotCount {
  if (second.duplicateCount > 0) throw new Error('mergeRawCounts: the second part has repeats');
  const contests = first.keys.length;
  const boxes = [...first.boxes];
  const boxIndex = new Map(boxes.map((box, index) => [box, index]));
  const secondBoxes = second.boxes.map((box) => {
    let index = boxIndex.get(box);
    if (index === undefined) {
      index = boxes.length;
      boxes.push(box);
      boxIndex.set(box, index);
    }
    return index;
  });
  const keys = first.keys.map((own) => [...own]);
  // Write-ins may run to thousands of names a contest: found through a map, not by searching the list.
  const secondKeys = second.keys.map((theirs, contest) => {
    const merged = keys[contest]!;
    const indexOf = new Map(merged.map((key, index) => [key, index]));
    return theirs.map((key) => {
      let index = indexOf.get(key);
      if (index === undefined) {
        index = merged.push(key) - 1;
        indexOf.set(key, index);
      }
      return index;
    });
  });
  const perBox = (own: readonly number[], theirs: readonly number[]): number[] => {
    const sums = boxes.map((_, box) => own[box] ?? 0);
    secondBoxes.forEach((box, index) => (sums[box]! += theirs[index]!));
    return sums;
  };
  const overvotes = new Array<number>(boxes.length * contests).fill(0);
  const votes = Array.from({ length: boxes.length * contests }, (): number[] => []);
  const add = (
    part: RawBallotCount,
    boxOf: (box: number) => number,
    keyOf: (contest: number, key: number) => number,
  ) =>
    part.boxes.forEach((_, box) => {
      for (let contest = 0; contest < contests; contest++) {
        const from = box * contests + contest;
        const into = boxOf(box) * contests + contest;
        overvotes[into]! += part.overvotes[from]!;
        const sums = votes[into]!;
        part.votes[from]!.forEach((count, key) => {
          const merged = keyOf(contest, key);
          while (sums.length <= merged) sums.push(0);
          sums[merged]! += count;
        });
      }
    });
  add(
    first,
    (box) => box,
    (_, key) => key,
  );
  add(
    second,
    (box) => secondBoxes[box]!,
    (contest, key) => secondKeys[contest]![key]!,
  );
  return {
    boxes,
    records: perBox(first.records, second.records),
    voids: perBox(first.voids, second.voids),
    overvoted: perBox(first.overvoted, second.overvoted),
    contestsVoided: perBox(first.contestsVoided, second.contestsVoided),
    twoPosts: perBox(first.twoPosts, second.twoPosts),
    overvotes,
    keys,
    votes,
    rows: first.rows + second.rows,
    encoding: first.encoding ?? second.encoding,
    duplicates: first.duplicates,
    duplicateCount: first.duplicateCount,
  };
}

/** The BallotCount the raw counts stand for: the tally, per-box records, and the findings in file order. */
export function ballotCountOf(
  raw: RawBallotCount,
  election: Election,
  options: { readonly overvote: 'void-ballot' | 'void-contest'; readonly lang: Lang },
): Omit<BallotCount, 'sha256' | 'bytes' | 'parts'> {
  const contests = election.contests.length;
  const tally = emptyTally();
  const boxes = new Map<string, BoxRecords>();
  const findings: Finding[] = [...raw.duplicates];
  if (raw.duplicateCount > raw.duplicates.length)
    findings.push(moreDuplicatesFinding(raw.duplicateCount, raw.duplicates.length, options.lang));
  raw.boxes.forEach((box, boxIndex) => {
    boxes.set(box, {
      records: raw.records[boxIndex]!,
      void: raw.voids[boxIndex]!,
      overvoted: raw.overvoted[boxIndex]!,
      contestsVoided: raw.contestsVoided[boxIndex]!,
      twoPosts: raw.twoPosts[boxIndex]!,
    });
    const counted =
      raw.records[boxIndex]! - raw.voids[boxIndex]! - raw.overvoted[boxIndex]! - raw.twoPosts[boxIndex]!;
    election.contests.forEach((contest, contestIndex) => {
      const slot = boxIndex * contests + contestIndex;
      const overvotes = raw.overvotes[slot]!;
      if (overvotes > 0)
        findings.push(overvoteFinding(box, contest, overvotes, options.overvote, options.lang));
      if (counted === 0) return;
      const votes = raw.votes[slot]!;
      const keys = raw.keys[contestIndex]!;
      addVotes(tally, box, contest.id, BLANK, votes[0] ?? 0);
      for (let key = 1; key < votes.length; key++)
        if (votes[key]! > 0) addVotes(tally, box, contest.id, keys[key]!, votes[key]!);
    });
    if (raw.twoPosts[boxIndex]! > 0)
      findings.push(onePersonTwoPostsFinding(box, raw.twoPosts[boxIndex]!, options.lang));
  });
  return { tally, boxes, findings, rows: raw.rows, encoding: raw.encoding ?? 'utf-8' };
}
