import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './read-workbook.js';
import { writeXlsx } from './write-xlsx.js';
import { readZipEntries } from './zip-entries.js';
import { scanXml } from './xml-scan.js';

const rows = (xml: string) => {
  const seen: string[] = [];
  const problem = scanXml(xml, {
    open: (name, attributes) => {
      if (name === 'row') seen.push(attributes.get('r') ?? '');
    },
    close: () => {},
    text: () => {},
  });
  return { seen, problem };
};

const SHEET =
  '<?xml version="1.0"?><worksheet><sheetData>' +
  '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>' +
  '</sheetData></worksheet>';

describe('a workbook part cut short', () => {
  it('reads a whole part, self-closing elements included', () => {
    expect(rows(SHEET)).toEqual({ seen: ['1', '2'], problem: undefined });
    expect(
      rows('<x:worksheet><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>').problem,
    ).toBeUndefined();
  });

  it('is refused, not read as a shorter sheet, wherever it is cut', () => {
    const lastRow = SHEET.lastIndexOf('<row');
    expect(rows(SHEET.slice(0, lastRow)).problem).toBe('the part ends inside <sheetData>: it is cut short');
    expect(rows(SHEET.slice(0, SHEET.indexOf('</sheetData>'))).problem).toMatch(/ends inside <sheetData>/);
    expect(rows(SHEET.slice(0, SHEET.lastIndexOf('</c>'))).problem).toMatch(
      /ends inside <v>|ends inside <c>/,
    );
  });

  it('refuses an element closed out of order or never opened', () => {
    expect(rows(SHEET.replace('</sheetData>', '')).problem).toBe('</worksheet> where </sheetData> was due');
    expect(rows('<a></a></b>').problem).toBe('</b> closes no element');
  });
});

describe('a workbook whose sheet is cut short', () => {
  it('is refused in both languages, naming the part and the sheet', () => {
    const whole = writeXlsx([
      {
        name: '计票单',
        rows: [
          ['票箱', '得票'],
          ['central', 670],
          ['north', 311],
        ],
      },
    ]);
    // The same workbook with the sheet's last row and closing tags gone, the archive rebuilt around it.
    const zip = readZipEntries(whole, () => true);
    if (!zip.ok) throw new Error('the written workbook does not read');
    const sheetXml = new TextDecoder().decode(zip.entries.get('xl/worksheets/sheet1.xml'));
    const cut = sheetXml.slice(0, sheetXml.lastIndexOf('<row'));
    const read = readWorkbook(rezip(zip.entries, 'xl/worksheets/sheet1.xml', cut));
    expect(read).toEqual({
      ok: false,
      message: {
        zh: expect.stringMatching(
          /^工作簿的 xl\/worksheets\/sheet1\.xml（计票单） 已损坏或不完整.*重新保存$/,
        ),
        en: expect.stringMatching(
          /is damaged or incomplete, not valid XML \(the part ends inside <sheetData>: it is cut short\)/,
        ),
      },
    });
  });
});

function rezip(entries: ReadonlyMap<string, Uint8Array>, replaced: string, text: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, bytes] of entries) files[name] = name === replaced ? strToU8(text) : bytes;
  return zipSync(files);
}
