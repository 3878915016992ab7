import { bodyFinder } from './body-words.js';

/** The committees named in some words, left to right (村民委员会 → 村委会, 社区居委会 → 居委会). */
const committeeBodies = bodyFinder(['committee']);

/**
 * A committee named in English: `the villagers' committee`, `village committee` (村委会), `residents'
 * committee` (居委会). Not `village and residents' committee elections`, which names the residents' one alone
 * here (the words name both, and a count after them is of neither).
 */
const ENGLISH_COMMITTEE = /\b(villagers?|village|residents?)['’]?[^\S\n]+committees?\b/gi;

const englishName = (word: string): string => (/^village/i.test(word) ? '村委会' : '居委会');

/** Whether some words name both committees, the villagers' (村委会) and the residents' (居委会), in either script. */
export function namesBothCommittees(words: string): boolean {
  const names = new Set(committeeBodies(words).map((body) => body.name));
  for (const [, word] of words.matchAll(ENGLISH_COMMITTEE)) names.add(englishName(word ?? ''));
  return names.size > 1;
}

/** The committee named last in some words (村委会, 居委会), in Chinese or English; '' for none. */
export function lastCommitteeNamed(words: string): string {
  const chinese = committeeBodies(words).at(-1);
  let english: RegExpMatchArray | undefined;
  for (const match of words.matchAll(ENGLISH_COMMITTEE)) english = match;
  if (english === undefined) return chinese?.name ?? '';
  if (chinese === undefined || words.lastIndexOf(chinese.written) < (english.index ?? 0))
    return englishName(english[1] ?? '');
  return chinese.name;
}

/**
 * A bare kind of place opening a block as its label (村：…；社区：…, 农村：…。城市社区：…), at a line's, sentence's or
 * clause's start: under a title naming both committees (村（居）委会), the committee of that kind's elections.
 */
const KIND_LABEL = /(^|[\s。；;，,])(农村|城市社区|城镇社区|村|社区)(?=[：:])/g;
/** A title or words naming both committees' elections together (村（居）委会, 村居委会, 村（社区）). */
const BOTH_TOGETHER = /村[（(]居[）)]|村居委|村[（(]社区[）)]|村、社区|村和社区/;

/**
 * Whether a text labels its blocks by both kinds of place (村：…；社区：…) under words naming both committees
 * together (XX镇2026年村（居）委会换届选举情况): each block's counts are then that kind's committee's.
 */
export function labelsBothKinds(words: string): boolean {
  if (!BOTH_TOGETHER.test(words)) return false;
  const kinds = new Set<string>();
  for (const match of words.matchAll(KIND_LABEL)) kinds.add((match[2] ?? '').includes('村') ? '村' : '居');
  return kinds.size > 1;
}

/** Some words with each block's bare kind label named as its committee (村： → 村委会：, 社区： → 居委会：). */
export function withKindLabelsNamed(words: string): string {
  return words.replace(
    KIND_LABEL,
    (_all, lead: string, kind: string) => `${lead}${kind.includes('村') ? '村委会' : '居委会'}`,
  );
}

/** A block labelled as the total of both (全镇合计：, 合计：, 全镇：, 总计：), at a line's, sentence's or clause's start. */
const TOTAL_LABEL = /(?:^|[\s。；;，,])(?:全(?:镇|乡|街道|县|区|市)(?:合计|总计|共计)?|合计|总计|共计)[：:]/g;

/**
 * Some words from the last block labelled as the total of both committees on (…；社区：登记选民6,120人…；全镇合计：
 * 登记选民24,324人 → 登记选民24,324人): the committee named before that label is not the total's.
 */
export function fromTotalLabel(words: string): string {
  let end = -1;
  for (const match of words.matchAll(TOTAL_LABEL)) end = (match.index ?? 0) + match[0].length;
  return end < 0 ? words : words.slice(end);
}
