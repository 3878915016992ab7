import type { AnnouncedFigure } from './announced-figures.js';

/**
 * 参加投票的选民占登记选民的85.4%，计1,288人: people counted right after a turnout whose base the text states
 * as the registered voters, named by nothing but 计 (共计): the turnout's part, the voters who took part.
 * The rules are in docs/announcement.md (“Turnout and quorum”).
 */

/** 计, 共计: a count named by nothing else. */
const COUNTED_ONLY = /^[\s，,]*(?:共计|计)[为有:：]?$/;

/** The registered voters named as a share's base: 占登记选民的, 占全村登记选民总数的. */
const OF_REGISTERED = /占(?:全体|全部|全村|本村|全社区|本社区)?登记选民(?:总数|人数|数)?的/;

/** Between the turnout and 计: a comma, or the same share restated with its base (，占登记选民的85.4%，). */
const RESTATED =
  /^[，,]占(?:全体|全部|全村|本村|全社区|本社区)?登记选民(?:总数|人数|数)?的(\d{1,3}(?:\.\d{1,6})?)[%％][，,]$/;

/** The share's digits as written (85.4 of 参选率为85.4%). */
function writtenShare(text: string): string | null {
  return /(\d{1,3}(?:\.\d{1,6})?)\s*[%％]$/.exec(text)?.[1] ?? null;
}

/**
 * Whether the count labelled `label` (its words from `labelStart` in `folded`) is the voters of the turnout
 * read just before it (`last`): 计 or 共计 alone, right after that share with nothing but a comma between,
 * and the share's base stated in its words as the registered voters — or the share restated so right
 * before 计 (参选率为85.4%，占登记选民的85.4%，计1,288人). A share of another part (女性选民占登记选民的48.0%) is
 * not a turnout, and 计 after it not the voters.
 */
export function votersAfterTurnout(
  label: string,
  folded: string,
  labelStart: number,
  last: AnnouncedFigure | null,
): boolean {
  if (!COUNTED_ONLY.test(label) || last?.kind !== 'percent') return false;
  if (last.part.kind !== 'count' || last.part.meaning !== 'cast' || last.part.among !== undefined)
    return false;
  if (last.whole.kind !== 'count' || last.whole.meaning !== 'registered') return false;
  const end = last.origin.span?.[1];
  if (end === undefined || end > labelStart) return false;
  const between = folded.slice(end, labelStart).replace(/\s/g, '');
  if (/^[，,]$/.test(between)) return OF_REGISTERED.test(last.origin.text);
  const restated = RESTATED.exec(between)?.[1];
  return restated !== undefined && restated === writtenShare(last.origin.text);
}
