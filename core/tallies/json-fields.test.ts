import { describe, expect, it } from 'vitest';
import { fieldMeant } from './json-fields.js';
import { readElection } from './read-election.js';

const ELECTION = ['format', 'name', 'rules', 'date', 'round', 'registeredVoters', 'minWomen', 'contests'];

describe('an unknown JSON field that is surely a typo of a known one', () => {
  it('names the field meant for a case or separator slip, or a letter or two off a long name', () => {
    expect(fieldMeant('MinWomen', ELECTION)).toBe('minWomen');
    expect(fieldMeant('min_women', ELECTION)).toBe('minWomen');
    expect(fieldMeant('minWoman', ELECTION)).toBe('minWomen');
    expect(fieldMeant('contest', ELECTION)).toBe('contests');
    expect(fieldMeant('registerdVoter', ELECTION)).toBe('registeredVoters');
  });

  it('leaves short keys and keys far from every field alone: they may be annotations', () => {
    expect(fieldMeant('notes', ['votes', 'box'])).toBeUndefined();
    expect(fieldMeant('data', ELECTION)).toBeUndefined();
    expect(fieldMeant('comment', ELECTION)).toBeUndefined();
    expect(fieldMeant('registeredHouseholds', ELECTION)).toBeUndefined();
  });

  it('names no field when two are equally close', () => {
    expect(fieldMeant('abcdefx', ['abcdefg', 'abcdefh'])).toBeUndefined();
  });

  it('refuses an election whose women quota is misspelt, at its JSON path, in both languages', () => {
    const text = JSON.stringify({
      format: 'tallywitness.election/1',
      name: '青山村',
      rules: 'cn-village',
      minWoman: 1,
      contests: [{ id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'a', name: '张三' }] }],
    });
    const read = readElection('election.json', new TextEncoder().encode(text));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      {
        file: 'election.json',
        path: '$.minWoman',
        message: { zh: '未知字段，是否应为 "minWomen"？', en: 'unknown field: did you mean "minWomen"?' },
      },
    ]);
  });
});
