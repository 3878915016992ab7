import type { Bilingual } from '../model/finding.js';
import { cnResidentsPack, RESIDENTS_ELECTORATES, RESIDENTS_ID_SUFFIX } from './cn-residents.js';
import { CN_VILLAGE_2025 } from './cn-village.js';
import { CN_VILLAGE_ZHEJIANG_2020, provincialVillagePack } from './cn-village-provinces.js';
import type { PackVersion, RulePack } from './rule-pack.js';

/**
 * The provincial measures re-issued for the 2026 换届 (docs/rules.md, "Provincial measures of
 * 2025"). Only a part of each text could be read in the stored copies; each pack quotes what was read,
 * encodes only that, and says in its notes what was not read and which rules it keeps from the
 * national pack in the meantime. A pack whose election articles were not read says so in its name.
 *
 * Each is a version of its province's family (`cn-village-zhejiang@2025` …), in force from the day
 * its text is, built on the national version in force from that day (`cn-village@2025`,
 * `cn-residents[:…]@2025` from 2026-01-01). Its `caveat`, which every report states, says what of the
 * provincial text could not be read.
 */

const NOT_READ: Bilingual = {
  zh: '本办法的投票、当选、另行选举条款未能在所查存档网页中通读，本工具没有按其条文判断；投票有效、当选、另行选举、选票无效等规则暂按全国法律的规定，使用前请对照本办法全文。',
  en: 'The articles of these measures on voting, election and runoff could not be read in full in the stored pages searched, and nothing is encoded from them; quorum, election, runoff and void ballots follow the national law for now. Check them against the full text before relying on these rules.',
};

/** When the pack's text is in force, in words (the version's dates say it for the tool). */
function inForce(zh: string, en: string): Bilingual {
  return { zh: `适用期间：${zh}`, en: `In force: ${en}` };
}

const NOT_READ_CAVEAT: Bilingual = {
  zh: '本办法的投票、当选、另行选举条款未能通读核对，本版本暂按全国法律的规定（全国法律2025年文本的选举条文已核对）；请对照本办法全文',
  en: 'the articles of these measures on voting, election and runoff could not be read in full: this version follows the national law (whose 2025 text was read) for now; check against the full text',
};

/** A text in force from 2026-01-01, when the 换届 measures re-issued in 2025 take effect. */
function from2026(statute: Bilingual, caveat: Bilingual = NOT_READ_CAVEAT): PackVersion {
  return { label: '2025', statute, from: '2026-01-01', caveat };
}

const ZHEJIANG_2025_DECISION =
  '《浙江省人民代表大会常务委员会关于修改〈浙江省村民委员会选举办法〉的决定》（2025年11月26日浙江省第十四届人民代表大会常务委员会第二十次会议通过，公告第41号，自公布之日起施行）';

/**
 * Zhejiang as amended on 2025-11-26. Only the decision's first item (new art. 2) was read; the counting
 * rules are those of the 2020 text, kept until the rest of the decision is read.
 */
export const CN_VILLAGE_ZHEJIANG_2025: RulePack = {
  ...CN_VILLAGE_ZHEJIANG_2020,
  id: 'cn-village-zhejiang@2025',
  version: {
    label: '2025',
    statute: {
      zh: '《浙江省村民委员会选举办法》（根据2025年11月26日浙江省人民代表大会常务委员会修改决定修正）',
      en: "Zhejiang Measures for Villagers' Committee Elections (as amended by the decision of 26 November 2025)",
    },
    from: '2025-11-26',
    caveat: {
      zh: '修改决定只读到第一项（第二条）；计票规则按2020年文本的条文和条号适用，未能对照修正后的文本核实',
      en: 'only item 1 (art. 2) of the amending decision could be read; the counting rules apply by the words and numbers of the 2020 text, not checked against the amended text',
    },
  },
  sources: [
    {
      zh: `${ZHEJIANG_2025_DECISION}第一项：将第二条修改为“村民委员会由主任、副主任和委员共三至七人组成，具体职数根据村的规模大小确定。”“村民委员会成员中，应当有妇女成员。村民委员会成员实行近亲属回避。”`,
      en: "Zhejiang People's Congress Standing Committee, decision amending the Zhejiang Measures for Villagers' Committee Elections (adopted 26 November 2025, announcement no. 41, in force on publication), item 1: art. 2 now reads that the committee has three to seven members, that it shall have women members, and that close relatives do not serve together.",
    },
    ...CN_VILLAGE_ZHEJIANG_2020.sources,
  ],
  notes: [
    inForce('2025年11月26日决定公布之日起。', 'from the publication of the decision on 26 November 2025.'),
    {
      zh: '所查存档网页只载有该决定的开头（第一项，修改第二条）；其余各项未能读到。计票规则（第二十一条单列妇女委员职位、第二十七条投票人数、第二十九条另行选举、第三十条空缺）按2020年文本的条文和条号编码，未能核实2025年修正后的条文和条号，使用前请对照修正后的全文。',
      en: 'The stored pages searched hold only the opening of the decision (item 1, amending art. 2); its other items could not be read. The counting rules (art. 21, the separate post of a woman member; art. 27, voters; art. 29, runoff; art. 30, vacancy) are encoded by the words and numbers of the 2020 text, not verified against the text as amended in 2025: check them against the amended text before relying on these rules.',
    },
    {
      zh: '引文据法律图书馆转载的繁体字本（http://m.kaojibang.cn/law/law_view.asp?id=787056），以简体字录出。',
      en: 'Quoted from a traditional-character copy of the Law Library reprint (http://m.kaojibang.cn/law/law_view.asp?id=787056), given here in simplified characters.',
    },
    ...(CN_VILLAGE_ZHEJIANG_2020.notes ?? []).filter((note) => !note.zh.startsWith('适用期间')),
  ],
};

export const CN_VILLAGE_GUANGDONG = provincialVillagePack(
  {
    family: 'cn-village-guangdong',
    version: from2026({
      zh: '《广东省村民委员会选举办法》（根据2025年12月4日广东省人民代表大会常务委员会修改决定修正）',
      en: "Guangdong Measures for Villagers' Committee Elections (as amended by the decision of 4 December 2025)",
    }),
    name: {
      zh: '村民委员会选举（广东省；选举条款未核对）',
      en: "Villagers' committee election (Guangdong; election articles not checked)",
    },
  },
  [
    {
      zh: '《广东省人民代表大会常务委员会关于修改〈广东省村民委员会选举办法〉的决定》（2025年12月4日广东省第十四届人民代表大会常务委员会第二十二次会议通过，公告第72号，自2026年1月1日起施行；来源 https://www.gdpc.gov.cn/gdrdw/zyfb/ggtz/content/post_239781.html）。',
      en: "Guangdong People's Congress Standing Committee, decision amending the Guangdong Measures for Villagers' Committee Elections (adopted 4 December 2025, announcement no. 72, in force 1 January 2026).",
    },
  ],
  [
    inForce(
      '2026年1月1日起。此前适用2020年9月29日第三次修订的文本，本工具未编码。',
      'from 1 January 2026. Before then the text of the third revision of 29 September 2020 applied, which the tool does not encode.',
    ),
    NOT_READ,
  ],
  CN_VILLAGE_2025,
);

export const CN_VILLAGE_CHONGQING = provincialVillagePack(
  {
    family: 'cn-village-chongqing',
    version: from2026({
      zh: '《重庆市村民委员会选举办法》（2025年11月28日第二次修订）',
      en: "Chongqing Measures for Villagers' Committee Elections (second revision 28 November 2025)",
    }),
    name: {
      zh: '村民委员会选举（重庆市；选举条款未核对）',
      en: "Villagers' committee election (Chongqing; election articles not checked)",
    },
  },
  [
    {
      zh: '《重庆市村民委员会选举办法》（2025年11月28日重庆市第六届人民代表大会常务委员会第十九次会议第二次修订，公告〔六届〕第101号，自2026年1月1日起施行）第四条第一款：“村民委员会成员由村民采用无记名投票方式直接选举产生。”',
      en: "Chongqing Measures for Villagers' Committee Elections (second revision 28 November 2025, announcement no. 101 of the sixth congress, in force 1 January 2026), art. 4 para. 1: committee members are elected directly by the villagers by secret ballot.",
    },
  ],
  [
    inForce(
      '2026年1月1日起。此前适用2012年修订、2022年第二次修正的文本，本工具未编码。',
      'from 1 January 2026. Before then the text revised in 2012 and amended for the second time in 2022 applied, which the tool does not encode.',
    ),
    NOT_READ,
  ],
  CN_VILLAGE_2025,
);

/** A provincial residents' committee pack for each way of electing, over `cn-residents[:…]@2025`. */
function provincialResidentsPacks(
  stem: string,
  version: PackVersion,
  place: Bilingual,
  fields: Partial<Pick<RulePack, 'voidWhenNotCompetitive' | 'voidWhenReturnedExceedsIssued'>>,
  sources: readonly Bilingual[],
  notes: readonly Bilingual[],
): RulePack[] {
  return RESIDENTS_ELECTORATES.map((electorate) => {
    const base = cnResidentsPack(electorate, '2025');
    const family = `${stem}${RESIDENTS_ID_SUFFIX[electorate]}`;
    return {
      ...base,
      ...fields,
      id: `${family}@${version.label}`,
      family,
      version,
      name: {
        zh: `居民委员会选举（${place.zh}；选举人：${base.electorate.name.zh}）`,
        en: `Residents' committee election (${place.en}; electorate: ${base.electorate.name.en})`,
      },
      sources: [...sources, ...base.sources],
      notes: [...notes, ...(base.notes ?? [])],
    };
  });
}

const CHONGQING_RESIDENTS =
  '《重庆市居民委员会选举办法》（2025年11月28日重庆市第六届人民代表大会常务委员会第十九次会议通过，公告〔六届〕第100号，自2026年1月1日起施行）';

export const CN_RESIDENTS_CHONGQING = provincialResidentsPacks(
  'cn-residents-chongqing',
  from2026(
    {
      zh: '《重庆市居民委员会选举办法》（2025年11月28日通过）',
      en: "Chongqing Measures for Residents' Committee Elections (adopted 28 November 2025)",
    },
    {
      zh: '本办法只读到第三十四条等部分条款：差额和收回选票两项按第三十四条适用；本办法规定投票人数要求（“法定人数”）、当选和另行选举的条款未能读到，暂按《城市居民委员会组织法》第十九条（cn-residents@2025）；请对照本办法全文',
      en: 'only some articles of these measures could be read, art. 34 among them: 差额 and the ballots returned follow art. 34; their articles on the quorum ("法定人数"), election and runoff could not be read, and art. 19 of the national law (cn-residents@2025) stands in for them; check against the full text',
    },
  ),
  { zh: '重庆市', en: 'Chongqing' },
  { voidWhenNotCompetitive: true, voidWhenReturnedExceedsIssued: true },
  [
    {
      zh: `${CHONGQING_RESIDENTS}第三十四条：“有下列情形之一，选举无效：（一）居民选举委员会未按照法定程序产生的；（二）候选人的产生不符合法律法规规定的；（三）参加投票的居民人数未达到法定人数的；（四）违反法定差额选举原则的；（五）收回选票多于发出选票的；（六）没有公开唱票、计票的；（七）没有当场公布选举结果的；（八）其他违反法律、法规有关选举程序规定的。”`,
      en: "Chongqing Measures for Residents' Committee Elections (adopted 28 November 2025, announcement no. 100 of the sixth congress, in force 1 January 2026), art. 34: the election is void where (3) fewer residents vote than the law requires, (4) the rule of 差额 (more candidates than seats) is broken, or (5) more ballots are returned than issued, among other grounds the tool cannot see (how the election committee and the candidates were chosen, public counting, announcing the result on the spot).",
    },
    {
      zh: '同办法第三十五条第二款：“重新选举应当在三十日内进行。”第四条第一款：“居民委员会成员由本社区全体有选举权的居民或者由每户派代表选举产生；根据居民意见，也可以由居民代表选举产生。”第五条第二款：“居民委员会成员中，应当有妇女成员。”',
      en: "Art. 35 para. 2: the new election is held within thirty days. Art. 4 para. 1: the committee is elected by all residents with the right to vote, by one representative per household, or, as residents wish, by residents' representatives. Art. 5 para. 2: the committee shall have women members.",
    },
  ],
  [
    inForce('2026年1月1日起。', 'from 1 January 2026.'),
    {
      zh: '第三十四条第（四）项：职位候选人不多于应选名额（违反差额选举原则）即选举无效，NOT_COMPETITIVE 为错误并列入 ELECTION_VOID 的理由；没有候选人名单的职位不作此检查。第（三）项所说“法定人数”，本办法的有关条款未能读到，暂按《城市居民委员会组织法》（2025年修订）第十九条第一款：全体居民或者户代表选举的，过半数参加投票；居民代表选举的，超过三分之二参加投票；第（一）（二）（六）（七）（八）项本工具无从判断。',
      en: "Art. 34 item (4): a contest with no more candidates than seats (差额 broken) voids the election: NOT_COMPETITIVE is an error and a reason of ELECTION_VOID; a contest without a candidate list is not checked. The article of these measures setting the number item (3) refers to could not be read: art. 19 para. 1 of the national law (revised 2025) stands in for it, more than half voting when all residents or household representatives elect, more than two thirds when residents' representatives do. Items (1), (2), (6), (7) and (8) are beyond what the tool can see.",
    },
    {
      zh: '本办法的投票、当选、另行选举条款未能在所查存档网页中通读（法律图书馆 http://m.law-lib.com/law/law_view.asp?id=789373 只读到第一页和第四页），当选和另行选举暂按 cn-residents@2025（《城市居民委员会组织法》第十九条第二款）。',
      en: 'The articles on voting, election and runoff could not be read in full (of the Law Library copy, http://m.law-lib.com/law/law_view.asp?id=789373, only its first and fourth pages); election and runoff follow cn-residents@2025 (art. 19 para. 2 of the national law) for now.',
    },
  ],
);

export const CN_RESIDENTS_GANSU = provincialResidentsPacks(
  'cn-residents-gansu',
  from2026({
    zh: '《甘肃省居民委员会选举办法》（2025年11月27日通过）',
    en: "Gansu Measures for Residents' Committee Elections (adopted 27 November 2025)",
  }),
  { zh: '甘肃省；选举条款未核对', en: 'Gansu; election articles not checked' },
  {},
  [
    {
      zh: '《甘肃省居民委员会选举办法》（2025年11月27日甘肃省第十四届人民代表大会常务委员会第十九次会议通过，公告第51号，自2026年1月1日起施行；来源 http://www.gsrdw.gov.cn/newsDeail.html?id=35926）第五条第二款：“居民委员会成员中应当有妇女成员。居民委员会成员实行近亲属回避。”',
      en: "Gansu Measures for Residents' Committee Elections (adopted 27 November 2025, announcement no. 51, in force 1 January 2026), art. 5 para. 2: the committee shall have women members; close relatives do not serve together.",
    },
    {
      zh: '同办法第二条第二款：“法律、行政法规对居民委员会选举工作已有规定的，依照其规定。”据此，《城市居民委员会组织法》（2025年修订）第十九条规定的投票人数、当选和另行选举规则（cn-residents@2025）适用于本省。',
      en: "Art. 2 para. 2: where laws or administrative regulations already provide for residents' committee elections, they apply. So the quorum, election and runoff rules of art. 19 of the national law as revised in 2025 (cn-residents@2025) apply in the province.",
    },
  ],
  [
    inForce('2026年1月1日起。', 'from 1 January 2026.'),
    NOT_READ,
    {
      zh: '引文据法律图书馆转载本（http://m.law-lib.com/law/law_view.asp?id=787110），只读到其第一页（第一条至第五条）和第二页的开头（第十三条第（七）项至第十六条，均无计票条款）。',
      en: 'Quoted from the Law Library reprint (http://m.law-lib.com/law/law_view.asp?id=787110), of which only the openings of its first page (arts. 1–5) and second page (art. 13 item (7) to art. 16, none of them on the count) could be read.',
    },
  ],
);
