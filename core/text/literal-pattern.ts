/** Words as a regular expression's source that matches them literally: each of its special characters escaped. */
export function literalPattern(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
