import type { AnnouncedFigure } from './announced-figures.js';

/**
 * `1,982 voters took part in the vote, 92.4% of the registered voters`: in English a turnout set off by a
 * bare comma right after the count of those who voted, naming the electorate as its base, is that
 * count's share of it, as after `, or`. Only when nothing but the voters' own words and the comma stand
 * between the count and the share (no other number, no clause's end), and the share names the
 * registered or eligible voters (or electors, the electorate) and ends its clause: `…, 60% of them
 * women` or `…, 92.4% more than in 2021` is another share.
 */

/** Between the voters' count and the share: their words, then a comma, no number or clause's end. */
const VOTERS_THEN_COMMA = /^[^\d;.:()\n]{0,60},[^\S\n]{0,3}$/;
/** After the share: the electorate named, then the clause's end. */
const ELECTORATE_THEN_END =
  /^[^\S\n]{1,3}of[^\S\n]{1,3}(?:the|all)[^\S\n]{1,3}(?:(?:registered|eligible)[^\S\n]{1,3}(?:voters|electors)|electors|electorate)[^\S\n]{0,3}(?:[,;)\n]|\.(?!\d)|$)/i;
/**
 * The count's sentence before it: `In neighbouring Zhoujia Village, 902 voters took part …` or `In the
 * 2023 election, 1,302 voters …` names a place or a time after its first word (a capitalised name, a
 * number), and the registered voters of that place or time may be another electorate than the notice's.
 */
const SENTENCE_REACH = 160;
function sentenceBefore(folded: string, countStart: number): string {
  const before = folded.slice(Math.max(0, countStart - SENTENCE_REACH), countStart);
  const end = /^[\s\S]*(?:[;:!?\n]|\.(?!\d))/.exec(before);
  return end ? before.slice(end[0].length) : before;
}
function namesPlaceOrTime(before: string): boolean {
  const words = before
    .trim()
    .split(/[^\S\n]+/)
    .slice(1)
    .join(' ');
  return /\b[A-Z]|\d/.test(words);
}

/** How far after the share its base is looked for. */
const AFTER_REACH = 48;

export function turnoutAfterComma(
  folded: string,
  span: readonly [number, number],
  lastFigure: AnnouncedFigure | null,
): boolean {
  if (lastFigure?.kind !== 'count' || lastFigure.meaning !== 'cast' || !lastFigure.origin.span) return false;
  // The voters of a group of them, of a part of the place, or of another time or round: of which
  // electorate, the text does not say.
  if (lastFigure.among !== undefined || lastFigure.scope !== undefined || lastFigure.setting !== undefined)
    return false;
  const countEnd = lastFigure.origin.span[1];
  if (countEnd > span[0] || span[0] - countEnd > 64) return false;
  if (namesPlaceOrTime(sentenceBefore(folded, lastFigure.origin.span[0]))) return false;
  return (
    VOTERS_THEN_COMMA.test(folded.slice(countEnd, span[0])) &&
    ELECTORATE_THEN_END.test(folded.slice(span[1], span[1] + AFTER_REACH))
  );
}
