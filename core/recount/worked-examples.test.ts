import { describe, expect, it } from 'vitest';
import { choosePack } from '../rules/choose-pack.js';
import { RULE_PACKS } from '../rules/registry.js';
import { evaluateElection } from './evaluate-election.js';
import { electionFixture } from './testing/election-fixture.js';
import { WORKED_EXAMPLES, workedExamplesTable } from './testing/worked-examples.js';
import { verdictOf } from './verdict.js';

// Read through the bundler (the core's tests use no Node APIs).
const DOCS = import.meta.glob<string>('../../docs/worked-examples.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const START = '<!-- worked-examples:start -->';
const END = '<!-- worked-examples:end -->';

/** The cells of a Markdown table, row by row, so that a formatter's padding does not count. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s|:-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('worked examples', () => {
  it.each(WORKED_EXAMPLES.map((example) => [example.id, example] as const))('%s', (_id, example) => {
    const { election, sheets, tally } = electionFixture(example.spec);
    // As an audit chooses: the election's date picks the version of a family (a fixed today otherwise).
    const choice = choosePack(RULE_PACKS, {
      rules: election.rules,
      ...(election.date !== undefined ? { date: election.date } : {}),
      today: '2026-12-03',
    });
    expect(choice.ok).toBe(true);
    if (!choice.ok) return;
    const { pack } = choice;
    if (example.expected.pack) expect(pack.id).toBe(example.expected.pack);
    const evaluation = evaluateElection({ election, pack, sheets, tally, lang: 'zh' });
    expect(verdictOf(evaluation)).toBe(example.expected.verdict);
    const elected = Object.fromEntries(evaluation.contests.map((contest) => [contest.id, contest.elected]));
    expect(elected).toEqual(example.expected.elected);
    expect(evaluation.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining([...example.expected.codes]),
    );
    const { message } = example.expected;
    if (message) expect(evaluation.findings.map((finding) => finding.message).join('\n')).toContain(message);
  });

  it('are shown unchanged in docs/worked-examples.md', () => {
    const doc = Object.values(DOCS)[0] ?? '';
    const table = workedExamplesTable();
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const shown = doc.slice(start + START.length, end).trim();
    // After a deliberate change to the data, paste the table printed here (see the document's header).
    expect(tableCells(shown), `docs/worked-examples.md should show:\n${table}`).toEqual(tableCells(table));
  });
});
