// Public surface of core/tally-live: the observer's own tally kept as the ballots are read out (唱票).
export {
  judgeBallot,
  choicesOf,
  type LiveBallot,
  type BallotJudgement,
  type BallotRules,
} from './live-ballot.js';
export { countBallot, countLiveBallots, emptyLiveCount, type LiveCount } from './live-count.js';
export {
  EMPTY_DRAFT,
  isEmptyDraft,
  toggleMark,
  dropLastMark,
  toggleVoid,
  draftChoices,
  overvotedContests,
  type BallotDraft,
  type Mark,
} from './ballot-draft.js';
export {
  startTally,
  closeBallot,
  reopenLastBallot,
  nextBallotNumber,
  withDraft,
  type LiveTallyState,
  type CloseOutcome,
} from './live-tally.js';
export { offeredChoices, SHORTCUT_KEYS, type OfferedChoice, type WriteIn } from './choice-keys.js';
export { findChoices } from './find-choice.js';
export { zhengMarks } from './zheng-marks.js';
export { writeInKey } from './write-in-name.js';
export { liveBallotsCsv, liveBoxesBallotsCsv } from './live-ballots-csv.js';
export { compareLiveTallyWithSheet, compareLiveTallyWithBoxRow } from './compare-with-sheet.js';
export { alignSequences, type AlignedStep, type Alignment, type AlignOptions } from './align-sequences.js';
export {
  LIVE_TALLY_FORMAT,
  isLiveTallyText,
  LIVE_TALLY_SNIFF_BYTES,
  readLiveTallyRecord,
  writeLiveTallyRecord,
  type LiveTallyRecord,
} from './live-tally-record.js';
export {
  compareLiveTallies,
  type BallotDifference,
  type BallotDifferenceKind,
  type LiveTallyComparison,
  type LiveTallyTotals,
  type TallySide,
  type TotalRow,
} from './compare-live-tallies.js';
