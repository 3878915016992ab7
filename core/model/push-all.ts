/** Appends a list of any length (a spread into push overflows the stack past about 100,000 items). */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
