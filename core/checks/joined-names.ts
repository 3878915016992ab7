import type { CandidateResult } from '../model/report.js';
import { nameSkeleton } from '../text/name-skeleton.js';

/**
 * The candidates a write-in names when it is really several names joined by a separator other than the
 * ballot records' "|": one that looks like it (the full-width ｜ of a Chinese keyboard, ¦), or the way
 * names are listed in Chinese and English text (、，, ; ； / ／ or spaces). `李红梅｜吴永明` or
 * `李红梅、吴永明` is read as one person written in, while the voter chose two candidates. Null unless
 * every part is a candidate of the contest, by name or id as written or looking alike.
 */
export function joinedCandidates(
  writeIn: string,
  twins: ReadonlyMap<string, CandidateResult>,
): CandidateResult[] | null {
  // Spaces part names only where no mark does: `Li Ming、Wang Fang` is two names, not four.
  const parts = writeIn
    .split(MARKS.test(writeIn) ? MARKS : SPACES)
    .map(nameSkeleton)
    .filter((part) => part !== '');
  if (parts.length < 2) return null;
  const found = parts.map((part) => twins.get(part));
  return found.every((candidate) => candidate !== undefined) ? (found as CandidateResult[]) : null;
}

/** The marks that join names in a list, written by hand or typed, with any spaces around them. */
const MARKS = /[|¦｜、，,;；/／]+/u;
const SPACES = /\s+/u;
