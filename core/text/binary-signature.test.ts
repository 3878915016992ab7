import { describe, expect, it } from 'vitest';
import { binaryFormatOf } from './binary-signature.js';
import { decodeText } from './decode-text.js';
import { count } from '../ballots/testing/ballot-sources.js';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
/** The first bytes of each format, then bytes that are not valid text in either encoding. */
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0xb5, 0xe8]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const PDF = new Uint8Array([...ascii('%PDF-1.7\n'), 0xe2, 0xe3, 0xcf, 0xd3]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...ascii('JFIF')]);

describe('a binary file where text is expected', () => {
  it('is named by its first bytes', () => {
    expect(binaryFormatOf(ZIP)?.en).toMatch(/\.xlsx/);
    expect(binaryFormatOf(OLE)?.en).toMatch(/\.xls/);
    expect(binaryFormatOf(PDF)?.en).toBe('a PDF file');
    expect(binaryFormatOf(JPEG)?.zh).toMatch(/照片/);
    expect(binaryFormatOf(new TextEncoder().encode('box,registered\n'))).toBeNull();
    expect(binaryFormatOf(new Uint8Array([0x50, 0x4b]))).toBeNull();
  });

  it('is refused by decodeText in both languages, whatever encoding is forced', () => {
    for (const bytes of [ZIP, OLE, PDF, JPEG])
      for (const forced of [undefined, 'utf-8', 'gb18030'] as const) {
        const result = decodeText('公告.docx', bytes, forced);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.errors).toEqual([
          expect.objectContaining({
            file: '公告.docx',
            line: 1,
            message: {
              zh: expect.stringMatching(/^这是.*不是文本文件/),
              en: expect.stringMatching(/^this is .*, not a text file: .*\.txt/),
            },
          }),
        ]);
      }
  });

  it('is refused as ballot records before any byte of it is read as a row', async () => {
    const result = await count(ZIP);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        message: expect.objectContaining({
          en: expect.stringMatching(/^this is a ZIP file .*not a CSV text file/),
        }),
      }),
    ]);
  });

  it('leaves UTF-16 advice that fits any text file, not only a spreadsheet', () => {
    const result = decodeText('notice.txt', new Uint8Array([0xff, 0xfe, 0x62, 0]));
    expect(result.ok ? null : result.errors[0]?.message.en).toBe(
      'the file is UTF-16LE (“Unicode text”); save it again as UTF-8 or GB18030 (a spreadsheet as “CSV UTF-8”)',
    );
  });
});
