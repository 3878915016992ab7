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
   * known ones (`minwomen`, `registered_voters`): a misspelt field would otherwise be silently ignored.
   */
  misspellings(parent: Record<string, unknown>, known: readonly string[], path: string): void {
    const fold = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');
    for (const key of Object.keys(parent)) {
      if (known.includes(key)) continue;
      const meant = known.find((name) => fold(name) === fold(key));
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
