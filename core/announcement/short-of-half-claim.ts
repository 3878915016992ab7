import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { roundThreshold } from '../recount/round-threshold.js';
import type { Round } from '../model/election.js';
import type { RulePack } from '../rules/rule-pack.js';
import { enCounts } from '../text/english-count.js';
import { countStatedOnce, type AnnouncedFigures, type VotesFigure } from './announced-figures.js';
import { whereOf } from './figure-names.js';
import type { JudgedFigure } from './judged-figures.js';
import { RUNOFF_WORDS } from './round-words.js';

/** A contest of the committee itself (主任, 副主任, 委员), or none named: not another body's post. */
const COMMITTEE_POST = /主任|委员|成员/;
const OTHER_BODY = /监督|监察|代表|小组|组长|理财|调解|治保|妇/;

/**
 * A vote table's row marked short of half (`未过半数`, `得票未过半数，未当选`, or `未当选` beside a remark
 * `得票未过半数`) whose votes are more than half of the vote's voters: the form contradicts itself, and
 * ANNOUNCED_MISMATCH (warning) quotes the mark. Judged only where that is plain: the pack's first-round
 * rule is more than half of the ballots cast (or of the valid ones, fewer still); the notice states its
 * voters who cast a ballot once, in one value, before the row, in no round or time of its own; no count or
 * votes of another round or time stand in it (no runoff, re-vote, 上届); the row's votes are the only votes
 * stated of that name, of the committee's own post, in no place or section of their own. Elsewhere, where
 * the votes are more than half of the first count of voters the notice states, the mark is listed unread
 * (UNREAD_FIGURE, info) with the reason; a row short of half of it states nothing to hold. A runoff's row of a
 * form split by its round headings is held to the runoff's own voters (short-of-half-rounds.ts): whatever a
 * runoff needs to elect, 未过半数 says the votes are not over half of that vote's voters.
 * 未当选 or 否 alone is never such a mark: a row over half may lose on seats (more over half than seats).
 */
export function shortOfHalfClaims(
  notice: AnnouncedFigures,
  pack: RulePack,
  round: Round,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  const rows = notice.shortOfHalfRows;
  if (!rows || rows.length === 0) return [];
  const findings: Finding[] = [];
  const threshold = roundThreshold(pack, 'first');
  const halfOfCast =
    threshold !== null &&
    threshold.strict &&
    threshold.num === 1 &&
    threshold.den === 2 &&
    (threshold.base === 'cast' || threshold.base === 'valid');
  const votesOf = new Map<string, VotesFigure[]>();
  for (const figure of notice.figures)
    if (figure.kind === 'votes')
      votesOf.set(figure.candidate, [...(votesOf.get(figure.candidate) ?? []), figure]);
  const firstCast = notice.figures.find((figure) => figure.kind === 'count' && figure.meaning === 'cast');
  const cast = countStatedOnce(notice, 'cast');
  const otherTime = notice.figures.some(
    (figure) => (figure.kind === 'count' || figure.kind === 'votes') && figure.setting !== undefined,
  );
  const otherRoundBesidesRunoff =
    notice.tieRevote !== undefined ||
    notice.runoffToCome !== undefined ||
    notice.ownRound !== undefined ||
    RUNOFF_WORDS.test(notice.title ?? '') ||
    (notice.villageBlocks?.length ?? 0) > 1 ||
    (notice.placeAccounts?.length ?? 0) > 0;
  const otherRound = otherTime || otherRoundBesidesRunoff;
  for (const row of rows) {
    // 第一次投票 … 另行选举 heading a form: the row's own round's voters (short-of-half-rounds.ts).
    // 另行选举 … its own 参加投票人数 … a row marked 未过半数: the runoff's voters (short-of-half-rounds.ts).
    const runoffVoters = row.runoffVoters;
    const roundVoters = row.firstRoundVoters ?? runoffVoters;
    const all = votesOf.get(row.candidate) ?? [];
    const votes = all.find((figure) => figure.origin.span?.[1] === row.votesAt);
    if (!votes) continue;
    const value = votes.value;
    const why = ((): { zh: string; en: string } | null => {
      if (round !== 'first' || !halfOfCast)
        return {
          zh: '所选规则的当选票数不是参加投票人数的过半数',
          en: 'the rules chosen do not elect by more than half of the voters',
        };
      if (roundVoters === undefined && (!cast || cast.setting !== undefined || cast.scope !== undefined))
        return {
          zh: '这次投票的参加投票人数未见一次、一个数地写明',
          en: 'the vote’s own voters are not stated once, in one value',
        };
      if (roundVoters === undefined ? otherRound : otherRoundBesidesRunoff)
        return {
          zh: '公告还写有另一轮或另一时间的票数，这一行是哪一轮的得票不能确定',
          en: 'the notice states counts of another round or time as well, so which round the row’s votes are of is not certain',
        };
      const post = votes.contest?.text ?? '';
      // In a form split by its round headings, the row's name may stand again in the other round's rows.
      const ofItsRound = roundVoters === undefined ? all : all.filter((one) => one.setting === votes.setting);
      // A runoff's row: its votes in the runoff's own setting; a first round's: in none.
      const ownSetting =
        runoffVoters === undefined
          ? votes.setting === undefined
          : votes.setting !== undefined && RUNOFF_WORDS.test(votes.setting);
      if (
        ofItsRound.length !== 1 ||
        !ownSetting ||
        votes.scope !== undefined ||
        votes.section !== undefined ||
        votes.subject !== undefined ||
        votes.roundUnstated === true ||
        (post !== '' && (!COMMITTEE_POST.test(post) || OTHER_BODY.test(post))) ||
        (roundVoters === undefined && (cast?.origin.span?.[0] ?? Infinity) > row.votesAt)
      )
        return {
          zh: '这一行的得票不能确定是这次投票的',
          en: 'the row’s votes are not plainly of this vote',
        };
      return null;
    })();
    if (why !== null) {
      const base = firstCast?.kind === 'count' ? firstCast.value : null;
      if (base === null || value * 2n <= base) continue;
      findings.push(
        makeFinding(
          {
            code: 'UNREAD_FIGURE',
            severity: 'info',
            candidate: row.candidate,
            found: row.text,
            where: whereOf(notice, votes),
            messages: {
              zh: `表中${row.candidate}的${value}票标为“${row.text}”：${why.zh}，未按参加投票人数核对`,
              en: enCounts`The table marks ${row.candidate}’s ${value} votes “${row.text}”: ${why.en}, so the mark was not checked against the voters`,
            },
          },
          lang,
        ),
      );
      continue;
    }
    const voters = roundVoters?.value ?? cast!.value;
    const over = value * 2n > voters;
    const ofRound =
      roundVoters === undefined
        ? { zh: '', en: '' }
        : runoffVoters === undefined
          ? { zh: '第一次投票', en: ' of the first round' }
          : { zh: '另行选举', en: ' of the runoff' };
    judged.push({
      rule: 'winner-threshold',
      right: !over,
      text: votes.origin.text,
      ...(votes.origin.span ? { span: votes.origin.span } : {}),
      work: {
        zh: `${row.candidate}得票${value}，表中标为“${row.text}”；${ofRound.zh}参加投票${voters}人的半数为${Number(voters) / 2}：${over ? '已超过半数，与标注不符' : '未超过，相符'}`,
        en: enCounts`${row.candidate} has ${value} votes, marked “${row.text}”; half of the ${voters} voters${ofRound.en} is ${Number(voters) / 2}: ${over ? 'the votes are over half, against the mark' : 'not over half, as marked'}`,
      },
    });
    if (!over) continue;
    findings.push(
      makeFinding(
        {
          code: 'ANNOUNCED_MISMATCH',
          severity: 'warning',
          candidate: row.candidate,
          expected: Number(voters / 2n),
          found: Number(value),
          where: whereOf(notice, votes),
          messages: {
            zh: `表中${row.candidate}标为“${row.text}”，但其得票${value}票已超过${ofRound.zh}参加投票${voters}人的半数`,
            en: enCounts`The table marks ${row.candidate} “${row.text}”, but ${row.candidate}’s ${value} votes are more than half of the ${voters} voters${ofRound.en}`,
          },
        },
        lang,
      ),
    );
  }
  return findings;
}
