import { BLANK, type Election } from '../model/election.js';

/** The figures of a box's ballot account, in the order of boxes.csv; `voters` is the optional column. */
export const BOX_FIGURES = ['registered', 'issued', 'returned', 'invalid', 'voters'] as const;
export type BoxFigure = (typeof BOX_FIGURES)[number];

/** A write-in (另选他人) line of a typed sheet: the name as written and its votes, both as typed. */
export interface TypedWriteIn {
  readonly name: string;
  readonly votes: string;
}

/**
 * One box's tally sheet as the observer types it. Every cell is kept as typed (text), so that a half
 * typed or mistyped cell is saved and shown again as it was; it is read as a count only when checked
 * or written out. Plain objects, so that the record stores in IndexedDB as it is.
 */
export interface TypedBox {
  readonly box: string;
  readonly figures: Readonly<Partial<Record<BoxFigure, string>>>;
  /** Contest id → candidate id or `#blank` → the votes as typed. */
  readonly votes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Contest id → its write-in lines. */
  readonly writeIns: Readonly<Record<string, readonly TypedWriteIn[]>>;
}

/** Where a cell is in a box's grid: a figure, a candidate's or the blank votes, or a write-in line. */
export type CellId =
  | { readonly kind: 'figure'; readonly figure: BoxFigure }
  | { readonly kind: 'votes'; readonly contest: string; readonly choice: string }
  | {
      readonly kind: 'write-in';
      readonly contest: string;
      readonly line: number;
      readonly part: 'name' | 'votes';
    };

/** A stable text form of a cell's place, for keys and for looking up its problem. */
export function cellKey(cell: CellId): string {
  switch (cell.kind) {
    case 'figure':
      return `figure:${cell.figure}`;
    case 'votes':
      return `votes:${cell.contest}:${cell.choice}`;
    case 'write-in':
      return `write-in:${cell.contest}:${cell.line}:${cell.part}`;
  }
}

export function emptyTypedBox(box: string): TypedBox {
  return { box, figures: {}, votes: {}, writeIns: {} };
}

/** The cell's text as typed ('' when never typed). */
export function cellText(typed: TypedBox, cell: CellId): string {
  switch (cell.kind) {
    case 'figure':
      return typed.figures[cell.figure] ?? '';
    case 'votes':
      return typed.votes[cell.contest]?.[cell.choice] ?? '';
    case 'write-in':
      return typed.writeIns[cell.contest]?.[cell.line]?.[cell.part] ?? '';
  }
}

/** The box with one cell changed; write-in lines are added as a line beyond the last is typed. */
export function withCell(typed: TypedBox, cell: CellId, text: string): TypedBox {
  switch (cell.kind) {
    case 'figure':
      return { ...typed, figures: { ...typed.figures, [cell.figure]: text } };
    case 'votes':
      return {
        ...typed,
        votes: { ...typed.votes, [cell.contest]: { ...typed.votes[cell.contest], [cell.choice]: text } },
      };
    case 'write-in': {
      const lines = [...(typed.writeIns[cell.contest] ?? [])];
      while (lines.length <= cell.line) lines.push({ name: '', votes: '' });
      lines[cell.line] = { ...lines[cell.line]!, [cell.part]: text };
      return { ...typed, writeIns: { ...typed.writeIns, [cell.contest]: lines } };
    }
  }
}

/**
 * The cells of a box's grid in the order they are typed: the ballot account, then each contest's
 * candidates, its blank votes, and its write-in lines (those typed, and one empty line to add another).
 */
export function gridCells(election: Election, typed: TypedBox): CellId[] {
  const cells: CellId[] = BOX_FIGURES.map((figure) => ({ kind: 'figure', figure }));
  for (const contest of election.contests) {
    for (const candidate of contest.candidates)
      cells.push({ kind: 'votes', contest: contest.id, choice: candidate.id });
    cells.push({ kind: 'votes', contest: contest.id, choice: BLANK });
    for (let line = 0; line < writeInLines(typed, contest.id); line += 1)
      for (const part of ['name', 'votes'] as const)
        cells.push({ kind: 'write-in', contest: contest.id, line, part });
  }
  return cells;
}

/** The write-in lines a contest shows: those typed up to the last with text, and one empty one after. */
export function writeInLines(typed: TypedBox, contest: string): number {
  const lines = typed.writeIns[contest] ?? [];
  let used = lines.length;
  while (used > 0 && lines[used - 1]!.name.trim() === '' && lines[used - 1]!.votes.trim() === '') used -= 1;
  return used + 1;
}
