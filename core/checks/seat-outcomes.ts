import type { ElectedMember, Round } from '../model/election.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack, Threshold } from '../rules/rule-pack.js';
import { describeThreshold, THRESHOLD_BASE_NAMES, votesNeeded } from '../rules/threshold.js';
import {
  describeRunoffDeadline,
  describeVacancy,
  vacancyStanding,
  type VacancyStanding,
} from '../rules/vacancy.js';
import { committeeOutcome } from '../recount/committee-outcome.js';
import type { ContestDecision } from '../recount/evaluate-contest.js';
import { enCounts, englishCount } from '../text/english-count.js';

/**
 * What a threshold is measured against, as the messages name it, with the unit of its figure: the
 * pack's electorate for `registered` (the Party's 2020 regulations measure a winner against the members
 * due to attend), ballots otherwise.
 */
function baseOf(threshold: Threshold, pack: RulePack): { name: Bilingual; unit: string } {
  return threshold.base === 'registered'
    ? { name: { zh: `${pack.electorate.name.zh}人数`, en: `the ${pack.electorate.name.en}` }, unit: '人' }
    : { name: THRESHOLD_BASE_NAMES[threshold.base], unit: '票' };
}

/**
 * TIE (a tie across the last seats leaves them open), SEAT_UNFILLED (fewer elected than seats, with
 * what the runoff needs) and RUNOFF_THRESHOLD (in a runoff, the highest fell short). Not called for
 * a void election: it elects no one and is held again, no runoff. `alreadyElected` (a runoff's members
 * elected earlier) completes the committee for the pack's vacancy rule.
 */
export function checkSeatOutcomes(
  decisions: readonly ContestDecision[],
  pack: RulePack,
  round: Round,
  cast: number,
  lang: Lang,
  alreadyElected?: readonly ElectedMember[],
): Finding[] {
  const findings: Finding[] = [];
  const vacancy = vacancyClause(decisions, pack, round, alreadyElected);
  for (const decision of decisions) {
    const { contest, result, tie } = decision;
    if (tie) {
      const names = tie.tied.map((standing) => standing.name).join('、');
      findings.push(
        makeFinding(
          {
            code: 'TIE',
            severity: 'warning',
            contest: contest.id,
            expected: tie.seatsOpen,
            found: tie.tied.length,
            messages: {
              zh: `${contest.name}：${names}各得${tie.votes}票，票数相等，争${tie.seatsOpen}个名额；本工具不抽签，该名额空缺，应就票数相等者再次投票`,
              en: `${contest.name}: ${tie.tied.map((s) => s.name).join(', ')} have ${englishCount(tie.votes, 'vote')} each for ${englishCount(tie.seatsOpen, 'seat')}; the tool draws no lots: the seat stays open for a re-vote between them`,
            },
          },
          lang,
        ),
      );
    }
    if (result.unfilledSeats <= 0) continue;
    findings.push(unfilledFinding(decision, pack, round, cast, lang, vacancy));
    if (round === 'runoff' && decision.threshold && decision.thresholdBase !== null) {
      const top = decision.standings.ranked.find((standing) => !result.elected.includes(standing.id));
      if (top && top.votes > 0 && !tie) {
        const needed = votesNeeded(decision.thresholdBase, decision.threshold);
        const base = baseOf(decision.threshold, pack);
        const rule = describeThreshold(decision.threshold, base.name);
        findings.push(
          makeFinding(
            {
              code: 'RUNOFF_THRESHOLD',
              severity: 'warning',
              contest: contest.id,
              candidate: top.id,
              expected: needed,
              found: top.votes,
              messages: {
                zh: `另行选举中${top.name}得票${top.votes}票最多，但未达到${rule.zh}${decision.thresholdBase}${base.unit}（需${needed}票），不能当选`,
                en: enCounts`in the runoff ${top.name} leads with ${top.votes} votes but has not ${rule.en} ${decision.thresholdBase} (${needed} needed): not elected`,
              },
            },
            lang,
          ),
        );
      }
    }
  }
  return findings;
}

/** Why the best of the unelected did not win: "邱文红得票846票，未超过投票总数1322票的半数". */
function shortfall(decision: ContestDecision, pack: RulePack): { zh: string; en: string } | null {
  const { threshold, thresholdBase, result, tie } = decision;
  if (!threshold || thresholdBase === null || tie) return null;
  const unelected = decision.standings.ranked.filter((standing) => !result.elected.includes(standing.id));
  const top = unelected[0];
  if (!top) return null;
  // Level at the top of the rest: named together, none said to lead the others.
  const level = unelected.filter((standing) => standing.votes === top.votes).map((standing) => standing.name);
  const base = baseOf(threshold, pack);
  const rule = describeThreshold(threshold, base.name);
  const zhRule = rule.zh.startsWith('超过') ? '未' + rule.zh : '少于' + rule.zh.slice('不少于'.length);
  const zhShort = zhRule.replace(base.name.zh, `${base.name.zh}${thresholdBase}${base.unit}`);
  return level.length === 1
    ? {
        zh: `${top.name}得票${top.votes}票最多，${zhShort}`,
        en: enCounts`${top.name} leads the rest with ${englishCount(top.votes, 'vote')}, not ${rule.en} ${thresholdBase}`,
      }
    : {
        zh: `${level.join('、')}各得${top.votes}票，并列最多，${zhShort}`,
        en: enCounts`${level.join(', ')} lead the rest with ${englishCount(top.votes, 'vote')} each, not ${rule.en} ${thresholdBase}`,
      };
}

/** What the pack's vacancy rule (if any, for this round) says of the committee as elected. */
function vacancyClause(
  decisions: readonly ContestDecision[],
  pack: RulePack,
  round: Round,
  alreadyElected: readonly ElectedMember[] | undefined,
): VacancyClause | null {
  const outcome = committeeOutcome(
    decisions.map((decision) => decision.result),
    round,
    alreadyElected,
  );
  const standing = vacancyStanding(pack.vacancy, round, outcome);
  if (!pack.vacancy || !standing) return null;
  return { standing, text: describeVacancy(pack.vacancy, standing, outcome, pack.name) };
}

interface VacancyClause {
  readonly standing: VacancyStanding;
  readonly text: { zh: string; en: string };
}

function unfilledFinding(
  decision: ContestDecision,
  pack: RulePack,
  round: Round,
  cast: number,
  lang: Lang,
  vacancy: VacancyClause | null,
): Finding {
  const { contest, result } = decision;
  const open = result.unfilledSeats;
  const head = {
    zh: `${contest.name}应选${contest.seats}名，当选${result.elected.length}名，缺${open}名`,
    en: enCounts`${contest.name}: ${result.elected.length} of ${englishCount(contest.seats, 'seat')} filled, ${open} open`,
  };
  const short = shortfall(decision, pack);
  if (short) {
    head.zh += `（${short.zh}）`;
    head.en += ` (${short.en})`;
  }
  let tail: { zh: string; en: string };
  if (round === 'first' && pack.unfilledSeats === 'runoff') {
    const candidates = decision.standings.ranked
      .filter((standing) => !result.elected.includes(standing.id) && standing.votes > 0)
      .slice(0, open + 1)
      .map((standing) => standing.name);
    const rule = pack.runoff ? describeThreshold(pack.runoff, baseOf(pack.runoff, pack).name) : null;
    // The figure a runoff needs is foreseen only over the ballots cast, if as many vote again.
    const needed = pack.runoff?.base === 'cast' ? votesNeeded(cast, pack.runoff) : null;
    const list = candidates.length > 0 ? candidates : null;
    const within = describeRunoffDeadline(pack.runoffWithinDays);
    const runoff = {
      zh:
        `需${within.zh}另行选举` +
        (list ? `，按第一次投票得票多少，候选人为${list.join('、')}` : '') +
        (rule
          ? `；得票最多者须${rule.zh}方可当选` +
            (needed !== null ? `（如仍为${cast}人投票，需${needed}票）` : '')
          : '；得票最多者当选'),
      en:
        `a runoff is needed${within.en}` +
        (list ? `, by first-round votes between ${list.join(', ')}` : '') +
        (rule
          ? `; the highest wins with ${rule.en}` +
            (needed !== null ? enCounts` (with ${cast} voting again: ${needed} votes)` : '')
          : '; the highest wins'),
    };
    if (!vacancy) tail = { zh: '，' + runoff.zh, en: '; ' + runoff.en };
    else if (vacancy.standing === 'not-allowed')
      tail = { zh: `；${vacancy.text.zh}，${runoff.zh}`, en: `; ${vacancy.text.en}; ${runoff.en}` };
    else
      tail = {
        zh: `；${vacancy.text.zh}；否则${runoff.zh}`,
        en: `; ${vacancy.text.en}; otherwise ${runoff.en}`,
      };
  } else if (round === 'runoff' && vacancy) {
    tail = {
      zh: `，经另行选举仍未选足；${vacancy.text.zh}`,
      en: `; still open after the runoff; ${vacancy.text.en}`,
    };
  } else {
    tail = {
      zh: round === 'runoff' ? '，经另行选举仍未选足，按规定暂缺或再行选举' : '，名额空缺',
      en:
        round === 'runoff'
          ? '; still open after the runoff: left vacant or elected again as the rules provide'
          : '; the seats stay vacant',
    };
  }
  return makeFinding(
    {
      code: 'SEAT_UNFILLED',
      severity: 'warning',
      contest: contest.id,
      expected: contest.seats,
      found: result.elected.length,
      messages: { zh: head.zh + tail.zh, en: head.en + tail.en },
    },
    lang,
  );
}
