// Public surface of core/interop: the NIST common data formats in and out (docs/interop.md).
export {
  nistFormatOf,
  nistFormatOfBytes,
  NIST_FORMAT_NAMES,
  NIST_SNIFF_BYTES,
  type NistFormat,
} from './nist-format.js';
export { sourceFormat } from './source-format.js';
export { cvrBallots, type CvrBallots } from './cvr-ballot-source.js';
export { readCvrElection } from './read-cvr-election.js';
export {
  readElectionReportFile,
  electionFromReport,
  sheetsFromReport,
  announcementFromReport,
} from './import-election-report.js';
export type { ReportReading } from './read-election-report.js';
export { writeElectionReport, type ElectionReportInput } from './write-election-report.js';
export { writeCastVoteRecords, type CastVoteRecordsInput } from './write-cast-vote-records.js';
