import type { Election } from '../model/election.js';
import type { BoxSheet } from '../model/tally.js';

/**
 * The electorate the quorum is measured against. election.json's `registeredVoters` (the published
 * voter list) wins; else the sum of the boxes' `registered` when every box states it; else unknown.
 */
export interface RegisteredElectorate {
  readonly registered: number | null;
  /** Sum of the boxes' `registered`, when every box states it. */
  readonly boxesSum: number | null;
  readonly stated: number | null;
}

export function registeredElectorate(election: Election, sheets: readonly BoxSheet[]): RegisteredElectorate {
  let sum = 0;
  let every = sheets.length > 0;
  for (const sheet of sheets) {
    if (sheet.registered === undefined) every = false;
    else sum += sheet.registered;
  }
  const boxesSum = every ? sum : null;
  const stated = election.registeredVoters ?? null;
  return { registered: stated ?? boxesSum, boxesSum, stated };
}
