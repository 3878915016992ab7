/** Full-width forms of ASCII characters (U+FF01–FF5E) sit this far above them. */
const FULL_WIDTH_OFFSET = 0xfee0;

/** The ASCII form of one full-width character (０ → 0, ， → ,, ／ → /). */
export function asciiForm(fullWidth: string): string {
  return String.fromCharCode(fullWidth.charCodeAt(0) - FULL_WIDTH_OFFSET);
}

/**
 * `text` with the full-width characters `which` matches in their ASCII forms. Each caller names its own
 * set (a global pattern): a full-width comma is a thousands separator in a count but may be text elsewhere.
 */
export function withAsciiForms(text: string, which: RegExp): string {
  if (!which.global) throw new Error('withAsciiForms needs a global pattern');
  return text.replace(which, asciiForm);
}
