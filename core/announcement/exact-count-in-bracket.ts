import type {
  AnnouncedFigure,
  AnnouncedFigures,
  CountFigure,
  TextSpan,
  UnreadFigure,
} from './announced-figures.js';
import { parseArabicNumber } from './parse-number.js';
import { countStep } from './rounded-counts.js';

/**
 * A count rounded in 万 with its exact count in a bracket right after it (登记选民12.36万人（123,640人）):
 * the bracket restates the same count to the person. Where the exact count rounds to the 万 figure at
 * its precision (123,640 to 12.36万), it is the figure read, with the figure's meaning, place and words,
 * and the rounded one is listed unread (`rounded-restated`): shares and sums are judged by the exact count.
 * Where it does not (125,640 after 12.36万), it is read as a second mention of the count after the first,
 * which the arithmetic flags as one figure stated twice with different values; both mentions carry the pair
 * (`disagreeingPair`), and a share resting on them is judged of both readings (check-announced-shares.ts).
 *
 * Only a bracket that holds one whole count and nothing else, standing right after the count's unit,
 * is taken (（123,640人）, （123640）); a bracket of other words (（其中流动人口1,200人）, （含外来人口
 * 3,500人）) names another count and stays unread. Each figure looks at a bounded window after it.
 */

// From the end of a 万 count to its bracket's number: the unit, a space, the opening bracket.
const TO_BRACKET = /^[^\S\n]?(?:人|户|名|位|张|票)?[^\S\n]?[（(][^\S\n]?$/;
// From the bracket's number to its close: the same units, then the closing bracket.
const TO_CLOSE = /^[^\S\n]?(?:人|户|名|位|张|票)?[^\S\n]?[）)]/;
const REACH = 8;

export function withExactCountsInBrackets(
  read: AnnouncedFigures,
  folded: string,
  text: string,
): AnnouncedFigures {
  const candidates = read.unread.filter(
    (unread) => (unread.reason ?? 'no-meaning') === 'no-meaning' && /^[\d,]+$/.test(unread.text),
  );
  if (candidates.length === 0) return read;
  const byStart = new Map(candidates.map((unread) => [unread.span[0], unread]));
  const taken = new Set<UnreadFigure>();
  const rounded: UnreadFigure[] = [];
  const figures: AnnouncedFigure[] = [];
  for (const figure of read.figures) {
    const exact = figure.kind === 'count' ? exactCountAfter(figure, folded, text, byStart) : null;
    if (figure.kind !== 'count' || exact === null || taken.has(exact.unread)) {
      figures.push(figure);
      continue;
    }
    taken.add(exact.unread);
    if (!exact.agrees) {
      // Both mentions carry the pair, so that a share of either is judged of both readings.
      const disagreeingPair = { exact: exact.figure.value, rounded: figure.value, step: exact.step };
      figures.push({ ...figure, disagreeingPair }, { ...exact.figure, disagreeingPair });
      continue;
    }
    figures.push(exact.figure);
    rounded.push({
      span: exact.roundedSpan,
      text: folded.slice(exact.roundedSpan[0], exact.roundedSpan[1]),
      context: exact.unread.context,
      reason: 'rounded-restated',
    });
  }
  if (taken.size === 0) return read;
  const unread = [...read.unread.filter((figure) => !taken.has(figure)), ...rounded].sort(
    (a, b) => a.span[0] - b.span[0],
  );
  return { ...read, figures, unread };
}

function exactCountAfter(
  figure: CountFigure,
  folded: string,
  text: string,
  byStart: ReadonlyMap<number, UnreadFigure>,
): {
  readonly figure: CountFigure;
  readonly unread: UnreadFigure;
  readonly agrees: boolean;
  readonly roundedSpan: TextSpan;
  readonly step: bigint;
} | null {
  const span = figure.origin.span;
  if (span === undefined || !/[万萬]/.test(figure.origin.text)) return null;
  const step = countStep(folded.slice(span[0], span[1]), figure.value);
  if (step === 0n) return null;
  const window = folded.slice(span[1], span[1] + REACH);
  for (let at = 0; at < window.length; at++) {
    const unread = byStart.get(span[1] + at);
    if (unread === undefined) continue;
    if (!TO_BRACKET.test(window.slice(0, at))) return null;
    if (!TO_CLOSE.test(folded.slice(unread.span[1], unread.span[1] + REACH))) return null;
    const value = parseArabicNumber(unread.text);
    if (value === null || value.decimals !== 0) return null;
    // Rounded half up: the exact count lies in [value − step/2, value + step/2).
    const twice = 2n * value.digits;
    const agrees = twice >= 2n * figure.value - step && twice < 2n * figure.value + step;
    // The number in 万 itself (12.36万 of 全县登记选民12.36万人), its last in the figure's words.
    const words = folded.slice(span[0], span[1]);
    let number: TextSpan = span;
    for (const match of words.matchAll(/(?<![\d.])\d+(?:\.\d+)?[^\S\n]?[万萬]/g))
      number = [span[0] + match.index, span[0] + match.index + match[0].length];
    const close = TO_CLOSE.exec(folded.slice(unread.span[1], unread.span[1] + REACH))?.[0] ?? '';
    const quote = text.slice(span[0], unread.span[1] + close.length);
    return {
      figure: {
        ...figure,
        value: value.digits,
        // Where the two disagree, the second mention keeps the first's words, so that the arithmetic
        // compares the two as one count stated twice.
        origin: { span: unread.span, text: agrees ? unread.text : figure.origin.text, quote },
      },
      unread,
      agrees,
      roundedSpan: number,
      step,
    };
  }
  return null;
}
