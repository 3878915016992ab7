import type { InputError } from '../model/result.js';
import { countFromJson } from './count.js';
import { childPath, isJsonObject } from './json-path.js';

/**
 * Collects every problem of a JSON document, each with its path, instead of stopping at the first;
 * and reads the kinds of fields the input formats use.
 */
export class JsonProblems {
  readonly errors: InputError[] = [];

  constructor(readonly file: string) {}

  add(path: string, zh: string, en: string): void {
    this.errors.push({ file: this.file, path, message: { zh, en } });
  }

  /** A required non-empty string, trimmed (every reader compares names and ids trimmed). */
  text(parent: Record<string, unknown>, key: string, path: string): string | undefined {
    const here = childPath(path, key);
    const value = parent[key];
    if (value === undefined) return this.missing(here);
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(here, '应为非空字符串', 'must be a non-empty string');
      return undefined;
    }
    return value.trim();
  }

  /** An optional count; `undefined` when absent or wrong (the latter recorded). */
  count(parent: Record<string, unknown>, key: string, path: string): number | undefined {
    const value = parent[key];
    if (value === undefined) return undefined;
    const reading = countFromJson(value);
    if (reading.ok) return reading.value;
    this.add(childPath(path, key), reading.message.zh, reading.message.en);
    return undefined;
  }

  /** A required array. */
  array(parent: Record<string, unknown>, key: string, path: string): readonly unknown[] | undefined {
    const here = childPath(path, key);
    const value = parent[key];
    if (value === undefined) return this.missing(here);
    if (Array.isArray(value)) return value;
    this.add(here, '应为数组', 'must be an array');
    return undefined;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isJsonObject(value)) return value;
    this.add(path, '应为 JSON 对象', 'must be a JSON object');
    return undefined;
  }

  /** Checks the format tag every input document starts with. */
  format(parent: Record<string, unknown>, expected: string): void {
    const value = parent['format'];
    if (value === undefined)
      this.add('$.format', `缺少格式标记 "${expected}"`, `missing format tag "${expected}"`);
    else if (value !== expected)
      this.add(
        '$.format',
        `格式标记应为 "${expected}"，而不是 ${JSON.stringify(value)}`,
        `format tag must be "${expected}", not ${JSON.stringify(value)}`,
      );
  }

  /**
   * Fields the format does not know are left alone (later versions may add some), except near misses of
   * known ones (`minwomen`, `registered_voters`, `minWoman`; see fieldMeant): a misspelt field would otherwise be silently ignored.
   */
  misspellings(parent: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const key of Object.keys(parent)) {
      if (known.includes(key)) continue;
      const meant = fieldMeant(key, known);
      if (meant)
        this.add(
          childPath(path, key),
          `未知字段，是否应为 "${meant}"？`,
          `unknown field: did you mean "${meant}"?`,
        );
    }
  }

  private missing(path: string): undefined {
    this.add(path, '缺少此字段', 'missing field');
    return undefined;
  }
}

/** A key folded for comparison: case, hyphens, underscores and spaces do not tell fields apart. */
const fold = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The known field an unknown key was surely meant to be: the same when folded, or, for a long name,
 * a letter off (two from ten letters on), with no other field as close. A typo such as `minWoman` would
 * otherwise be ignored and its rule silently left out. Short keys (`notes` beside `votes`) and keys far
 * from every field stay ignored, as before: they may be the user's own annotations.
 */
export function fieldMeant(key: string, known: readonly string[]): string | undefined {
  const folded = fold(key);
  const same = known.find((name) => fold(name) === folded);
  if (same !== undefined) return same;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const name of known) {
    const target = fold(name);
    const shorter = Math.min(target.length, folded.length);
    const limit = shorter >= 10 ? 2 : shorter >= 6 ? 1 : 0;
    if (limit === 0) continue;
    const distance = editDistanceWithin(folded, target, limit);
    if (distance === null) continue;
    if (distance < bestDistance) [best, bestDistance, tied] = [name, distance, false];
    else if (distance === bestDistance) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * Levenshtein distance of two short keys when at most `limit`, else null. Keys are field names, so
 * the quadratic table is a few dozen cells; longer keys are rejected by their length difference first.
 */
function editDistanceWithin(a: string, b: string, limit: number): number | null {
  if (Math.abs(a.length - b.length) > limit || a.length > 64 || b.length > 64) return null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance <= limit ? distance : null;
}
