// Encodes text as GB18030 for tests (TextEncoder writes only UTF-8): the two-byte code table is read
// back from TextDecoder itself, so the bytes are what a GB18030 decoder takes for the text.

let table: Map<string, number[]> | null = null;

function twoByteTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  return table;
}

/** The GB18030 bytes of text made of ASCII and characters of the two-byte table (all common Chinese). */
export function gb18030(text: string): Uint8Array {
  const codes = twoByteTable();
  const out: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) out.push(char.charCodeAt(0));
    else {
      const pair = codes.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

export const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
