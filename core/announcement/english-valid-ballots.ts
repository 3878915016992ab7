/**
 * English valid votes that are ballots by what their sentence says of them. `valid votes` may be the
 * votes of ballots that each choose several members (`Members (three seats): 2,950 valid votes were
 * counted`), so the unit alone does not make them ballots; but valid votes stated as a part of a whole
 * the sentence names as ballots (`1,320 ballots were returned, of which 1,298 valid votes`, `…, 1,298 of
 * them valid votes`, `Of the 1,320 ballots returned, 1,298 were valid votes`) are some of those ballots,
 * one a voter, and never more than them.
 */

/** Words naming ballots: `ballots`, `ballot papers`. */
const BALLOTS = /\bballot(?:s|\s+papers?)\b/i;
/** Words naming votes or another whole than ballots (`votes cast`, `voters`, `seats`): the whole is then not certain. */
const OTHER_WHOLE = /\b(?:votes?|voters?|seats?|members?|candidates?|people|persons?|households?)\b/i;
/** A part opening right before the count: `, of which`, `; of these`, `, among them`, `, including`. */
const PART_BEFORE =
  /[,;:]\s*(?:and\s+)?(?:of (?:which|these|them|those)|among (?:which|them|these)|including),?\s*(?:(?:were|was|are|there were)\s*)?$/i;
/** A part named right after the count: `1,298 of them valid votes`, `1,298 of these were valid`. */
const PART_AFTER = /^[\d,]+\s+of (?:them|these|those|which)\b/i;
/** A sentence opening with its whole: `Of the 1,320 ballots returned,` (a few words, no other number). */
const WHOLE_OPENING = /^\s*(?:of|out of|among)\s+(?:the\s+)?[\d,]+\s+([^\d,;.]{0,60}),\s*$/i;

/** How far before the count its part's words are looked for. */
const PART_REACH = 80;

/** The part stated as what some of the whole were: `1,298 were valid votes`, `1,298 are valid`. */
const COPULA_PART = /^[\d,]+\s+(?:were|are)\s+valid\b/i;

/**
 * Whether valid votes are stated as a part of ballots: `before` is their sentence up to the count
 * (folded), `own` the count's own words from its number on.
 */
export function validStatedAsPartOfBallots(before: string, own: string): boolean {
  const opening = WHOLE_OPENING.exec(before);
  if (opening) {
    const whole = opening[1] ?? '';
    // `1,298 were valid votes` says what some of those ballots were; `3,702 valid votes were counted`
    // may be the votes the ballots gave, several each.
    return BALLOTS.test(whole) && !OTHER_WHOLE.test(whole) && COPULA_PART.test(own.trim());
  }
  // The part's words stand right before the count: only the end of the sentence is searched.
  const tail = before.slice(-PART_REACH);
  const part = PART_BEFORE.exec(tail);
  if (!part && !PART_AFTER.test(own.trim())) return false;
  // The whole is the clause holding the last number before the part: ballots, and no votes or voters.
  const upToPart = part ? before.slice(0, before.length - tail.length + part.index) : before;
  const clause = upToPart.slice(Math.max(upToPart.lastIndexOf(';'), upToPart.lastIndexOf('.')) + 1);
  let lastDigit = clause.length - 1;
  while (lastDigit >= 0 && !/\d/.test(clause[lastDigit] ?? '')) lastDigit -= 1;
  if (lastDigit < 0) return false;
  const afterNumber = clause.slice(lastDigit + 1);
  return BALLOTS.test(afterNumber) && !OTHER_WHOLE.test(afterNumber);
}
