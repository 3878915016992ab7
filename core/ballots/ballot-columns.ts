import type { Election } from '../model/election.js';
import { fail, ok, type InputError, type Result } from '../model/result.js';
import { cappedErrors, ERROR_LIMIT } from '../tallies/input-errors.js';

/** Headers accepted for the fixed columns of ballots.csv (contract §3, plus common Chinese wordings). */
export const FIXED_COLUMNS = [
  { role: 'box', headers: ['box', '票箱', '票箱编号', '投票箱', '投票站'], zh: '票箱' },
  { role: 'ballot', headers: ['ballot', '选票编号', '选票', '票号', '编号'], zh: '选票编号' },
  { role: 'void', headers: ['void', '废票', '无效票', '无效', '作废', '是否作废'], zh: '废票' },
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
  /** The header's line: 1 unless blank lines or a title stand above it. */
  line = 1,
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
  /** What separates the columns of an unknown header cell where "," should. */
  let separator: 'tabs' | 'full-width' | null = null;
  const fixed = new Map<string, number>();
  const contestColumn = new Map<string, number>();
  /** Unknown header cells that name a candidate: a layout of one column per candidate. */
  const candidateColumns: HeaderCell[] = [];
  header.forEach((cell, index) => {
    const text = cell.text.trim();
    const at = { file, line, column: cell.column };
    const fixedRole = fixedRoleOf(text);
    const role = fixedRole?.role ?? contestOf(text, election)?.id;
    if (role === undefined) {
      if (namesCandidate(text, election)) candidateColumns.push(cell);
      if (text.includes('\t')) separator = 'tabs';
      else if (text.includes('，')) separator ??= 'full-width';
      add(() => ({
        ...at,
        message: {
          zh: `未知的列“${text}”：应为票箱、选票编号、废票或选举定义中的职位`,
          en: `unknown column “${text}”: expected box, ballot, void or a contest of the election`,
        },
      }));
      return;
    }
    const taken = fixedRole ? fixed : contestColumn;
    if (taken.has(role)) {
      add(() => ({
        ...at,
        message: { zh: `列“${text}”重复`, en: `column “${text}” appears twice` },
      }));
      return;
    }
    taken.set(role, index);
  });
  const missing = [
    ...FIXED_COLUMNS.filter((spec) => spec.role !== 'void' && !fixed.has(spec.role)).map((spec) => ({
      key: spec.role,
      zh: spec.zh,
    })),
    ...election.contests
      .filter((contest) => !contestColumn.has(contest.id))
      .map((contest) => ({ key: contest.id, zh: contest.name })),
  ];
  // Saved tab-separated, or with full-width commas, the header is one unknown cell: one cause, one
  // message naming every column it hid, not an unknown column and a line for each missing one.
  if (separator && missing.length > 0) return fail(separatorError(file, line, separator, missing));
  // Columns named after candidates (a mark under each name chosen) where contests are missing: one cause,
  // the layout, said once with the layout wanted, not an unknown column per candidate.
  const contestsMissing = election.contests.filter((contest) => !contestColumn.has(contest.id));
  if (candidateColumns.length > 0 && contestsMissing.length > 0)
    return fail(candidateColumnsError(file, line, candidateColumns, contestsMissing));
  for (const spec of FIXED_COLUMNS) {
    if (spec.role === 'void' || fixed.has(spec.role)) continue;
    add(() => ({
      file,
      line,
      column: 1,
      message: { zh: `缺少“${spec.zh}”列（${spec.role}）`, en: `the “${spec.role}” column is missing` },
    }));
  }
  for (const contest of election.contests) {
    if (contestColumn.has(contest.id)) continue;
    add(() => ({
      file,
      line,
      column: 1,
      message: {
        zh: `缺少职位“${contest.name}”的列（${contest.id}）`,
        en: `no column for the contest “${contest.id}” (${contest.name})`,
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

function namesCandidate(text: string, election: Election): boolean {
  return election.contests.some((contest) =>
    contest.candidates.some((candidate) => candidate.name === text || candidate.id === text),
  );
}

function candidateColumnsError(
  file: string,
  line: number,
  cells: readonly HeaderCell[],
  contests: readonly { readonly id: string; readonly name: string }[],
): InputError {
  const names = cells.map((cell) => cell.text.trim());
  const shown = names.length > 5 ? [...names.slice(0, 5), '…'] : names;
  return {
    file,
    line,
    column: cells[0]!.column,
    message: {
      zh:
        `列“${shown.join('”“')}”是候选人：选票记录应每个职位一列（${contests.map((contest) => contest.name).join('、')}），` +
        '单元格中写这张选票所选的人，多人用“|”分隔，如“王芳|赵磊”',
      en:
        `the columns ${shown.map((name) => `“${name}”`).join(', ')} are candidates: ballot records have one column per contest ` +
        `(${contests.map((contest) => contest.id).join(', ')}), each cell naming the people the ballot chose, separated by “|” (王芳|赵磊)`,
    },
  };
}

function separatorError(
  file: string,
  line: number,
  separator: 'tabs' | 'full-width',
  missing: readonly { readonly key: string; readonly zh: string }[],
): InputError {
  const keys = missing.map((column) => column.key);
  const english = keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)!}`;
  const advice =
    separator === 'tabs'
      ? {
          zh: '表头中有制表符：请把表格另存为以逗号分隔的 CSV',
          en: 'the header holds tabs: save the sheet as CSV, with commas between columns',
        }
      : {
          zh: '表头中有全角逗号“，”，应使用半角逗号“,”分隔',
          en: 'the header holds full-width commas “，”: separate columns with “,”',
        };
  return {
    file,
    line,
    column: 1,
    message: {
      zh: `缺少${missing.map((column) => `“${column.zh}”`).join('、')}列（${keys.join(', ')}）；${advice.zh}`,
      en: `missing the ${english} column${keys.length === 1 ? '' : 's'}; ${advice.en}`,
    },
  };
}

const fixedRoleOf = (text: string) =>
  FIXED_COLUMNS.find((spec) => spec.headers.some((name) => name === text || name === text.toLowerCase()));

const contestOf = (text: string, election: Election) =>
  election.contests.find((candidate) => candidate.id === text) ??
  election.contests.find((candidate) => candidate.name === text);

/** How far down a title block above the header may reach (a title, a date, a banner). */
export const TITLE_ROWS = 20;

/** A cell that may be a count or a ballot number: digits, with separators. */
const MAY_BE_COUNT = /^[\d０-９][\d０-９,，.．\s]*$/;

/**
 * Whether a row may be a title, a date or a banner above the header (青山村投票记录): no cell may be a
 * count or a ballot number, and none holds a tab (a header saved tab-separated is no title).
 */
export function mayBeTitle(cells: readonly { readonly text: string }[]): boolean {
  return cells.every((cell) => !cell.text.includes('\t') && !MAY_BE_COUNT.test(cell.text.trim()));
}

/** Whether a row names the box, the ballot and every contest: a header, below a title or not. */
export function namesEveryColumn(cells: readonly { readonly text: string }[], election: Election): boolean {
  const roles = new Set<string>();
  for (const cell of cells) {
    const text = cell.text.trim();
    const role = fixedRoleOf(text)?.role ?? contestOf(text, election)?.id;
    if (role !== undefined) roles.add(role);
  }
  return (
    roles.has('box') && roles.has('ballot') && election.contests.every((contest) => roles.has(contest.id))
  );
}

/**
 * The header row of ballot rows: the first, unless it may be a title and a later one names every
 * column, with only titles between (as tally sheets are read, docs/spreadsheets.md). 0 when none does.
 */
export function ballotHeaderIndex(
  rows: readonly { readonly cells: readonly { readonly text: string }[] }[],
  election: Election,
): number {
  const first = rows[0];
  if (!first || namesEveryColumn(first.cells, election) || !mayBeTitle(first.cells)) return 0;
  for (let index = 1; index < Math.min(rows.length, TITLE_ROWS + 1); index++) {
    const row = rows[index]!;
    if (namesEveryColumn(row.cells, election)) return index;
    if (!mayBeTitle(row.cells)) return 0;
  }
  return 0;
}
