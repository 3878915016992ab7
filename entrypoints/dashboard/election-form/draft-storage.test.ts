import { describe, expect, it } from 'vitest';
import { draftFromStored } from './draft-storage.js';
import { emptyDraft } from './election-draft.js';

describe('draftFromStored', () => {
  it('gives back what was typed, with fresh row keys', () => {
    const draft = { ...emptyDraft(), name: '青山村', registeredVoters: '２１00', round: 'runoff' as const };
    const back = draftFromStored(JSON.parse(JSON.stringify(draft)));
    expect(back).toMatchObject({
      name: '青山村',
      registeredVoters: '２１00',
      round: 'runoff',
      rules: 'cn-village',
    });
    expect(back!.contests).toHaveLength(1);
    expect(back!.contests[0]!.candidates).toHaveLength(2);
    expect(back!.contests[0]!.key).not.toBe(draft.contests[0]!.key);
  });

  it('refuses what is not a draft, and keeps only text in known fields', () => {
    expect(draftFromStored(null)).toBeNull();
    expect(draftFromStored('x')).toBeNull();
    expect(draftFromStored({ name: 'a', contests: [] })).toBeNull();
    const odd = draftFromStored({
      name: 5,
      contests: [{ name: '主任', seats: 1, candidates: [{ gender: 'x' }, 7] }],
    });
    expect(odd).toMatchObject({
      name: '',
      contests: [{ name: '主任', seats: '', candidates: [{ gender: '' }] }],
    });
  });
});
