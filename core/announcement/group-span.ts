/**
 * Where the first group of `pattern` stands in `text`: the offsets of its first appearance in the match
 * (or its last, where the words before it may hold the same characters), or null when the pattern does
 * not match or the group took nothing. Used to point a read name back at its words.
 */
export function firstGroupSpan(
  pattern: RegExp,
  text: string,
  appearance: 'first' | 'last' = 'first',
): readonly [number, number] | null {
  const found = pattern.exec(text);
  const group = found?.[1];
  if (!found || group === undefined) return null;
  const start = found.index + (appearance === 'last' ? found[0].lastIndexOf(group) : found[0].indexOf(group));
  return [start, start + group.length];
}
