import type { Bilingual, FindingLocation } from '../model/finding.js';
import { toA1 } from '../spreadsheet/read-workbook.js';

/**
 * A cell of an input in words, as input errors name it: `boxes.csv 第 2 行第 24 列` / `boxes.csv, line 2,
 * column 24`; a workbook's sheet and cell; a JSON path. Null when nothing names the cell.
 */
export function cellWords(cell: FindingLocation | undefined): Bilingual | null {
  if (!cell?.file) return null;
  const { file, line, column } = cell;
  if (cell.path !== undefined) return { zh: `${file} ${cell.path}`, en: `${file}, ${cell.path}` };
  if (cell.sheet !== undefined) {
    if (line === undefined)
      return { zh: `${file} 工作表“${cell.sheet}”`, en: `${file}, sheet “${cell.sheet}”` };
    if (column === undefined)
      return {
        zh: `${file} 工作表“${cell.sheet}”第 ${line} 行`,
        en: `${file}, sheet “${cell.sheet}”, row ${line}`,
      };
    const a1 = toA1(line, column);
    return {
      zh: `${file} 工作表“${cell.sheet}”${a1} 单元格（第 ${line} 行第 ${column} 列）`,
      en: `${file}, sheet “${cell.sheet}”, cell ${a1} (row ${line}, column ${column})`,
    };
  }
  if (line === undefined) return { zh: file, en: file };
  if (column === undefined) return { zh: `${file} 第 ${line} 行`, en: `${file}, line ${line}` };
  return { zh: `${file} 第 ${line} 行第 ${column} 列`, en: `${file}, line ${line}, column ${column}` };
}
