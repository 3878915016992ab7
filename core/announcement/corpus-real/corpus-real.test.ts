// The development set is data on disk; only this test, which runs in Node, reads it.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  figureSpans,
  locate,
  overlaps,
  REAL_SET_FOLDERS,
  shareDigits,
  shareIsRight,
  type ExpectedRealText,
} from './real-expected.js';

/**
 * Every expected file of the real development set is well-formed and agrees with its own arithmetic.
 * This is no test of the announcement reader: scripts/score-announcements.ts scores the reader.
 */
const root = fileURLToPath(new URL('./', import.meta.url));
const halves = REAL_SET_FOLDERS;
const texts = halves.flatMap((half) =>
  (existsSync(`${root}${half}`) ? readdirSync(`${root}${half}`) : [])
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ half, name: file.slice(0, -'.txt'.length) })),
);

describe('real announcement development set', () => {
  it('has texts to tune on', () => {
    expect(texts.filter((t) => t.half === 'tuning').length).toBeGreaterThan(0);
  });

  it('has an expected file for every text and a text for every expected file', () => {
    for (const half of halves) {
      if (!existsSync(`${root}${half}`)) continue;
      const files = readdirSync(`${root}${half}`);
      const stems = (suffix: string) =>
        files
          .filter((f) => f.endsWith(suffix))
          .map((f) => f.slice(0, -suffix.length))
          .sort();
      expect(stems('.expected.json')).toEqual(stems('.txt'));
    }
  });

  it('keeps each text in one half only', () => {
    const names = texts.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['held-out-2', 12],
    ['held-out-12', 10],
    ['held-out-13', 15],
    ['held-out-14', 8],
    ['tuning-16', 6],
    ['tuning-14', 19],
    ['tuning-15', 13],
    ['tuning-13', 13],
    ['tuning-12', 12],
    ['tuning-11', 22],
    ['tuning-10', 23],
    ['tuning-9', 37],
    ['tuning-8', 39],
    ['tuning-7', 34],
    ['tuning-6', 59],
    // tuning-3 to tuning-6 were the third to sixth held-out halves; their sources stay unique to them.
    ['tuning-5', 52],
    ['tuning-4', 67],
    ['tuning-3', 20],
  ] as const)(
    'has a held-out half (or a former one) %s of sources found nowhere else in the set',
    (half, least) => {
      const addressOf = ({ half: folder, name }: { half: string; name: string }): string =>
        (JSON.parse(readFileSync(`${root}${folder}/${name}.expected.json`, 'utf8')) as ExpectedRealText)
          .source.url;
      const heldOut = texts.filter((t) => t.half === half);
      expect(heldOut.length).toBeGreaterThanOrEqual(least);
      const elsewhere = new Set(texts.filter((t) => t.half !== half).map(addressOf));
      // The reader's own corpus holds a few real summaries too; it was tuned on them.
      const ownCorpus = readFileSync(`${root}../corpus/README.md`, 'utf8');
      for (const text of heldOut) {
        const address = addressOf(text);
        if (address === 'unknown') continue;
        expect(elsewhere.has(address), `${text.name}: ${address}`).toBe(false);
        expect(ownCorpus.includes(address), `${text.name}: ${address}`).toBe(false);
      }
    },
  );

  describe.each(texts)('$half/$name', ({ half, name }) => {
    const text = readFileSync(`${root}${half}/${name}.txt`, 'utf8');
    const expected = JSON.parse(
      readFileSync(`${root}${half}/${name}.expected.json`, 'utf8'),
    ) as ExpectedRealText;

    it('names its source', () => {
      for (const field of ['title', 'publisher', 'date', 'url'] as const)
        expect(expected.source[field].length).toBeGreaterThan(0);
      expect(['village', 'residents', 'summary']).toContain(expected.scope);
      expect(expected.rules === null || expected.scope === 'village').toBe(true);
    });

    it('points every share at one place in the text, with a verdict that follows from its fraction', () => {
      for (const share of expected.shares) {
        expect(locate(text, share.at, share.share), `${share.at} / ${share.share}`).not.toBeNull();
        expect(share.note.length).toBeGreaterThan(0);
        if (share.verdict === 'unjudgeable') continue;
        expect(shareDigits(share.share), share.share).not.toBeNull();
        expect(Number.isInteger(share.part) && Number.isInteger(share.whole)).toBe(true);
        const right = shareIsRight(share.part ?? 0, share.whole ?? 0, share.share);
        expect(right ? 'right' : 'wrong', `${share.share} = ${share.part}/${share.whole}`).toBe(
          share.verdict,
        );
      }
    });

    it('lists every share the text writes with a percent sign', () => {
      const listed = expected.shares.flatMap((share) => {
        const span = locate(text, share.at, share.share);
        return span ? [span] : [];
      });
      // The corpus's own texts, fixed files of a few pages each.
      // eslint-disable-next-line regexp/no-super-linear-move
      for (const match of text.matchAll(/\d+(?:\.\d+)?\s*[%％]/g)) {
        const span = [match.index, match.index + match[0].length] as const;
        expect(
          listed.some((at) => overlaps(at, span)),
          `${match[0]} at ${match.index}`,
        ).toBe(true);
      }
    });

    it('states each sum as it holds or fails', () => {
      for (const sum of expected.sums) {
        expect(locate(text, sum.at, sum.at), sum.at).not.toBeNull();
        expect(sum.parts.reduce((a, b) => a + b, 0) === sum.total, sum.of).toBe(sum.holds);
      }
    });

    it('judges turnout, winners and validity consistently', () => {
      if (expected.turnout) expect(expected.turnout.cast).toBeLessThanOrEqual(expected.turnout.registered);
      for (const winner of expected.elected) {
        expect(text, winner.name).toContain(winner.name);
        if (winner.votes === null || winner.base === null) expect(winner.overHalf).toBeNull();
        else expect(winner.overHalf).toBe(2 * winner.votes > winner.base);
        if (winner.votes === null) expect(winner.base).toBeNull();
      }
      if (expected.rules === null) expect(expected.valid).toBeNull();
      else if (expected.turnout && expected.valid !== null)
        expect(expected.valid).toBe(2 * expected.turnout.cast > expected.turnout.registered);
    });

    it('lists only passages of the text as no figures, and leaves figures to score', () => {
      for (const passage of expected.notFigures) expect(text, passage).toContain(passage);
      expect(figureSpans(text, expected.notFigures).length).toBeGreaterThan(0);
    });
  });
});

describe('the percentage rule of the expected files', () => {
  it('takes a share rounded half-up or truncated, and nothing else', () => {
    expect(shareIsRight(34101, 36183, '94.25%')).toBe(true); // 94.2459…: rounded
    expect(shareIsRight(8, 9, '88%')).toBe(true); // 88.88…: truncated
    expect(shareIsRight(8, 9, '89%')).toBe(true); // rounded
    expect(shareIsRight(8, 9, '87%')).toBe(false);
    expect(shareIsRight(0, 1022, '98.8%')).toBe(false);
    expect(shareDigits('近58%')).toBeNull();
    expect(shareDigits('71。9%')).toEqual({ digits: 719n, decimals: 1 }); // a copy's `。` as decimal point
    expect(shareDigits('28。。%')).toBeNull();
  });

  it('locates a number inside its passage, not inside a longer number', () => {
    const text = '分别提高了11.0%、2.9%、1.0%。';
    expect(locate(text, '11.0%、2.9%、1.0%', '1.0%')).toEqual([16, 20]);
    expect(locate(text + text, '11.0%', '11.0%')).toBeNull(); // the passage must be unique
  });

  it('finds figures outside the passages that are none', () => {
    const text = '5月22日，选民36183名，参选率94.25%';
    expect(figureSpans(text, ['5月22日']).map(([s, e]) => text.slice(s, e))).toEqual(['36183', '94.25%']);
  });
});
