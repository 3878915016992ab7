/**
 * The observers' hand counts of the sampled ballots or boxes (docs/contract.md, "Hand counts"), read
 * with the tally sheets' CSV reader so that every problem names its file, line and column in both
 * languages:
 *
 * - ballots (ballot polling): `round,draw,contest,choice` (`轮次,抽样序号,职位,选项`), one row per name
 *   marked on a sampled ballot, `#blank` for a ballot that marks no one in the contest and `#void` for a
 *   void ballot (废票); rows with the same round and draw are one ballot, in the order drawn;
 * - boxes (batch comparison, quick count): `round,box,contest,candidate,votes`
 *   (`轮次,票箱,职位,候选人,得票`), the hand count of each sampled box.
 */
import type { Election } from '../model/election.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { decodeText } from '../text/index.js';
import { cellCount } from '../tallies/csv-count.js';
import type { ColumnSpec } from '../tallies/csv-columns.js';
import { csvTable, type TableRow } from '../tallies/csv-table.js';
import { cappedErrors } from '../tallies/input-errors.js';
import { countNotChecked, isVoidWord, resolveChoice, resolveContest } from '../tallies/resolve-names.js';

export const VOID_BALLOT = '#void';

export interface HandBallot {
  readonly round: number;
  readonly draw: string;
  /** Contest id → the choices marked (candidate ids, write-ins, `#blank` or `#void`). */
  readonly marks: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface HandBox {
  readonly round: number;
  readonly box: string;
  /** Contest id → choice → votes found by hand. */
  readonly contests: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

type BallotColumn = 'round' | 'draw' | 'contest' | 'choice';
type BoxColumn = 'round' | 'box' | 'contest' | 'candidate' | 'votes';

const ROUND: ColumnSpec<'round'> = { key: 'round', headers: ['round', '轮次', '轮'], zh: '轮次' };
const CONTEST: ColumnSpec<'contest'> = { key: 'contest', headers: ['contest', '职位', '职务'], zh: '职位' };

const BALLOT_COLUMNS: readonly ColumnSpec<BallotColumn>[] = [
  ROUND,
  { key: 'draw', headers: ['draw', '抽样序号', '序号', '选票'], zh: '抽样序号' },
  CONTEST,
  { key: 'choice', headers: ['choice', '选项', '候选人', '姓名'], zh: '选项' },
];

const BOX_COLUMNS: readonly ColumnSpec<BoxColumn>[] = [
  ROUND,
  { key: 'box', headers: ['box', '票箱', '票箱编号'], zh: '票箱' },
  CONTEST,
  { key: 'candidate', headers: ['candidate', '候选人', '姓名'], zh: '候选人' },
  { key: 'votes', headers: ['votes', '得票', '得票数', '票数'], zh: '得票' },
];

interface RowContext<K extends string> {
  readonly file: string;
  readonly election: Election;
  readonly errors: InputError[];
  readonly row: TableRow<K>;
}

function readRound<K extends string>(ctx: RowContext<K | 'round'>): number | undefined {
  const cell = ctx.row.cell('round');
  const count = cellCount(ctx.file, cell, ROUND);
  if ('error' in count) ctx.errors.push(count.error);
  else if (count.value < 1)
    ctx.errors.push({
      file: ctx.file,
      line: cell.line,
      column: cell.column,
      message: { zh: '“轮次”应从1开始', en: 'round: rounds start at 1' },
    });
  else return count.value;
  return undefined;
}

function readContest<K extends string>(ctx: RowContext<K | 'contest'>): string | undefined {
  const cell = ctx.row.cell('contest');
  const contest = resolveContest(ctx.election, cell.text);
  if (contest.ok) return contest.value.id;
  ctx.errors.push({ file: ctx.file, line: cell.line, column: cell.column, message: contest.message });
  return undefined;
}

function readText<K extends string>(
  ctx: RowContext<K>,
  column: K,
  spec: { zh: string; key: string },
): string | undefined {
  const cell = ctx.row.cell(column);
  if (cell.text !== '') return cell.text;
  ctx.errors.push({
    file: ctx.file,
    line: cell.line,
    column: cell.column,
    message: { zh: `“${spec.zh}”为空`, en: `${spec.key} is empty` },
  });
  return undefined;
}

/**
 * The choice named in `column`, or undefined after an error at its cell. `uncheckedCount`: the row's
 * count as written, when it does not read; a row refused as no vote (void ballots, a total) then gives
 * one error saying its count was not checked, not a second one at the count.
 */
function readChoice<K extends string>(
  ctx: RowContext<K>,
  column: K,
  contestId: string,
  uncheckedCount?: string,
): { readonly choice?: string; readonly notAVote?: true } {
  const cell = ctx.row.cell(column);
  const contest = ctx.election.contests.find((c) => c.id === contestId)!;
  const choice = resolveChoice(contest, cell.text);
  if (choice.ok) return { choice: choice.value };
  const message =
    choice.notAVote && uncheckedCount !== undefined
      ? countNotChecked(choice.message, uncheckedCount)
      : choice.notAVote && column === 'choice' && isVoidWord(cell.text)
        ? // A sampled ballot's row: a void ballot is written #void here, not in boxes.csv.
          {
            zh: `“${cell.text}”不是候选人：作废的选票在此写 ${VOID_BALLOT}`,
            en: `“${cell.text}” is not a candidate: write ${VOID_BALLOT} for a void ballot`,
          }
        : choice.message;
  ctx.errors.push({ file: ctx.file, line: cell.line, column: cell.column, message });
  return choice.notAVote ? { notAVote: true } : {};
}

function tableOf<K extends string>(
  file: string,
  bytes: Uint8Array,
  columns: readonly ColumnSpec<K>[],
  rowKind: { zh: string; en: string },
): Result<TableRow<K>[]> {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  return csvTable(file, decoded.value.text, columns, rowKind);
}

/** Reads the hand count of sampled ballots, in the order drawn (round, then first row of each draw). */
export function readHandBallots(file: string, bytes: Uint8Array, election: Election): Result<HandBallot[]> {
  const table = tableOf(file, bytes, BALLOT_COLUMNS, { zh: '抽样选票', en: 'sampled ballot' });
  if (!table.ok) return table;
  const errors: InputError[] = [];
  const ballots = new Map<string, { round: number; draw: string; marks: Map<string, Set<string>> }>();
  for (const row of table.value) {
    const ctx = { file, election, errors, row };
    const round = readRound(ctx);
    const draw = readText(ctx, 'draw', BALLOT_COLUMNS[1]!);
    const contest = readContest(ctx);
    const choice =
      contest === undefined
        ? undefined
        : readText(ctx, 'choice', BALLOT_COLUMNS[3]!) && readChoice(ctx, 'choice', contest).choice;
    if (round === undefined || draw === undefined || contest === undefined || choice === undefined) continue;
    const key = `${round}\u0000${draw}`;
    const ballot = ballots.get(key) ?? { round, draw, marks: new Map<string, Set<string>>() };
    ballots.set(key, ballot);
    const marks = ballot.marks.get(contest) ?? new Set<string>();
    ballot.marks.set(contest, marks);
    marks.add(choice);
  }
  if (errors.length > 0) return failWith(cappedErrors(file, errors));
  return ok([...ballots.values()].sort((a, b) => a.round - b.round));
}

/** Reads the hand count of sampled boxes, in the order drawn (round, then first row of each box). */
export function readHandBoxes(file: string, bytes: Uint8Array, election: Election): Result<HandBox[]> {
  const table = tableOf(file, bytes, BOX_COLUMNS, { zh: '票箱手工计数', en: 'box hand count' });
  if (!table.ok) return table;
  const errors: InputError[] = [];
  const boxes = new Map<string, { round: number; box: string; contests: Map<string, Map<string, number>> }>();
  for (const row of table.value) {
    const ctx = { file, election, errors, row };
    const round = readRound(ctx);
    const box = readText(ctx, 'box', BOX_COLUMNS[1]!);
    const contest = readContest(ctx);
    const votesCell = row.cell('votes');
    const votes = cellCount(file, votesCell, BOX_COLUMNS[4]!);
    const named =
      contest === undefined
        ? {}
        : readChoice(ctx, 'candidate', contest, 'error' in votes ? votesCell.text : undefined);
    const choice = named.choice;
    if ('error' in votes && !named.notAVote) errors.push(votes.error);
    if (
      round === undefined ||
      box === undefined ||
      contest === undefined ||
      choice === undefined ||
      'error' in votes
    )
      continue;
    const key = `${round}\u0000${box}`;
    const entry = boxes.get(key) ?? { round, box, contests: new Map<string, Map<string, number>>() };
    boxes.set(key, entry);
    const counts = entry.contests.get(contest) ?? new Map<string, number>();
    entry.contests.set(contest, counts);
    if (counts.has(choice))
      errors.push({
        file,
        line: row.line,
        message: {
          zh: `第${round}轮票箱“${box}”职位“${contest}”的“${choice}”重复`,
          en: `round ${round}, box “${box}”, contest “${contest}”: “${choice}” appears twice`,
        },
      });
    counts.set(choice, votes.value);
  }
  if (errors.length > 0) return failWith(cappedErrors(file, errors));
  return ok([...boxes.values()].sort((a, b) => a.round - b.round));
}
