import type { TextSpan, WrittenCalculation } from './announced-figures.js';
import { exactDecimalOf } from './announced-figures.js';

/**
 * The margin of candidates over seats (差额): `应选村委会成员98名，…正式候选人129名，差额比例为31.6%`. The
 * 差额比例 is the candidates beyond the seats, of the seats: (129 − 98) ÷ 98; `候选人数为应选人数的131.6%` is
 * the candidates of the seats: 129 ÷ 98. Either is kept as a calculation stated with its terms in words
 * (judge-calculations.ts judges it, rule `share`), and never as a share of the candidates: read by the
 * words before 比例 alone, 差额 was a group of people whose base was the 129 candidates.
 *
 * A margin stated as a count (`差额31名`, `差额为2人`) is the candidates less the seats: 129 − 98, kept as a
 * calculation whose result is that count (rule `calculation`), on the same conditions.
 *
 * Only where the paragraph states, within REACH characters before the share, exactly one count of seats (应选…N名) and one of
 * candidates (候选人N名), both exact, with more candidates than seats; otherwise nothing is kept here
 * and the share stays as the reader left it.
 */

/** How far before the share its seats and candidates may be counted: a sentence or two. */
const REACH = 160;
const MARGIN = /差额(?:比例|率)(?:为|是|达到?)?\s?(\d+(?:\.\d+)?)%/g;
/** 差额31名, 差额为2人: the candidates beyond the seats, counted (not 差额14票, a difference of votes). */
const MARGIN_COUNT = /差额(?:为|是)?\s?(\d+)\s?(?:名|人)/g;
const OF_SEATS = /候选人(?:数|人数)?\s*(?:为|是)\s*应选(?:人数|名额|数)的\s*(\d+(?:\.\d+)?)%/g;
const SEATS = /应选(?![举出])[^\d，,；;。\n]{0,16}?(\d+)\s*(?:名|人)/g;
const CANDIDATES = /候选人(?:共|为|有)?\s*(\d+)\s*(?:名|人)/g;
/** Words that make a count no exact one: 约, 近 before it; 多, 余 after it. */
const NOT_EXACT_BEFORE = /[约近逾超]\s*$/;
const NOT_EXACT_AFTER = /^\s*[多余]/;
/** A share followed by 以上, 以下, 左右, 上下 is a bound. */
const BOUND_AFTER = /^(?:以上|以下|左右|上下|之上)/;

interface Counted {
  readonly value: bigint;
  readonly at: number;
}

function exactCounts(paragraph: string, pattern: RegExp, offset: number): Counted[] | null {
  const found: Counted[] = [];
  for (const match of paragraph.matchAll(pattern)) {
    const digits = match[1];
    if (digits === undefined) continue;
    const start = match.index + match[0].lastIndexOf(digits);
    const end = start + digits.length;
    if (NOT_EXACT_BEFORE.test(paragraph.slice(Math.max(0, start - 2), start))) return null;
    if (NOT_EXACT_AFTER.test(paragraph.slice(end, end + 2))) return null;
    found.push({ value: BigInt(digits), at: offset + start });
  }
  return found;
}

export function candidateMargins(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  let from = 0;
  for (const paragraph of folded.split(/\n\s*\n/)) {
    const offset = folded.indexOf(paragraph, from);
    from = offset + paragraph.length;
    if (!paragraph.includes('差额') && !paragraph.includes('应选')) continue;
    for (const [pattern, kind] of [
      [MARGIN, 'beyond'],
      [OF_SEATS, 'of-seats'],
      [MARGIN_COUNT, 'count'],
    ] as const) {
      for (const match of paragraph.matchAll(pattern)) {
        const digits = match[1];
        if (digits === undefined) continue;
        // 差额比例达到20%以上, 约30%: a bound or an approximation, no share to judge.
        const shareEnd = match.index + match[0].length;
        if (BOUND_AFTER.test(paragraph.slice(shareEnd, shareEnd + 2))) continue;
        // 差额31名多, 差额3名以上: no exact count.
        if (kind === 'count' && NOT_EXACT_AFTER.test(paragraph.slice(shareEnd, shareEnd + 2))) continue;
        if (/[约近超逾]/.test(match[0])) continue;
        // Within REACH characters before the share, so that reading stays linear in the text.
        const start = Math.max(0, match.index - REACH);
        const before = paragraph.slice(start, match.index);
        const seats = exactCounts(before, SEATS, offset + start);
        const candidates = exactCounts(before, CANDIDATES, offset + start);
        if (seats?.length !== 1 || candidates?.length !== 1) continue;
        const [seat] = seats;
        const [candidate] = candidates;
        if (!seat || !candidate || candidate.value <= seat.value || seat.value === 0n) continue;
        const span: TextSpan = [offset + match.index, offset + match.index + match[0].length];
        if (kind === 'count') {
          found.push({
            span,
            text: original.slice(span[0], span[1]),
            numerator: candidate.value - seat.value,
            denominator: 1n,
            result: { digits: BigInt(digits), decimals: 0 },
            resultPercent: false,
            statedOf: `${candidate.value} − ${seat.value}`,
          });
          continue;
        }
        const beyond = kind === 'beyond';
        found.push({
          span,
          text: original.slice(span[0], span[1]),
          numerator: beyond ? candidate.value - seat.value : candidate.value,
          denominator: seat.value,
          result: exactDecimalOf(digits),
          resultPercent: true,
          statedOf: beyond
            ? `(${candidate.value} − ${seat.value}) ÷ ${seat.value}`
            : `${candidate.value} ÷ ${seat.value}`,
        });
      }
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
