import { describe, expect, it } from 'vitest';
import { readSignedFile, serializeSignedFile } from './signed-file.js';

// A receipt that went through an editor: what it still says is read, and the file is reported as not
// in the layout it was signed in, instead of a JSON syntax error at its first invisible character.
describe('a receipt saved again by an editor', () => {
  const text = serializeSignedFile({ payload: { a: 1 }, signature: { publicKey: 'k' } });

  it('reads past a UTF-8 byte order mark, and calls the layout changed', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(readSignedFile(bytes, 'receipt.json')).toEqual({
      ok: true,
      value: { json: { payload: { a: 1 }, signature: { publicKey: 'k' } }, layoutIntact: false },
    });
  });

  it('names UTF-16 and a workbook in both languages', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])]);
    const refused = readSignedFile(utf16, 'receipt.json');
    expect(refused.ok ? null : refused.errors[0]?.message).toEqual({
      zh: expect.stringMatching(/^文件是 UTF-16 编码/),
      en: expect.stringMatching(/^the file is UTF-16 \(“Unicode”\): an editor saved the receipt again/),
    });
    const zip = readSignedFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0xfd]), 'receipt.json');
    expect(zip.ok ? null : zip.errors[0]?.message.en).toMatch(
      /^this is a ZIP file .*, not a receipt \(JSON text\)/,
    );
  });
});
