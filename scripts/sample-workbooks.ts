// Writes the bundled sample's tally sheets as workbooks: samples/qingshan-village/tally-sheets.xlsx and
// tally-sheets-by-box.xlsx (see core/spreadsheet/testing/sample-workbooks.ts). Run: npx tsx scripts/sample-workbooks.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { sampleWorkbooks } from '../core/spreadsheet/testing/sample-workbooks.js';

const dir = new URL('../samples/qingshan-village/', import.meta.url);
const workbooks = sampleWorkbooks(
  readFileSync(new URL('boxes.csv', dir), 'utf8'),
  readFileSync(new URL('tallies.csv', dir), 'utf8'),
);
writeFileSync(new URL('tally-sheets.xlsx', dir), workbooks.plain);
writeFileSync(new URL('tally-sheets-by-box.xlsx', dir), workbooks.byBox);
