import type { CountMeaning } from './announced-figures.js';
import { HOUSEHOLD_ELECTION } from './household-counts.js';

/**
 * Words that say a residents' committee was elected by residents' representatives (居民代表, two or three
 * a residents' group: 《城市居民委员会组织法》 of 2025, art. 14 para. 1), whose turnout and quorum are of
 * the representatives, never of the registered voters: 采取居民代表选举方式, 由居民代表选举产生,
 * 由居民代表选举第十三届居民委员会,
 * 居民代表选举大会, 召开居民代表会议，选举产生第九届居民委员会 (the meeting and its deed parted by a comma;
 * 召开居民代表会议，差额选举第十三届居民委员会成员 with the way of the ballot). A meeting of representatives for another body (召开居民代表会议推选居务监督委员会成员)
 * says no such thing.
 */
const REPRESENTATIVES_WORDS =
  /(?<!不)(?:采取|采用|实行|以)居民代表(?:投票|选举)|居民代表(?:投票|选举)(?:的)?方式|(?<!也可以)由[^，,。；;\n]{0,12}?居民代表(?:投票)?选举(?:产生|第[^，,。；;\n]{1,4}届(?:社区)?居(?:民)?委(?:员)?会)|居民代表选举(?:大会|会议)|居民代表(?:大会|会议)(?:上)?[，,]?(?:投票)?(?:差额|等额)?选举(?:产生)?(?:第[^，,。；;\n]{1,4}届|新一届|本届)?(?:社区)?居(?:民)?委(?:员)?会/;

/**
 * The residents' committee named right before 由 and the representatives' meeting that elected it
 * (第八届居民委员会由居民代表会议选举产生): never another body, which would stand before 由 instead.
 */
const COMMITTEE_BY_MEETING =
  /(?<!监督)(?:居民委员会|居委会)(?:成员)?由(?:社区)?居民代表(?:大会|会议)(?:投票)?选举产生/;

/**
 * Whether the notice says its committee was elected by residents' representatives. The law quoted
 * (“…根据居民意见，也可以由居民代表选举产生。”) names the ways open, not the one taken: quotations are left out.
 */
export function electedByRepresentatives(text: string): boolean {
  const said = withoutQuotations(text);
  return (
    REPRESENTATIVES_WORDS.test(said) ||
    COMMITTEE_BY_MEETING.test(said) ||
    VILLAGE_BY_ELECTION.test(said) ||
    englishByRepresentatives(said)
  );
}

/** Who sends representatives in English: residents, villagers, the community or the village. */
const EN_WHOSE = String.raw`(?:(?:the|a)\s+)?(?:resident|residents['’]?|villager|villagers['’]?|community|village)`;
/**
 * A meeting of representatives in English: `a meeting of resident representatives`, `the representatives'
 * meeting`, `the residents' representative assembly`, `villager representatives`.
 */
const EN_REPRESENTATIVES_BODY = String.raw`(?:(?:a|the)\s+)?(?:meeting|assembly|conference|congress)\s+of\s+(?:the\s+)?(?:${EN_WHOSE}\s+)?representatives\b|(?:(?:a|the)\s+)?(?:${EN_WHOSE}\s+)?representatives['’]?\s+(?:meeting|assembly|conference|congress)\b|(?:(?:a|the)\s+)?${EN_WHOSE}\s+representative\s+(?:meeting|assembly|conference|congress)\b|${EN_WHOSE}\s+representatives\b`;
/**
 * Words between `elected` (or `election`) and `by` the representatives that make the representatives the
 * doers of something else: `candidates nominated by villager representatives`, `the election rules approved
 * by the representatives' meeting`. A body other than the committee (`supervisory`) likewise.
 */
const EN_OTHER_DEED = String.raw`(?!nominat|propos|recommend|approv|adopt|candidat|rules?\b|plan\b|method|measure|supervis|observ|monitor)`;
/**
 * `was elected on 19 April 2026 by a meeting of resident representatives`, `held its election by a meeting
 * of villager representatives`, `elected by the residents' representative assembly`.
 */
const EN_ELECTED_BY = new RegExp(
  String.raw`\b(?:elected|election)\b(?:${EN_OTHER_DEED}[^.;:\n]){0,60}?\bby\s+(?:${EN_REPRESENTATIVES_BODY})`,
  'i',
);
/** `the representatives' meeting elected the twelfth residents' committee`. */
const EN_BODY_ELECTED = new RegExp(
  String.raw`(?:${EN_REPRESENTATIVES_BODY})(?:${EN_OTHER_DEED}[^.;:\n]){0,30}?\b(?:re-?)?elected\s+(?:the\s+|a\s+|its\s+)?(?:new\s+|[a-z]+(?:st|nd|rd|th)\s+)?(?:residents['’]?|villagers['’]?|community|village)\s+committee\b`,
  'i',
);
/** `elected by household representatives`, `a vote of household representatives`: an election by households. */
export const ENGLISH_HOUSEHOLD_ELECTION =
  /\b(?:elected|election|vote|voting)\s+(?:(?:was|were)\s+(?:held\s+)?)?(?:by|of)\s+(?:the\s+)?(?:household\s+representatives|representatives\s+of\s+(?:the\s+|each\s+|every\s+)?households?)\b/i;

/**
 * Whether English words say the committee was elected by representatives (EN_ELECTED_BY, EN_BODY_ELECTED),
 * and not by household representatives (ENGLISH_HOUSEHOLD_ELECTION), in a sentence that names no
 * supervisory committee.
 */
function englishByRepresentatives(text: string): boolean {
  if (!/representative/i.test(text)) return false;
  for (const pattern of [EN_ELECTED_BY, EN_BODY_ELECTED]) {
    const found = pattern.exec(text);
    if (found === null) continue;
    const start = Math.max(
      text.lastIndexOf('.', found.index),
      text.lastIndexOf('\n', found.index),
      text.lastIndexOf(';', found.index),
    );
    const end = text.slice(found.index).search(/[.;\n]|$/);
    const sentence = text.slice(start + 1, found.index + end);
    if (/supervis|household/i.test(sentence)) continue;
    return true;
  }
  return false;
}

/**
 * A by-election of the villagers' committee by the villagers' representatives (召开村民代表会议，补选村民
 * 委员会委员; 由村民代表会议补选): its voters are the representatives who came. A meeting that chooses
 * another body (推选村务监督委员会成员) is none.
 */
const VILLAGE_BY_ELECTION =
  /村民代表会议[，,]?[^，,。；;\n]{0,12}?补选(?:了)?(?:本村|第[^，,。；;\n]{1,4}届)?(?:村民委员会|村委会)|由村民代表会议补选/;

/**
 * A notice whose own election is of a body chosen at a meeting of representatives: its title names a
 * supervisory committee (村务监督委员会, 居务监督委员会) and no committee of the village or community, and its
 * text says the representatives' meeting elected it (召开居民代表会议，选举居务监督委员会; 村民代表会议选举产生).
 * The representatives due and present are then its electorate and voters, as in an election of the
 * residents' committee by representatives. A committee's notice that mentions such a meeting is none.
 */
export function supervisoryCommitteeByRepresentatives(title: string | undefined, text: string): boolean {
  if (title === undefined || !SUPERVISORY_TITLE.test(title) || OWN_COMMITTEE_TITLE.test(title)) return false;
  return MEETING_ELECTS.test(withoutQuotations(text));
}

const SUPERVISORY_TITLE = /(?:村务|居务)监督委员会/;
const OWN_COMMITTEE_TITLE = /村民委员会|居民委员会|村委会|居委会|两委/;
const MEETING_ELECTS = /(?:居民|村民)代表(?:会议|大会)[，,]?[^，,。；;\n]{0,12}?(?:选举|推选)/;

const withoutQuotations = (text: string): string => text.replace(/“[^”]{0,400}”|「[^」]{0,400}」/g, '');

/**
 * What a count of representatives means in an election by residents' representatives: those due
 * (应到居民代表76名, 应出席居民代表84人, 居民代表总数为72人, 居民代表共63人) are its electorate, those who came
 * (实到居民代表71名, 实到代表45名, 实际出席居民代表80人, 参加投票的居民代表58人) its voters. A bare
 * 实到 (应到居民代表80名，实到74名) is of them when its sentence names the representatives due. Those
 * chosen as representatives (共推选居民代表76名) are a group, not read here. Those due named by the meeting
 * alone (居民代表会议应到60人) are its electorate too, and a bare 到会人数 or 实到人数 after them its voters; so is a
 * bare 出席会议 after all the representatives (居民代表共58名，出席会议52名).
 * Null when the words say neither.
 */
export function representativeCountMeaning(label: string, sentence: string): CountMeaning | null {
  const words = label.replace(/[\s,:：]/g, '');
  if (REPRESENTATIVES_DUE.test(words) || REPRESENTATIVES_ALL.test(words)) return 'registered';
  if (REPRESENTATIVES_CAME.test(words)) return 'cast';
  if (BARE_CAME.test(words) && REPRESENTATIVES_DUE_IN.test(sentence)) return 'cast';
  return null;
}

// 居民代表应到72名: the body named before 应到 as well as after it.
// 居民代表会议应到60人: those due named by the meeting alone.
const REPRESENTATIVES_DUE =
  /应(?:到|到会|参会|出席|参加投票|参加选举)的?(?:居民|村民)?代表(?:总数|人数)?(?:为|有|共)?$|(?:居民|村民)代表(?:会议|大会)?应(?:到|到会|参会|出席)(?:人数)?(?:为|有|共)?$/;
const REPRESENTATIVES_ALL = /(?:居民|村民)代表(?:(?:总数|总人数)(?:为|有|共)?|共|总共)$/;
const REPRESENTATIVES_CAME =
  /(?<!应)(?:实到|实到会|实际出席|出席|实际参加投票|参加投票|参与投票)的?(?:居民|村民)?代表(?:人数)?(?:为|有|共)?$/;
// 到会人数48人 right after 居民代表会议应到60人: those present, named by the meeting's words alone.
// 居民代表共58名，出席会议52名: those present after all the representatives, named by the meeting's words.
const BARE_CAME = /^(?:实到|实到会|实际出席|出席会议|(?:实际)?到会人数(?:为|有|共)?|实到人数(?:为|有|共)?)$/;
const REPRESENTATIVES_DUE_IN =
  /应(?:到|到会|参会|出席)(?:居民|村民)?代表|(?:居民|村民)代表(?:会议|大会)?应(?:到|到会|参会|出席)|(?:居民|村民)代表(?:总数|总人数|共|总共)(?:为|有)?\d/;

/** Whom a count of voters or of the electorate counts: people, households, or residents' representatives. */
export type VoterUnit = 'people' | 'households' | 'representatives';

/** The unit of a count of voters or electorate from its label (参加投票户代表648户, 实到居民代表71名). */
export function voterUnitOf(label: string, inHouseholds: boolean, ofRepresentatives: boolean): VoterUnit {
  if (inHouseholds || /户代表/.test(label)) return 'households';
  if (ofRepresentatives || /居民代表/.test(label)) return 'representatives';
  return 'people';
}

/**
 * Whom an English count counts, from the words right after it: `63 representatives`, `812 households`,
 * `700 household representatives`; people otherwise (`2,618 registered voters`).
 */
export function englishVoterUnit(trailer: string): VoterUnit {
  if (/^\s*(?:household\s+representatives|households?)\b/i.test(trailer)) return 'households';
  if (/^\s*(?:(?:resident|residents['’]?|villager|villagers['’]?)\s+)?representatives\b/i.test(trailer))
    return 'representatives';
  return 'people';
}

/**
 * `57 of the 63 representatives attended`, `44 of the village's 48 representatives were present`: the
 * representatives due after `of`, then those who came before it, in an election said to be by
 * representatives (the reader's byRepresentatives).
 */
export const EN_REPRESENTATIVES_CAME =
  /^\d{1,3}(?:,\d{3})*(?![\d,.])\s+(?:(?:resident|residents['’]?|villager|villagers['’]?)\s+)?representatives\s+(?:attended|were\s+present|came|took\s+part|voted|turned\s+out)\b/i;
export const EN_OF_BEFORE_REPRESENTATIVES =
  /^\s+of\s+(?:(?:the|its|their|all)\s+)?(?:(?:community|village)['’]s\s+)?$/i;

/**
 * The unit the notice's election is counted in, when it is other than people: households when it
 * counts households or says the election was by household representatives, else representatives when
 * it counts them or says the election was by them; null for an election by all voters.
 */
export function electionUnitOf(text: string, units: readonly VoterUnit[]): VoterUnit | null {
  const said = withoutQuotations(text).replace(WAY_REFUSED, '');
  if (units.includes('households') || HOUSEHOLD_ELECTION.test(said) || ENGLISH_HOUSEHOLD_ELECTION.test(said))
    return 'households';
  if (units.includes('representatives') || electedByRepresentatives(said)) return 'representatives';
  return null;
}

/** A way of electing the notice says was not taken: 不采取户代表选举方式. */
const WAY_REFUSED = /不(?:采取|采用|实行)[^，,。；;\n]{0,12}方式/g;

/** 到会率, 出席率, 参会率: those present over those due, the turnout of an election by representatives. */
export const ATTENDANCE_RATE = /到会率|出席率|实到率|参会率/;

/**
 * Representatives counted as present or voting: 实到居民代表, 出席会议的居民代表, 参加投票的居民代表, the
 * villagers' representatives so counted (实到村民代表), and a bare 实到 right after the representatives due
 * (应到村民代表45人，实到32人; 应到代表39人，实到27人): a meeting of representatives (村民代表会议 electing
 * the 村务监督委员会) whose ballots are theirs, not the register's.
 */
export const REPRESENTATIVES_PRESENT =
  /(?:实到|实际出席|出席|参加投票|参与投票)(?:会议)?的?(?:居民|村民)代表|应(?:到|到会|出席)的?(?:居民|村民)?代表\d{1,6}[人名][，,]实(?:到|际出席)/;

/** The representatives named as a share's base: 居民代表总数, 应到居民代表. */
export const REPRESENTATIVES_NAMED = /^(?:全体|应到)?居民代表(?:总数|总人数|人数)?$/;
