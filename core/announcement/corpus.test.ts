// The corpus is data on disk; only this test, which runs in Node, reads it.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { expectedRows } from './corpus/expected-rows.js';
import { readAnnouncementText } from './read-announcement-text.js';

const corpus = fileURLToPath(new URL('./corpus/', import.meta.url));
const names = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length));

interface Expected {
  readonly election: string | null;
  readonly figures: readonly unknown[];
  readonly unread: readonly string[];
  readonly arithmetic: readonly (readonly [string, string | null, unknown, unknown])[];
}

describe('announcement corpus', () => {
  it('has texts to read', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(names)('%s', (name) => {
    const text = readFileSync(`${corpus}${name}.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${corpus}${name}.expected.json`, 'utf8')) as Expected;
    const election = expected.election
      ? (JSON.parse(readFileSync(`${corpus}${expected.election}`, 'utf8')) as Election)
      : undefined;
    const figures = readAnnouncementText(text, election);

    it('reads the expected figures', () => {
      expect(expectedRows(figures)).toEqual(expected.figures);
      expect(figures.unread.map((unread) => unread.text)).toEqual(expected.unread);
    });

    it('points every figure at its own text', () => {
      for (const figure of figures.figures) {
        const [start, end] = figure.origin.span ?? [0, 0];
        expect(text.slice(start, end)).toBe(figure.origin.text);
      }
      for (const unread of figures.unread) expect(text.slice(...unread.span)).toBe(unread.text);
    });

    it('finds exactly the planted arithmetic errors', () => {
      const findings = checkAnnouncementArithmetic(figures, 'zh');
      expect(
        findings.map((finding) => [
          finding.code,
          finding.where?.text ?? null,
          finding.expected,
          finding.found,
        ]),
      ).toEqual(expected.arithmetic);
      for (const finding of findings) {
        expect(finding.severity).toBe('warning');
        expect(finding.messages.zh).not.toBe('');
        expect(finding.messages.en).not.toBe('');
      }
    });
  });
});
