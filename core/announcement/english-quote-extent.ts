import type { AnnouncedFigure } from './announced-figures.js';

/**
 * An English count written before its whole (`57 of the 63 representatives attended`, `812 of 1,502
 * votes cast`) is read from a span that stops at `of` or `of the`, so that the whole and its noun are
 * left for the next figure's label. Quoted so to people (`57 of the`) it reads as a fragment: the quote
 * goes on over the whole and the words after it, to the end of the phrase (a clause mark, a conjunction
 * or a preposition that starts another phrase, or at most QUOTE_WORDS words), and ends after a word.
 * The span is not changed: it is what the reader and the checks go by.
 */
const OF_BEFORE_WHOLE = /^[\d,]+(?:\.\d+)?[^\S\r\n]+(?:out[^\S\r\n]+)?of(?:[^\S\r\n]+the)?$/iu;

/** The whole after `of`, then its words, each on the same line. */
const WHOLE_AND_WORDS = /^[^\S\r\n]+[\d,]*\d(?:[^\S\r\n]+[A-Za-z][A-Za-z'’-]*)*/u;

/** Words that start another phrase: the quote ends before them. */
const PHRASE_STARTS = new Set([
  'and',
  'or',
  'but',
  'with',
  'while',
  'in',
  'on',
  'at',
  'for',
  'by',
  'of',
  'to',
  'from',
  'who',
  'which',
  'that',
]);

const QUOTE_WORDS = 4;

/** The text people are shown for the figure, where it differs from its span's; else undefined. */
export function englishQuoteExtent(figure: AnnouncedFigure, text: string): string | undefined {
  const { span } = figure.origin;
  if (!span || !OF_BEFORE_WHOLE.test(figure.origin.text)) return undefined;
  const after = WHOLE_AND_WORDS.exec(text.slice(span[1], span[1] + 200));
  if (!after) return undefined;
  const [whole = '', ...words] = after[0].trim().split(/[^\S\r\n]+/u);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length >= QUOTE_WORDS || PHRASE_STARTS.has(word.toLowerCase())) break;
    kept.push(word);
  }
  return [figure.origin.text, whole, ...kept].join(' ');
}

/** The figures, each English count before its whole given a readable quote (englishQuoteExtent). */
export function withEnglishQuotes<T extends AnnouncedFigure>(figures: readonly T[], text: string): T[] {
  return figures.map((figure) => {
    const quote = englishQuoteExtent(figure, text);
    return quote === undefined ? figure : { ...figure, origin: { ...figure.origin, quote } };
  });
}
