/** The election definition (contract §1), after validation. */

export type Gender = 'female' | 'male';
export type Round = 'first' | 'runoff';

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly gender?: Gender;
}

export interface Contest {
  readonly id: string;
  readonly name: string;
  readonly seats: number;
  readonly candidates: readonly Candidate[];
}

/** A member elected earlier in this election, listed by a runoff's definition (`alreadyElected`). */
export interface ElectedMember {
  /** The id of a contest of the definition. */
  readonly contest: string;
  /** Free text: the person need not be a candidate of the runoff. */
  readonly name: string;
  readonly gender?: Gender;
}

export interface Election {
  readonly name: string;
  /**
   * Rule pack: a family (`cn-village`), whose version in force on `date` applies, or one version
   * (`cn-village@2018`), which applies whatever the date (see core/rules).
   */
  readonly rules: string;
  /** The day of the vote, `YYYY-MM-DD`: it picks the version of the pack family in force that day. */
  readonly date?: string;
  readonly round: Round;
  /** 登记选民数. May be absent when every box states its own `registered`. */
  readonly registeredVoters?: number;
  /** Overrides the rule pack's default minimum of women on the whole committee. */
  readonly minWomen?: number;
  readonly contests: readonly Contest[];
  /**
   * Runoff only: the members elected earlier in this election. When present, the committee-wide
   * checks count them with the runoff's winners; when absent, those members are unknown.
   */
  readonly alreadyElected?: readonly ElectedMember[];
}

/** Marks the number of valid ballots that abstained in a contest (弃权). */
export const BLANK = '#blank';
