import type { AnnouncedFigures, CountMeaning, UnreadFigure } from './announced-figures.js';
import { countMeaningOf } from './figure-words.js';

/** Marks that end a clause's words around a number (a colon does not: `登记选民：22O7人`). */
const STOP = /[，,。；;\n（(）)]/;

/**
 * A count of `meaning` the text does state, but whose digits a scan garbled (`登记选民22O7人`,
 * `Registered voters: 2,2O7`, `2,2O7 registered voters`): an unread number of reason `garbled` whose own
 * clause names that count, before it or, in English, right after it. A share of that count is then not
 * of a count the text leaves unstated, but of one it states unreadably, and is said so.
 */
export function garbledCountOf(figures: AnnouncedFigures, meaning: CountMeaning): UnreadFigure | null {
  for (const number of figures.unread) {
    if (number.reason !== 'garbled' && number.reason !== 'mixed-places') continue;
    const at = number.context.indexOf(number.text);
    if (at < 0) continue;
    const before = number.context.slice(0, at);
    let start = before.length;
    while (start > 0 && !STOP.test(before[start - 1]!)) start--;
    const label = before.slice(start);
    const after = number.context.slice(at + number.text.length);
    const afterEnd = after.search(STOP);
    const trailer = after.slice(0, afterEnd < 0 ? after.length : afterEnd);
    const named = countMeaningOf(label) ?? (/^\s+[a-z]/i.test(trailer) ? countMeaningOf(trailer) : null);
    if (named === meaning) return number;
  }
  return null;
}
