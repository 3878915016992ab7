import { fail, ok, type Result } from '../model/result.js';

/** The encodings a tally sheet may come in (contract §2). */
export type TextEncodingName = 'utf-8' | 'gb18030';

export interface DecodedText {
  /** The text without its byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decodes an input file. Detection: a UTF-8 byte order mark; else strict UTF-8; else GB18030 (which
 * includes GBK and GB2312, as Chinese spreadsheet programs save "CSV"). Chinese text in GB18030 is
 * practically never valid UTF-8, so trying UTF-8 first is safe. `forced` skips the detection.
 * A file neither encoding can read is an InputError with the line and byte offset of the first bad byte.
 */
export function decodeText(file: string, bytes: Uint8Array, forced?: TextEncodingName): Result<DecodedText> {
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  if (forced === 'gb18030') return strictDecode(file, bytes, 'gb18030');
  if (forced === 'utf-8' || hasBom)
    return strictDecode(file, hasBom ? bytes.subarray(3) : bytes, 'utf-8', hasBom ? 3 : 0);
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    return fail({
      file,
      line: 1,
      message: {
        zh: `文件是 ${utf16} 编码（“Unicode 文本”）；请另存为“CSV UTF-8”或 GB18030 编码的 CSV`,
        en: `the file is ${utf16} ("Unicode text"); save it as "CSV UTF-8" or as GB18030 CSV`,
      },
    });
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return ok({ text: utf8, encoding: 'utf-8' });
  const gb18030 = tryDecode(bytes, 'gb18030');
  if (gb18030 !== null) return ok({ text: gb18030, encoding: 'gb18030' });
  // Neither reads it: the encoding that got further is the likelier one, so name its first bad byte.
  const likelier =
    firstUndecodableByte(bytes, 'utf-8') >= firstUndecodableByte(bytes, 'gb18030') ? 'utf-8' : 'gb18030';
  return undecodable(file, bytes, likelier, 0);
}

function strictDecode(
  file: string,
  bytes: Uint8Array,
  encoding: TextEncodingName,
  skipped = 0,
): Result<DecodedText> {
  const text = tryDecode(bytes, encoding);
  if (text !== null) return ok({ text, encoding });
  return undecodable(file, bytes, encoding, skipped);
}

function undecodable(
  file: string,
  bytes: Uint8Array,
  encoding: TextEncodingName,
  skipped: number,
): Result<DecodedText> {
  const offset = firstUndecodableByte(bytes, encoding);
  const line = countLineFeeds(bytes, offset) + 1;
  const at = offset + skipped;
  return fail({
    file,
    line,
    message: {
      zh: `第 ${at} 字节（从 0 数起）处的内容不是有效的 ${encoding.toUpperCase()} 编码`,
      en: `the bytes at offset ${at} (counting from 0) are not valid ${encoding.toUpperCase()}`,
    },
  });
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null; // not valid in this encoding
  }
}

/**
 * The offset where the first sequence a strict decoder rejects begins. Decoding a prefix in streaming
 * mode fails exactly when the prefix holds an invalid sequence (an unfinished one at its end is
 * allowed), so failure is monotonic in the prefix length and a binary search finds the shortest failing
 * prefix. The bad sequence then starts at the last character boundary before its end: at most three
 * bytes back in both encodings.
 */
function firstUndecodableByte(bytes: Uint8Array, encoding: TextEncodingName): number {
  const decodes = (length: number, stream: boolean): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), {
        stream,
      });
      return true;
    } catch {
      return false;
    }
  };
  let low = 1;
  let high = bytes.length;
  if (decodes(high, true)) low = high; // only the end is unfinished
  while (low < high) {
    const middle = (low + high) >> 1;
    if (decodes(middle, true)) low = middle + 1;
    else high = middle;
  }
  for (let start = low - 1; start >= Math.max(0, low - 4); start--) if (decodes(start, false)) return start;
  return Math.max(0, low - 1);
}

function countLineFeeds(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) count++;
  return count;
}

function utf16Bom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}
