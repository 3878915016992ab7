/**
 * A two-character name padded to the width of three with an ideographic space between its characters
 * (`王\u3000林`, `主任：王\u3000林，得票1012票`, `王\u3000林当选为主任`), as notices align names in their lists and
 * columns (and headings: `姓\u3000名`, `主\u3000任`). Read as written, `王\u3000林` was two pieces of one character and no
 * name, so its votes and its declaration went unread. The space is taken out before reading, as invisible
 * characters are (invisible-characters.ts: the spans read are moved back onto the text as given).
 *
 * Only where the two characters are a word of their own: one U+3000 alone between two Chinese characters,
 * with no Chinese character right before the first nor right after the second, and neither of them one of a
 * run of single characters parted by spaces (`王\u3000林\u3000男` in a row of one-character cells, a letter-spaced line:
 * which characters make the name is not plain, and nothing is taken out).
 */

const IDEOGRAPHIC_SPACE = 0x3000;
const isGap = (unit: number): boolean => unit === 0x20 || unit === IDEOGRAPHIC_SPACE || unit === 0xa0;
const isHan = (unit: number): boolean =>
  (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x4e00 && unit <= 0x9fff) || unit === 0x3007;

/** A post glued right before a name: 主任, 副主任, 委员, 候选人. */
const POST_BEFORE = /(?:主任|委员|候选人)$/;
/** The name's votes or its declaration glued right after it: 得票, 当选. */
const VOTES_AFTER = /^(?:得票|当选)/;

/** Whether the character at `at` is a Chinese character alone: no Chinese character on either side of it. */
function lonePiece(text: string, at: number): boolean {
  if (at < 0 || at >= text.length || !isHan(text.charCodeAt(at))) return false;
  return (
    !(at > 0 && isHan(text.charCodeAt(at - 1))) && !(at + 1 < text.length && isHan(text.charCodeAt(at + 1)))
  );
}

/**
 * For each UTF-16 unit of the text, 1 where it is the padding space of a two-character word to take out;
 * null when there is none. One pass over the text.
 */
export function namePaddingGaps(text: string): Uint8Array | null {
  let dropped: Uint8Array | null = null;
  for (let at = text.indexOf('\u3000'); at >= 0; at = text.indexOf('\u3000', at + 1)) {
    if (at < 1 || at + 1 >= text.length) continue;
    if (!isHan(text.charCodeAt(at - 1)) || !isHan(text.charCodeAt(at + 1))) continue;
    // No Chinese character right before the first nor right after the second: the two are a word alone —
    // but for a post glued before the name (主任王\u3000林) and its votes or declaration right after (王\u3000林当选).
    if (
      at >= 2 &&
      isHan(text.charCodeAt(at - 2)) &&
      !POST_BEFORE.test(text.slice(Math.max(0, at - 5), at - 1))
    )
      continue;
    if (
      at + 2 < text.length &&
      isHan(text.charCodeAt(at + 2)) &&
      !VOTES_AFTER.test(text.slice(at + 2, at + 4))
    )
      continue;
    // Neither is one of a run of single characters parted by gaps (王\u3000林\u3000男, 参 加 投 票).
    if (at >= 2 && isGap(text.charCodeAt(at - 2)) && lonePiece(text, at - 3)) continue;
    if (at + 2 < text.length && isGap(text.charCodeAt(at + 2)) && lonePiece(text, at + 3)) continue;
    dropped ??= new Uint8Array(text.length);
    dropped[at] = 1;
  }
  return dropped;
}
