// Public surface of core/checks: one concern per module, each returning findings.
export { checkReturnedExceedsIssued } from './returned-exceeds-issued.js';
export { checkReturnedExceedsVoters } from './returned-exceeds-voters.js';
export { checkBoxAccounting } from './box-accounting.js';
export { checkSheetsCoverBoxes } from './sheets-cover-boxes.js';
export { checkContestAccounting } from './contest-accounting.js';
export { checkVotesExceedBallots } from './votes-exceed-ballots.js';
export { contestScopes, type ContestScope } from './contest-scopes.js';
export { checkElectorateFigures } from './electorate-figures.js';
export { checkElectionVoid } from './election-void.js';
export { checkSeatOutcomes } from './seat-outcomes.js';
export { checkWomenQuota } from './women-quota.js';
export { checkWomenMemberPost, isWomenMemberPost } from './women-member-post.js';
export { checkCompetitiveness } from './competitiveness.js';
export { checkWriteIns } from './write-ins.js';
