import { BLANK, type Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { addVotes, emptyTally } from '../model/tally.js';
import type { UncertainBallot } from '../model/uncertain-ballots.js';
import type { BallotCount, BoxRecords } from './ballot-count.js';
import type { BallotEncoding } from './ballot-encoding.js';
import {
  duplicateBallotFinding,
  moreDuplicatesFinding,
  onePersonTwoPostsFinding,
  overvoteFinding,
} from './ballot-findings.js';

/** Repeated ballots named one by one in DUPLICATE_BALLOT findings; the rest in one finding. */
const MAX_LISTED_REPEATS = 1000;
/** Uncertain ballots named in the findings that depend on them. */
const MAX_LISTED_UNCERTAIN = 20;

/** A (box, ballot) whose records repeat, where its first repeat is; its box in the reader's numbering. */
export interface RepeatedBallot {
  readonly box: number;
  readonly ballot: string;
  /** The ballot cell's bytes, to catch its records on a second reading. */
  readonly id: Uint8Array;
  readonly line: number;
  readonly column: number;
}

/** What a second reading found of a repeated ballot: the lines of its records, and whether they agree. */
export interface RepeatRecords {
  /** Lines of the first records (at most MAX_LISTED_LINES), in file order. */
  readonly lines: readonly number[];
  readonly records: number;
  readonly differ: boolean;
}

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
  /** Per box: records left uncounted because their (box, ballot) came before. */
  readonly repeats: readonly number[];
  /** All such records. */
  readonly repeatRows: number;
  /** The repeated ballots, each once, in the order their first repeat comes (lines of the whole file). */
  readonly repeated: readonly RepeatedBallot[];
  /** Per box: repeat records of ballots past those `repeated` can hold, taken as differing. */
  readonly untrackedRepeats: readonly number[];
}

/**
 * The counts of a file read as two parts, `first` ending where `second` begins. Boxes and choice keys
 * keep the order of first appearance in the whole file (the first part's, then the second's new
 * ones). The second part's repeats would carry lines counted from its own start, so it must have none.
 */
export function mergeRawCounts(first: RawBallotCount, second: RawBallotCount): RawBallotCount {
  if (second.repeatRows > 0) throw new Error('mergeRawCounts: the second part has repeats');
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
    repeats: perBox(first.repeats, second.repeats),
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
    repeatRows: first.repeatRows,
    repeated: first.repeated,
    untrackedRepeats: perBox(first.untrackedRepeats, second.untrackedRepeats),
  };
}

/**
 * The BallotCount the raw counts stand for: the tally, per-box records, the findings in file order, and
 * the ballots whose records differ. `resolved` is what a second reading found of each of `raw.repeated`.
 */
export function ballotCountOf(
  raw: RawBallotCount,
  election: Election,
  options: { readonly overvote: 'void-ballot' | 'void-contest'; readonly lang: Lang; readonly file: string },
  resolved: readonly RepeatRecords[],
): Omit<BallotCount, 'sha256' | 'bytes' | 'parts'> {
  const contests = election.contests.length;
  const tally = emptyTally();
  const boxes = new Map<string, BoxRecords>();
  const findings: Finding[] = [];
  const uncertainBoxes = new Map<string, { ballots: number; records: number }>();
  const listed: UncertainBallot[] = [];
  let uncertainBallots = 0;
  let uncertainRecords = 0;
  const addUncertain = (box: string, ballots: number, records: number): void => {
    const counts = uncertainBoxes.get(box) ?? { ballots: 0, records: 0 };
    uncertainBoxes.set(box, { ballots: counts.ballots + ballots, records: counts.records + records });
    uncertainBallots += ballots;
    uncertainRecords += records;
  };
  raw.repeated.forEach((repeat, index) => {
    const box = raw.boxes[repeat.box]!;
    // Not read again (cannot happen once resolved): its records are taken as differing, two of them.
    const records = resolved[index] ?? { lines: [repeat.line], records: 2, differ: true };
    if (index < MAX_LISTED_REPEATS) {
      const where = { file: options.file, line: repeat.line, column: repeat.column };
      findings.push(duplicateBallotFinding(box, repeat.ballot, where, records, options.lang));
    }
    if (!records.differ) return;
    addUncertain(box, 1, records.records);
    if (listed.length < MAX_LISTED_UNCERTAIN)
      listed.push({ box, ballot: repeat.ballot, lines: records.lines, records: records.records });
  });
  const untracked = raw.untrackedRepeats.reduce((sum, rows) => sum + rows, 0);
  if (raw.repeated.length > MAX_LISTED_REPEATS || untracked > 0)
    findings.push(
      moreDuplicatesFinding(
        raw.repeatRows,
        Math.min(raw.repeated.length, MAX_LISTED_REPEATS),
        untracked,
        options.lang,
      ),
    );
  // Past those tracked, each repeat record is taken as its own ballot of two differing records: it can
  // only widen what the counts may be, never narrow it.
  raw.boxes.forEach((box, index) => {
    const rows = raw.untrackedRepeats[index]!;
    if (rows > 0) addUncertain(box, rows, 2 * rows);
  });
  raw.boxes.forEach((box, boxIndex) => {
    boxes.set(box, {
      records: raw.records[boxIndex]!,
      repeats: raw.repeats[boxIndex]!,
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
  const uncertain = {
    ballots: uncertainBallots,
    records: uncertainRecords,
    boxes: uncertainBoxes,
    listed,
    file: options.file,
  };
  return { tally, boxes, findings, uncertain, rows: raw.rows, encoding: raw.encoding ?? 'utf-8' };
}
