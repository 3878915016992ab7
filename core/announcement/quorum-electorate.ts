import type { RulePack } from '../rules/rule-pack.js';
import type { AnnouncedFigures, CountFigure } from './announced-figures.js';

/**
 * Whether the electorate a notice states is of the kind the pack's quorum counts. An election by
 * residents' representatives is valid when more than two thirds of them vote, one by all voters or by
 * household representatives when more than half do (《城市居民委员会组织法》 of 2025, art. 19 para. 1):
 * the representatives due (应到居民代表76名) judged by a pack of another electorate, or the register of
 * voters (登记选民3862人) by the representatives' pack, would be held to the wrong threshold, and a
 * valid election called void (or a void one valid). The words of the notice's first whole-election
 * electorate decide: representatives are 代表 that are not 户代表.
 *
 * Returns the reason the quorum is not judged, or null when the kinds agree or nothing is stated.
 */
export function quorumElectorateMismatch(
  figures: AnnouncedFigures,
  pack: RulePack,
): { zh: string; en: string } | null {
  // A party meeting's members due (应到会党员) or delegates (应到代表) are its own electorate: not judged here.
  if (!pack.quorum || pack.electorate.kind === 'members') return null;
  const electorate = figures.figures.find(
    (figure): figure is CountFigure =>
      figure.kind === 'count' && figure.meaning === 'registered' && figure.contest === null,
  );
  if (!electorate) return null;
  // 应到村民代表45人: a by-election by the villagers' representatives, whose meeting sits when two thirds
  // of them attend (《村民委员会组织法》 art. 26), not a turnout of the registered voters.
  if (pack.electorate.kind === 'voters' && VILLAGERS_REPRESENTATIVES.test(electorate.origin.text)) {
    const stated = `“${electorate.origin.text}”`;
    return {
      zh: `公告所列的选举人是村民代表（${stated}），而所选规则（${pack.name.zh}）的投票人数是按${pack.electorate.name.zh}计的：投票人数是否达到法定人数未加核对（村民代表会议须有三分之二以上组成人员参加方可召开）`,
      en: `The notice counts villagers' representatives as its electorate (${stated}), but the rules chosen (${pack.name.en}) count ${pack.electorate.name.en}: whether the turnout meets the quorum was not checked (a meeting of villagers' representatives sits when two thirds of its members attend)`,
    };
  }
  const statesRepresentatives = REPRESENTATIVES.test(electorate.origin.text);
  const packCountsRepresentatives = pack.electorate.kind === 'residents-representatives';
  if (statesRepresentatives === packCountsRepresentatives) return null;
  const stated = `“${electorate.origin.text}”`;
  return statesRepresentatives
    ? {
        zh: `公告所列的选举人是居民代表（${stated}），而所选规则（${pack.name.zh}）的投票人数是按${pack.electorate.name.zh}计的：投票人数是否达到法定人数未加核对（居民代表选举请选用“居民委员会选举（选举人：居民代表）”规则，命令行为 cn-residents:representatives）`,
        en: `The notice counts residents' representatives as its electorate (${stated}), but the rules chosen (${pack.name.en}) count ${pack.electorate.name.en}: whether the turnout meets the quorum was not checked (an election by representatives is judged by the rules “Residents' committee election (electorate: residents' representatives)”, cn-residents:representatives on the command line)`,
      }
    : {
        zh: `所选规则（${pack.name.zh}）按居民代表计投票人数，而公告所列的选举人不是居民代表（${stated}）：投票人数是否达到法定人数未加核对`,
        en: `The rules chosen (${pack.name.en}) count residents' representatives, but the electorate the notice states is not of them (${stated}): whether the turnout meets the quorum was not checked`,
      };
}

/**
 * 应到居民代表, 应到代表, 居民代表总数: not 户代表 (one a household), whose quorum is that of all voters,
 * nor 村民代表, 人大代表, 党代表, who elect no residents' committee.
 */
const REPRESENTATIVES = /居民代表|(?<![户村民人大党])代表/;

/** 应到村民代表, 村民代表总数: the villagers' representatives, who may fill a seat of the committee (补选). */
const VILLAGERS_REPRESENTATIVES = /村民代表/;
