/** The standard library's English grouping, in every runtime the core runs in (worker, Node, tests). */
const EN_GROUPED = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

/**
 * A whole count as English messages write it, thousands grouped by commas (1,454; 12,345,678), as the
 * pages print counts in English; a number that is not whole is left as it is. Chinese messages keep
 * their counts ungrouped.
 */
export function groupedCount(count: number | bigint): string {
  if (typeof count === 'number' && !Number.isInteger(count)) return String(count);
  return EN_GROUPED.format(count);
}

/**
 * A template tag for English messages: every whole number or bigint put in is grouped (`groupedCount`),
 * text put in is left as it is (a quoted figure keeps the notice's own writing).
 */
export function enCounts(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text +=
      (typeof value === 'number' || typeof value === 'bigint' ? groupedCount(value) : String(value)) +
      (strings[index + 1] ?? '');
  });
  return text;
}

/** "1 seat", "3 seats", "1,454 votes": a count with its English noun, for messages (the Chinese ones need no plural). */
export function englishCount(count: number | bigint, singular: string, plural = `${singular}s`): string {
  return `${groupedCount(count)} ${Number(count) === 1 ? singular : plural}`;
}
