import type { InputError } from '../model/result.js';
import { englishCount } from '../text/english-count.js';

/** Errors in reading order: by line, then column; JSON-path errors keep the order they were found in. */
export function sortedErrors(errors: readonly InputError[]): InputError[] {
  return [...errors].sort(
    (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** How many errors of one file are listed; past that, one more line says how many were left out. */
export const ERROR_LIMIT = 50;

/**
 * At most `limit` errors of a file, and a last one counting the rest: a sheet saved with a wrong column
 * order would otherwise give thousands of lines that all say the same thing. `uncollected` counts errors
 * found past those in `errors` and not made into objects (a reader may stop collecting past the limit).
 */
export function cappedErrors(
  file: string,
  errors: readonly InputError[],
  limit = ERROR_LIMIT,
  uncollected = 0,
): InputError[] {
  if (errors.length <= limit) return [...errors];
  const left = errors.length - limit + uncollected;
  const first = errors[limit]!;
  return [
    ...errors.slice(0, limit),
    {
      // At the first error not listed, so that the count still has a place.
      file,
      ...(first.line !== undefined ? { line: first.line } : {}),
      ...(first.column !== undefined ? { column: first.column } : {}),
      ...(first.path !== undefined ? { path: first.path } : {}),
      message: {
        zh: `另有 ${left} 处错误未列出`,
        en: `${englishCount(left, 'more error')} not listed`,
      },
    },
  ];
}
