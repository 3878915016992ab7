/**
 * Numbers whose thousands a space parts (`2 740张`, `3 604 registered voters`, `3 604` in typeset text),
 * and digits a plain space parts where nothing tells one number from two.
 *
 * A narrow or thin space (U+202F, U+2009) between a group of one to three digits and groups of three is
 * always a thousands space: typesetting uses it for nothing else, and tables part cells by wider spaces.
 * A plain space is one before the words of a count of people or ballots (人, 张, 票, voters, ballots …),
 * or in a number standing alone after a label and colon at a line's end (`Registered voters: 3 604`), or
 * at a line's end before such a unit opening the next line (`收回选票1 700⏎张，`, as a copy breaks lines).
 * Elsewhere (`voted 3 118,`) the digits may be one number or a label's number and a count: read as two,
 * `3 604` had been 604 registered voters, so the reader leaves both unread.
 */

/** The English words of a count that may follow a number whose thousands a plain space parts. */
const COUNT_WORDS_EN =
  '(?:registered[^\\S\\n]{1,3})?(?:voters?|votes|ballots?|people|persons|residents|households|members|electors)\\b';
/** The units of a count of people or ballots, after which a plain space in a number parts thousands. */
const COUNT_UNITS = `人|张|票|名|户|${COUNT_WORDS_EN}`;
/** A label ending in a number of its own (`group 3`, `station 2`): the digits after it are another number. */
const NUMBERED_LABEL_BEFORE =
  '(?<!\\b(?:group|team|station|box|table|section|ward|district|round|no\\.?|number|item|article|page|unit)[^\\S\\n]{1,3})';

/**
 * A number written with a space between its thousands, for the scanner's number pattern (scan-numbers.ts):
 * never after another number and a space, so that a table's columns (18 112 28) stay apart.
 */
export const SPACE_GROUPED = [
  `(?<!\\d[^\\S\\n])${NUMBERED_LABEL_BEFORE}(?:`,
  '\\d{1,3}(?:[\\u2009\\u202f]\\d{3})+(?![\\d]|[.,]\\d)',
  `|\\d{1,3}(?: \\d{3})+(?=[^\\S\\n]{0,3}(?:${COUNT_UNITS}))`,
  // 收回选票1 700⏎张，: the unit a copy's line break put on the next line (as UNIT_ON_NEXT_LINE in scan-numbers.ts).
  '|\\d{1,3}(?: \\d{3})+(?=[^\\S\\n]{0,8}\\n[^\\S\\n]{0,8}[人张票名户](?:[,，;；:：。、)）\\s]|当选|$))',
  '|(?<=[:：][^\\S\\n]{0,3})\\d{1,3}(?: \\d{3})+(?=[^\\S\\n]{0,3}(?:\\n|$))',
  ')',
].join('');

/**
 * A number so written with a plain space, before a Chinese unit (18 112人): in a table's row the space may
 * part cells (scan-numbers.ts isTableRow). Before English words the other numbers of a line are prose.
 */
export const cellsMayPart = (written: string, after: string): boolean =>
  /\d \d/.test(written) && /^[^\S\n]*[人张票名户]/.test(after);

const GROUPING_SPACE = /(?<=\d)[ \u2009\u202f](?=\d{3})/g;
/** `2 740` → `2740`: the spaces that group thousands taken out, for parsing. */
export const withoutGroupingSpaces = (digits: string): string => digits.replace(GROUPING_SPACE, '');

/**
 * Two numbers parted by one plain space that may be one (`3 604`): one to three digits, then three that
 * end a number, with no number joined to either by spaces alone (`18 112 28`, `3 118 86.5%` are a table's
 * cells), no share after them, and no unit: then the scanner read them as one, or a table's row or a
 * numbered label parts them (`城关镇 18 112人 28人`, `group 3 118 voters`).
 */
const PAIR = new RegExp(
  String.raw`(?<![\d.,]|\d[^\S\n]{1,8})\d{1,3} \d{3}(?![\d%]|[.,]\d|[^\S\n]{0,3}(?:%|per ?cent\b)|[^\S\n]{1,8}\d|[^\S\n]{0,3}(?:${COUNT_UNITS}))`,
  'iy',
);
const FIRST_HALF_BEFORE = /(?<![\d.,])\d{1,3} $/;

function pairAt(folded: string, at: number): boolean {
  PAIR.lastIndex = at;
  return PAIR.test(folded);
}

/**
 * Whether the bare number written `digits` at `start` is one of two parted by a plain space that the
 * scanner did not read as one (SPACE_GROUPED): the first (`3` of `3 604`) or the second (`604`).
 */
export function isSpacePartedHalf(folded: string, start: number, digits: string): boolean {
  if (/^\d{1,3}$/.test(digits) && pairAt(folded, start)) return true;
  if (!/^\d{3}$/.test(digits)) return false;
  const first = FIRST_HALF_BEFORE.exec(folded.slice(Math.max(0, start - 5), start));
  return first !== null && pairAt(folded, start - first[0].length);
}
