import type { CountFigure, GroupFigure, ShareTerm, UnreadReason } from './announced-figures.js';

/**
 * Some of the voters, counted with their own voters and turnout (在外出务工返乡的300名选民中，有280名选民投票，
 * 投票率93.33%): the 280 voted of the 300, never of the election's electorate, and are not the election's
 * voters. A count of 选民 read as a group (qualified so that it is no electorate: 外出务工的, 留守老人的,
 * 其中…的) opens the group for the rest of its sentence; the first count of voters after it is the group's
 * (`among`), and a turnout after that is the group's voters of the group. Another count after them (a
 * registered count, a second count of voters) ends the group: a turnout after it may be of either, and is
 * left unread.
 */
export interface VoterSubset {
  readonly label: string;
  /** Whether the group's own voters have been read. */
  voters: boolean;
  /** Whether a count of another kind, or a second count of voters, followed them in the sentence. */
  ended: boolean;
}

/** 选民 right after the count: the people counted are voters (300名选民中, 300名选民，). */
const VOTERS_COUNTED = /^[^\S\n]*选民(?!代表|小组)/;

/** A group of the voters opened by a count of people read as a group with 选民 after it. */
export function voterSubsetOf(figure: GroupFigure, trailer: string): VoterSubset | null {
  if (figure.places === true || !VOTERS_COUNTED.test(trailer)) return null;
  return { label: figure.label, voters: false, ended: false };
}

/**
 * The group a count read in its sentence belongs to: the group's label for its first count of voters,
 * else undefined (and the group ends at any other count).
 */
export function amongOf(subset: VoterSubset | null, meaning: CountFigure['meaning']): string | undefined {
  if (subset === null || subset.ended) return undefined;
  if (meaning === 'cast' && !subset.voters) {
    subset.voters = true;
    return subset.label;
  }
  subset.ended = true;
  return undefined;
}

/**
 * Voters of a group named by its label and 中 right before the count's verb (外出务工选民中参加投票的有420人,
 * 妇女选民中投票的有780人): the group's voters, as 在外出务工的300名选民中 opens them. Not the electorate
 * (登记选民中, 全体选民中, 本村选民中).
 */
const GROUP_LABEL_THEN_VOTED =
  /^[^\S\n]*(?:其中[^\S\n]*)?([\u4e00-\u9fff]{1,10}?选民)中(?=[^\S\n]*(?:实际)?(?:参加投票|投票|参选))/;
const ELECTORATE_LABEL = /登记|全|本村|本社区|有选举权|总/;

/** The group of the voters a count's own words name with 中 before its verb (外出务工选民中参加投票的有): else null. */
export function chineseVoterSubset(words: string): VoterSubset | null {
  const label = GROUP_LABEL_THEN_VOTED.exec(words)?.[1];
  if (label === undefined || label === '选民' || ELECTORATE_LABEL.test(label)) return null;
  return { label, voters: false, ended: false };
}

/**
 * Voters of a group its own clause names before the verb, with no 中 (女性参加投票的选民585人, 非本村户籍参加选举的
 * 选民85人, 外出选民参加投票85人, 女性选民85人参加投票): those of the group who voted, or who registered to take
 * part, never all the election's voters. A group by sex, by where the voter's household is registered or
 * lives, or by age or party, within a few characters of the verb. 现场和流动票箱共参加投票 names the places
 * voted at together (place-scope.ts), no group of voters.
 */
const GROUP_BEFORE_VERB =
  /(女性|男性|妇女|非本村户籍|非本社区户籍|非户籍|户籍不在本(?:村|社区)|外来|外地|外出|在外|(?<!(?:现场|中心会场|主会场)(?:和|及|与))流动|务工|少数民族|党员|青年|老年)[\u4e00-\u9fff]{0,4}?(?:参加|参与)(?:了)?(?:投票|选举)/;

/** The group a count of voters' own clause names before its verb (GROUP_BEFORE_VERB), else undefined. */
export function groupNamedBeforeVerb(clause: string): string | undefined {
  return GROUP_BEFORE_VERB.exec(clause)?.[1];
}

/** A count whose clause opens with the whole place (全村登记选民2400人): the sentence is the whole's again. */
const OPENS_WITH_WHOLE_PLACE = /^[^\S\n]*(?:全(?:村|社区|体)|本(?:村|社区))/;

/** The group of the voters still open before a count whose label is `words`: none after the whole place. */
export function subsetBefore(subset: VoterSubset | null, words: string): VoterSubset | null {
  return subset !== null && OPENS_WITH_WHOLE_PLACE.test(words) ? null : subset;
}

/** Words in a turnout's own clause that name the whole place (全村参选率): not the group's. */
const WHOLE_PLACE = /全(?:村|社区|镇|乡|街道|体)|本(?:村|社区)|总|overall|whole|all\b/i;

/**
 * A turnout read in a sentence that opened a group of the voters: of that group's voters and the group,
 * when its voters were read before it and nothing ended the group; otherwise unread, and why.
 */
export function subsetTurnout(
  subset: VoterSubset | null,
  clause: string,
): { part: ShareTerm; whole: ShareTerm } | { refusal: UnreadReason } | null {
  if (subset === null) return null;
  if (subset.ended || WHOLE_PLACE.test(clause)) return { refusal: 'ambiguous-base' };
  if (!subset.voters) return { refusal: 'no-base' };
  return {
    part: { kind: 'count', meaning: 'cast', among: subset.label },
    whole: { kind: 'group', label: subset.label },
  };
}

/**
 * `Of the 300 migrant voters, 280 voted`: a sentence opening with some of the voters counted (not the
 * registered or eligible ones, the electorate) opens a group of them, as 在外出务工的300名选民中 does.
 */
const ENGLISH_SUBSET =
  /^\s*(?:of|among) (?:the|these|those) \d[\d,]{0,12} ([a-z][a-z-]{0,20}(?: [a-z-]{1,20}){0,2}) voters?\s*,/i;
const THE_ELECTORATE = /registered|eligible|\ball\b|total|qualified|village|community|town/i;

/** How far into its sentence an English group of the voters is looked for: the opening words only. */
export const SUBSET_OPENING_REACH = 100;

/** The group of the voters an English sentence opens with, before a count read in it; else null. */
export function englishVoterSubset(before: string): VoterSubset | null {
  const match = ENGLISH_SUBSET.exec(before);
  if (!match?.[1] || THE_ELECTORATE.test(match[1])) return null;
  return { label: match[1].toLowerCase(), voters: false, ended: false };
}

/**
 * A group of the voters counted in the clause before, then 其中 and its voters (1,480名登记选民中有265人年满65周岁，
 * 占17.91%；其中参加投票的有241人, 外出务工的有265人，其中参加投票的有41人): 其中 takes those just counted, the
 * group, so the voters are the group's, never all the election's. `text` runs from the sentence's start to the
 * end of the count of voters. The last clause before 其中 that counts people names the group by age, sex, work
 * away or party; a clause counting the register alone (本村登记选民1,480人，其中参加投票1,230人) names none.
 */
const THEN_ITS_VOTERS = /[,，;；][^\S\n]*其中[,，]?[^，,；;。\n]*(?:投票|参选)[^，,；;。\n]*$/;
const PEOPLE_COUNTED = /(?<![\d,])\d[\d,]*[^\S\n]*[人名]/;
const GROUP_OF_PEOPLE =
  /年满|周岁|岁以上|岁以下|外出|务工|在外|女性|男性|妇女|党员|青年|老年|流动人口|少数民族|非本(?:村|社区)|户籍不在/;

/** The group a count of voters after 其中 belongs to (THEN_ITS_VOTERS), else undefined. */
export function groupBeforeItsVoters(text: string): string | undefined {
  const opened = THEN_ITS_VOTERS.exec(text);
  if (opened === null) return undefined;
  const clauses = text.slice(0, opened.index).split(/[,，;；。\n]/);
  for (let i = clauses.length - 1; i >= 0; i -= 1) {
    const clause = clauses[i] ?? '';
    if (!PEOPLE_COUNTED.test(clause)) continue;
    return GROUP_OF_PEOPLE.exec(clause)?.[0];
  }
  return undefined;
}
