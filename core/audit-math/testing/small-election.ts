import type { Election } from '../../model/election.js';
import { addVotes, emptyTally, type BoxSheet } from '../../model/tally.js';
import type { Recount } from '../run-risk-audit.js';

/** One contest (主任, chair), two candidates: 甲 (jia) and 乙 (yi). */
export const SMALL_ELECTION: Election = {
  name: '测试村',
  rules: 'cn-village',
  round: 'first',
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'jia', name: '甲' },
        { id: 'yi', name: '乙' },
      ],
    },
  ],
};

/** `boxes` boxes of 25 ballots each: jia 15, yi 9, one abstention (1,000 ballots over 40 boxes). */
export function smallRecount(boxes = 40): Recount {
  const sheets: BoxSheet[] = [];
  const tally = emptyTally();
  for (let i = 1; i <= boxes; i++) {
    const box = `box-${i}`;
    sheets.push({ box, registered: 40, issued: 25, returned: 25, invalid: 0 });
    addVotes(tally, box, 'chair', 'jia', 15);
    addVotes(tally, box, 'chair', 'yi', 9);
    addVotes(tally, box, 'chair', '#blank', 1);
  }
  return { sheets, tally };
}

/** Hand-count CSV of sampled ballots: `jia` and `yi` marks in the given rounds, as `[round, jia, yi]`. */
export function ballotsCsv(rounds: readonly (readonly [number, number, number])[]): Uint8Array {
  const lines = ['round,draw,contest,choice'];
  let draw = 0;
  for (const [round, jia, yi] of rounds) {
    for (let i = 0; i < jia + yi; i++) lines.push(`${round},${++draw},chair,${i < jia ? '甲' : 'yi'}`);
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/** Hand-count CSV of sampled boxes, each as its sheet says unless `found` overrides it. */
export function boxesCsv(
  draws: readonly { round: number; box: string; jia?: number; yi?: number }[],
): Uint8Array {
  const lines = ['轮次,票箱,职位,候选人,得票'];
  for (const d of draws)
    lines.push(
      `${d.round},${d.box},主任,甲,${d.jia ?? 15}`,
      `${d.round},${d.box},主任,乙,${d.yi ?? 9}`,
      `${d.round},${d.box},主任,#blank,1`,
    );
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
