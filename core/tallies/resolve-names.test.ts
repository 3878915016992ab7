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
      expect(resolved.message.en).toBe('unknown contest “副主任” (contests of the election: chair 主任)');
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
    if (!resolved.ok) expect(resolved.message.en).toContain('which one it means is unclear');
    expect(resolveChoice(chair, 'li-hua')).toEqual({ ok: true, value: 'li-hua' });
  });
});

describe('resolveChoice on the words tally sheets use for abstentions and void ballots', () => {
  it('reads 弃权 and 弃权票 as #blank, not as a write-in who could be elected', () => {
    expect(resolveChoice(chair, '弃权')).toEqual({ ok: true, value: '#blank' });
    expect(resolveChoice(chair, '弃权票')).toEqual({ ok: true, value: '#blank' });
  });

  it('refuses 废票 and 无效票 as names: void ballots are counted whole, in boxes.csv', () => {
    for (const written of ['废票', '无效票', '无效', '作废票']) {
      const resolved = resolveChoice(chair, written);
      expect(resolved.ok).toBe(false);
      if (!resolved.ok) {
        expect(resolved.message.zh).toBe(
          `“${written}”不是候选人：整张作废的选票写在票箱统计（boxes.csv）的无效票列，某职位未选任何人写 #blank`,
        );
        expect(resolved.message.en).toBe(
          `“${written}” is not a candidate: whole void ballots go in the invalid column of boxes.csv, and ballots choosing no one in a contest in #blank`,
        );
      }
    }
  });

  it('still finds a candidate whose name is one of these words first', () => {
    const odd = { ...chair, candidates: [{ id: 'x', name: '弃权' }] };
    expect(resolveChoice(odd, '弃权')).toEqual({ ok: true, value: 'x' });
  });
});

describe('resolveChoice on a totals label', () => {
  it('refuses 合计 as a name: where rows are not left out (JSON, hand counts), it must not be elected', () => {
    const resolved = resolveChoice(chair, '合计');
    expect(resolved).toEqual({
      ok: false,
      notAVote: true,
      message: {
        zh: '“合计”是合计，不是候选人：请删去（复核自行求和）',
        en: '“合计” is a total, not a candidate: leave it out (the recount makes its own totals)',
      },
    });
  });
});

describe('resolveContest with the committee named before the post', () => {
  const committee: Election = {
    ...election,
    contests: [
      { id: 'chair', name: '主任', seats: 1, candidates: [] },
      { id: 'member', name: '委员', seats: 3, candidates: [] },
    ],
  };
  it('finds 村委会主任 and 村民委员会委员 as 主任 and 委员, as tally sheets write them', () => {
    expect(resolveContest(committee, '村委会主任')).toMatchObject({ ok: true, value: { id: 'chair' } });
    expect(resolveContest(committee, '村民委员会委员')).toMatchObject({ ok: true, value: { id: 'member' } });
    expect(resolveContest(committee, '居委会主任')).toMatchObject({ ok: true, value: { id: 'chair' } });
  });
  it('still refuses a post the election does not hold', () => {
    expect(resolveContest(committee, '村委会副主任').ok).toBe(false);
  });
});

describe('a contest of many candidates', () => {
  /** The elements that array searches (find, some, filter …) may visit while `work` runs. */
  function elementsSearched(work: () => void): number {
    const prototype = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const names = ['find', 'findIndex', 'some', 'every', 'filter', 'includes', 'indexOf'] as const;
    const originals = names.map((name) => [name, prototype[name]] as const);
    let visited = 0;
    for (const [name, original] of originals)
      prototype[name] = function (this: unknown[], ...args: unknown[]): unknown {
        visited += this.length;
        return original!.apply(this, args);
      };
    try {
      work();
    } finally {
      for (const [name, original] of originals) prototype[name] = original!;
    }
    return visited;
  }

  const contestOf = (size: number) => ({
    id: 'member',
    name: '委员',
    seats: 3,
    candidates: Array.from({ length: size }, (_, i) => ({ id: `c${i}`, name: `候选人${i}` })),
  });

  // A tally sheet has a row for each candidate: one search of every candidate per row was quadratic.
  it('resolves each candidate, by id or by name, in work that grows with the candidates, not their square', () => {
    const searched = (size: number) => {
      const contest = contestOf(size);
      return elementsSearched(() => {
        for (let i = 0; i < size; i++) {
          expect(resolveChoice(contest, `c${i}`)).toEqual({ ok: true, value: `c${i}` });
          expect(resolveChoice(contest, `候选人${i}`)).toEqual({ ok: true, value: `c${i}` });
        }
      });
    };
    expect(searched(2_000)).toBeLessThanOrEqual(12 * Math.max(searched(200), 1_000));
  });
});
