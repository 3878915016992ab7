/**
 * A field of a CSV file the project writes for its own readers: quoted when it holds a comma, a quote,
 * a line break, or spaces at either end (which a reader that trims cells would otherwise drop).
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
