import type { Bilingual } from '../model/finding.js';
import { withAsciiForms } from '../text/ascii-forms.js';

/**
 * What a count on a tally sheet may be: a whole number from 0 to 1,000,000,000. No box, contest or
 * electorate of a committee election comes near it, and the bound keeps every total exact: an input is
 * at most 64 MB (SMALL_FILE_LIMIT), so it holds fewer than 8.4 million counts, and their sum stays
 * below 8.4 × 10^15 < 2^53 − 1, where JavaScript numbers stop being exact. (With counts up to 2^53 − 1,
 * two boxes returning 2^53 − 1 and 2 summed to 2^53, silently.) Shared by the CSV and JSON readers so
 * that both say the same thing about the same mistake.
 */
export type CountReading =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: Bilingual };

export const MAX_COUNT = 1_000_000_000;
const MAX_COUNT_BIG = BigInt(MAX_COUNT);

const problem = (zh: string, en: string): CountReading => ({ ok: false, message: { zh, en } });
const TOO_LARGE = problem('数字大得不合理（超过 10 亿）', 'number is absurdly large (above 1,000,000,000)');
const NEGATIVE = problem('不能为负数', 'must not be negative');
const NOT_INTEGER = problem('应为整数', 'must be a whole number');

/** A count given as a JSON value. */
export function countFromJson(value: unknown): CountReading {
  if (typeof value !== 'number') return problem('应为数字', 'must be a number');
  if (!Number.isInteger(value)) return NOT_INTEGER;
  if (value < 0) return NEGATIVE;
  if (value > MAX_COUNT) return TOO_LARGE;
  return { ok: true, value };
}

/**
 * A count written in a CSV cell (already trimmed). Accepted beyond plain digits, because spreadsheets and
 * Chinese input methods write them: full-width digits (１２), thousands separators in proper groups
 * (1,032, or full-width １，０３２), and a zero fraction (12.00). Anything else is refused rather than guessed.
 */
export function countFromCell(cell: string): CountReading {
  if (cell === '') return problem('单元格为空', 'the cell is empty');
  const marks = zhengCount(cell);
  if (marks !== null) return marks;
  // Full-width digits, comma and full stop: the same count as their ASCII forms.
  const text = withAsciiForms(cell, /[０-９，．]/g);
  const digits = /^[-－−]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/.exec(text);
  if (!digits?.[1]) {
    if (/^[-－−]?[\d,]*\.\d+$/.test(text) || /^[-－−]?\d+(?:\.\d+)?[eE][+-]?\d+$/.test(text))
      return NOT_INTEGER;
    return cell.includes('正')
      ? problem(
          `“${cell}”不是数字，也不是正字记票（每个“正”为 5 票，末尾的“一”“丅”“下”“止”为 1 至 4 票）`,
          `“${cell}” is not a number, nor tally marks (each 正 is 5 votes, then 一, 丅, 下 or 止 at the end for 1 to 4)`,
        )
      : problem(`“${cell}”不是数字`, `“${cell}” is not a number`);
  }
  if (/^[-－−]/.test(text) && /[1-9]/.test(digits[1])) return NEGATIVE;
  const value = BigInt(digits[1].replace(/,/g, ''));
  if (value > MAX_COUNT_BIG) return TOO_LARGE;
  return { ok: true, value: Number(value) };
}

const LONE_STROKE = problem(
  '“一”可能是 1 票的正字笔画，也可能是表示没有票的横线：请写成数字（1 或 0）',
  '“一” may be one stroke of a 正 (1 vote) or a dash for none: write the count as a number (1 or 0)',
);

/** The strokes of the 正 being written, after the finished ones: 1 to 4 votes (as the live tally shows them). */
const PARTIAL_STROKES = new Map([
  ['一', 1],
  ['丅', 2],
  ['下', 3],
  ['止', 4],
]);

/**
 * A count written as 正 tally marks (正字记票), as observers and counting staff keep it and type it into a
 * sheet: each 正 is five votes, and one partial character at the end (一 丅 下 止) one to four more;
 * spaces between the groups are allowed. Any other mix is not tally marks (null).
 */
function zhengCount(cell: string): CountReading | null {
  const marks = cell.replace(/\s/gu, '');
  if (marks === '') return null;
  // A lone 一 is as often a dash typed for "none" as one stroke of a 正: refused rather than guessed.
  if (marks === '一') return LONE_STROKE;
  const partial = PARTIAL_STROKES.get(marks.at(-1) ?? '');
  const full = partial === undefined ? marks : marks.slice(0, -1);
  for (const character of full) if (character !== '正') return null;
  const value = full.length * 5 + (partial ?? 0);
  return value > MAX_COUNT ? TOO_LARGE : { ok: true, value };
}
