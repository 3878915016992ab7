import { roleFromName, type InputDigest } from '../../core/index.js';

/** A file the user gave, with the SHA-256 of its bytes. */
export interface GivenFile {
  readonly name: string;
  readonly sha256: string;
}

export type InputStatus = 'match' | 'mismatch' | 'missing';

export interface InputCheck<F extends GivenFile = GivenFile> {
  /** What the receipt records. */
  readonly signed: InputDigest;
  /** The file taken for this input, when one was given. */
  readonly file: F | null;
  readonly status: InputStatus;
}

export interface InputMatching<F extends GivenFile = GivenFile> {
  readonly checks: readonly InputCheck<F>[];
  /** Files that stand for no input of the receipt. */
  readonly unused: readonly F[];
}

/**
 * Pairs the files given with the inputs a receipt records. A file whose SHA-256 is an input's is that
 * input, whatever its name; the rest are paired by the receipt's file name, then by what their own names
 * suggest. A paired file with another SHA-256 is a mismatch: not the file that was signed.
 */
export function matchInputs<F extends GivenFile>(
  signed: readonly InputDigest[],
  files: readonly F[],
): InputMatching<F> {
  const left = [...files];
  const take = (found: (file: F) => boolean): F | null => {
    const index = left.findIndex(found);
    return index < 0 ? null : left.splice(index, 1)[0]!;
  };
  const chosen = new Map<InputDigest, F>();
  for (const input of signed) {
    const file = take((file) => file.sha256 === input.sha256);
    if (file) chosen.set(input, file);
  }
  for (const input of signed) {
    if (chosen.has(input)) continue;
    const file =
      take((file) => file.name === input.name) ?? take((file) => roleFromName(file.name) === input.role);
    if (file) chosen.set(input, file);
  }
  const checks = signed.map((input): InputCheck<F> => {
    const file = chosen.get(input) ?? null;
    return {
      signed: input,
      file,
      status: file === null ? 'missing' : file.sha256 === input.sha256 ? 'match' : 'mismatch',
    };
  });
  return { checks, unused: left };
}
