import { BLANK, type Contest } from './election.js';

/**
 * How a name written on a tally sheet or a ballot is understood within a contest: a candidate by id,
 * else a candidate by exact name, else `#blank`, else a write-in (另选他人) under the name as written.
 * Validation of election.json guarantees that no id equals another candidate's name.
 */
export type Choice =
  | { readonly kind: 'candidate'; readonly id: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'write-in'; readonly name: string };

export interface ChoiceResolver {
  resolve(written: string): Choice;
  /** The tally key of a written name: candidate id, `#blank`, or the write-in's name. */
  key(written: string): string;
}

export function choiceResolver(contest: Contest): ChoiceResolver {
  const byWritten = new Map<string, string>();
  for (const candidate of contest.candidates) byWritten.set(candidate.name, candidate.id);
  for (const candidate of contest.candidates) byWritten.set(candidate.id, candidate.id); // ids win over names
  const resolve = (written: string): Choice => {
    const id = byWritten.get(written);
    if (id !== undefined) return { kind: 'candidate', id };
    if (written === BLANK) return { kind: 'blank' };
    return { kind: 'write-in', name: written };
  };
  return {
    resolve,
    key(written) {
      return byWritten.get(written) ?? written;
    },
  };
}
