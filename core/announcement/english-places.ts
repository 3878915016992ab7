/**
 * Places in English texts that hold more than one election's counts: a report giving two villages'
 * results one after the other under a heading line each (`Gaoping Village`, then `Shuikou Village`), and a
 * count of some of the places (`Two villages, with a combined 2,870 registered voters, will vote again`).
 * Taken as one election's, the first raised “the same figure stated twice” for every count, the second
 * “more voters than registered”.
 */

import { linesOpening } from './linear-scans.js';

/**
 * A line that is only a place's name: `Gaoping Village`, `Huayuan Community:`, `Village of Xiwan`. After
 * the line's spaces (read by linesOpening, once for a run of line starts).
 */
const PLACE_HEADING =
  /((?:[A-Z][\w'’-]*[^\S\n]+){1,4}(?:Village|Community|Township|Town)|(?:Village|Community)[^\S\n]+of[^\S\n]+[A-Z][\w'’-]*)[^\S\n]*(?::[^\S\n]*)?$/my;

export interface PlaceHeading {
  readonly at: number;
  readonly name: string;
}

/** The place headings of a text, in order; none unless it names two places or more (a title is no scope). */
export function englishPlaceHeadings(text: string): readonly PlaceHeading[] {
  if (!/(?:Village|Community|Township|Town)\b/.test(text)) return [];
  const headings = linesOpening(text, PLACE_HEADING).map((match) => ({
    at: match.index,
    name: (match.body[1] ?? '').trim(),
  }));
  return new Set(headings.map((heading) => heading.name)).size > 1 ? headings : [];
}

/** The heading the offset `at` stands under, or null before the first. */
export function englishPlaceAt(headings: readonly PlaceHeading[], at: number): string | null {
  let name: string | null = null;
  for (const heading of headings) {
    if (heading.at > at) break;
    name = heading.name;
  }
  return name;
}

/** How far before a count its clause is searched for the places it is of. */
export const SOME_PLACES_REACH = 80;
/**
 * A count of some of the places, named in its clause before it: `Two villages, with a combined 2,870`,
 * `in 5 villages, 4,120 voted`, `the remaining 26 villages`. `all 37 communities` are all of them.
 */
const SOME_PLACES =
  /\b(?<!all\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|remaining|other)\s+(?:of\s+the\s+)?(?:villages|communities|townships|polling stations|stations)\b|\bcombined\b/i;

export function ofSomePlaces(before: string): boolean {
  return /[A-Za-z]/.test(before) && SOME_PLACES.test(before);
}
