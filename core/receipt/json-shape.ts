import type { Bilingual } from '../model/finding.js';
import type { InputError } from '../model/result.js';

/**
 * Checks the shape of parsed JSON, collecting every problem as an InputError with its JSON path
 * rather than stopping at the first. Each `expect…` returns the value when it has the shape, else undefined.
 */
export class ShapeChecker {
  readonly errors: InputError[] = [];

  constructor(private readonly file: string) {}

  problem(path: string, message: Bilingual): undefined {
    this.errors.push({ file: this.file, path, message });
    return undefined;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    return this.problem(path, { zh: '应为 JSON 对象', en: 'must be a JSON object' });
  }

  array(value: unknown, path: string): readonly unknown[] | undefined {
    if (Array.isArray(value)) return value;
    return this.problem(path, { zh: '应为 JSON 数组', en: 'must be a JSON array' });
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string') return value;
    return this.problem(path, { zh: '应为字符串', en: 'must be a string' });
  }

  matching(value: unknown, path: string, pattern: RegExp, what: Bilingual): string | undefined {
    const text = this.string(value, path);
    if (text === undefined || pattern.test(text)) return text;
    return this.problem(path, { zh: `应为${what.zh}`, en: `must be ${what.en}` });
  }

  wholeNumber(value: unknown, path: string): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    return this.problem(path, { zh: '应为非负整数', en: 'must be a whole number, not negative' });
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const list = allowed.map((item) => JSON.stringify(item)).join(', ');
    return this.problem(path, { zh: `应为以下之一：${list}`, en: `must be one of ${list}` });
  }
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export const HEX_DIGEST: Bilingual = {
  zh: '64 位小写十六进制 SHA-256',
  en: 'a SHA-256 as 64 lower-case hex digits',
};
export const ISO_TIME_TEXT: Bilingual = { zh: 'ISO 8601 时间', en: 'an ISO 8601 time' };
