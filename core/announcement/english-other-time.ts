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
/** An earlier election: in the last / previous election or term, three years ago, last time. */
const EARLIER_ELECTION =
  /\b(?:last|previous|prior|earlier|preceding)\s+(?:election|elections|term|vote|poll|round|time)\b|\b(?:\w+|\d+)\s+years?\s+(?:ago|earlier|before)\b|\bin the (?:last|previous) (?:one|election)\b/i;
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
  if (SO_FAR_IN_THE_DAY.test(before) || EARLIER_ELECTION.test(before)) return true;
  const years = before.match(YEAR);
  if (years === null) return false;
  return years.some((year) => year !== times.latest) || (times.years === 1 && times.thisTime);
}
