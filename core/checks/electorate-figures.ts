import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import type { BallotTotals } from '../recount/ballot-totals.js';
import type { RegisteredElectorate } from '../recount/registered-electorate.js';
import { enCounts } from '../text/english-count.js';

/**
 * BALLOT_ACCOUNTING_MISMATCH (error) when more ballots are returned in all than the electorate counts:
 * each voter casts one ballot at most, so the electorate or the ballots returned are wrong. Skipped when
 * the only figure is the boxes' sum and it is 0 (mobile boxes alone: the electorate is not stated).
 * REGISTERED_MISMATCH (warning) when election.json's electorate differs from the boxes' sum; the
 * published voter list in election.json is used. A warning, not an error: mobile boxes serve voters
 * registered elsewhere and sheets often leave them at 0, so a difference is a question to ask, not
 * proof of a wrong count. UNREAD_FIGURE (warning) when the electorate or a box's returned ballots are
 * not stated, so that the quorum or the turnout cannot be checked in full.
 */
export function checkElectorateFigures(
  electorate: RegisteredElectorate,
  totals: BallotTotals,
  pack: RulePack,
  lang: Lang,
): Finding[] {
  const findings: Finding[] = [];
  const who = pack.electorate.name;
  if (
    electorate.stated !== null &&
    electorate.boxesSum !== null &&
    electorate.stated !== electorate.boxesSum
  ) {
    findings.push(
      makeFinding(
        {
          code: 'REGISTERED_MISMATCH',
          severity: 'warning',
          expected: electorate.stated,
          found: electorate.boxesSum,
          messages: {
            zh: `选举定义载明${who.zh}${electorate.stated}人，各票箱合计${electorate.boxesSum}人；按${electorate.stated}人计算`,
            en: enCounts`the election states ${electorate.stated} ${who.en}, the boxes add up to ${electorate.boxesSum}; ${electorate.stated} is used`,
          },
        },
        lang,
      ),
    );
  }
  const registered = electorate.registered;
  if (registered !== null && totals.cast > registered && (electorate.stated !== null || registered > 0)) {
    findings.push(
      makeFinding(
        {
          code: 'BALLOT_ACCOUNTING_MISMATCH',
          severity: 'error',
          expected: registered,
          found: totals.cast,
          messages: {
            zh: `共收回选票${totals.cast}张，多于${who.zh}${registered}人：每人至多投一张选票`,
            en: enCounts`${totals.cast} ballots were returned in all, more than the ${registered} ${who.en}: no one casts more than one ballot`,
          },
        },
        lang,
      ),
    );
  }
  if (electorate.registered === null && pack.quorum) {
    findings.push(
      makeFinding(
        {
          code: 'UNREAD_FIGURE',
          severity: 'warning',
          messages: {
            zh: `未载明${who.zh}人数（选举定义和各票箱均未全部给出），无法检查投票人数是否达到法定要求`,
            en: `the number of ${who.en} is not stated (neither by the election nor by every box): the quorum cannot be checked`,
          },
        },
        lang,
      ),
    );
  }
  for (const box of totals.boxesWithoutReturned) {
    findings.push(
      makeFinding(
        {
          code: 'UNREAD_FIGURE',
          severity: 'warning',
          box,
          messages: {
            zh: `票箱“${box}”未载明收回选票数，投票人数未计入该票箱`,
            en: `box “${box}” does not state its returned ballots: they are left out of the ballots cast`,
          },
        },
        lang,
      ),
    );
  }
  return findings;
}
