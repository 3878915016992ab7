import type { Lang } from '../../shared/i18n.js';

/** The locale each language of the pages formats numbers in. */
export const localeOf = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

const counts = new Map<Lang, Intl.NumberFormat>();
const percents = new Map<Lang, Intl.NumberFormat>();

/** A whole count with the locale's grouping: 1,476. Null or absent is a dash. */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  let format = counts.get(lang);
  if (!format) counts.set(lang, (format = new Intl.NumberFormat(localeOf(lang))));
  return format.format(value);
}

/** A share given in integer tenths of a percent (see integer-share.ts), shown with one decimal: 69.0%. */
export function formatTenthsOfPercent(tenths: number | null, lang: Lang): string {
  if (tenths === null) return '—';
  let format = percents.get(lang);
  if (!format)
    percents.set(
      lang,
      (format = new Intl.NumberFormat(localeOf(lang), {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      })),
    );
  // One decimal of a percent: tenths / 1000 is within rounding error of it, far from any tie.
  return format.format(tenths / 1000);
}

const wholePercents = new Map<Lang, Intl.NumberFormat>();

/** An axis tick: a whole percent, 50%. */
export function formatWholePercent(percent: number, lang: Lang): string {
  let format = wholePercents.get(lang);
  if (!format)
    wholePercents.set(lang, (format = new Intl.NumberFormat(localeOf(lang), { style: 'percent' })));
  return format.format(percent / 100);
}
