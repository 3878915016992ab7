// Risk-limiting audits, the quick count and the screens (docs/audit-math.md).
export * from './audit-record.js';
export * from './batch-comparison.js';
export * from './bravo.js';
export * from './plurality-contest.js';
export * from './quick-count.js';
export { ratio, toNumber, parseDecimal, type Ratio } from './ratio.js';
export * from './read-hand-counts.js';
export * from './run-risk-audit.js';
export * from './screens.js';
export * from './supermajority.js';
export * from './recount-views.js';
export * from './threshold-rule.js';
export { readAuditRecord } from './check-audit-record.js';
