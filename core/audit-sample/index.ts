// Public surface of core/audit-sample: which boxes or ballots to check by hand, drawn from a public seed
// with Rivest's consistent sampler, under a signed commitment to the ids made before the seed is known.
export {
  consistentSample,
  repeatedIds,
  DEFAULT_TICKET_DIGITS,
  type SampleOptions,
  type SampledTicket,
} from './consistent-sampler.js';
export { seedProblem, MIN_SEED_DIGITS, MAX_SEED_DIGITS, MAX_TICKET_DIGITS } from './seed.js';
export {
  populationDigest,
  type Population,
  type PopulationDigest,
  type PopulationKind,
} from './population.js';
export { readBoxIds, readBallotIds, readListIds } from './read-sample-ids.js';
export {
  createCommitment,
  createSelection,
  COMMITMENT_FORMAT,
  SELECTION_FORMAT,
  type CommitmentPayload,
  type CommitmentReference,
  type FileDigest,
  type SelectionDraw,
  type SelectionPayload,
  type SignedCommitment,
  type SignedSelection,
} from './sample-files.js';
export {
  verifySampleFile,
  sampleFileKind,
  populationProblems,
  selectionProblems,
  type VerifiedSampleFile,
} from './verify-sample-files.js';
export {
  readPopulationFile,
  commitmentFileProblem,
  namedCommitmentProblems,
  drawMismatches,
} from './check-sample-files.js';
