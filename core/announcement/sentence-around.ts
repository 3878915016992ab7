/**
 * The sentence of `text` that holds position `at`: from after the last 。 or line break before it to the next
 * 。 or line break (or the text's end), neither included. A plain cut for readers that look at one sentence
 * only; the reader's segmentation (text-places.ts) splits clauses too.
 */
export function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const stop = text.slice(at).search(/[。\n]/);
  return text.slice(start, stop < 0 ? text.length : at + stop);
}
