// The development set is data on disk; only tests, which run in Node, read it.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../../audit/index.js';
import type { Finding } from '../../model/finding.js';
import { seededRandom } from '../../testing/seeded-random.js';
import { readAnnouncementText } from '../read-announcement-text.js';
import { TUNING_FOLDERS, type ExpectedRealText } from './real-expected.js';
import { VARIATIONS, type VariedText } from './variations.js';

/**
 * Metamorphic test of the announcement reader's precision: every text it is tuned on (the tuning
 * folders of the real development set and the reader's own corpus), rewritten in ways that keep its
 * meaning (variations.ts), must raise exactly the warnings the original raises — no new percent, sum,
 * void or winner warning, and no warning of the original lost — and no figure may be read from an
 * inserted sentence. The held-out folders are never read here.
 */
const ALARMS = new Set([
  'ANNOUNCED_PERCENT_MISMATCH',
  'ANNOUNCED_SUM_MISMATCH',
  'ANNOUNCED_WINNER_MISMATCH',
  'ELECTION_VOID',
  'TURNOUT_BELOW_QUORUM',
  'RETURNED_EXCEEDS_VOTERS',
]);
const SEEDS = [1, 2, 3, 4, 5];
const TODAY = '2026-12-03';

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly rules: 'cn-village' | null;
}

const real = fileURLToPath(new URL('./', import.meta.url));
const own = fileURLToPath(new URL('../corpus/', import.meta.url));
const samples: Sample[] = [
  ...TUNING_FOLDERS.flatMap((half) =>
    readdirSync(`${real}${half}`)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => {
        const stem = file.slice(0, -'.txt'.length);
        const expected = JSON.parse(
          readFileSync(`${real}${half}/${stem}.expected.json`, 'utf8'),
        ) as ExpectedRealText;
        return {
          name: `${half}/${stem}`,
          text: readFileSync(`${real}${half}/${file}`, 'utf8'),
          rules: expected.rules,
        };
      }),
  ),
  ...(existsSync(own) ? readdirSync(own) : [])
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ name: `corpus/${file}`, text: readFileSync(`${own}${file}`, 'utf8'), rules: null })),
];

interface Outcome {
  /** The warnings, each as code, expected and found. */
  readonly alarms: readonly string[];
  /** Figures read (judged or not) from inside an inserted sentence, which states none. */
  readonly readInserted: readonly string[];
}

function outcomeOf(sample: Sample, varied: VariedText): Outcome {
  const figures = readAnnouncementText(varied.text);
  const rules = sample.rules ? { pack: sample.rules, round: 'first' as const } : undefined;
  const report = auditAnnouncementAlone(figures, [], 'en', rules, TODAY);
  if (!report.ok) throw new Error(report.errors.map((error) => error.message).join('; '));
  const alarms = report.value.findings
    .filter((finding: Finding) => ALARMS.has(finding.code))
    .map((finding) => `${finding.code} ${String(finding.expected)} ${String(finding.found)}`)
    .sort();
  const inside = (span: readonly [number, number] | undefined): boolean =>
    span !== undefined && varied.inserted.some(([start, end]) => span[0] >= start && span[1] <= end);
  const readInserted = figures.figures
    .filter((figure) => inside(figure.origin.span))
    .map((figure) => `${figure.kind} ${figure.origin.text}`);
  return { alarms, readInserted };
}

/** Each element of `from` not matched by one in `to` (multisets). */
function missing(from: readonly string[], to: readonly string[]): string[] {
  const left = [...to];
  return from.filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

describe('the announcement reader under meaning-preserving variations', () => {
  it('has texts to vary', () => {
    expect(samples.length).toBeGreaterThan(60);
  });

  const originals = new Map(
    samples.map((sample) => [sample.name, outcomeOf(sample, { text: sample.text, inserted: [] })]),
  );

  describe.each(VARIATIONS.map((variation) => [variation.name, variation] as const))(
    '%s',
    (_name, variation) => {
      it.each(SEEDS)('seed %i: no new warning, none lost, nothing read from an inserted sentence', (seed) => {
        const problems: string[] = [];
        for (const sample of samples) {
          const random = seededRandom(seed * 7919 + sample.name.length);
          const varied = variation.apply(sample.text, random);
          const before = originals.get(sample.name) as Outcome;
          const after = outcomeOf(sample, varied);
          for (const alarm of missing(after.alarms, before.alarms))
            problems.push(`${sample.name}: new ${alarm}`);
          if (variation.keepsCatches)
            for (const alarm of missing(before.alarms, after.alarms))
              problems.push(`${sample.name}: lost ${alarm}`);
          for (const text of after.readInserted) problems.push(`${sample.name}: read inserted ${text}`);
        }
        expect(problems).toEqual([]);
      });
    },
  );
});
