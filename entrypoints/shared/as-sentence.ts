import type { Lang } from './i18n.js';

/**
 * A phrase of the report shown on a line of its own, as a sentence: in English its first letter upper
 * case ("could not be read as any figure…" → "Could not be read as any figure…"). The command line
 * prints the same phrase after its figure and a colon, where lower case is right, so the report keeps
 * it as it is and only the page changes it. Chinese has no case and is left as it is.
 */
export function asSentence(text: string, lang: Lang): string {
  if (lang !== 'en') return text;
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return /^\p{Ll}$/u.test(letter) ? letter.toUpperCase() + text.slice(letter.length) : text;
}
