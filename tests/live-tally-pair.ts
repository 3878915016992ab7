// Two observers' live tallies of one box of the bundled sample's election, as the live tally page
// writes them (tallywitness.live-tally/1), with known differences planted in the second: ballot 7
// skipped, ballot 15 entered twice, ballot 23's chair another name, ballot 31 void.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readElection, writeLiveTallyRecord, type LiveBallot } from '../core/index.js';

const ELECTION = resolve(import.meta.dirname, '../samples/qingshan-village/election.json');

function sampleElection() {
  const read = readElection('election.json', readFileSync(ELECTION));
  if (!read.ok) throw new Error('the sample election does not read');
  return read.value;
}

/** Ballot n: no two ballots in a row alike (the chair alternates). */
function generatedBallot(n: number): LiveBallot {
  const members = ['li-hongmei', 'zhang-wei', 'huang-jianjun', 'yang-li'];
  return {
    number: n,
    void: false,
    choices: {
      chair: [n % 2 === 0 ? 'chen-jianhua' : 'liu-guoqiang'],
      'vice-chair': n % 5 === 0 ? [] : ['wang-xiuying'],
      member: members.slice(0, 1 + (n % 3)),
    },
  };
}

/** The planted differences, as the comparison should report them (B's numbers after renumbering). */
export const PLANTED = [
  { kind: 'missing', a: 7, b: null },
  { kind: 'extra', a: null, b: 14 },
  { kind: 'different', a: 23, b: 23, contest: 'chair' },
  { kind: 'void', a: 31, b: 31 },
] as const;

/** The two files' texts: A, the whole count of `size` ballots; B, the same with the differences planted. */
export function liveTallyPair(size = 40, box = 'central'): { a: string; b: string } {
  const election = sampleElection();
  const ballotsA = Array.from({ length: size }, (_, index) => generatedBallot(index + 1));
  const ballotsB = ballotsA
    .flatMap((ballot): LiveBallot[] => {
      if (ballot.number === 7) return [];
      if (ballot.number === 15) return [ballot, ballot];
      if (ballot.number === 23)
        return [{ ...ballot, choices: { ...ballot.choices, chair: ['chen-jianhua'] } }];
      if (ballot.number === 31) return [{ number: 31, void: true, choices: {} }];
      return [ballot];
    })
    .map((ballot, index) => ({ ...ballot, number: index + 1 }));
  const common = {
    election,
    box,
    startedAt: '2026-03-15T09:00:00.000Z',
    exportedAt: '2026-03-15T10:00:00.000Z',
  };
  return {
    a: writeLiveTallyRecord({ ...common, keptBy: '张三', ballots: ballotsA }),
    b: writeLiveTallyRecord({ ...common, keptBy: '李四', ballots: ballotsB }),
  };
}
