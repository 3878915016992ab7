/**
 * English ballot counts of another time than the result: a count so far in the day (`By 10 a.m., 612
 * voters had cast ballots`, `By noon, 1,912 people had voted`) is some of the voters, and a count of an
 * earlier election (`In 2021 the village had 1,802 registered voters and 1,544 voted`, `in the last
 * election`, `three years ago`) is of another vote. Taken as the election's own, the first gave a void
 * verdict for a valid election (612 of 1,702 is under the quorum). Such counts are left unread
 * (`other-time`), never judged.
 */

/** A time of the day before the close: by noon, by 10 a.m., by 11:30, as of 3 pm, so far, in the morning. */
const SO_FAR_IN_THE_DAY =
  /\b(?:by|as of|until|till|at)\s+(?:noon|midday|mid-?morning|mid-?afternoon|lunchtime|(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock|h\b)|\d{1,2}[.:]\d{2}\b))|\bso far\b|\bby then\b|\bin the (?:morning|afternoon)\b|\bearly in the day\b/i;
/**
 * Words that make the time after them the close of the vote, not a time before it: `When polls closed at
 * 6 p.m.`, `At the close of polls at 5 p.m.`, `voting ended at 17:00`. The count then is the result.
 */
const CLOSE_BEFORE =
  /\b(?:polls?|voting|polling|balloting|the vote)[^\S\n]{1,3}(?:closed|ended|finished|closes|ends)[^\S\n]{1,3}$|\b(?:close|end)[^\S\n]{1,3}of[^\S\n]{1,3}(?:the[^\S\n]{1,3})?(?:polls?|voting|polling)[^\S\n]{1,3}$/i;
/** How far before a time of day the words of the close are looked for. */
const CLOSE_REACH = 40;

/** An earlier election: in the last / previous election or term, three years ago, last time. */
const EARLIER_ELECTION =
  /\b(?:last|previous|prior|earlier|preceding)\s+(?:election|elections|term|vote|poll|round|time)\b|\b(?:\w+|\d+)\s+years?\s+(?:ago|earlier|before)\b|\bin the (?:last|previous) (?:one|election)\b/i;
const SO_FAR_EACH = new RegExp(SO_FAR_IN_THE_DAY.source, 'gi');

/** A time so far in the day in `before`, not one said to be the close of the vote. */
function soFarInTheDay(before: string): boolean {
  if (!SO_FAR_IN_THE_DAY.test(before)) return false;
  for (const match of before.matchAll(SO_FAR_EACH))
    if (!CLOSE_BEFORE.test(before.slice(Math.max(0, match.index - CLOSE_REACH), match.index))) return true;
  return false;
}

/**
 * A time so far in the day right after the verb of a count (`640 of the 1,480 registered voters had voted
 * by 11 a.m.`, `… voted so far`): within the few words after it, as read before a count by soFarInTheDay.
 */
export function soFarAfter(after: string): boolean {
  return soFarInTheDay(after.slice(0, SO_FAR_AFTER_REACH));
}
const SO_FAR_AFTER_REACH = 56;

/**
 * A sentence cut at the point of `a.m.` or `p.m.` (`By 11 a.m. 640 had voted`: the point ends the
 * abbreviation, not the sentence): the count's words before it reach back over the cut into the words of
 * the time, up to the sentence end before them, at most OTHER_TIME_REACH characters before the count.
 */
const TIME_POINT_AT_END = /\b[ap]\.?[^\S\n]?m\.[^\S\n]*$/i;
const SENTENCE_END_BEFORE = /[.!?。！？\n](?=\s)(?![^.!?。！？\n]*[.!?。！？\n]\s)/;
export function otherTimeWords(folded: string, sentenceStart: number, at: number): string {
  const from = Math.max(0, at - OTHER_TIME_REACH);
  if (
    sentenceStart <= from ||
    !TIME_POINT_AT_END.test(folded.slice(Math.max(from, sentenceStart - 8), sentenceStart))
  )
    return folded.slice(Math.max(sentenceStart, from), at);
  // The cut's own point is left out; the last sentence end before it bounds the words.
  const earlier = folded.slice(from, sentenceStart).replace(TIME_POINT_AT_END, '');
  const end = SENTENCE_END_BEFORE.exec(earlier);
  return folded.slice(from + (end ? end.index + 1 : 0), at);
}

/** A year named in the clause before the count. */
const YEAR = /\b(?:19|20)\d\d\b/g;
/** Words that mark the present of the text, beside a year of the past. */
const THIS_TIME = /\bthis (?:year|time|election|term)\b|\bnow\b/i;

/** How far before a count its sentence is searched for another time: a clause or two. */
export const OTHER_TIME_REACH = 160;

/** The years a text names and whether it speaks of this year: worked out once per text. */
export interface TextTimes {
  readonly english: boolean;
  readonly latest: string | undefined;
  readonly years: number;
  readonly thisTime: boolean;
}

export function textTimes(text: string): TextTimes {
  const years = new Set(text.match(YEAR) ?? []);
  return {
    english: /[A-Za-z]/.test(text),
    latest: [...years].sort().at(-1),
    years: years.size,
    thisTime: THIS_TIME.test(text),
  };
}

/**
 * Whether the words of a count's sentence before it (`before`, at most OTHER_TIME_REACH characters) set
 * it at another time than the result the text reports. A year is another time only when the text names
 * a later one, or a year and `this year` (one year alone is the election's own: `the 2026 elections`).
 */
export function atAnotherTime(before: string, times: TextTimes): boolean {
  if (!times.english || !/[A-Za-z]/.test(before)) return false;
  if (soFarInTheDay(before) || EARLIER_ELECTION.test(before)) return true;
  const years = before.match(YEAR);
  if (years === null) return false;
  return years.some((year) => year !== times.latest) || (times.years === 1 && times.thisTime);
}

/**
 * A year named in an English text (`on 15 March 2026`, `Results (2026):`, `HANGZHOU, May 8, 2026 --`,
 * `since 1998`, `the 2023 vote`): four digits from 1950 to 2099 with no separator, after a month, a day, a
 * word of time, a comma or a bracket (or closing a bracket or before a colon: `Results 2026:`), and not before a word that counts (`of 2026 registered voters` is
 * a count). Only a number left unread is so named: its reason, not its reading.
 */
const YEAR_DIGITS = /^(?:19[5-9]\d|20\d\d)$/;
const BEFORE_A_YEAR =
  /(?:\b(?:in|since|from|until|till|before|after|during|of|year|the|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?|\d{1,2}(?:st|nd|rd|th)?,?|[(,])[^\S\n]{0,2}$|^[^\S\n]*$/i;
const AFTER_A_YEAR =
  /^(?:[^\S\n]*(?:$|\n|[^\sA-Za-z\d])|[^\S\n]+(?:elections?|votes?|polls?|term|and|to|when|the|was|were|with|in|at|on|by)\b)/i;
export function isYearInEnglish(folded: string, start: number, end: number): boolean {
  // The twelve characters before the year, cut at a line break: searched within them, never back to
  // the line's start, which on a text of one long line would cost the whole line for every number.
  const window = folded.slice(Math.max(0, start - 12), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return (
    YEAR_DIGITS.test(folded.slice(start, end)) &&
    (BEFORE_A_YEAR.test(before) || /^[^\S\n]*[):]/.test(folded.slice(end, end + 4))) &&
    AFTER_A_YEAR.test(folded.slice(end, end + 12))
  );
}
