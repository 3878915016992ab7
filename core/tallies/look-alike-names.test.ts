import { describe, expect, it } from 'vitest';
import { readElection } from './read-election.js';

const election = (chair: string[], contests: string[] = ['主任', '委员']) =>
  new TextEncoder().encode(
    JSON.stringify({
      format: 'tallywitness.election/1',
      name: '希望村选举',
      rules: 'cn-village',
      registeredVoters: 100,
      contests: contests.map((name, index) => ({
        id: `c${index}`,
        name,
        seats: 1,
        candidates: (index === 0 ? chair : ['赵敏', '钱进']).map((candidate, at) => ({
          id: `p${at}`,
          name: candidate,
        })),
      })),
    }),
  );

const paths = (bytes: Uint8Array) => {
  const result = readElection('election.json', bytes);
  return result.ok ? [] : result.errors.map((error) => ({ path: error.path, en: error.message.en }));
};

describe('names that differ only in how they are written', () => {
  it('refuses two candidates whose names differ only by a space, at the later one’s path', () => {
    expect(paths(election(['陈建华', '刘国强', '陈 建华']))).toEqual([
      {
        path: '$.contests[0].candidates[2].name',
        en: 'candidate name “陈 建华” differs from “陈建华” at $.contests[0].candidates[0] only in spaces, width, case or look-alike letters: tally sheets and ballots cannot tell them apart',
      },
    ]);
  });

  it('refuses names that differ by width, case or a look-alike letter, and shows the hidden character', () => {
    expect(paths(election(['Li Hua', 'ＬＩ ＨＵＡ']))[0]?.path).toBe('$.contests[0].candidates[1].name');
    const cyrillic = paths(election(['Ann', 'Аnn']));
    expect(cyrillic[0]?.en).toMatch(/^candidate name “<U\+0410>nn” differs from “Ann”/);
  });

  it('refuses two contests named alike', () => {
    expect(paths(election(['王林', '李华'], ['主任', '主 任']))[0]?.path).toBe('$.contests[1].name');
  });

  it('keeps names that differ in a character, and an exact repeat is left to its own message', () => {
    expect(paths(election(['陈建华', '陈建明', '刘国强']))).toEqual([]);
    const repeated = paths(election(['陈建华', '陈建华']));
    expect(repeated.map((error) => error.en)).toEqual([expect.stringMatching(/^duplicate candidate name/)]);
  });
});
