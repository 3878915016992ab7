import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { describeThreshold, votesNeeded } from '../rules/threshold.js';
import type { ElectionValidity } from '../recount/election-validity.js';
import { surplusWords } from '../recount/returned-surplus.js';
import { enCounts } from '../text/english-count.js';

/**
 * TURNOUT_BELOW_QUORUM when the pack's quorum is not met, and ELECTION_VOID (error) saying why the
 * whole election is void: it elects no one and no runoff is called; the election is held again.
 */
export function checkElectionVoid(validity: ElectionValidity, pack: RulePack, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const reasons: { zh: string; en: string }[] = [];
  for (const reason of validity.voidReasons) {
    if (reason.kind === 'quorum' && pack.quorum) {
      const rule = describeThreshold(pack.quorum, pack.electorate.name);
      const needed = votesNeeded(reason.registered, pack.quorum);
      findings.push(
        makeFinding(
          {
            code: 'TURNOUT_BELOW_QUORUM',
            severity: 'error',
            expected: needed,
            found: reason.cast,
            messages: {
              zh: `参加投票${reason.cast}人，未${rule.zh}（${reason.registered}人），至少需要${needed}人`,
              en: enCounts`${reason.cast} voted, not ${rule.en} (${reason.registered}); at least ${needed} were needed`,
            },
          },
          lang,
        ),
      );
      reasons.push({ zh: '投票人数未达法定要求', en: 'the quorum was not met' });
    } else if (reason.kind === 'returned-exceeds') {
      reasons.push(surplusWords(reason.limit, reason));
    } else if (reason.kind === 'not-competitive') {
      reasons.push({
        zh: `${reason.contests.map((contest) => contest.name).join('、')}候选人不多于应选名额，违反差额选举原则`,
        en: `${reason.contests.map((contest) => contest.name).join(', ')}: no more candidates than seats, against the rule of 差额`,
      });
    }
  }
  if (reasons.length > 0) {
    findings.push(
      makeFinding(
        {
          code: 'ELECTION_VOID',
          severity: 'error',
          messages: {
            zh: `选举无效：${reasons.map((reason) => reason.zh).join('；')}。无人当选，不进行另行选举，应重新选举`,
            en: `the election is void: ${reasons.map((reason) => reason.en).join('; ')}. No one is elected and no runoff is called; the election must be held again`,
          },
        },
        lang,
      ),
    );
  }
  return findings;
}
