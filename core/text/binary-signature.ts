import type { Bilingual } from '../model/finding.js';

/**
 * The file formats an observer is likely to hand over by mistake where a text file is expected (the
 * notice as a Word file, PDF or photo, the tally sheets as an old .xls), told by their first bytes (each
 * format's published magic number). Said by name, the mistake is plain; "the bytes at offset 17 are not
 * valid GB18030" is not.
 */
interface Signature {
  readonly bytes: readonly number[];
  readonly what: Bilingual;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  {
    // ZIP local file header "PK\3\4": .xlsx, .docx, .et, .wps of recent WPS, .zip
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: {
      zh: 'ZIP 格式的文件（Excel .xlsx、Word .docx、WPS 文档或压缩包）',
      en: 'a ZIP file (an Excel .xlsx, a Word .docx, a WPS document or an archive)',
    },
  },
  {
    // Compound File Binary: .xls, .doc and older WPS files
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: {
      zh: '旧版 Office 或 WPS 文件（.xls、.doc、.et、.wps）',
      en: 'an old Office or WPS file (.xls, .doc, .et, .wps)',
    },
  },
  { bytes: ascii('%PDF-'), what: { zh: 'PDF 文件', en: 'a PDF file' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: { zh: 'PNG 图片', en: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], what: { zh: 'JPEG 图片（照片）', en: 'a JPEG image (a photo)' } },
  { bytes: ascii('GIF8'), what: { zh: 'GIF 图片', en: 'a GIF image' } },
  { bytes: [0x1f, 0x8b], what: { zh: 'gzip 压缩文件', en: 'a gzip archive' } },
  { bytes: ascii('Rar!'), what: { zh: 'RAR 压缩文件', en: 'a RAR archive' } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: { zh: '7z 压缩文件', en: 'a 7z archive' } },
];

/** What the file is, when its first bytes name a binary format; null when they do not. */
export function binaryFormatOf(bytes: Uint8Array): Bilingual | null {
  const found = SIGNATURES.find((signature) => signature.bytes.every((byte, i) => bytes[i] === byte));
  return found?.what ?? null;
}

/** Chinese puts a space between itself and a Latin word: 这是 PDF 文件. */
const spaced = (text: string): string => (/^[\x21-\x7e]/.test(text) ? ` ${text}` : text);

/**
 * The message for a binary file where text was expected: what it is, and what to give instead. `kind`
 * says what was expected; the tally sheets' readers take .xlsx themselves, so the advice says so, in
 * words that hold on the pages and on the command line alike (no option names).
 */
export function notTextMessage(what: Bilingual, kind: Bilingual): Bilingual {
  return {
    zh: `这是${spaced(what.zh)}，不是${spaced(kind.zh)}：计票单可以直接用 .xlsx 工作簿；公告请把文字复制到 .txt 文件；其他输入请另存为 CSV 或 JSON 文本`,
    en: `this is ${what.en}, not ${kind.en}: tally sheets may be given as .xlsx workbooks; copy a notice's text into a .txt file; save other inputs as CSV or JSON text`,
  };
}

export const TEXT_FILE: Bilingual = { zh: '文本文件', en: 'a text file' };
export const CSV_FILE: Bilingual = { zh: 'CSV 文本文件', en: 'a CSV text file' };

/** How much of a file's start is looked at to tell bytes of no text from text. */
export const TEXT_HEAD_BYTES = 64 * 1024;

/** A control character no text file holds: C0 but tab, line feed, vertical tab, form feed, carriage return. */
const isStrayControl = (byte: number): boolean =>
  byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d;

/** Whether the bytes read strictly in `encoding`, an unfinished character at their end allowed. */
function startsIn(head: Uint8Array, encoding: 'utf-8' | 'gb18030'): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the first stray control character stands when a file's first bytes (up to TEXT_HEAD_BYTES) are
 * no text at all: they hold one, and neither UTF-8 nor GB18030 reads them. Random bytes are refused so
 * from their head instead of being decoded whole in both encodings; a text file with one broken
 * character holds no control character and is named where it breaks, as before. Null otherwise.
 */
export function notTextAt(bytes: Uint8Array): number | null {
  const head = bytes.subarray(0, TEXT_HEAD_BYTES);
  const control = head.findIndex(isStrayControl);
  if (control < 0 || startsIn(head, 'utf-8') || startsIn(head, 'gb18030')) return null;
  return control;
}

/** The message for bytes of no text: where the first stray control character stands. */
export function notTextBytesMessage(offset: number): Bilingual {
  return {
    zh: `第 ${offset} 字节（从 0 数起）是控制字符，文件开头既不是 UTF-8 也不是 GB18030 文本：这不是文本文件`,
    en: `the byte at offset ${offset} (counting from 0) is a control character, and the file's first bytes are neither UTF-8 nor GB18030: this is not a text file`,
  };
}
