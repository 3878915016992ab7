/**
 * The text with its line breaks written as `<U+000A>` (as visibleName writes hidden characters): a
 * name from a quoted CSV cell may hold one, and printed as it is, `chen-⏎jianhua 670` would show
 * a second row, a person "jianhua" with 670 votes, in a table of the report.
 */
export function oneLine(text: string): string {
  return text.replace(
    /[\n\r\u0085\u2028\u2029]/gu,
    (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
