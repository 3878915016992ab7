import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import { offeredChoices, SHORTCUT_KEYS } from './choice-keys.js';
import { findChoices } from './find-choice.js';

/** 40 candidates for 委员, more than the keys (invented names), and 王伟 standing for 主任 as well. */
const election = {
  contests: [
    { id: 'chair', name: '主任', seats: 1, candidates: [{ id: 'c1', name: '王伟' }] },
    {
      id: 'member',
      name: '委员',
      seats: 5,
      candidates: [
        ...Array.from({ length: 37 }, (_, i) => ({ id: `m${i + 1}`, name: `委员候选人${i + 1}号` })),
        { id: 'w', name: '王伟' },
        { id: 'wm', name: '王伟明' },
        { id: 'li', name: 'Li Hong' },
      ],
    },
  ],
} as unknown as Election;
const choices = offeredChoices(election, []);
const found = (typed: string) =>
  findChoices(choices, typed).map((choice) => `${choice.contest}:${choice.key}`);

describe('findChoices', () => {
  it('finds the names past the last key, which have no key of their own', () => {
    expect(choices.length).toBeGreaterThan(SHORTCUT_KEYS.length);
    expect(choices.find((choice) => choice.key === 'wm')?.shortcut).toBeNull();
    expect(found('王伟明')).toEqual(['member:wm']);
    expect(found('37号')).toEqual(['member:m37']);
  });

  it('an exact name finds only that name, in each contest it stands in; part of a name finds all that hold it', () => {
    expect(found('王伟')).toEqual(['chair:c1', 'member:w']);
    expect(found('伟')).toEqual(['chair:c1', 'member:w', 'member:wm']);
    expect(found('3号')).toEqual(['member:m3', 'member:m13', 'member:m23', 'member:m33']);
  });

  it('ignores spaces, letter case and full-width forms; nothing typed finds nothing', () => {
    expect(found(' 王 伟 明 ')).toEqual(['member:wm']);
    expect(found('lihong')).toEqual(['member:li']);
    expect(found('ＬＩ')).toEqual(['member:li']);
    expect(found('  ')).toEqual([]);
    expect(found('赵')).toEqual([]);
  });

  it('finds a name written in during the tally', () => {
    const withWriteIn = offeredChoices(election, [{ contest: 'member', name: '周建国' }]);
    expect(findChoices(withWriteIn, '建国').map((choice) => [choice.key, choice.writeIn])).toEqual([
      ['周建国', true],
    ]);
  });
});
