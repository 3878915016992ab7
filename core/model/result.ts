import type { Bilingual } from './finding.js';

/**
 * Bad input is expected, so it is a value, not an exception (exceptions are for bugs). Every error
 * names the file and the line and column, or the JSON path, and says what is wrong in Chinese and English.
 */
export interface InputError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON path such as `$.contests[0].seats`. */
  readonly path?: string;
  readonly message: Bilingual;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly InputError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: InputError[]): Result<T> => ({ ok: false, errors });

/** `fail` for a list of any length: spreading 500,000 errors into a call would overflow the stack. */
export const failWith = <T = never>(errors: readonly InputError[]): Result<T> => ({
  ok: false,
  errors: [...errors],
});

/** One line a person can read: `tallies.csv:4:12: 票数不是整数 / votes is not an integer`. */
export function formatInputError(error: InputError, lang?: 'zh' | 'en'): string {
  const where =
    error.file +
    (error.line !== undefined
      ? `:${error.line}` + (error.column !== undefined ? `:${error.column}` : '')
      : '') +
    (error.path !== undefined ? ` ${error.path}` : '');
  const text = lang ? error.message[lang] : `${error.message.zh} / ${error.message.en}`;
  return `${where}: ${text}`;
}
