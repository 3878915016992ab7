import type { Bilingual } from '../model/finding.js';
import { BLANK, type Contest, type Election } from '../model/election.js';
import { isTotalLabel } from './total-row.js';

/** A name as a tally sheet writes it, understood; or why it cannot be. */
export type Resolution<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly message: Bilingual;
      /** The name says the row is no vote at all (void ballots, a total): its count is not checked. */
      readonly notAVote?: true;
    };

interface Named {
  readonly id: string;
  readonly name: string;
}

/**
 * The one entry whose id or exact name is `written`. Ambiguous when it is one entry's id and another's
 * name: election.json validation refuses such definitions, but a reader must not guess if handed one.
 */
function findNamed<T extends Named>(entries: readonly T[], written: string): Resolution<T> | undefined {
  const index = indexOf(entries);
  const byId = index.byId.get(written);
  const byName = index.byName.get(written);
  if (byId && byName && byId !== byName)
    return {
      ok: false,
      message: {
        zh: `“${written}”既是“${byId.name}”的代号，又是代号为“${byName.id}”者的名称，无法确定指的是谁`,
        en: `“${written}” is both the id of “${byId.name}” and the name of “${byName.id}”: which one it means is unclear`,
      },
    };
  const found = byId ?? byName;
  return found ? { ok: true, value: found } : undefined;
}

interface NamedIndex<T> {
  readonly byId: ReadonlyMap<string, T>;
  readonly byName: ReadonlyMap<string, T>;
}

/**
 * The entries of a list by id and by name, the first entry of each kept (what a search from the start
 * finds), made once per list: a search of every candidate for each row of a tally sheet is quadratic
 * in a contest of thousands of candidates (each of whom has a row in every box).
 */
const indexes = new WeakMap<readonly Named[], NamedIndex<Named>>();

function indexOf<T extends Named>(entries: readonly T[]): NamedIndex<T> {
  const known = indexes.get(entries) as NamedIndex<T> | undefined;
  if (known) return known;
  const byId = new Map<string, T>();
  const byName = new Map<string, T>();
  for (const entry of entries) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
  }
  const index = { byId, byName };
  indexes.set(entries, index);
  return index;
}

/** The committee's name that tally sheets write before a post (村委会主任 for 主任). */
const COMMITTEE_PREFIX = /^(村民委员会|村委会|居民委员会|居委会)(?=.)/u;

/**
 * Resolves the contest column (id or name, e.g. `chair` or `主任`); a name with the committee's name
 * before it (村委会主任) is the post when no contest is named so in full.
 */
export function resolveContest(election: Election, written: string): Resolution<Contest> {
  const found =
    findNamed(election.contests, written) ??
    findNamed(election.contests, written.replace(COMMITTEE_PREFIX, ''));
  if (found) return found;
  const known = election.contests.map((contest) => `${contest.id} ${contest.name}`).join(', ');
  return {
    ok: false,
    message: {
      zh: `未知职位“${written}”（选举定义中的职位：${known}）`,
      en: `unknown contest “${written}” (contests of the election: ${known})`,
    },
  };
}

/** How tally sheets write abstentions in the candidate column: the same as `#blank`. */
export const ABSTENTION_WORDS: ReadonlySet<string> = new Set(['弃权', '弃权票']);
/** Rows of void ballots: not a person, and not part of a contest's count (boxes.csv counts them whole). */
const VOID_WORDS = new Set(['废票', '无效票', '无效', '作废票', '作废']);
/** Whether a name cell is one of the words for void ballots (废票, 无效票 …). */
export const isVoidWord = (written: string): boolean => VOID_WORDS.has(written);

/**
 * Resolves the candidate column within a contest to its tally key, as core/model/choice.ts defines it:
 * the candidate's id, `#blank` (also written 弃权), or, for any other name, the write-in's name as written
 * (另选他人, electable). A row of void ballots (废票) is refused: read as a write-in, it could be elected.
 * Unlike `choiceResolver`, which trusts a validated definition, it refuses ambiguous names.
 */
export function resolveChoice(contest: Contest, written: string): Resolution<string> {
  const found = findNamed(contest.candidates, written);
  if (found && !found.ok) return found;
  if (found) return { ok: true, value: found.value.id };
  if (ABSTENTION_WORDS.has(written)) return { ok: true, value: BLANK };
  if (isTotalLabel(written))
    return {
      ok: false,
      notAVote: true,
      message: {
        zh: `“${written}”是合计，不是候选人：请删去（复核自行求和）`,
        en: `“${written}” is a total, not a candidate: leave it out (the recount makes its own totals)`,
      },
    };
  if (VOID_WORDS.has(written))
    return {
      ok: false,
      notAVote: true,
      message: {
        zh: `“${written}”不是候选人：整张作废的选票写在票箱统计（boxes.csv）的无效票列，某职位未选任何人写 #blank`,
        en: `“${written}” is not a candidate: whole void ballots go in the invalid column of boxes.csv, and ballots choosing no one in a contest in #blank`,
      },
    };
  return { ok: true, value: written }; // `#blank` or a write-in: kept as written
}

/**
 * A row refused because it is no vote (void ballots, a total), with a count that does not read either:
 * one error, which says the count was not checked, rather than a second one that only follows from it.
 */
export function countNotChecked(message: Bilingual, written: string): Bilingual {
  return {
    zh: `${message.zh}；本行得票“${written}”因此未核对`,
    en: `${message.en}; the row's count (“${written}”) was therefore not checked`,
  };
}
