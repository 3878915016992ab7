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
  if (ignore(path)) return [];
  if (Array.isArray(expected) && Array.isArray(found)) {
    const differences: JsonDifference[] = [];
    for (let i = 0; i < Math.max(expected.length, found.length); i++)
      differences.push(...diffJson(expected[i], found[i], ignore, `${path}[${i}]`));
    return differences;
  }
  if (isObject(expected) && isObject(found)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
    return keys.flatMap((key) => diffJson(expected[key], found[key], ignore, keyPath(path, key)));
  }
  if (expected === found) return [];
  return [{ path, expected, found }];
}
