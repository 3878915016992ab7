/**
 * The words of `text` from `first` through `last`: a quotation cut from the constant that quotes the
 * whole provision, so the two cannot drift apart. Throws when the words are not there, at load time.
 */
export function excerpt(text: string, first: string, last: string): string {
  const start = text.indexOf(first);
  const end = start < 0 ? -1 : text.indexOf(last, start + first.length);
  if (end < 0) throw new Error(`no “${first}…${last}” in “${text}”`);
  return text.slice(start, end + last.length);
}
