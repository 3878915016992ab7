// Public surface of core/announcement: read an official results announcement (JSON or prose), check its
// own arithmetic, and compare it with the recount.
export * from './announced-figures.js';
export { readAnnouncementJson, ANNOUNCEMENT_FORMAT } from './read-announcement-json.js';
export { readAnnouncementText } from './read-announcement-text.js';
export { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
export { judgeAnnouncement, type AnnouncementJudgement } from './judge-announcement.js';
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
export { readAnnouncement } from './read-announcement.js';
export { reportUnreadFigures } from './report-unread.js';
