/** "1 seat", "3 seats": a count with its English noun, for messages (the Chinese ones need no plural). */
export function englishCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
