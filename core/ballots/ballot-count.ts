import type { Finding } from '../model/finding.js';
import type { ElectionTally } from '../model/tally.js';
import type { UncertainBallots } from '../model/uncertain-ballots.js';
import type { BallotEncoding } from './ballot-encoding.js';

/** What the ballot records of one box show. */
export interface BoxRecords {
  /**
   * Ballots recorded for the box, void ones included: distinct (box, ballot) pairs, a ballot whose
   * records repeat counted once (as its first record gives it).
   */
  readonly records: number;
  /** Records left uncounted because their (box, ballot) came before (DUPLICATE_BALLOT). */
  readonly repeats: number;
  /** Rows the counting staff marked void (`void` = 1). */
  readonly void: number;
  /**
   * Whole ballots voided for an overvote (void-ballot packs such as cn-village). Always 0 where an
   * overvote voids only the contest: those ballots stay valid, see `contestsVoided`. So `void +
   * overvoted` is the box's count of invalid ballots under either policy.
   */
  readonly overvoted: number;
  /** Contest votes voided for an overvote on otherwise valid ballots (void-contest packs); else 0. */
  readonly contestsVoided: number;
  /**
   * Whole ballots void for naming one person in two or more contests (packs with onePersonTwoPosts,
   * Zhejiang art. 27), not counted in `overvoted`; else 0. Invalid ballots: `void + overvoted + twoPosts`.
   */
  readonly twoPosts: number;
}

/** The recount of a ballots.csv. */
export interface BallotCount {
  /**
   * Votes per box, contest and choice from the valid ballots. Every contest of every box with a
   * counted ballot has a `#blank` entry (0 when none abstained): records know abstentions exactly.
   */
  readonly tally: ElectionTally;
  /** Per box, in the order boxes first appear in the file. */
  readonly boxes: Map<string, BoxRecords>;
  /** DUPLICATE_BALLOT and OVERVOTE findings. */
  readonly findings: Finding[];
  /** Ballots whose repeated records differ: what the outcomes that depend on them must allow for. */
  readonly uncertain: UncertainBallots;
  /** Lower-case hex SHA-256 of the file's bytes as read. */
  readonly sha256: string | null;
  readonly bytes: number;
  readonly rows: number;
  /** The encoding the names were read in (`utf-8` also for a file that is all ASCII). */
  readonly encoding: BallotEncoding;
  /** Parts counted at once: 2 where a large file was split between two threads, else 1. */
  readonly parts: number;
}
