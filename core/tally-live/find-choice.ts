import type { OfferedChoice } from './choice-keys.js';

/** A name as compared when typed to find it: width and case folded, spaces left out (王 伟 = 王伟). */
const folded = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * The offered names that a few typed characters find, in the order they are offered: every name that
 * is exactly what was typed when there is one (王伟 finds 王伟, not 王伟明 too), else every name that holds
 * it (伟 finds 王伟 and 王伟明). Nothing typed finds nothing. A name stood for in two contests is found
 * in each: the page lets the observer choose.
 */
export function findChoices(choices: readonly OfferedChoice[], typed: string): OfferedChoice[] {
  const wanted = folded(typed);
  if (wanted === '') return [];
  const exact = choices.filter((choice) => folded(choice.label) === wanted);
  if (exact.length > 0) return exact;
  return choices.filter((choice) => folded(choice.label).includes(wanted));
}
