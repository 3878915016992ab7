/** "1 seat", "3 seats": a count with its English noun, for messages (the Chinese ones need no plural). */
export function englishCount(count: number | bigint, singular: string, plural = `${singular}s`): string {
  return `${count} ${Number(count) === 1 ? singular : plural}`;
}
