import { fail, ok, type InputError, type Result } from '../model/result.js';
import {
  binaryFormatOf,
  notTextAt,
  notTextBytesMessage,
  notTextMessage,
  TEXT_FILE,
} from './binary-signature.js';
import { UTF8_CERTAIN, utf8Evidence } from './utf8-evidence.js';

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
 * practically never valid UTF-8, so trying UTF-8 first is safe; a file with lines plainly in each is
 * refused at them (classifyLines). `forced` skips the detection.
 * A file neither encoding can read is an InputError with the line and byte offset of the first bad byte.
 */
export function decodeText(file: string, bytes: Uint8Array, forced?: TextEncodingName): Result<DecodedText> {
  const binary = binaryFormatOf(bytes);
  if (binary) return fail({ file, line: 1, message: notTextMessage(binary, TEXT_FILE) });
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
        zh: `文件是 ${utf16} 编码（“Unicode 文本”）；请另存为 UTF-8 或 GB18030 编码（表格请另存为“CSV UTF-8”）`,
        en: `the file is ${utf16} (“Unicode text”); save it again as UTF-8 or GB18030 (a spreadsheet as “CSV UTF-8”)`,
      },
    });
  }
  // NUL never stands in UTF-8 or GB18030 text (UTF-16 without its mark aside): a binary file no
  // signature names, refused at the first one rather than decoded whole in two encodings.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(nulByteError(file, bytes, nul));
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return ok({ text: utf8, encoding: 'utf-8' });
  // Control characters in a head neither encoding reads: no text, refused from its head rather than
  // walked whole in two encodings (50 MB of random bytes took seconds).
  const control = notTextAt(bytes);
  if (control !== null) {
    return fail({ file, line: countLineFeeds(bytes, control) + 1, message: notTextBytesMessage(control) });
  }
  const lines = classifyLines(bytes);
  if (lines.utf8 > 0 && lines.gb18030 > 0) return mixedEncodings(file, lines.utf8, lines.gb18030);
  // Lines that are plainly UTF-8 and none plainly GB18030: a UTF-8 file with bad bytes, named where they are.
  if (lines.utf8 > 0) return undecodable(file, bytes, 'utf-8', 0);
  const gb18030 = tryDecode(bytes, 'gb18030');
  if (gb18030 !== null) return ok({ text: gb18030, encoding: 'gb18030' });
  // Neither reads it: the encoding with fewer bad sequences over the whole file is the likelier one.
  const likelier = badSequences(bytes, 'utf-8') <= badSequences(bytes, 'gb18030') ? 'utf-8' : 'gb18030';
  return undecodable(file, bytes, likelier, 0);
}

/**
 * The first line that is plainly UTF-8 (several Chinese characters in a row valid as UTF-8, which
 * GB18030 text never is by chance) and the first that is plainly GB18030 (not UTF-8, but read as
 * GB18030 it holds common Chinese characters); 0 where there is none. A file with both was put together
 * from two: read as either, some names would turn into other characters without a word (a candidate's
 * votes going to a look-alike write-in).
 */
function classifyLines(bytes: Uint8Array): { utf8: number; gb18030: number } {
  let utf8 = 0;
  let gb18030 = 0;
  let line = 1;
  for (let start = 0; start < bytes.length && (utf8 === 0 || gb18030 === 0); line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const evidence = utf8Evidence(bytes, start, end);
    if (evidence.validTo === end) {
      if (evidence.cjk >= UTF8_CERTAIN && utf8 === 0) utf8 = line;
    } else if (gb18030 === 0 && commonHanziInGb18030(bytes, start, end) >= 2) {
      if (tryDecode(bytes.subarray(start, end), 'gb18030') !== null) gb18030 = line;
    }
    start = end + 1;
  }
  return { utf8, gb18030 };
}

/** Characters of the GB2312 hanzi area (lead B0–F7, trail A1–FE) met walking the bytes as GB18030. */
function commonHanziInGb18030(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end;) {
    const lead = bytes[at]!;
    if (lead < 0x80) at++;
    else if ((bytes[at + 1] ?? 0) >= 0x30 && (bytes[at + 1] ?? 0) <= 0x39) at += 4;
    else {
      const trail = bytes[at + 1] ?? 0;
      if (lead >= 0xb0 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) count++;
      at += 2;
    }
  }
  return count;
}

function mixedEncodings(file: string, utf8Line: number, gbLine: number): Result<DecodedText> {
  return fail({
    file,
    line: utf8Line,
    message: {
      zh: `第 ${utf8Line} 行是 UTF-8 编码，而第 ${gbLine} 行是 GB18030 编码：一个文件只能用一种编码，请统一后另存`,
      en: `line ${utf8Line} is UTF-8 but line ${gbLine} is GB18030: a file must be in one encoding; save it again in one`,
    },
  });
}

function badSequences(bytes: Uint8Array, encoding: TextEncodingName): number {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++;
  return count;
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
  return fail(undecodableError(file, bytes, encoding, skipped));
}

/**
 * The error for bytes that do not decode strictly in `encoding`: the line and the byte offset (from the
 * file's start, `skipped` bytes before `bytes`) of the first bad sequence.
 */
export function undecodableError(
  file: string,
  bytes: Uint8Array,
  encoding: TextEncodingName,
  skipped = 0,
): InputError {
  const offset = firstUndecodableByte(bytes, encoding);
  const line = countLineFeeds(bytes, offset) + 1;
  const at = offset + skipped;
  return {
    file,
    line,
    message: {
      zh: `第 ${at} 字节（从 0 数起）处的内容不是有效的 ${encoding.toUpperCase()} 编码`,
      en: `the bytes at offset ${at} (counting from 0) are not valid ${encoding.toUpperCase()}`,
    },
  };
}

function nulByteError(file: string, bytes: Uint8Array, offset: number): InputError {
  return {
    file,
    line: countLineFeeds(bytes, offset) + 1,
    message: {
      zh: `第 ${offset} 字节（从 0 数起）是 NUL 字节：这不是文本文件（若是“Unicode 文本”，请另存为 UTF-8）`,
      en: `the byte at offset ${offset} (counting from 0) is a NUL byte: this is not a text file (if it is “Unicode text”, save it again as UTF-8)`,
    },
  };
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
