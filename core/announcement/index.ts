// Public surface of core/announcement: read an official results announcement (JSON or prose), check its
// own arithmetic, and compare it with the recount.
export * from './announced-figures.js';
export { readAnnouncementJson, ANNOUNCEMENT_FORMAT } from './read-announcement-json.js';
export { readAnnouncementText } from './read-announcement-text.js';
export { checkAnnouncementArithmetic, workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
export { announcementSection, ANNOUNCEMENT_LIST_LIMIT } from './announcement-section.js';
export type {
  ArithmeticWork,
  CheckRule,
  FigureWhere,
  JudgedFigure,
  UnjudgedFigure,
} from './judged-figures.js';
export { rulePackTerms, uncheckedFigures, withoutCheckedNotCompared } from './unchecked-figures.js';
export { judgeAnnouncement, type AnnouncementJudgement, type QuorumUnjudged } from './judge-announcement.js';
export { compareAnnouncement, type RecountSummary } from './compare-announcement.js';
export {
  judgePercent,
  roundedShare,
  truncatedShare,
  exactShareText,
  type PercentVerdict,
} from './percent-rule.js';
export { parseArabicNumber, parseChineseNumber } from './parse-number.js';
export { normalizeText } from './normalize-text.js';
export { readAnnouncement, announcementText, type AnnouncementText } from './read-announcement.js';
export { reportNothingRead, reportUnreadFigures, UNREAD_LISTED, UNREAD_REASONS } from './report-unread.js';
export { sectionWithUncompared, UNMATCHED_REASONS, type UnmatchedReason } from './unmatched-figure.js';
