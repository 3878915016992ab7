import { describe, expect, it, vi } from 'vitest';
import { draftFromStored, electionFileFromForm, saveDraft } from './draft-storage.js';
import { draftToJson, emptyDraft } from './election-draft.js';

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

describe('electionFileFromForm', () => {
  it('is the kept draft as the election.json the form downloads, named by the election; none when nothing is kept', async () => {
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    });
    try {
      expect(electionFileFromForm()).toBeNull();
      const draft = { ...emptyDraft(), name: ' 青山村第十一届村民委员会选举 ' };
      saveDraft(draft);
      const handed = electionFileFromForm()!;
      expect(handed.name).toBe('青山村第十一届村民委员会选举');
      expect(handed.file.name).toBe('election.json');
      expect(await handed.file.text()).toBe(JSON.stringify(draftToJson(draft), null, 2) + '\n');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
