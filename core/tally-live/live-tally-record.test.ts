import { describe, expect, it } from 'vitest';
import { testElection } from '../ballots/testing/ballot-sources.js';
import { formatInputError } from '../model/result.js';
import {
  isLiveTallyText,
  readLiveTallyRecord,
  writeLiveTallyRecord,
  type LiveTallyRecord,
} from './live-tally-record.js';

const bytes = (text: string) => new TextEncoder().encode(text);

const record: LiveTallyRecord = {
  election: testElection,
  box: 'central',
  keptBy: '张三（候选人委托的监票人）',
  startedAt: '2026-03-15T09:00:00.000Z',
  exportedAt: '2026-03-15T10:30:00.000Z',
  ballots: [
    { number: 1, void: false, choices: { chair: ['wang-lin'], member: ['chen-mei', '赵六'] } },
    { number: 2, void: true, choices: {} },
    { number: 3, void: false, choices: {} },
  ],
};

describe('the live tally record', () => {
  it('reads back what was written, and says what it is', () => {
    const text = writeLiveTallyRecord(record);
    expect(isLiveTallyText(text)).toBe(true);
    expect(isLiveTallyText('{"format":"tallywitness.receipt/1"}')).toBe(false);
    expect(isLiveTallyText('{"box": "east",\n "format": "tallywitness.live-tally/1"}')).toBe(true);
    expect(isLiveTallyText('["format", "tallywitness.live-tally/1"]')).toBe(false);
    expect(readLiveTallyRecord('a.json', bytes(text))).toEqual({ ok: true, value: record });
  });

  it('keys names as the tally page does: a candidate written by name is that candidate', () => {
    const text = writeLiveTallyRecord({
      ...record,
      ballots: [{ number: 1, void: false, choices: { 主任: ['王林'] } }],
    });
    const read = readLiveTallyRecord('a.json', bytes(text));
    expect(read.ok && read.value.ballots[0]!.choices).toEqual({ chair: ['wang-lin'] });
  });

  it('refuses a broken record with the JSON path of each problem, in both languages', () => {
    const broken = JSON.parse(writeLiveTallyRecord(record)) as Record<string, unknown>;
    broken['ballots'] = [
      { number: 2, void: false, choices: {} },
      { number: 2, void: false, choices: {} },
      { number: 3, void: true, choices: { chair: ['wang-lin'] } },
      { number: 4, void: false, choices: { mayor: ['x'], chair: [''] } },
    ];
    (broken['election'] as Record<string, unknown>)['contests'] = 'none';
    const read = readLiveTallyRecord('a.json', bytes(JSON.stringify(broken)));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.map((error) => error.path)).toEqual(['$.election.contests']);

    broken['election'] = { ...testElection, format: 'tallywitness.election/1' };
    const again = readLiveTallyRecord('a.json', bytes(JSON.stringify(broken)));
    expect(!again.ok && again.errors.map((error) => error.path)).toEqual([
      '$.ballots[1].number',
      '$.ballots[2].choices',
      '$.ballots[3].choices.mayor',
      '$.ballots[3].choices.chair',
    ]);
    expect(!again.ok && formatInputError(again.errors[0]!)).toMatch(
      /a\.json \$\.ballots\[1\]\.number: .*整数.* \/ .*whole number/,
    );
  });

  it('refuses a repeated key with its line, and JSON that does not parse with its line and column', () => {
    const text = writeLiveTallyRecord(record).replace('"box": "central"', '"box": "central", "box": "east"');
    const read = readLiveTallyRecord('a.json', bytes(text));
    expect(!read.ok && read.errors[0]).toMatchObject({ path: '$.box', line: expect.any(Number) });
    const cut = readLiveTallyRecord('b.json', bytes('{"format": "tallywitness.live-tally/1",\n "box": }'));
    expect(!cut.ok && cut.errors[0]).toMatchObject({ file: 'b.json', line: 2, column: expect.any(Number) });
  });

  it('refuses an unknown rule pack and a time that is not one', () => {
    const text = writeLiveTallyRecord({
      ...record,
      election: { ...testElection, rules: 'nowhere' },
    }).replace('2026-03-15T09:00:00.000Z', 'yesterday');
    const read = readLiveTallyRecord('a.json', bytes(text));
    expect(!read.ok && read.errors.map((error) => error.path)).toEqual(['$.election.rules', '$.startedAt']);
  });
});
