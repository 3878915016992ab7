import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { resolveChoice, resolveContest } from './resolve-names.js';

const election: Election = {
  name: 'e',
  rules: 'cn-village',
  round: 'first',
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang-lin', name: '王林' },
        // Not a valid definition (readElection refuses it), but a reader must not guess on one.
        { id: '李华', name: 'li' },
        { id: 'li-hua', name: '李华' },
      ],
    },
  ],
};
const chair = election.contests[0]!;

describe('resolveContest', () => {
  it('finds a contest by id or by name', () => {
    expect(resolveContest(election, 'chair')).toEqual({ ok: true, value: chair });
    expect(resolveContest(election, '主任')).toEqual({ ok: true, value: chair });
  });

  it('names the known contests when it finds none', () => {
    const resolved = resolveContest(election, '副主任');
    expect(resolved).toEqual({ ok: false, message: expect.any(Object) });
    if (!resolved.ok)
      expect(resolved.message.en).toBe('unknown contest "副主任" (contests of the election: chair 主任)');
  });
});

describe('resolveChoice', () => {
  it('gives the id for an id or a name, and keeps #blank and write-ins as written', () => {
    expect(resolveChoice(chair, 'wang-lin')).toEqual({ ok: true, value: 'wang-lin' });
    expect(resolveChoice(chair, '王林')).toEqual({ ok: true, value: 'wang-lin' });
    expect(resolveChoice(chair, '#blank')).toEqual({ ok: true, value: '#blank' });
    expect(resolveChoice(chair, '周强')).toEqual({ ok: true, value: '周强' });
  });

  it('refuses a name that is one candidate id and another candidate name', () => {
    const resolved = resolveChoice(chair, '李华');
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.message.en).toContain('ambiguous');
    expect(resolveChoice(chair, 'li-hua')).toEqual({ ok: true, value: 'li-hua' });
  });
});
