import type { RulePack } from '../rules/rule-pack.js';
import type { AnnouncedFigures, CountFigure } from './announced-figures.js';
import { normalizeText } from './normalize-text.js';

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
  // Its words folded (登記戶代表 → 登记户代表), quoted as written.
  const words = normalizeText(electorate.origin.text);
  // 应到村民代表45人: a by-election by the villagers' representatives, whose meeting sits when two thirds
  // of them attend (《村民委员会组织法》 art. 26), not a turnout of the registered voters.
  if (
    pack.electorate.kind === 'voters' &&
    (VILLAGERS_REPRESENTATIVES.test(words) || EN_REPRESENTATIVES_NOT_RESIDENTS.test(words))
  ) {
    const stated = `“${electorate.origin.text}”`;
    return {
      zh: `公告所列的选举人是村民代表（${stated}），而所选规则（${pack.name.zh}）的投票人数是按${pack.electorate.name.zh}计的：投票人数是否达到法定人数未加核对（村民代表会议须有三分之二以上组成人员参加方可召开：公告写明足以核对时，会议本身的到会人数另按此条核对）`,
      en: `The notice counts villagers' representatives as its electorate (${stated}), but the rules chosen (${pack.name.en}) count ${pack.electorate.name.en}: whether the turnout meets the quorum was not checked (a meeting of villagers' representatives sits when two thirds of its members attend: where the notice states enough, the meeting's own attendance is held to that rule on its own)`,
    };
  }
  const households = householdsMismatch(electorate, pack);
  if (households !== null) return households;
  const statesRepresentatives = REPRESENTATIVES.test(words) || EN_REPRESENTATIVES_NOT_VILLAGERS.test(words);
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
 * A direct election's register (登记选民3,200人, words of voters and none of households) under the households'
 * pack: the pack's quorum is of the households' representatives, the notice counts voters, so the notice's own
 * kind of election is not the pack's, and the quorum is not judged (the right pack named). The reverse, the
 * households' representatives due (应到户代表862户) under the residents' pack of all voters, is still judged:
 * the residents' law asks more than half of either, so the pack's threshold is the notice's own. Under the
 * village law (electorate `voters`), whose text counts the villagers registered and names no election by
 * households, households are never held to its quorum. Null when the kinds agree or the words say neither.
 */
function householdsMismatch(electorate: CountFigure, pack: RulePack): { zh: string; en: string } | null {
  // Its words folded (登記戶代表 → 登记户代表), quoted as written.
  const text = normalizeText(electorate.origin.text);
  const stated = `“${electorate.origin.text}”`;
  // 全村登记参加选举的户数486户 under the village law: its quorum counts the villagers registered (登记参加选举的
  // 村民), one each, and its text names no election by households; held to more than half of the households,
  // the turnout of an election the law does not provide for would be judged on a rule it does not set.
  if (pack.electorate.kind === 'voters' && HOUSEHOLDS.test(text))
    return {
      zh: `公告所列的选举人按户计（${stated}），而所选规则（${pack.name.zh}）的投票人数是按${pack.electorate.name.zh}计的，其条文未规定以户代表投票的选举：投票户数是否达到法定人数未加核对（当选所需票数仍按参加投票的选票计）`,
      en: `The notice counts its electorate in households (${stated}), but the rules chosen (${pack.name.en}) count ${pack.electorate.name.en}, and their text sets no rule for an election by household representatives: whether the households voting meet a quorum was not checked (the votes a seat needs are still judged on the ballots cast)`,
    };
  if (
    pack.electorate.kind === 'household-representatives' &&
    DIRECT_VOTERS.test(text) &&
    !HOUSEHOLDS.test(text)
  )
    return {
      zh: `公告所列的是选民直接选举的登记选民（${stated}），而所选规则（${pack.name.zh}）的投票人数是按${pack.electorate.name.zh}计的：公告本身的选举方式与所选规则不同，投票人数是否达到法定人数未加核对（选民直接选举请选用“居民委员会选举（选举人：有选举权的居民）”规则，命令行为 cn-residents）`,
      en: `The notice states the register of a direct election by the voters (${stated}), but the rules chosen (${pack.name.en}) count ${pack.electorate.name.en}: the notice's own kind of election is not the rules', and whether the turnout meets the quorum was not checked (a direct election is judged by the rules “Residents' committee election (electorate: residents with the right to vote)”, cn-residents on the command line)`,
    };
  return null;
}

/** 户代表, 户的代表, 每户, a count in households (2,400户): the electorate of an election by households. */
const HOUSEHOLDS = /户代表|户的代表|每户|\d\s*户(?![籍口])/;

/** 登记选民, 选民总数: the register of a direct election (not 户籍, which names where a voter is registered). */
const DIRECT_VOTERS = /选民/;

/**
 * 应到居民代表, 应到代表, 居民代表总数: not 户代表 (one a household), whose quorum is that of all voters,
 * nor 村民代表, 人大代表, 党代表, who elect no residents' committee.
 */
const REPRESENTATIVES = /居民代表|(?<![户村民人大党])代表/;

/**
 * `63 representatives attended`, `63 resident representatives`: representatives in English, not of households
 * and not of villagers, in an election said to be by representatives (the reader reads such counts only there).
 */
const EN_REPRESENTATIVES_NOT_VILLAGERS =
  /(?<!\bhousehold\s|\bvillagers?['’]?\s|\bvillage\s)\brepresentatives\b/i;
/** `48 representatives attended`, `48 villager representatives`: not of households nor of residents. */
const EN_REPRESENTATIVES_NOT_RESIDENTS =
  /(?<!\bhousehold\s|\bresidents?['’]?\s|\bcommunity\s)\brepresentatives\b/i;

/** 应到村民代表, 村民代表总数: the villagers' representatives, who may fill a seat of the committee (补选). */
const VILLAGERS_REPRESENTATIVES = /村民代表/;
