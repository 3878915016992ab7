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

/**
 * A quote of a notice on one line, each line break (with the spaces around it) shown as ` / `, as a
 * quoted line of verse is: a figure copied from a PDF's wrapped column (`得票⏎986票`) runs over a break
 * that is only the page's, so it is shown as a reader would say it, not as a hidden character.
 */
export function quotedOnOneLine(text: string): string {
  const lines = text.split(/\r\n?|[\n\u0085\u2028\u2029]/u);
  if (lines.length === 1) return text;
  // Trimmed by hand: a regular expression anchored on a run of spaces costs the square of the run.
  const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u3000';
  return lines
    .map((line, at) => {
      let start = 0;
      let end = line.length;
      if (at > 0) while (start < end && isSpace(line[start])) start += 1;
      if (at < lines.length - 1) while (end > start && isSpace(line[end - 1])) end -= 1;
      return line.slice(start, end);
    })
    .join(' / ');
}
