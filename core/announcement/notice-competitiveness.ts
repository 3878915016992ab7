import type { Round } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { candidatesNeeded } from '../recount/election-validity.js';
import type { RulePack } from '../rules/rule-pack.js';
import { enCounts, englishCount } from '../text/english-count.js';
import type { AnnouncedFigures, GroupFigure } from './announced-figures.js';
import { whereOf } from './figure-names.js';
import type { FigureWhere, JudgedFigure } from './judged-figures.js';
import { normalizeText } from './normalize-text.js';
import { memberSeats } from './member-seats.js';
import { namesAnotherBody } from './other-body.js';
import { RUNOFF_WORDS } from './round-words.js';

/** The seats of the committee's members or of the committee as a whole: 应选村民委员会委员3名, 应选成员5名. */
const SEATS =
  /^(?:本次选举|本次|本届|此次)?应选(?:本届)?(?:村民委员会|居民委员会|村委会|居委会|社区居委会|社区居民委员会)?(?:委员|成员)$/u;
/** The final candidates (正式候选人3名, 候选人3名): not the preliminary ones (初步候选人). */
const CANDIDATES = /^(?:确定)?(?:正式)?候选人$/u;
/** Between the seats and the candidates: nothing but a comma (应选委员3名，正式候选人3名). */
const MAX_GAP = 1;

/**
 * 差额 judged from a notice alone, under a pack that asks for more candidates than seats (`competitive`):
 * NOT_COMPETITIVE (warning) when the notice states, right after the seats of the members or of the
 * whole committee (`应选村民委员会委员3名，正式候选人3名`), no more candidates than the pack allows. Only
 * where that is certain: one statement of such seats and one of the final candidates, the candidates right
 * after the seats with only a comma between, both in no setting (上届, 另行选举), section or other body's
 * words; a notice of a first round, of no other body (村务监督委员会 notices elect their members 等额 in
 * many places), that counts no villages (a township's candidates together do not show which village's
 * election had too few). A pack under which too few candidates void the election is left to the recount:
 * a warning would understate it, and the notice's own verdict rests on more than the count.
 */
export function noticeCompetitiveness(
  notice: AnnouncedFigures,
  pack: RulePack,
  round: Round,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  if (!pack.competitive || pack.voidWhenNotCompetitive || round !== 'first') return [];
  if (notice.ownRound !== undefined || RUNOFF_WORDS.test(notice.title ?? '')) return [];
  if (namesAnotherBody(notice.title ?? '')) return [];
  const seats: GroupFigure[] = [];
  const candidates: GroupFigure[] = [];
  for (const figure of notice.figures) {
    if (figure.kind !== 'group') continue;
    if (figure.places) return [];
    const label = normalizeText(figure.label);
    if (SEATS.test(label)) seats.push(figure);
    else if (CANDIDATES.test(label)) candidates.push(figure);
  }
  if (seats.length !== 1 || candidates.length !== 1) return [];
  const seat = seats[0]!;
  const candidate = candidates[0]!;
  const seatSpan = seat.origin.span;
  const candidateSpan = candidate.origin.span;
  if (!seatSpan || !candidateSpan) return [];
  const gap = candidateSpan[0] - seatSpan[1];
  if (gap < 0 || gap > MAX_GAP || candidate.runsOn) return [];
  // Votes listed for more of the members' candidates than the count stated: the count is not of them all.
  if (new Set(memberSeats(notice)?.votes.map((figure) => figure.candidate)).size > candidate.value) return [];
  for (const figure of [seat, candidate])
    if (
      figure.setting !== undefined ||
      figure.section !== undefined ||
      namesAnotherBody(figure.bodies ?? '') ||
      figure.value <= 0n
    )
      return [];
  const needed = candidatesNeeded(Number(seat.value), pack.minCandidateMargin);
  const found = Number(candidate.value);
  const met = found >= needed;
  judged.push({
    rule: 'competitive',
    right: met,
    text: candidate.origin.text,
    span: candidateSpan,
    work: {
      zh: `应选${seat.value}名，正式候选人${found}名，差额选举须至少${needed}名：${met ? '达到' : '未达到'}`,
      en: enCounts`${englishCount(found, 'candidate')} for ${englishCount(seat.value, 'seat')}; a competitive election (差额) needs at least ${needed}: ${met ? 'met' : 'not met'}`,
    },
  });
  if (met) return [];
  return [
    makeFinding(
      {
        code: 'NOT_COMPETITIVE',
        severity: 'warning',
        expected: needed,
        found,
        where: whereOf(notice, candidate),
        messages: {
          zh: `公告称“${seat.origin.text}”“${candidate.origin.text}”：候选人不多于应选名额，不是差额选举（至少需${needed}名候选人）`,
          en: enCounts`The notice states “${seat.origin.text}” and “${candidate.origin.text}”: ${englishCount(found, 'candidate')} for ${englishCount(seat.value, 'seat')} is not competitive (差额; ${needed} candidates needed)`,
        },
      },
      lang,
    ),
  ];
}

/**
 * The seats a 差额 judgement held its candidates to (the group right before the candidates it names): a
 * term of that judgement, so no figure nothing checked (unchecked-figures.ts).
 */
export function competitivenessTerms(
  notice: AnnouncedFigures,
  judged: readonly JudgedFigure[],
): FigureWhere[] {
  const starts = judged.flatMap((figure) =>
    figure.rule === 'competitive' && figure.span ? [figure.span[0]] : [],
  );
  if (starts.length === 0) return [];
  return notice.figures.flatMap((figure) => {
    const span = figure.origin.span;
    if (figure.kind !== 'group' || !span || !SEATS.test(normalizeText(figure.label))) return [];
    return starts.some((start) => span[1] <= start && start - span[1] <= MAX_GAP)
      ? [{ text: figure.origin.text, span }]
      : [];
  });
}
