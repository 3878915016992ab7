import type { Bilingual } from '../model/finding.js';
import { labelValueMessage, labelValueRows } from '../tallies/label-value-rows.js';
import type { Sheet } from './read-workbook.js';

/**
 * A sheet per box that lists its figures down the page, each label beside its number (`发出选票 | 320`,
 * `收回选票 | 318`, `有效票 | 310`, then a name beside its votes), when no sheet holds a table: the first
 * such sheet, named with its rows and the layout that is read (core/tallies/label-value-rows.ts). Null
 * when no sheet looks so.
 */
export function labelValueSheet(sheets: readonly Sheet[]): Bilingual | null {
  for (const sheet of sheets) {
    const rows = [...sheet.rows].map(([row, cells]) => ({
      row,
      texts: [...cells.values()].map((cell) => cell.text),
    }));
    const found = labelValueRows(rows);
    if (found) return labelValueMessage(found, { zh: `工作表“${sheet.name}”`, en: `sheet “${sheet.name}”` });
  }
  return null;
}
