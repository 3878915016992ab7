import { formatInputError, type InputError } from '../core/index.js';

/** Where a command writes, and in which language it speaks. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly lang: 'zh' | 'en';
}

/**
 * Prints each input error (file, line and column, both languages) and gives exit status 2. An error
 * said twice in the same words (one file given for two roles, `--boxes t.xlsx --tallies t.xlsx`) is
 * printed once.
 */
export function inputErrors(io: CliIo, errors: readonly InputError[]): 2 {
  for (const line of new Set(errors.map((error) => formatInputError(error)))) io.err(line);
  return 2;
}
