import { formatInputError, type InputError } from '../core/index.js';

/** Where a command writes, and in which language it speaks. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly lang: 'zh' | 'en';
}

/** Prints each input error (file, line and column, both languages) and gives exit status 2. */
export function inputErrors(io: CliIo, errors: readonly InputError[]): 2 {
  for (const error of errors) io.err(formatInputError(error));
  return 2;
}
