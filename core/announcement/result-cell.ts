import type { AnnouncedContest } from './announced-figures.js';
import type { ContestResolver } from './resolve-contest.js';

/**
 * What a vote table's result cell (是否当选, 选举结果) declares: elected or not, and the post it names
 * when it names one (`当选（主任）`, `当选(委员)`, `当选为副主任`, `当选主任`), as notices of one ballot for
 * every post publish. Null for a cell that says neither (`待定`, `当选（连任）`: a note on no post).
 */
export type ResultCell =
  | { readonly elected: true; readonly post: AnnouncedContest | null }
  | { readonly elected: false; readonly shortOfHalf?: true };

const YES = /^(是|当选|✓|√|已当选)$/;
/**
 * Not elected: 否, 未当选, and a row's outcome in words, its votes short of half (未过半数, 得票未过半数,
 * 未超过半数) or tied with another's (票数相等): words, never a figure of the election.
 */
const NO =
  /^(否|未当选|落选|×|—|-|(?:得票|票数)?(?:未过半数?|未超过半数|未达到?半数|不足半数|没有过半数?)|(?:得票|票数)(?:相等|相同))$/;
/**
 * Words saying a row's votes fell short of half (未过半数, 得票未过半数, 未超过半数, 不足半数), perhaps followed by
 * 未当选 (得票未过半数，未当选): a claim about the votes, held to the vote's own voters (short-of-half-claim.ts).
 * 未当选 or 否 alone says no such thing: a row over half may lose on seats.
 */
export const SHORT_OF_HALF =
  /^(?:得票|票数)?(?:未过半数?|未超过半数|未达到?半数|不足半数|没有过半数?)(?:[，,、；;]?(?:未当选|落选))?$/;
/** 当选 and a post, in brackets or not: the words the post is read from. */
const ELECTED_AS = /^已?当选(?:为)?(?:[(（]([^()（）]{1,12})[)）]|([^()（）]{1,12}))$/;

const OWN_POST = /^(?:村民委员会|村委会|居民委员会|居委会)?(?:副?主任|委员)$/;

export function readResultCell(text: string, resolveContest: ContestResolver): ResultCell | null {
  const cell = text.replace(/\s/g, '');
  if (YES.test(cell)) return { elected: true, post: null };
  if (SHORT_OF_HALF.test(cell)) return { elected: false, shortOfHalf: true };
  if (NO.test(cell)) return { elected: false };
  const words = ELECTED_AS.exec(cell);
  const named = words?.[1] ?? words?.[2] ?? '';
  // Only the committee's own posts: 村务监督委员会主任 is a post of another body.
  const post = OWN_POST.test(named) ? resolveContest(named) : null;
  return post ? { elected: true, post } : null;
}

/** Two posts are one when their ids agree, or, without ids, their words. */
export function samePost(a: AnnouncedContest, b: AnnouncedContest): boolean {
  return a.id !== null && b.id !== null ? a.id === b.id : a.text === b.text;
}
