// Public surface of core/report.
export { buildReport, type ReportInput } from './build-report.js';
export { announcementVerdict, renderReportText } from './render-report-text.js';
export { sortFindings } from './sort-findings.js';
export { displayPercent } from './display-percent.js';
export { displayWidth, textTable } from './text-table.js';
export { quorumStatus, type QuorumStatus } from './quorum-status.js';
export { lawWords } from './law-words.js';
export { versionLine } from './version-line.js';
export { undecidedOutcome, undecidedWords, type UndecidedOutcome } from './outcome-undecided.js';
export {
  reportFromAnnouncement,
  ANNOUNCEMENT_ONLY,
  announcementRulesOf,
  isAnnouncementAlone,
  type AnnouncementReportInput,
  type AnnouncementRules,
} from './report-from-announcement.js';
export { quotedOnOneLine } from './one-line.js';
