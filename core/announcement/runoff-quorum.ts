import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { describeThreshold, meetsThreshold, THRESHOLD_BASE_NAMES, votesNeeded } from '../rules/threshold.js';
import { enCounts } from '../text/english-count.js';
import {
  countStatedOnce,
  statedCount,
  type AnnouncedFigures,
  type CountFigure,
  type CountMeaning,
} from './announced-figures.js';
import { ofAnotherBody, settingOf } from './comparable-mentions.js';
import { whereOf } from './figure-names.js';
import type { JudgedFigure } from './judged-figures.js';
import { ofVoidVote, roundNamed } from './round-words.js';

/** A setting that is the word runoff alone (`runoff`, `the run-off`): said once, not again in brackets. */
const RUNOFF_ALONE = /^[^\S\n]*(?:(?:the|a)[^\S\n]+)?run-?off[^\S\n]*$/i;

/**
 * A runoff reported after the first round with its own turnout (`2026年3月29日，河西村进行另行选举，登记选民2100人，
 * 参加投票的选民1180人`): the quorum holds for the runoff as for the first round (docs/rules.md), so its voters
 * are held to the pack's quorum of the registered voters — the runoff's own where it states them, else the
 * notice's, unless the text reports more than one village or community (placesReported): the notice's
 * register may then be another place's, and the runoff's quorum is listed unread (UNREAD_FIGURE, info). Only counts set in one runoff (one setting naming a runoff, of the notice's own place and body,
 * not of a vote declared void), its voters who cast a ballot stated once (ballots returned say nothing of
 * those short of half). Short of it: TURNOUT_BELOW_QUORUM (warning), the runoff named. Before, a runoff's counts
 * were set apart from the first round's and its turnout judged by nothing. `ownRegisterOnly` (a notice with no
 * voters of its own, every count of a named place: 青松镇两村 … 西湾村另行选举，登记选民1600人，参加投票700人): the
 * runoff is judged only by the register its own counts state, never by another count of the notice.
 */
export function runoffQuorum(
  notice: AnnouncedFigures,
  own: AnnouncedFigures,
  pack: RulePack,
  lang: Lang,
  judged: JudgedFigure[],
  ownRegisterOnly = false,
): Finding[] {
  if (!pack.quorum) return [];
  const inRunoff = (count: CountFigure): boolean =>
    !ofAnotherBody(count) && !ofVoidVote(settingOf(count)) && roundNamed(settingOf(count)) === 'runoff';
  const runoffCounts = notice.figures.filter(
    (figure): figure is CountFigure =>
      figure.kind === 'count' && figure.contest === null && figure.among === undefined && inRunoff(figure),
  );
  // `西湾村另行选举，登记选民1600人，参加投票700人` after 东湾村's counts: a runoff's counts all of one place
  // named, its register among them, are judged by that register alone (placedRunoff).
  const scopes = new Set(runoffCounts.map((count) => count.scope ?? ''));
  const place = scopes.size === 1 ? [...scopes][0]! : '';
  const ofTheRunoff = (count: CountFigure): boolean => (count.scope ?? '') === place && inRunoff(count);
  const counts = runoffCounts.filter(ofTheRunoff);
  if (new Set(counts.map(settingOf)).size !== 1) return [];
  const once = (meaning: CountMeaning) => countStatedOnce(notice, meaning, ofTheRunoff);
  const cast = once('cast');
  const ownRegistered = once('registered');
  if (!cast || ownRegistered === null || ((place !== '' || ownRegisterOnly) && !ownRegistered)) return [];
  const registered = ownRegistered ? Number(ownRegistered.value) : statedCount(own, 'registered');
  if (registered === null) return [];
  const voted = Number(cast.value);
  const round = settingOf(cast);
  // `the runoff (second ballot)`, but `the runoff` once where the notice's own word for it is `runoff`.
  const named = RUNOFF_ALONE.test(round) ? '' : ` (${round})`;
  // Two villages in one text (`Dongwan … 1,630 registered voters. Xiwan needed a second vote. In the runoff,
  // 700 villagers voted`): the register stated is perhaps another place's, so the runoff's is not judged.
  const places = notice.placesReported;
  if (!ownRegistered && places !== undefined)
    return [
      makeFinding(
        {
          code: 'UNREAD_FIGURE',
          severity: 'info',
          found: voted,
          where: whereOf(notice, cast),
          messages: {
            zh: `${round}：参加投票${voted}人，未判断是否达到法定人数：通知报道不止一个村（社区）（“${places}”），另行选举所在地的登记选民未写明，登记选民${registered}人可能是另一地的，不作其基数`,
            en: enCounts`The runoff${named}: ${voted} voted; its quorum is not judged: the text reports more than one village or community (“${places}”) and does not state the runoff's own registered voters, and the ${registered} registered voters stated may be another place's, so they are not its base`,
          },
        },
        lang,
      ),
    ];
  const met = meetsThreshold(voted, registered, pack.quorum);
  const needed = votesNeeded(registered, pack.quorum);
  const rule = describeThreshold(pack.quorum, THRESHOLD_BASE_NAMES.registered);
  judged.push({
    rule: 'quorum',
    right: met,
    text: cast.origin.quote ?? cast.origin.text,
    ...(cast.origin.span ? { span: cast.origin.span } : {}),
    work: {
      zh: `${round}：登记选民${registered}人中${voted}人参加投票，须${rule.zh}参加，即至少${needed}人：${met ? '达到' : '未达到'}`,
      en: enCounts`the runoff${named}: ${voted} voted out of ${registered} registered voters; ${rule.en} (at least ${needed}) must take part: ${met ? 'met' : 'not met'}`,
    },
  });
  if (met) return [];
  return [
    makeFinding(
      {
        code: 'TURNOUT_BELOW_QUORUM',
        severity: 'warning',
        expected: needed,
        found: voted,
        where: whereOf(notice, cast),
        messages: {
          zh: `${round}：登记选民${registered}人中只有${voted}人参加投票，未达到${rule.zh}（至少${needed}人）；另行选举同样须过半数选民投票方为有效`,
          en: enCounts`The runoff${named}: only ${voted} of ${registered} registered voters voted, short of ${rule.en} (at least ${needed}); a runoff needs the same turnout to be valid`,
        },
      },
      lang,
    ),
  ];
}
