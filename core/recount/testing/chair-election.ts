import type { ElectionSpec } from './election-fixture.js';

/**
 * One seat, two candidates (甲, a woman; 乙), 100 registered, one box central casting `returned` of
 * `issued` (as many as returned unless given): the base many recount tests vary.
 */
export function chairElection(
  votesA: number,
  votesB: number,
  returned: number,
  extra: Partial<ElectionSpec> = {},
  issued = returned,
): ElectionSpec {
  return {
    registeredVoters: 100,
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        candidates: [
          ['a', '甲', 'female'],
          ['b', '乙', 'male'],
        ],
      },
    ],
    boxes: [{ box: 'central', registered: 100, issued, returned, invalid: 0 }],
    votes: { central: { chair: { a: votesA, b: votesB, '#blank': returned - votesA - votesB } } },
    ...extra,
  };
}
