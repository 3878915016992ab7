import { checkBoxAccounting } from '../checks/box-accounting.js';
import { withVoidBeyondReturnedUnknown } from '../checks/box-scope.js';
import { checkContestAccounting } from '../checks/contest-accounting.js';
import { contestScopes } from '../checks/contest-scopes.js';
import { checkReturnedExceedsIssued } from '../checks/returned-exceeds-issued.js';
import { checkReturnedExceedsVoters } from '../checks/returned-exceeds-voters.js';
import { checkVotesExceedBallots } from '../checks/votes-exceed-ballots.js';
import type { Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import type { ElectionTally } from '../model/tally.js';
import { ballotTotals } from '../recount/ballot-totals.js';
import { roundThreshold } from '../recount/round-threshold.js';
import type { RulePack, Threshold } from '../rules/rule-pack.js';
import type { TypedBoxReading } from './read-typed-box.js';

/**
 * The recount's own checks of one box's sheet, run on what is typed so far: ballots returned against
 * issued (and against the voters who signed in, where the pack compares them), void against returned,
 * each contest's votes against its valid ballots and seats. The same functions and words as the
 * report, so the page and the recount never disagree; only the box's own findings (not the total's).
 */
export function checkTypedBox(
  election: Election,
  pack: RulePack,
  reading: TypedBoxReading,
  lang: Lang,
): Finding[] {
  const sheets = [reading.sheet];
  const totals = ballotTotals(sheets);
  const tally: ElectionTally = { boxes: new Map([[reading.votes.box, reading.votes]]) };
  // As in the recount: a void count above the ballots returned is one finding, not one per contest and name.
  const scopeSheets = withVoidBeyondReturnedUnknown(sheets);
  const scopes = contestScopes(election, scopeSheets, tally, ballotTotals(scopeSheets)).filter(
    (scope) => scope.scope.box !== null,
  );
  return [
    ...checkReturnedExceedsIssued(sheets, totals, lang),
    ...checkReturnedExceedsVoters(sheets, totals, pack, lang),
    // Under a pack whose threshold is of the valid ballots, the recount's finding adds who is elected.
    ...checkBoxAccounting(sheets, tally, lang, thresholdOfValid(pack, election)),
    ...checkVotesExceedBallots(scopes, lang),
    ...checkContestAccounting(scopes, pack, lang),
  ].filter((finding) => finding.box !== null);
}

function thresholdOfValid(pack: RulePack, election: Election): Threshold | null {
  const threshold = roundThreshold(pack, election.round);
  return threshold?.base === 'valid' ? threshold : null;
}
