/**
 * How far a stretch of bytes reads as UTF-8, and how much UTF-8 it showed on the way. Chinese text in
 * GB18030 now and then forms a valid UTF-8 character by chance (about one byte pair in 150), but never a
 * run of them: several multi-byte characters in a row is evidence of UTF-8, where a bare "it decodes"
 * over a few bytes is not.
 */
export interface Utf8Evidence {
  /** Offset of the first byte of the first invalid sequence, or `end`. */
  readonly validTo: number;
  /** Multi-byte characters read before `validTo`. */
  readonly multiByte: number;
  /** Of those, CJK unified ideographs (U+4E00–U+9FFF), what Chinese names are made of. */
  readonly cjk: number;
  /** The stretch ends inside a character (it may continue in the next chunk). */
  readonly unfinished: boolean;
}

export function utf8Evidence(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Evidence {
  let multiByte = 0;
  let cjk = 0;
  let at = start;
  while (at < end) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    const [length, low, high] = sequenceOf(lead);
    if (length === 0) return { validTo: at, multiByte, cjk, unfinished: false };
    if (at + length > end) {
      const seen = end - at;
      const fine = seen < 2 || isContinuation(bytes[at + 1]!, low, high);
      return { validTo: at, multiByte, cjk, unfinished: fine && allContinuations(bytes, at + 2, end) };
    }
    if (!isContinuation(bytes[at + 1]!, low, high) || !allContinuations(bytes, at + 2, at + length))
      return { validTo: at, multiByte, cjk, unfinished: false };
    multiByte++;
    if (length === 3 && lead >= 0xe4 && lead <= 0xe9) cjk++;
    at += length;
  }
  return { validTo: end, multiByte, cjk, unfinished: false };
}

/** Length of the sequence a lead byte opens (0: not a lead byte) and the range of its second byte. */
function sequenceOf(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

const isContinuation = (byte: number, low = 0x80, high = 0xbf) => byte >= low && byte <= high;

function allContinuations(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isContinuation(bytes[i]!)) return false;
  return true;
}

/** Enough UTF-8 to say a stretch is UTF-8 and not GB18030 that happens to read as it. */
export const UTF8_CERTAIN = 3;
