import { indexAtOrAfter } from './sorted-positions.js';

/**
 * Where the paragraph an offset of a text stands in ends: at the next blank line (a line of nothing or
 * of spaces: one count a line is one paragraph), or at the text's end. The blank lines are found once
 * per text and each offset looked up by binary search, so that a text of many shares is read in
 * linear time rather than scanned again from each share to its paragraph's end.
 */
export function paragraphEnds(folded: string): (at: number) => number {
  const blanks = blankLineStarts(folded);
  return (at) => {
    // The first blank line starting at or after `at`.
    return blanks[indexAtOrAfter(blanks, at)] ?? folded.length;
  };
}

/**
 * Every offset a blank line's break starts at (`\n`, spaces, `\n`), in order. Breaks may share a `\n`
 * (`\n\n\n` holds two), so the search resumes one past each one found, never past its end. Linear: a
 * try from one `\n` reads only the spaces after it.
 */
function blankLineStarts(folded: string): number[] {
  const blank = /\n[^\S\n]*\n/g;
  const starts: number[] = [];
  for (let found = blank.exec(folded); found !== null; found = blank.exec(folded)) {
    starts.push(found.index);
    blank.lastIndex = found.index + 1;
  }
  return starts;
}
