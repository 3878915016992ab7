import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { describeThreshold, meetsThreshold, THRESHOLD_BASE_NAMES, votesNeeded } from '../rules/threshold.js';
import { enCounts } from '../text/english-count.js';
import {
  countStatedOnce,
  type AnnouncedFigures,
  type CountFigure,
  type CountMeaning,
} from './announced-figures.js';
import { settingOf } from './comparable-mentions.js';
import { whereOf } from './figure-names.js';
import type { JudgedFigure } from './judged-figures.js';
import { ofVoidVote } from './round-words.js';

/**
 * A vote the notice declares void for its turnout before reporting its repeat (`全村登记选民1760人，参加投票的选民
 * 960人，因参加投票的选民未过半，本次选举无效，定于12月6日重新选举`): the reason is held to that vote's own counts,
 * its registered voters and its voters who cast a ballot (else its ballots returned, which are no more than
 * them), each stated once in it. Where they meet the pack's quorum the notice's reason contradicts its own
 * figures: ANNOUNCED_MISMATCH (warning), the reason quoted. Where they do not, the work says the reason holds.
 * Nothing is judged where either count is missing or stated twice with different values, or the pack asks
 * no quorum.
 */
export function voidTurnoutClaim(
  notice: AnnouncedFigures,
  pack: RulePack,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  const reason = notice.voidForTurnout;
  if (reason === undefined || !pack.quorum) return [];
  const of = (meaning: CountMeaning): CountFigure | null =>
    countStatedOnce(notice, meaning, (count) => ofVoidVote(settingOf(count))) ?? null;
  const registered = of('registered');
  const cast = of('cast') ?? of('returned');
  if (registered === null || cast === null) return [];
  const [voted, of_] = [Number(cast.value), Number(registered.value)];
  const met = meetsThreshold(voted, of_, pack.quorum);
  const needed = votesNeeded(of_, pack.quorum);
  const rule = describeThreshold(pack.quorum, THRESHOLD_BASE_NAMES.registered);
  const castWords =
    cast.meaning === 'cast'
      ? { zh: '人参加投票', en: 'voted' }
      : { zh: '张选票收回', en: 'ballots returned' };
  judged.push({
    rule: 'quorum',
    right: !met,
    text: cast.origin.text,
    ...(cast.origin.span ? { span: cast.origin.span } : {}),
    work: {
      zh: `宣告无效的投票：登记选民${of_}人中${voted}${castWords.zh}，有效须${rule.zh}参加，即至少${needed}；公告称“${reason}”：${met ? '与其数字不符' : '相符'}`,
      en: enCounts`the vote declared void: ${voted} ${castWords.en} out of ${of_} registered voters, where ${rule.en} (at least ${needed}) must take part; the notice says “${reason}”: ${met ? 'its figures say otherwise' : 'agrees'}`,
    },
  });
  if (!met) return [];
  return [
    makeFinding(
      {
        code: 'ANNOUNCED_MISMATCH',
        severity: 'warning',
        expected: needed - 1,
        found: voted,
        where: whereOf(notice, cast),
        messages: {
          zh: `公告称此前的投票因“${reason}”而无效，但所列登记选民${of_}人中有${voted}${castWords.zh}，已达到${rule.zh}（至少${needed}）`,
          en: enCounts`The notice declares an earlier vote void because “${reason}”, but its own figures give ${voted} ${castWords.en} out of ${of_} registered voters, which meets ${rule.en} (at least ${needed})`,
        },
      },
      lang,
    ),
  ];
}
