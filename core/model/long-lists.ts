// Lists as long as the input are never spread into a call: past about 100,000 arguments that
// overflows the stack (push(...list), Math.max(...list)).

/** Appends a list of any length. */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** `Math.max(...values)` for a list of any length: -Infinity when empty, NaN when any is NaN. */
export const maxOf = (values: readonly number[]): number =>
  values.reduce((most, value) => Math.max(most, value), -Infinity);

/** `Math.min(...values)` for a list of any length: Infinity when empty, NaN when any is NaN. */
export const minOf = (values: readonly number[]): number =>
  values.reduce((least, value) => Math.min(least, value), Infinity);
