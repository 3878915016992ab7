import type { CandidateResult } from '../model/report.js';
import { nameSkeleton } from '../text/name-skeleton.js';

/**
 * The candidates a write-in names when it is really several names joined by a separator that looks
 * like the ballot records' "|" (the full-width ｜ of a Chinese keyboard, ¦): `李红梅｜吴永明` is read
 * as one person written in, while the voter chose two candidates. Null unless every part is a
 * candidate of the contest, by name or id as written or looking alike.
 */
export function joinedCandidates(
  writeIn: string,
  twins: ReadonlyMap<string, CandidateResult>,
): CandidateResult[] | null {
  const parts = nameSkeleton(writeIn.replace(/[¦｜]/gu, '|')).split('|');
  if (parts.length < 2) return null;
  const found = parts.map((part) => twins.get(part));
  return found.every((candidate) => candidate !== undefined) ? (found as CandidateResult[]) : null;
}
