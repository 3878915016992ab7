import { describe, expect, it } from 'vitest';
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
