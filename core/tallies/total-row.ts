import type { InputError } from '../model/result.js';

/**
 * Tally sheets end with a totals row (合计, 总计 …); it is neither a box, a contest nor a candidate, and
 * the recount makes its own totals. Shared by the CSV readers and the workbook reader so that a sheet
 * reads the same whichever way it was saved. Matched with spaces left out and English in any case.
 */
const TOTAL_LABELS = new Set(['合计', '总计', '小计', '共计', '总数', 'total']);

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(text.replace(/\s+/gu, '').toLowerCase());
}

/** A table whose rows are all totals holds no box and no vote: refused, as a header alone is. */
export function onlyTotalsError(file: string, line: number, rowKind: { zh: string; en: string }): InputError {
  return {
    file,
    line,
    message: {
      zh: `文件只有表头和合计行，没有任何${rowKind.zh}行`,
      en: `the file holds only its header and totals rows: no ${rowKind.en} rows`,
    },
  };
}
