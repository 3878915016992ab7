import type { Result } from '../model/result.js';
import { fail } from '../model/result.js';
import { parseJson } from '../text/parse-json.js';
import { canonicalProblem } from './canonical-problem.js';
import { canonicalJson } from './canonical-json.js';
import { binaryFormatOf, notTextMessage } from '../text/binary-signature.js';
import { undecodableError } from '../text/decode-text.js';

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

const SIGNED_FILE = { zh: '回执（JSON 文本）', en: 'a receipt (JSON text)' };
const RESAVED_AS_UTF16 = {
  zh: '文件是 UTF-16 编码（“Unicode”）：回执被编辑器另存过，请使用签名时写出的原始文件',
  en: 'the file is UTF-16 (“Unicode”): an editor saved the receipt again; use the file as it was written when signed',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a receipt or bundle file: strict UTF-8, JSON with line and column on error, and its layout checked. */
export function readSignedFile(bytes: Uint8Array, file: string): Result<SignedFileText> {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const binary = binaryFormatOf(bytes);
    if (binary) return fail({ file, line: 1, message: notTextMessage(binary, SIGNED_FILE) });
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (utf16) return fail({ file, line: 1, message: RESAVED_AS_UTF16 });
    // Where the text stops being UTF-8 (an editor re-saved it in GB18030, say): its line and byte.
    const bad = undecodableError(file, bytes, 'utf-8');
    return fail({
      ...bad,
      message: {
        zh: `${bad.message.zh}：回执是 UTF-8 文本，请使用签名时写出的原始文件`,
        en: `${bad.message.en}: a receipt is UTF-8 text; use the file as it was written when signed`,
      },
    });
  }
  // A byte order mark, as Notepad adds when it saves, is read past like any other re-saving: the JSON
  // is read, and the file is then not in its written layout (layoutIntact false), as with CRLF.
  const parsed = parseJson(file, text.startsWith('\ufeff') ? text.slice(1) : text);
  if (!parsed.ok) return parsed;
  const problem = canonicalProblem(parsed.value);
  if (problem) return fail({ file, path: problem.path, message: problem.message });
  const layoutIntact = serializeSignedFile(parsed.value) === text;
  return { ok: true, value: { json: parsed.value, layoutIntact } };
}
