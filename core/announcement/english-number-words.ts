import type { TextSpan } from './announced-figures.js';

/**
 * Counts written in English words (`two thousand registered voters`, `Forty-one village representatives`,
 * `thirty-eight attended`). Such words are never read as figures: `two thousand` may be a round number or
 * the count itself, and `some forty` or `about two thousand` is no count at all, so none is judged on a
 * guess. They are listed unread (`in-words`) when they count voters, ballots or representatives: what the
 * text states and the reader did not check is said.
 */
const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = 'hundred|thousand|million';
/** One number word, a tens word with its unit (`forty-one`) counting as one. */
const WORD = `(?:(?:${TENS})(?:-(?:${UNIT}))?|${TEEN}|${UNIT}|${SCALE})`;
/**
 * Number words in a row, parted by a space or `and` (`two thousand and twelve`). Each word ends at a word
 * boundary, so that a run of them is taken one way only: the pattern stays linear.
 */
const PHRASE = new RegExp(`\\b${WORD}\\b(?: (?:and )?${WORD}\\b)*`, 'gi');
/** What the words count: voters, ballots, representatives, or a verb of voting right after them. */
const COUNTED_AFTER =
  /^ (?:[A-Za-z'’-]+ ){0,2}?(?:voters|electors|ballots|votes|representatives|households|villagers|residents|people)\b|^ (?:voted|attended|turned out|cast)\b/i;
/** How far after the words their noun is looked for. */
const AFTER_REACH = 48;

/** The spans of counts written in words in `folded`, in text order. */
export function englishNumberWords(folded: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of folded.matchAll(PHRASE)) {
    // A single `one` is an article as often as a count (`one of them`, `one seat`).
    if (/^one$/i.test(match[0])) continue;
    const end = match.index + match[0].length;
    if (!COUNTED_AFTER.test(folded.slice(end, end + AFTER_REACH))) continue;
    spans.push([match.index, end]);
  }
  return spans;
}
