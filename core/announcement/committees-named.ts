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
