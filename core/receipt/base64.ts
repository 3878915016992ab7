/** Standard base64 (RFC 4648 §4, with padding), strict on decoding: a key or signature is never guessed at. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const bits = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET[(bits >> 18) & 63]! + ALPHABET[(bits >> 12) & 63]!;
    text += b === undefined ? '=' : ALPHABET[(bits >> 6) & 63]!;
    text += c === undefined ? '=' : ALPHABET[bits & 63]!;
  }
  return text;
}

/** The bytes, or null when the text is not canonical padded base64 (wrong length, stray or non-zero bits). */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    let bits = 0;
    for (let j = 0; j < 4; j++) {
      const char = text[i + j]!;
      const inPadding = i + 4 === text.length && j >= 4 - padding;
      const value = inPadding ? (char === '=' ? 0 : undefined) : VALUES.get(char);
      if (value === undefined) return null;
      bits = (bits << 6) | value;
    }
    const triple = [(bits >> 16) & 255, (bits >> 8) & 255, bits & 255];
    const keep = i + 4 === text.length ? 3 - padding : 3;
    // Canonical form only: the bits under the padding must be zero, so each byte string has one encoding.
    if (triple.slice(keep).some((byte) => byte !== 0)) return null;
    for (let k = 0; k < keep; k++) bytes[out++] = triple[k]!;
  }
  return bytes;
}
