import type { ByteSource } from '../model/source.js';
import { NIST_SNIFF_BYTES, nistFormatOfBytes, type NistFormat } from './nist-format.js';

/** The NIST format of an input, from its first bytes only (the rest of the file is not read). */
export async function sourceFormat(source: ByteSource): Promise<NistFormat | null> {
  const head = new Uint8Array(NIST_SNIFF_BYTES);
  let length = 0;
  for await (const chunk of source.chunks()) {
    const take = Math.min(chunk.byteLength, NIST_SNIFF_BYTES - length);
    head.set(chunk.subarray(0, take), length);
    length += take;
    if (length >= NIST_SNIFF_BYTES) break;
  }
  return nistFormatOfBytes(head.subarray(0, length));
}
