import type { Result } from '../model/result.js';
import { fail } from '../model/result.js';
import { parseJson } from '../text/parse-json.js';
import { canonicalProblem } from './canonical-problem.js';
import { canonicalJson } from './canonical-json.js';

/**
 * The one byte sequence a receipt or bundle file may have: its RFC 8785 canonical JSON (keys sorted by
 * UTF-16 code units, ECMAScript numbers, minimal escapes) laid out with two spaces of indentation per
 * level, `"key": value`, and one final newline. Readable, and still one form per value, so that a file
 * changed in any byte — even in whitespace or in a field outside the signed payload — is detected.
 */
export function serializeSignedFile(value: unknown): string {
  return layout(value, '') + '\n';
}

function layout(value: unknown, indent: string): string {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item: unknown) => inner + layout(item ?? null, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    // Default sort compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
    const keys = entries.map(([key]) => key).sort();
    const record = value as Record<string, unknown>;
    return `{\n${keys.map((key) => `${inner}${canonicalJson(key)}: ${layout(record[key], inner)}`).join(',\n')}\n${indent}}`;
  }
  return canonicalJson(value);
}

export interface SignedFileText {
  readonly json: unknown;
  /** The text is exactly `serializeSignedFile(json)`: not reformatted or edited by hand since it was written. */
  readonly layoutIntact: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a receipt or bundle file: strict UTF-8, JSON with line and column on error, and its layout checked. */
export function readSignedFile(bytes: Uint8Array, file: string): Result<SignedFileText> {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return fail({ file, line: 1, message: { zh: '不是有效的 UTF-8 文本', en: 'not valid UTF-8 text' } });
  }
  const parsed = parseJson(file, text);
  if (!parsed.ok) return parsed;
  const problem = canonicalProblem(parsed.value);
  if (problem) return fail({ file, path: problem.path, message: problem.message });
  const layoutIntact = serializeSignedFile(parsed.value) === text;
  return { ok: true, value: { json: parsed.value, layoutIntact } };
}
