import type { AnnouncedFigure, ExactDecimal, TextSpan, WrittenCalculation } from './announced-figures.js';
import { englishFractions } from './english-fractions.js';
import { englishSharesTogether } from './english-together.js';
import { englishTurnoutRows } from './english-turnout-table.js';
import { spanOverlaps } from './linear-scans.js';

/**
 * Calculations written out with their result (`3÷(5+7-3)×100%=33.3%`, `315+294+17=626`,
 * `315 ＋ 294 ＝ 609`): the left side is worked out exactly and kept beside the result stated, so that
 * the result can be judged (judge-calculations.ts). Only a whole expression of numbers, signs and
 * brackets with one result after `=` (or `≈`) is taken; anything else in it — a word, a unit, a chain of
 * results (`=5+2=7`), a scale word after the result (`=3万`) — leaves its numbers unread as before
 * (`in-expression`). The text is folded (normalize-text.ts), so full-width signs are half-width here.
 */

/** How far before `=` the left side may reach: a calculation in a notice is short. */
const LEFT_REACH = 64;
/** Characters a written-out left side is made of. */
const LEFT_CHAR = /[\d.,%()+\-−–×*÷/ \t]/;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)?/;
/** The result: one number, a percent sign or none. */
const RESULT = /^[ \t]*((?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.(\d+))?)[ \t]*(%)?/;
/** After the result: nothing that continues an expression or scales the number. */
const GOES_ON = /^[ \t]*(?:[\d=≈+\-−–×*÷/(%万亿千百]|[.,]\d)/;

type Token =
  | { readonly kind: 'number'; readonly value: Ratio; readonly percent: boolean; readonly at: number }
  | { readonly kind: 'sign'; readonly sign: '+' | '-' | '*' | '/'; readonly at: number }
  | { readonly kind: 'open' | 'close'; readonly at: number };

interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export function writtenCalculations(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  for (const equals of folded.matchAll(/[=≈]/g)) {
    const at = equals.index;
    const result = RESULT.exec(folded.slice(at + 1, at + 40));
    if (!result?.[1]) continue;
    const resultEnd = at + 1 + result[0].length;
    if (GOES_ON.test(folded.slice(resultEnd, resultEnd + 3))) continue;
    let from = at;
    while (from > Math.max(0, at - LEFT_REACH) && LEFT_CHAR.test(folded[from - 1] ?? '')) from--;
    const left = leftSide(folded.slice(from, at), from);
    if (!left) continue;
    const resultPercent = result[3] !== undefined;
    // 3÷9×100%=33.3: a percent on the left and none in the result: which is meant is unclear. And
    // 32-20=12%: points of a percentage written without %, no ratio; a ratio in % divides (3÷9=33.3%).
    if (left.percent !== resultPercent && (left.percent || !left.divides)) continue;
    const fraction = result[2] ?? '';
    const stated: ExactDecimal = {
      digits: BigInt(result[1].replace(/[.,]/g, '')),
      decimals: fraction.length,
    };
    const end = at + 1 + result[0].trimEnd().length;
    const span: TextSpan = [left.start, end];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: left.value.n,
      denominator: left.value.d,
      result: stated,
      resultPercent,
    });
  }
  // concat, not push(...): a hostile text holds more than a call's arguments can.
  return found
    .concat(
      fractionsBesideShares(folded, original),
      englishFractions(folded, original),
      englishTurnoutRows(folded, original),
      englishSharesTogether(folded, original),
    )
    .sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * A share with its fraction in brackets right after it: 89.14%（1100/1234）, 40%（2÷5）. A number is tried
 * from no digit that a start before it covers, so that a long run of digits (or of groups 1,234,567…)
 * is read once, not from each of its digits: as a plain number from the run's first digit only; in
 * groups of three from a run's first digit, or from three digits before the first comma, or from a
 * group after a comma that is not one of three (which no group before it can reach).
 */
const BESIDE =
  /((?:(?:(?<!\d)(?<!\d,)|(?<=\d)(?=\d{3},)|(?<=\d,)(?!\d{3},))\d{1,3}(?:,\d{3})+(?![\d,])|(?<!\d)\d+)(?:\.(\d+))?)[ \t]*%[ \t]*[(]([\d.,%+\-−–×*÷/() \t]{3,60}?)[)]/g;

/**
 * `投票率89.14%（1100/1234）`: the bracket holds nothing but a calculation that divides, so it is the
 * share's own fraction, and the share its result. Marked `besideShare`: the share is read as a figure of
 * its own as well (with its meaning), and the two are judged each on its own ground.
 */
function fractionsBesideShares(folded: string, original: string): WrittenCalculation[] {
  const found: WrittenCalculation[] = [];
  if (!/%[ \t]*\(/.test(folded)) return found;
  for (const match of folded.matchAll(BESIDE)) {
    const [written, share, fraction = '', inner] = match;
    if (share === undefined || inner === undefined) continue;
    const innerStart = match.index + written.lastIndexOf(inner, written.length - 1);
    const tokens = tokenize(inner, innerStart);
    if (tokens.length === 0 || tokens[0]?.at !== innerStart + inner.search(/\S/)) continue;
    const signs = tokens.filter((token) => token.kind === 'sign');
    if (!signs.some((token) => token.sign === '/')) continue;
    // 2021/5/1: a date, no fraction (divisions only, more than one).
    if (signs.length > 1 && signs.every((token) => token.sign === '/')) continue;
    const value = evaluate(tokens);
    // A part of its whole: no more than all of it.
    if (!value || value.n < 0n || value.n > value.d) continue;
    const span: TextSpan = [match.index, match.index + written.length];
    found.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: value.n,
      denominator: value.d,
      result: { digits: BigInt(share.replace(/[.,]/g, '')), decimals: fraction.length },
      resultPercent: true,
      besideShare: true,
    });
  }
  return found;
}

/**
 * The longest well-formed expression that ends the run before `=` and holds a sign: a run may begin
 * with what belongs to the words before (`，3÷9` folds to `,3÷9`). Null when none, when it divides by
 * zero, or when it comes out below zero (2021-2024: no calculation a notice states).
 */
function leftSide(
  run: string,
  offset: number,
): { start: number; value: Ratio; percent: boolean; divides: boolean } | null {
  const tokens = tokenize(run, offset);
  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first];
    if (!token || (token.kind !== 'number' && token.kind !== 'open')) continue;
    const slice = tokens.slice(first);
    if (!slice.some((t) => t.kind === 'sign')) return null;
    const value = evaluate(slice);
    if (value && value.n >= 0n)
      return {
        start: token.at,
        value,
        percent: slice.some((t) => t.kind === 'number' && t.percent),
        divides: slice.some((t) => t.kind === 'sign' && t.sign === '/'),
      };
  }
  return null;
}

/** The run's tokens; a character that fits none (a lone comma, a point) ends the tokens before it. */
function tokenize(run: string, offset: number): Token[] {
  let tokens: Token[] = [];
  let i = 0;
  while (i < run.length) {
    const char = run.charAt(i);
    if (char === ' ' || char === '\t') {
      i++;
      continue;
    }
    const number = NUMBER.exec(run.slice(i));
    if (number) {
      const written = number[0];
      // 07, 0371: a date's or a telephone's digits, no term.
      if (/^0\d/.test(written)) {
        tokens = [];
        i += written.length;
        continue;
      }
      const percent = run.charAt(i + written.length) === '%';
      tokens.push({ kind: 'number', value: ratioOf(written, percent), percent, at: offset + i });
      i += written.length + (percent ? 1 : 0);
      continue;
    }
    const sign = SIGNS.get(char);
    if (sign) tokens.push({ kind: 'sign', sign, at: offset + i });
    else if (char === '(') tokens.push({ kind: 'open', at: offset + i });
    else if (char === ')') tokens.push({ kind: 'close', at: offset + i });
    else tokens = []; // a comma between clauses, a stray point or percent: what came before is words
    i++;
  }
  return tokens;
}

const SIGNS = new Map<string, '+' | '-' | '*' | '/'>([
  ['+', '+'],
  ['-', '-'],
  ['−', '-'],
  ['–', '-'],
  ['×', '*'],
  ['*', '*'],
  ['÷', '/'],
  ['/', '/'],
]);

function ratioOf(written: string, percent: boolean): Ratio {
  const [whole = '', fraction = ''] = written.replaceAll(',', '').split('.');
  const d = 10n ** BigInt(fraction.length) * (percent ? 100n : 1n);
  return reduced({ n: BigInt(whole + fraction), d });
}

/** expr := term (± term)*; term := factor (×÷ factor)*; factor := number | ( expr ). Null if malformed. */
function evaluate(tokens: readonly Token[]): Ratio | null {
  let at = 0;
  const expression = (depth: number): Ratio | null => {
    let value = term(depth);
    while (value) {
      const token = tokens[at];
      if (token?.kind !== 'sign' || (token.sign !== '+' && token.sign !== '-')) return value;
      at++;
      const right = term(depth);
      if (!right) return null;
      value = token.sign === '+' ? add(value, right) : add(value, { n: -right.n, d: right.d });
    }
    return null;
  };
  const term = (depth: number): Ratio | null => {
    let value = factor(depth);
    while (value) {
      const token = tokens[at];
      if (token?.kind !== 'sign' || (token.sign !== '*' && token.sign !== '/')) return value;
      at++;
      const right = factor(depth);
      if (!right || (token.sign === '/' && right.n === 0n)) return null;
      value =
        token.sign === '*'
          ? reduced({ n: value.n * right.n, d: value.d * right.d })
          : reduced({ n: value.n * right.d, d: value.d * right.n });
    }
    return null;
  };
  const factor = (depth: number): Ratio | null => {
    const token = tokens[at++];
    if (token?.kind === 'number') return token.value;
    if (token?.kind !== 'open' || depth > 8) return null;
    const inner = expression(depth + 1);
    if (tokens[at++]?.kind !== 'close') return null;
    return inner;
  };
  const value = expression(0);
  return value && at === tokens.length ? value : null;
}

function add(a: Ratio, b: Ratio): Ratio {
  return reduced({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

function reduced({ n, d }: Ratio): Ratio {
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The calculations to judge, and the unread numbers that are left once they are: a calculation that
 * overlaps a figure read otherwise is not taken (each number is listed once), and the terms and the
 * result of one taken are shown in its work, not as unread.
 */
export function withCalculations<U extends { readonly span: TextSpan }>(
  found: readonly WrittenCalculation[],
  figures: readonly AnnouncedFigure[],
  unread: readonly U[],
): { calculations: WrittenCalculation[]; unread: U[]; figures: AnnouncedFigure[] } {
  // Figures read where a calculation stands (a share with its fraction beside it is read as a share too;
  // one stated with its part and whole in words, 9 of 312 (2.9%), keeps whatever else its numbers were
  // read as): a calculation over them is not kept.
  const overlapsRead = spanOverlaps(
    figures.flatMap((figure) => (figure.origin.span === undefined ? [] : [figure.origin.span])),
  );
  const overlapsOtherThanShare = spanOverlaps(
    figures.flatMap((figure) =>
      figure.origin.span === undefined || figure.kind === 'percent' ? [] : [figure.origin.span],
    ),
  );
  const calculations = found.filter(
    (calculation) =>
      calculation.statedOf !== undefined ||
      !(calculation.besideShare === true ? overlapsOtherThanShare : overlapsRead)(calculation.span),
  );
  if (calculations.length === 0) return { calculations, unread: [...unread], figures: [...figures] };
  // A share stated with its part and whole in words is judged on them alone, not also as a share read
  // from the words around it (Turnout: 82.1% (1,523 of 1,856 registered voters)): one share, one verdict.
  const inCalculation = spanOverlaps(calculations.map((calculation) => calculation.span));
  const inStatedOf = spanOverlaps(
    calculations.flatMap((calculation) => (calculation.statedOf === undefined ? [] : [calculation.span])),
  );
  return {
    calculations,
    unread: unread.filter((number) => !inCalculation(number.span)),
    figures: figures.filter(
      (figure) =>
        figure.kind !== 'percent' || figure.origin.span === undefined || !inStatedOf(figure.origin.span),
    ),
  };
}
