import type { InputRole } from './report.js';

/**
 * Words in a file name that say which input it is, in the order tried: the roles a name says most
 * specifically first, the election last, as its word stands in the names of all of an election's
 * files (`election-2024-tallies.csv`, `选举结果公告.txt`).
 */
const ROLE_WORDS: readonly (readonly [InputRole, RegExp])[] = [
  ['announcement', /announce|公告|notice/i],
  ['ballots', /ballot|选票|cvr/i],
  ['tallies', /tall(?:y|ies)|计票/i],
  ['boxes', /box|票箱/i],
  ['election', /election|选举/i],
];

/** The input a file's name says it is (`boxes.csv`, `计票单.csv`, `选举结果公告.txt`), else null. */
export function roleFromName(name: string): InputRole | null {
  for (const [role, words] of ROLE_WORDS) if (words.test(name)) return role;
  return null;
}
