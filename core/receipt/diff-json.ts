/** One place where two JSON values differ: a JSON path, and the value on each side (undefined: absent). */
export interface JsonDifference {
  readonly path: string;
  readonly expected: unknown;
  readonly found: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keyPath = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/**
 * Every leaf where `found` differs from `expected`, by JSON path. Arrays are compared index by index;
 * `ignore(path)` skips a path and what lies under it (language-dependent text, for instance).
 */
export function diffJson(
  expected: unknown,
  found: unknown,
  ignore: (path: string) => boolean = () => false,
  path = '$',
): JsonDifference[] {
  const differences: JsonDifference[] = [];
  collectDifferences(expected, found, ignore, path, differences);
  return differences;
}

/**
 * diffJson's walk, into one list: spreading each level's list into its parent's (push(...list)) throws
 * past the engine's limit on a call's arguments (a report of 100,000 findings that all differ) and
 * copies each difference once per level.
 */
function collectDifferences(
  expected: unknown,
  found: unknown,
  ignore: (path: string) => boolean,
  path: string,
  differences: JsonDifference[],
): void {
  if (ignore(path)) return;
  if (Array.isArray(expected) && Array.isArray(found)) {
    for (let i = 0; i < Math.max(expected.length, found.length); i++)
      collectDifferences(expected[i], found[i], ignore, `${path}[${i}]`, differences);
    return;
  }
  if (isObject(expected) && isObject(found)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
    for (const key of keys)
      collectDifferences(expected[key], found[key], ignore, keyPath(path, key), differences);
    return;
  }
  if (expected !== found) differences.push({ path, expected, found });
}
