import { addVotes, emptyTally, type BoxSheet, type ElectionTally } from '../../model/tally.js';

/** What the fixtures in ../fixtures say, written out by hand: every form of the sheets must read as this. */
export const FIXTURE_SHEETS: readonly BoxSheet[] = [
  { box: 'central', registered: 1500, issued: 1032, returned: 1031, invalid: 9 },
  { box: 'mobile-1', registered: 0, issued: 52, returned: 52, invalid: 1 },
];

const FIXTURE_VOTES: readonly (readonly [string, string, string, number])[] = [
  ['central', 'chair', 'wang-lin', 600],
  ['central', 'chair', 'li-hua', 400],
  ['central', 'chair', '#blank', 22],
  ['central', 'member', 'zhao-min', 700],
  ['central', 'member', 'chen-ming', 650],
  ['central', 'member', 'sun-tao', 500],
  ['central', 'member', '#blank', 80],
  ['mobile-1', 'chair', 'wang-lin', 30],
  ['mobile-1', 'chair', 'li-hua', 20],
  ['mobile-1', 'chair', '#blank', 1],
  ['mobile-1', 'member', 'zhao-min', 40],
  ['mobile-1', 'member', 'chen-ming', 35],
  ['mobile-1', 'member', 'sun-tao', 20],
  ['mobile-1', 'member', '周强', 3],
];

export function fixtureTally(): ElectionTally {
  const tally = emptyTally();
  for (const [box, contest, choice, votes] of FIXTURE_VOTES) addVotes(tally, box, contest, choice, votes);
  return tally;
}
