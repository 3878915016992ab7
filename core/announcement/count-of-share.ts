import type { AnnouncedFigure, GroupFigure, TextSpan } from './announced-figures.js';

/**
 * A share's count written after it in brackets (`女性成员占比40%（2名）`, `党员占60%（3人）`): the bracket
 * holds nothing but a count of people, right after the share, so it is the count of the share's part —
 * the group the share names, a part of the share's base. Returned as that group, or null for any other
 * shape (words in the bracket, a share of ballots, a count in 个).
 */
export function countOfShareInBrackets(
  folded: string,
  span: TextSpan,
  end: number,
  unit: string | null,
  value: bigint,
  last: AnnouncedFigure | null,
): Omit<GroupFigure, 'origin'> | null {
  if (last?.kind !== 'percent' || last.part.kind !== 'group' || last.whole.kind !== 'group') return null;
  if (unit === null || !PEOPLE.has(unit)) return null;
  const shareEnd = last.origin.span?.[1];
  if (shareEnd === undefined || shareEnd > span[0]) return null;
  if (!OPENS.test(folded.slice(shareEnd, span[0])) || !CLOSES.test(folded.slice(end, end + 4))) return null;
  return { kind: 'group', label: last.part.label, partOf: last.whole.label, value };
}

const PEOPLE = new Set(['人', '名', '位']);
/** Only an opening bracket between the share and the count. */
const OPENS = /^[^\S\n]*[（(][^\S\n]*$/;
/** Only a closing bracket after the count (and its unit). */
const CLOSES = /^[^\S\n]*[）)]/;
