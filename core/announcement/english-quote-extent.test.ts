import { describe, expect, it } from 'vitest';
import { announcementSection } from './announcement-section.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { englishQuoteExtent } from './english-quote-extent.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * The report's quote of an English count written before its whole (`57 of the 63 representatives
 * attended`): the span the reader goes by stops at `of the`, so that the 63 keeps its label; the quote
 * people read goes on to the end of the phrase (english-quote-extent.ts). Invented numbers.
 */

const jinxiu = [
  "Jinxiu Community elects its twelfth residents' committee",
  '',
  "Jinxiu Community has 2,618 registered voters. Its twelfth residents' committee was elected on 19 April 2026 by a meeting of resident representatives: 57 of the 63 representatives attended, and 57 ballots were cast, 56 of them valid.",
  '',
  'Wang Li was elected chair with 52 votes.',
].join('\n');

const section = (text: string, lang: 'en' | 'zh' = 'en') => {
  const figures = readAnnouncementText(text);
  return announcementSection(figures, workAnnouncementArithmetic(figures, lang));
};

describe('the quote of an English count before its whole', () => {
  it('quotes `57 of the 63 representatives attended`, not `57 of the`', () => {
    const judged = section(jinxiu).judged.map((figure) => figure.text);
    expect(judged).toContain('57 of the 63 representatives attended');
    expect(judged).not.toContain('57 of the');
  });

  it('keeps the span the reader goes by, and the 63 its label', () => {
    const figures = readAnnouncementText(jinxiu).figures;
    const attended = figures.find((figure) => figure.kind === 'count' && figure.value === 57n);
    expect(attended?.origin.text).toBe('57 of the');
    const [from, to] = attended?.origin.span ?? [0, 0];
    expect(jinxiu.slice(from, to)).toBe('57 of the');
    expect(figures).toContainEqual(
      expect.objectContaining({ kind: 'count', meaning: 'registered', value: 63n }),
    );
  });

  it.each([
    ['Li Hua won the chair with 812 of 1,502 votes cast.', '812 of', '812 of 1,502 votes cast'],
    [
      'Turnout was 86.0 percent, with 1,402 of 1,630 registered voters casting ballots in the vote.',
      '1,402 of',
      '1,402 of 1,630 registered voters casting ballots',
    ],
    [
      '57 of the 63 representatives attended, and 57 ballots were cast.',
      '57 of the',
      '57 of the 63 representatives attended',
    ],
    ['88 of 96 voters and 4 observers', '88 of', '88 of 96 voters'],
  ])('%s', (text, written, quote) => {
    const at = text.indexOf(written);
    const figure = {
      kind: 'count',
      meaning: 'cast',
      contest: null,
      value: 1n,
      origin: { text: written, span: [at, at + written.length] },
    } as const;
    expect(englishQuoteExtent(figure, text)).toBe(quote);
  });

  it('leaves other figures and Chinese quotes as written', () => {
    const figure = (written: string, text: string) => {
      const at = text.indexOf(written);
      return {
        kind: 'count',
        meaning: 'cast',
        contest: null,
        value: 1n,
        origin: { text: written, span: [at, at + written.length] },
      } as const;
    };
    expect(englishQuoteExtent(figure('57 ballots', '57 ballots were cast'), '57 ballots were cast')).toBe(
      undefined,
    );
    const zh = '本村登记选民1630人，参加投票1402人，收回选票1402张，有效票1380张。';
    const judged = section(zh, 'zh').judged;
    expect(judged.length).toBeGreaterThan(0);
    for (const entry of judged)
      if (entry.span) expect(zh.slice(entry.span[0], entry.span[1])).toBe(entry.text);
  });
});
