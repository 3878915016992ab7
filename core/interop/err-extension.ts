/**
 * What TallyWitness writes into the NIST formats' own extension points, and reads back
 * (docs/interop.md): identifiers of type `other`, counts of type `other`, statuses `other`, each with
 * an `OtherType`/`OtherStatus` beginning `tallywitness-`.
 */
export const EXT = {
  /** ExternalIdentifier/Code: the object's id in TallyWitness (a box, contest or candidate id). */
  id: 'tallywitness-id',
  /** ExternalIdentifier/Code of the election: the rule pack (`cn-village`, `cn-village@2018`). */
  rules: 'tallywitness-rules',
  /** ExternalIdentifier/Code of the election: the women required on the committee. */
  minWomen: 'tallywitness-min-women',
  /** BallotCounts of a box: the ballots issued (发出选票), in `BallotsCast`. */
  issued: 'tallywitness-issued',
  /** BallotCounts of a box: `tallywitness-blank:<contest id>`, the valid ballots that abstained there. */
  blankPrefix: 'tallywitness-blank:',
  /** Code of a CVR report's Election: the day of the vote, `YYYY-MM-DD` (the CVR format has no date). */
  date: 'tallywitness-date',
  /** Code of a CVR report's Election: `runoff` for 另行选举 (the CVR format has no election type). */
  round: 'tallywitness-round',
  /** GpUnit of a mobile ballot box (流动票箱). */
  mobileBox: 'tallywitness-mobile-box',
} as const;
