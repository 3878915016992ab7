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

export interface Election {
  readonly name: string;
  /** Rule pack id, e.g. `cn-village` (see core/rules). */
  readonly rules: string;
  readonly round: Round;
  /** 登记选民数. May be absent when every box states its own `registered`. */
  readonly registeredVoters?: number;
  /** Overrides the rule pack's default minimum of women on the whole committee. */
  readonly minWomen?: number;
  readonly contests: readonly Contest[];
}

/** Marks the number of valid ballots that abstained in a contest (弃权). */
export const BLANK = '#blank';
