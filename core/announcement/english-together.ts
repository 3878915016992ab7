import type { ExactDecimal, TextSpan, WrittenCalculation } from './announced-figures.js';
import { judgePercent } from './percent-rule.js';

/**
 * English counts of two or more groups, then one share of them together: `12 women and 8 young members,
 * together 44.4% of the 45 members`, `Of the 30 members elected, 9 are women and 6 are under 35, combined
 * accounting for 50.0%`. The share is the groups' sum over the whole the sentence names — after the share
 * (`of the 45 members`) or at its start (`Of the 30 members elected,`), the same count if both — kept as a
 * calculation stated with its terms (judge-calculations.ts, rule `share`).
 *
 * Which groups is certain only when the sentence, from its start (or from `Of the N …,`) to `together`,
 * is nothing but the list: each piece a count and its words (`12 women`, `6 are under 35`), parted by a
 * comma or `and`. Anything else before them, a list cut by `;` (`…; together they account for`), a word
 * of approximation, a part larger than the whole or no whole named leave the share as the reader left
 * it. The groups may overlap (a woman may be a young member), when `together` may mean the people in
 * either: a share below the sum's is then no sure error, and is left as before too; one that agrees
 * with the sum, or exceeds it, is kept.
 */

/** How far before `together` the sentence's list may start, and how far after it the share stands. */
const LIST_REACH = 200;
const SHARE_REACH = 100;
const TOGETHER = /\b(?:together|combined|altogether)\b/gi;
const SHARE_AFTER = new RegExp(
  String.raw`^,? ?(?:(?:they|which) )?(?:(?:accounting|accounted|account|accounts) for |(?:making|make|makes|made) up |(?:are|were|form|formed|represent|represented|representing) )?(\d{1,3}(?:\.(\d{1,3}))?) ?(?:%|per ?cent\b)`,
  'i',
);
/** The whole after the share: ` of the 45 members`, ` of all 30 members elected`. */
const WHOLE_AFTER =
  /^ of (?:the |all )(\d{1,3}(?:,\d{3})+|\d{1,7}) [a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}(?=[,.;)\n]|$)/i;
/** The whole at the sentence's start: `Of the 30 members elected, `, `Among the 45 members, `. */
const WHOLE_BEFORE =
  /^(?:of|among) (?:the |all )?(\d{1,3}(?:,\d{3})+|\d{1,7}) [a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}, /i;
/** Words that make the share no exact one: about 44%, nearly, more than. */
const LOOSE = /\b(?:about|around|nearly|almost|over|more than|less than|some|roughly|approximately)\b/i;
/** A piece of the list: a count and its words (`12 women`, `6 are under 35`). */
const PIECE = /^(\d{1,7}) (.+)$/;
/** Its words, once an age band's number is taken out: letters only. */
const PIECE_WORDS = /^[a-z][a-z' -]*$/i;
const AGE_BAND = /\b(?:under|over|aged|below|above) \d{1,3}\b/g;
/** The end of the sentence before the list: a stop (not a decimal point), `;`, `:`, a line break. */
const SENTENCE_END = /[!?;:\n]|\.(?!\d)/g;

const count = (written: string): bigint => BigInt(written.replace(/,/g, ''));

export function englishSharesTogether(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  for (const keyword of folded.matchAll(TOGETHER)) {
    const at = keyword.index;
    const afterKeyword = at + keyword[0].length;
    const share = SHARE_AFTER.exec(folded.slice(afterKeyword, afterKeyword + SHARE_REACH));
    if (!share?.[1]) continue;
    const shareEnd = afterKeyword + share[0].length;
    const wholeAfter = WHOLE_AFTER.exec(folded.slice(shareEnd, shareEnd + SHARE_REACH));
    // The sentence before `together`, from its start within LIST_REACH.
    const windowStart = Math.max(0, at - LIST_REACH);
    const window = folded.slice(windowStart, at);
    let sentenceStart = 0;
    for (const end of window.matchAll(SENTENCE_END)) sentenceStart = end.index + end[0].length;
    if (sentenceStart === 0 && windowStart > 0) continue;
    let sentence = window.slice(sentenceStart).trimStart();
    const listStart = windowStart + sentenceStart + (window.length - sentenceStart - sentence.length);
    if (LOOSE.test(sentence.slice(-16)) || LOOSE.test(share[0])) continue;
    const wholeBefore = WHOLE_BEFORE.exec(sentence);
    let offset = listStart;
    if (wholeBefore) {
      sentence = sentence.slice(wholeBefore[0].length);
      offset += wholeBefore[0].length;
    }
    const wholes = [wholeAfter?.[1], wholeBefore?.[1]].filter((one) => one !== undefined).map(count);
    const [whole] = wholes;
    if (whole === undefined || wholes.some((one) => one !== whole) || whole === 0n) continue;
    // The commas and spaces before `together`, taken off from the end (no regex run over them).
    let cut = sentence.length;
    while (cut > 0 && (sentence[cut - 1] === ' ' || sentence[cut - 1] === ',')) cut--;
    const list = sentence.slice(0, cut);
    const pieces = list.split(/, and |, | and /);
    if (pieces.length < 2) continue;
    const parts: bigint[] = [];
    for (const piece of pieces) {
      const match = PIECE.exec(piece);
      if (!match?.[1] || !match[2] || !PIECE_WORDS.test(match[2].replace(AGE_BAND, 'age'))) break;
      parts.push(count(match[1]));
    }
    if (parts.length !== pieces.length || parts.some((part) => part > whole)) continue;
    const sum = parts.reduce((total, part) => total + part, 0n);
    if (sum > whole) continue;
    const fraction = share[2] ?? '';
    const result: ExactDecimal = { digits: BigInt(share[1].replace('.', '')), decimals: fraction.length };
    // Below the sum's share: perhaps the people in either of overlapping groups; no sure verdict.
    const agrees = judgePercent(result, sum, whole).kind === 'agrees';
    const above = result.digits * whole > sum * 100n * 10n ** BigInt(result.decimals);
    if (!agrees && !above) continue;
    const end = wholeAfter ? shareEnd + wholeAfter[0].length : shareEnd;
    const span: TextSpan = [offset, end];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: sum,
      denominator: whole,
      result,
      resultPercent: true,
      statedOf: `(${parts.join(' + ')}) of ${whole}`,
    });
  }
  return found;
}
