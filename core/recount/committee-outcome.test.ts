import { describe, expect, it } from 'vitest';
import { committeeOutcome } from './committee-outcome.js';

describe('committeeOutcome', () => {
  it('counts members over every post and finds the chair by id or by name', () => {
    const contests = [
      { id: 'chair', name: '主任', elected: ['a'] },
      { id: 'vice', name: '副主任', elected: [] },
      { id: 'member', name: '委员', elected: ['c', 'd'] },
    ];
    expect(committeeOutcome(contests, 'first')).toEqual({
      membersElected: 3,
      chairElected: true,
      wholeCommittee: true,
    });
    const byName = [{ id: 'zr', name: '村民委员会主任', elected: [] }];
    expect(committeeOutcome(byName, 'runoff')).toEqual({
      membersElected: 0,
      chairElected: false,
      wholeCommittee: false,
    });
  });

  it('knows nothing of the chair when no post is the chair', () => {
    expect(
      committeeOutcome([{ id: 'member', name: '委员', elected: ['a'] }], 'runoff').chairElected,
    ).toBeNull();
  });
});
