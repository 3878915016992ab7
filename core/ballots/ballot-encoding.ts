import type { TextEncodingName } from '../text/decode-text.js';

/** The encodings ballot records may come in: those of every text input (contract §2). */
export type BallotEncoding = TextEncodingName;

/**
 * Which encoding a stretch of bytes is in: valid UTF-8 (an unfinished character at the end allowed,
 * it may continue in the next chunk) is UTF-8, anything else GB18030 — Chinese text in GB18030 is
 * practically never valid UTF-8. Called once, on the first non-ASCII bytes met.
 */
export function detectEncoding(bytes: Uint8Array): BallotEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030'; // not UTF-8
  }
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
