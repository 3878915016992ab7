import type { Election } from '../model/election.js';
import { ok, type InputError, type Result } from '../model/result.js';
import { cappedErrors, ERROR_LIMIT } from '../tallies/input-errors.js';

/** Headers accepted for the fixed columns of ballots.csv (contract §3, plus common Chinese wordings). */
export const FIXED_COLUMNS = [
  { role: 'box', headers: ['box', '票箱', '票箱编号', '投票箱', '投票站'], zh: '票箱' },
  { role: 'ballot', headers: ['ballot', '选票编号', '选票', '票号', '编号'], zh: '选票编号' },
  { role: 'void', headers: ['void', '废票', '无效票', '无效'], zh: '废票' },
] as const;

export interface HeaderCell {
  readonly text: string;
  /** 1-based character column in line 1. */
  readonly column: number;
}

/** What each column of the file holds. */
export interface BallotColumns {
  readonly box: number;
  readonly ballot: number;
  /** -1 when the file has no void column. */
  readonly void: number;
  /** The column of each contest, in the election's contest order. */
  readonly contests: readonly number[];
}

/**
 * Maps the header row to columns. Contests are named by id or by exact name; fixed columns by their
 * English (any case) or Chinese header. Every column must be known, `box` and `ballot` and every
 * contest present, none twice: a recount that silently skipped a column would move votes.
 */
export function ballotColumns(
  file: string,
  header: readonly HeaderCell[],
  election: Election,
): Result<BallotColumns> {
  const errors: InputError[] = [];
  // Past the errors that will be listed (and the one that places the count) only a count is kept: a
  // header of 500,000 unknown cells made as many messages, whose garbage made the time grow faster
  // than the header.
  let uncollected = 0;
  const add = (error: () => InputError) => {
    if (errors.length <= ERROR_LIMIT) errors.push(error());
    else uncollected++;
  };
  const fixed = new Map<string, number>();
  const contestColumn = new Map<string, number>();
  header.forEach((cell, index) => {
    const text = cell.text.trim();
    const at = { file, line: 1, column: cell.column };
    const fixedRole = FIXED_COLUMNS.find((spec) =>
      spec.headers.some((name) => name === text || name === text.toLowerCase()),
    );
    const contest =
      election.contests.find((candidate) => candidate.id === text) ??
      election.contests.find((candidate) => candidate.name === text);
    const role = fixedRole?.role ?? contest?.id;
    if (role === undefined) {
      add(() => ({
        ...at,
        message: {
          zh: `未知的列“${text}”：应为票箱、选票编号、废票或选举定义中的职位`,
          en: `unknown column "${text}": expected box, ballot, void or a contest of the election`,
        },
      }));
      return;
    }
    const taken = fixedRole ? fixed : contestColumn;
    if (taken.has(role)) {
      add(() => ({
        ...at,
        message: { zh: `列“${text}”重复`, en: `column "${text}" appears twice` },
      }));
      return;
    }
    taken.set(role, index);
  });
  for (const spec of FIXED_COLUMNS) {
    if (spec.role === 'void' || fixed.has(spec.role)) continue;
    add(() => ({
      file,
      line: 1,
      column: 1,
      message: { zh: `缺少“${spec.zh}”列（${spec.role}）`, en: `the "${spec.role}" column is missing` },
    }));
  }
  for (const contest of election.contests) {
    if (contestColumn.has(contest.id)) continue;
    add(() => ({
      file,
      line: 1,
      column: 1,
      message: {
        zh: `缺少职位“${contest.name}”的列（${contest.id}）`,
        en: `no column for the contest "${contest.id}" (${contest.name})`,
      },
    }));
  }
  // A header of 500,000 unknown cells must not give 500,000 lines (nor a spread of them that overflows
  // the stack): the first errors and a count of the rest.
  if (errors.length > 0) return { ok: false, errors: cappedErrors(file, errors, ERROR_LIMIT, uncollected) };
  return ok({
    box: fixed.get('box')!,
    ballot: fixed.get('ballot')!,
    void: fixed.get('void') ?? -1,
    contests: election.contests.map((contest) => contestColumn.get(contest.id)!),
  });
}
