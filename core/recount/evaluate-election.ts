import { checkBoxAccounting } from '../checks/box-accounting.js';
import { checkCompetitiveness } from '../checks/competitiveness.js';
import { checkContestAccounting } from '../checks/contest-accounting.js';
import { withVoidBeyondReturnedUnknown } from '../checks/box-scope.js';
import { contestScopes } from '../checks/contest-scopes.js';
import { checkElectionVoid } from '../checks/election-void.js';
import { checkElectorateFigures } from '../checks/electorate-figures.js';
import { checkRunoffCandidates } from '../checks/runoff-candidates.js';
import { checkReturnedExceedsIssued } from '../checks/returned-exceeds-issued.js';
import { checkReturnedExceedsVoters } from '../checks/returned-exceeds-voters.js';
import { checkSeatOutcomes } from '../checks/seat-outcomes.js';
import { checkVotesExceedBallots } from '../checks/votes-exceed-ballots.js';
import { checkWomenMemberPost } from '../checks/women-member-post.js';
import { checkWomenQuota } from '../checks/women-quota.js';
import { checkWriteIns } from '../checks/write-ins.js';
import type { Election } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import type { BoxResult, ContestResult, Turnout } from '../model/report.js';
import { contestTotals, voidBeyondReturned, type BoxSheet, type ElectionTally } from '../model/tally.js';
import type { RulePack } from '../rules/rule-pack.js';
import { ballotTotals } from './ballot-totals.js';
import { electionValidity } from './election-validity.js';
import { evaluateContest } from './evaluate-contest.js';
import { registeredElectorate } from './registered-electorate.js';
import { roundThreshold } from './round-threshold.js';
import { countSlack, winnersCouldChange, withheldResult, type CountSlack } from './uncertain-outcomes.js';
import { undecidedContestFinding, undecidedValidityFindings } from '../checks/outcome-undecided.js';
import type { UncertainBallots } from '../model/uncertain-ballots.js';

export interface ElectionEvaluation {
  turnout: Turnout;
  contests: ContestResult[];
  boxes: BoxResult[];
  findings: Finding[];
  /** How far the counts may be off, where ballots' repeated records differ (not part of the report). */
  slack?: CountSlack;
}

export interface EvaluationInput {
  election: Election;
  pack: RulePack;
  sheets: readonly BoxSheet[];
  tally: ElectionTally;
  lang: Lang;
  /** Ballots whose repeated records differ (a recount from ballot records): outcomes they could change are withheld. */
  uncertain?: UncertainBallots;
}

/**
 * The recount: turnout and validity from the box sheets, winners of every contest under the rule
 * pack, and every check. Pure: the same input gives the same evaluation, whatever the order of boxes.
 */
export function evaluateElection(input: EvaluationInput): ElectionEvaluation {
  const { election, pack, sheets, tally, lang } = input;
  const totals = ballotTotals(sheets);
  const electorate = registeredElectorate(election, sheets);
  const uncertain = input.uncertain && input.uncertain.ballots > 0 ? input.uncertain : null;
  const validity = electionValidity(
    pack,
    electorate.registered,
    totals,
    sheets,
    election.contests,
    uncertain ?? undefined,
  );
  // Whether the election is void could go either way: no winner is declared.
  const validityUndecided = validity.electionValid && validity.undecided.length > 0;
  // A void count above its box's returned ballots leaves the valid ballots unknown; under a pack whose
  // threshold is of the valid ballots, who is elected is then not judged (the finding at the void count
  // says why), never judged on the sums as stated.
  const validUnknown = sheets.some(voidBeyondReturned);
  const threshold = roundThreshold(pack, election.round);
  const thresholdUnknown = validUnknown && threshold?.base === 'valid' ? threshold : null;
  // So too where the threshold is of an electorate nobody states (the members due to attend, under the
  // Party's 2020 regulations): UNREAD_FIGURE, which says the number is missing, says who is elected is not judged.
  const electorateUnknown =
    electorate.registered === null && threshold?.base === 'registered' ? threshold : null;
  const turnout: Turnout = {
    registered: electorate.registered,
    cast: totals.cast,
    issued: totals.issued,
    invalid: totals.invalid,
    valid: totals.valid,
    quorumMet: validity.quorumMet,
    electionValid: validity.electionValid,
    ...(validUnknown ? { validUnknown: true as const } : {}),
    ...(validity.undecided.some((item) => item.kind === 'quorum') ? { quorumUndecided: true as const } : {}),
  };
  const context = {
    pack,
    round: election.round,
    bases: {
      registered: electorate.registered,
      cast: totals.cast,
      valid: validUnknown ? null : totals.valid,
    },
    validBallots: totals.valid,
    electionValid: validity.electionValid,
  };
  const counted = election.contests.map((contest) =>
    evaluateContest(contest, contestTotals(tally, contest.id), context),
  );
  const slack = uncertain ? countSlack(uncertain) : null;
  const undecidedContests = counted.filter(
    (decision) =>
      validity.electionValid &&
      (validityUndecided || (slack !== null && winnersCouldChange(decision, slack, context.bases))),
  );
  const withheld = counted.filter(
    (decision) =>
      undecidedContests.includes(decision) ||
      (validity.electionValid &&
        decision.threshold !== null &&
        (decision.threshold === thresholdUnknown || decision.threshold === electorateUnknown)),
  );
  const decisions = counted.filter((decision) => !withheld.includes(decision));
  const contests = counted.map((decision) =>
    withheld.includes(decision) ? withheldResult(decision.result) : decision.result,
  );
  // A void count beyond the box's returned ballots is one finding (checkBoxAccounting), not the root of
  // a finding per contest and name: the votes are held to the ballots returned instead.
  const scopeSheets = withVoidBeyondReturnedUnknown(sheets);
  const scopes = contestScopes(
    election,
    scopeSheets,
    tally,
    scopeSheets === sheets ? totals : ballotTotals(scopeSheets),
  );

  const findings: Finding[] = [
    ...checkElectorateFigures(
      electorate,
      totals,
      pack,
      lang,
      validity.electionValid ? electorateUnknown : null,
    ),
    ...checkReturnedExceedsIssued(sheets, totals, lang),
    ...checkReturnedExceedsVoters(sheets, totals, pack, lang),
    ...checkBoxAccounting(sheets, tally, lang, validity.electionValid ? thresholdUnknown : null),
    ...checkVotesExceedBallots(scopes, lang),
    ...checkContestAccounting(scopes, pack, lang),
    ...checkElectionVoid(validity, pack, lang),
    ...(uncertain ? undecidedValidityFindings(validity.undecided, uncertain, pack, lang) : []),
    ...(uncertain && slack && !validityUndecided
      ? undecidedContests.map((decision) => undecidedContestFinding(decision.contest, slack, uncertain, lang))
      : []),
    ...(validity.electionValid
      ? [
          ...checkSeatOutcomes(decisions, pack, election.round, totals.cast, lang, election.alreadyElected),
          // Who is elected is not known in full: neither is whether enough women are.
          ...(withheld.length > 0
            ? []
            : checkWomenQuota(
                contests,
                election.minWomen ?? pack.defaultMinWomen,
                lang,
                election.round === 'runoff' ? (election.alreadyElected ?? 'unknown') : [],
              )),
        ]
      : []),
    ...(pack.competitive ? checkCompetitiveness(election.contests, pack, lang) : []),
    ...checkWomenMemberPost(election, contests, pack, validity.electionValid, lang),
    ...checkRunoffCandidates(election, pack, lang),
    ...checkWriteIns(contests, lang),
  ];
  return { turnout, contests, boxes: boxResults(sheets, tally), findings, ...(slack ? { slack } : {}) };
}

/** Every box with a sheet, in the sheets' order, then boxes that only have votes, by id. */
function boxResults(sheets: readonly BoxSheet[], tally: ElectionTally): BoxResult[] {
  const fromSheets = sheets.map((sheet) => ({
    box: sheet.box,
    registered: sheet.registered ?? null,
    issued: sheet.issued ?? null,
    returned: sheet.returned ?? null,
    invalid: sheet.invalid ?? null,
  }));
  const named = new Set(sheets.map((sheet) => sheet.box));
  const votesOnly = [...tally.boxes.keys()]
    .filter((box) => !named.has(box))
    .sort()
    .map((box) => ({ box, registered: null, issued: null, returned: null, invalid: null }));
  return [...fromSheets, ...votesOnly];
}
