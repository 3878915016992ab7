import type { Bilingual } from '../model/finding.js';
import type { RulePack } from './rule-pack.js';
import { CN_VILLAGE } from './cn-village.js';

/**
 * Provincial variants of `cn-village`. Each keeps the national thresholds, which the provincial
 * measures repeat, and cites the provincial text. Differences in counting that could not be
 * confirmed from the text are written down as notes, not encoded (see docs/rules.md).
 */
function provincialPack(
  id: string,
  name: Bilingual,
  sources: readonly Bilingual[],
  notes: readonly Bilingual[],
): RulePack {
  return { ...CN_VILLAGE, id, name, sources: [...sources, ...CN_VILLAGE.sources], notes };
}

const UNCONFIRMED: Bilingual = {
  zh: '未能从可查阅的文本确认本省（市）在投票有效、当选票数、另行选举票数或名额暂缺（如已选出三人以上时所缺名额可暂缺）上与《村民委员会组织法》第十五条不同的规定，故沿用全国规则；使用前请对照现行文本。',
  en: 'No difference from art. 15 of the national law in the quorum, the winning threshold, the runoff threshold or leaving seats vacant (e.g. once three members are elected) could be confirmed from the texts at hand, so the national rules apply; check the current text before relying on it.',
};

export const CN_VILLAGE_ZHEJIANG = provincialPack(
  'cn-village-zhejiang',
  { zh: '村民委员会选举（浙江省）', en: "Villagers' committee election (Zhejiang)" },
  [
    {
      zh: '《浙江省村民委员会选举办法》（2012年3月31日第二次修订）第二条：村民委员会由主任、副主任和委员共三至七人组成；村民委员会中，应当有妇女成员。',
      en: "Zhejiang Measures for Villagers' Committee Elections (revised 31 March 2012), art. 2: three to seven members; the committee shall have women members.",
    },
    {
      zh: '同办法第三条：直接选举可以实行有候选人的差额选举，也可以实行无候选人的自荐直选。',
      en: 'Art. 3: direct election may be competitive with candidates, or without candidates by self-nomination (自荐直选).',
    },
  ],
  [
    UNCONFIRMED,
    {
      zh: '自荐直选没有候选人名单：election.json 中候选人为空的职位不作差额检查，所有得票者按另选他人计票。',
      en: 'Self-nomination elections have no candidate list: a contest with no candidates in election.json is not checked for 差额, and everyone voted for is counted as written in.',
    },
  ],
);

export const CN_VILLAGE_BEIJING = provincialPack(
  'cn-village-beijing',
  { zh: '村民委员会选举（北京市）', en: "Villagers' committee election (Beijing)" },
  [
    {
      zh: '《北京市村民委员会选举办法》（2012年9月28日修订，2012年11月1日起施行）第三条：村民委员会由主任、副主任和委员共3至7人组成。',
      en: "Beijing Measures for Villagers' Committee Elections (revised 28 September 2012, in force 1 November 2012), art. 3: three to seven members.",
    },
  ],
  [UNCONFIRMED],
);

export const CN_VILLAGE_SHANGHAI = provincialPack(
  'cn-village-shanghai',
  { zh: '村民委员会选举（上海市）', en: "Villagers' committee election (Shanghai)" },
  [
    {
      zh: '《上海市村民委员会选举办法》（2014年6月19日修订，2020年9月25日修正）第二条：村民委员会由主任、副主任、委员三至七人组成；村民委员会成员中，应当有妇女成员。',
      en: "Shanghai Measures for Villagers' Committee Elections (revised 19 June 2014, amended 25 September 2020), art. 2: three to seven members; the committee shall have women members.",
    },
  ],
  [UNCONFIRMED],
);
