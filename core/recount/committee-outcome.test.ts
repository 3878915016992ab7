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

  it('adds the members a runoff lists as elected earlier, and then knows the whole committee', () => {
    const runoff = [
      { id: 'chair', name: '主任', elected: [] },
      { id: 'member', name: '委员', elected: ['c'] },
    ];
    const earlier = [
      { contest: 'member', name: '刘洋', gender: 'female' as const },
      { contest: 'member', name: '王强' },
    ];
    expect(committeeOutcome(runoff, 'runoff', earlier)).toEqual({
      membersElected: 3,
      chairElected: false,
      wholeCommittee: true,
    });
    const chairEarlier = [...earlier, { contest: 'chair', name: '陈建华' }];
    expect(committeeOutcome(runoff, 'runoff', chairEarlier)).toEqual({
      membersElected: 4,
      chairElected: true,
      wholeCommittee: true,
    });
    // An empty list says no one was elected earlier; no list says nothing.
    expect(committeeOutcome(runoff, 'runoff', []).wholeCommittee).toBe(true);
    expect(committeeOutcome(runoff, 'runoff').wholeCommittee).toBe(false);
  });
});

describe('committeeOutcome with a chair elected in the first vote', () => {
  it('counts a chair listed under a post the runoff does not hold', () => {
    const members = [{ id: 'member', name: '委员', elected: ['li-hongmei'] }];
    const outcome = committeeOutcome(members, 'runoff', [
      { contest: '主任', name: '陈建华' },
      { contest: 'member', name: '张伟' },
    ]);
    expect(outcome).toEqual({ membersElected: 3, chairElected: true, wholeCommittee: true });
    expect(
      committeeOutcome(members, 'runoff', [{ contest: 'member', name: '张伟' }]).chairElected,
    ).toBeNull();
  });
});
