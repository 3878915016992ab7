// Public surface of core/ballots: recounting ballot records (contract §3) and checking tally sheets against them.
export { countBallots, type CountBallotsOptions } from './count-ballots.js';
export type { BallotCount, BoxRecords } from './ballot-count.js';
export type { BallotEncoding } from './ballot-encoding.js';
export { compareBallotsWithSheets } from './compare-ballots-with-sheets.js';
export {
  countBallotPart,
  type BallotPartCount,
  type BallotPartTask,
  type PartedBallotFile,
  type PartProgress,
} from './ballot-parts.js';
export { PARTS_FROM_BYTES } from './count-in-parts.js';
