// Public surface of core/audit: the whole audit, composed from the other areas.
export { runAudit, type AuditSources, type AuditOptions, type RecountBasis } from './run-audit.js';
export { readWhole, SMALL_FILE_LIMIT } from './read-whole.js';
export { auditAnnouncementAlone } from './announcement-alone.js';
