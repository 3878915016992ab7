import type { Election } from '../model/election.js';

/** A name offered on the entry screen, with the key that marks it. */
export interface OfferedChoice {
  readonly contest: string;
  /** Tally key: candidate id, or the write-in's name. */
  readonly key: string;
  readonly label: string;
  readonly writeIn: boolean;
  /** The keyboard key, when one is left (36 at most). */
  readonly shortcut: string | null;
}

/** A name written in (另选他人) during the tally, offered again afterwards. */
export interface WriteIn {
  readonly contest: string;
  readonly name: string;
}

/** Digits first, then letters row by row as they lie on the keyboard. */
export const SHORTCUT_KEYS = '1234567890qwertyuiopasdfghjklzxcvbnm';

/**
 * Every name to offer: the candidates of each contest in the definition's order, then the write-ins
 * in the order they were first typed. Write-ins come after all candidates so that adding one never
 * moves a key the observer has learnt.
 */
export function offeredChoices(election: Election, writeIns: readonly WriteIn[]): OfferedChoice[] {
  const candidates = election.contests.flatMap((contest) =>
    contest.candidates.map((candidate) => ({
      contest: contest.id,
      key: candidate.id,
      label: candidate.name,
      writeIn: false,
    })),
  );
  const written = writeIns.map(({ contest, name }) => ({ contest, key: name, label: name, writeIn: true }));
  return [...candidates, ...written].map((choice, index) => ({
    ...choice,
    shortcut: SHORTCUT_KEYS[index] ?? null,
  }));
}
