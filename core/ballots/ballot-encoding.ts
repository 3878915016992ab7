import type { TextEncodingName } from '../text/decode-text.js';
import { UTF8_CERTAIN, utf8Evidence } from '../text/utf8-evidence.js';

/** The encodings ballot records may come in: those of every text input (contract §2). */
export type BallotEncoding = TextEncodingName;

/**
 * Which encoding a stretch of bytes is in: valid UTF-8 (an unfinished character at the end allowed,
 * it may continue in the next chunk) is UTF-8; so is a stretch that is plainly UTF-8 before a bad byte
 * (that byte is then an error at its own line, not a reason to misread every name before it as
 * GB18030); anything else GB18030 — Chinese text in GB18030 is practically never valid UTF-8. Called
 * once, on the first non-ASCII bytes met.
 */
export function detectEncoding(bytes: Uint8Array): BallotEncoding {
  const evidence = utf8Evidence(bytes);
  if (evidence.validTo === bytes.length || evidence.unfinished) return 'utf-8';
  return evidence.cjk >= UTF8_CERTAIN ? 'utf-8' : 'gb18030';
}

/** Decodes the few distinct names of a file, strictly: null when the bytes are not in the encoding. */
export class NameDecoder {
  private readonly decoder: TextDecoder;
  constructor(readonly encoding: BallotEncoding) {
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  decode(bytes: Uint8Array, start: number, end: number): string | null {
    for (let i = start; i < end; i++) {
      if (bytes[i]! >= 0x80) {
        // A name plainly in UTF-8 inside a GB18030 file would read as other characters: refused.
        if (this.encoding === 'gb18030' && isPlainlyUtf8(bytes, start, end)) return null;
        try {
          return this.decoder.decode(bytes.subarray(start, end));
        } catch {
          return null; // not valid in this encoding
        }
      }
    }
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
    return text;
  }
}

export function hasNonAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function isPlainlyUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  const evidence = utf8Evidence(bytes, start, end);
  return evidence.validTo === end && evidence.cjk >= UTF8_CERTAIN;
}
