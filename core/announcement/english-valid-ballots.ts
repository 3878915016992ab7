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

/**
 * Whether valid votes are stated as a part of ballots: `before` is their sentence up to the count
 * (folded), `own` the count's own words from its number on.
 */
export function validStatedAsPartOfBallots(before: string, own: string): boolean {
  const opening = WHOLE_OPENING.exec(before);
  if (opening) {
    const whole = opening[1] ?? '';
    return BALLOTS.test(whole) && !OTHER_WHOLE.test(whole);
  }
  if (!PART_BEFORE.test(before) && !PART_AFTER.test(own.trim())) return false;
  // The whole is the clause holding the last number before the part: ballots, and no votes or voters.
  const clause =
    /(?:^|[;.])([^;.]*)$/.exec(
      before.replace(
        /\s*(?:,|;|:)?\s*(?:and\s+)?(?:of (?:which|these|them|those)|among (?:which|them|these)|including),?\s*(?:(?:were|was|are|there were)\s*)?$/i,
        '',
      ),
    )?.[1] ?? '';
  if (!/\d/.test(clause)) return false;
  const lastNumber = /[\d,]*\d([^\d]*)$/.exec(clause);
  const afterNumber = lastNumber?.[1] ?? '';
  return BALLOTS.test(afterNumber) && !OTHER_WHOLE.test(afterNumber);
}
