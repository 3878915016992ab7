/**
 * A whole count as English messages write it, thousands grouped by commas (1,454; 12,345,678), as the
 * pages print counts in English; a number that is not whole is left as it is. Chinese messages keep
 * their counts ungrouped.
 */
export function groupedCount(count: number | bigint): string {
  if (typeof count === 'number' && !Number.isInteger(count)) return String(count);
  const text = String(count);
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  if (!/^\d+$/.test(digits)) return text;
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped ? `${group},${grouped}` : group;
  }
  return sign + grouped;
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
