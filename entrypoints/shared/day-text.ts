import { withAsciiForms, type Bilingual } from '../../core/index.js';

/**
 * A day as an observer types it, read as `YYYY-MM-DD` (what the packs, the version line and the command
 * line use): `2026-04-18`, `2026-4-18`, `2026/4/18`, `2026.4.18` or `2026年4月18日`, in full-width
 * digits too. Empty is no day; anything else is refused with words saying why, never guessed at.
 */
export type DayText =
  { readonly ok: true; readonly day: string | null } | { readonly ok: false; readonly problem: Bilingual };

const SEPARATED = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const WRITTEN = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Full-width digits and separators (２０２６／４／１８) as their ASCII forms. */
const halfWidth = (text: string): string => withAsciiForms(text, /[\uff10-\uff19\uff0d\uff0f\uff0e]/g);

const two = (n: number) => String(n).padStart(2, '0');

export function readDayText(typed: string): DayText {
  const text = halfWidth(typed.trim()).replace(/－|—|–/g, '-');
  if (text === '') return { ok: true, day: null };
  const match = SEPARATED.exec(text) ?? WRITTEN.exec(text);
  if (!match)
    return {
      ok: false,
      problem: {
        zh: `看不懂“${typed.trim()}”这个日期。请按 年-月-日 写，例如 2026-04-18。`,
        en: `“${typed.trim()}” is not a day this page can read. Write it as year-month-day, e.g. 2026-04-18.`,
      },
    };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12)
    return {
      ok: false,
      problem: {
        zh: `没有${month}月：月份是 1 到 12。请按 年-月-日 写，例如 2026-04-18。`,
        en: `There is no month ${month}: months run from 1 to 12. Write the day as year-month-day, e.g. 2026-04-18.`,
      },
    };
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last)
    return {
      ok: false,
      problem: {
        zh: `${year}年${month}月没有${day}日：这个月只有 ${last} 天。请检查日期。`,
        en: `${MONTHS_EN[month - 1]} ${year} has no day ${day}: it has ${last} days. Please check the day.`,
      },
    };
  return { ok: true, day: `${year}-${two(month)}-${two(day)}` };
}
