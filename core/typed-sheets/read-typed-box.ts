import type { Bilingual } from '../model/finding.js';
import { BLANK, type Contest, type Election } from '../model/election.js';
import type { BoxSheet, BoxVotes, ChoiceCounts } from '../model/tally.js';
import { countFromCell } from '../tallies/count.js';
import { writeInKey } from '../tally-live/write-in-name.js';
import { BOX_FIGURES, type BoxFigure, type CellId, type TypedBox } from './typed-box.js';

/** A typed cell that cannot be read as it is, and why, in both languages. */
export interface CellProblem {
  readonly cell: CellId;
  readonly message: Bilingual;
}

/** A typed box read as far as it goes. */
export interface TypedBoxReading {
  /** The ballot account, with the figures typed and readable (others absent: not stated yet). */
  readonly sheet: BoxSheet;
  /**
   * The votes of the contests whose every candidate cell reads and whose write-ins are in order. A
   * contest half typed is left out, so that no check judges figures still being typed.
   */
  readonly votes: BoxVotes;
  /** The write-in names of each contest read, as written. */
  readonly writeInNames: ReadonlyMap<string, readonly { name: string; votes: number }[]>;
  /** Cells still to type before the sheet is whole, in the order of the grid. */
  readonly missing: readonly CellId[];
  readonly problems: readonly CellProblem[];
}

/** The figures every box states (`voters` is an optional column). */
const REQUIRED_FIGURES: readonly BoxFigure[] = BOX_FIGURES.filter((figure) => figure !== 'voters');

export function readTypedBox(election: Election, typed: TypedBox): TypedBoxReading {
  const missing: CellId[] = [];
  const problems: CellProblem[] = [];
  /** The count in a cell; undefined when it is empty (and, if `required`, missing) or unreadable. */
  const count = (cell: CellId, text: string | undefined, required: boolean): number | undefined => {
    const trimmed = (text ?? '').trim();
    if (trimmed === '') {
      if (required) missing.push(cell);
      return undefined;
    }
    const read = countFromCell(trimmed);
    if (read.ok) return read.value;
    problems.push({ cell, message: read.message });
    return undefined;
  };

  const figures: Partial<Record<BoxFigure, number>> = {};
  for (const figure of BOX_FIGURES) {
    const value = count({ kind: 'figure', figure }, typed.figures[figure], REQUIRED_FIGURES.includes(figure));
    if (value !== undefined) figures[figure] = value;
  }

  const contests = new Map<string, ChoiceCounts>();
  const writeInNames = new Map<string, { name: string; votes: number }[]>();
  for (const contest of election.contests) {
    const before = missing.length + problems.length;
    const counts: ChoiceCounts = new Map();
    const typedVotes = typed.votes[contest.id] ?? {};
    for (const candidate of contest.candidates) {
      const cell: CellId = { kind: 'votes', contest: contest.id, choice: candidate.id };
      const value = count(cell, typedVotes[candidate.id], true);
      if (value !== undefined) counts.set(candidate.id, value);
    }
    const blank = count({ kind: 'votes', contest: contest.id, choice: BLANK }, typedVotes[BLANK], false);
    if (blank !== undefined) counts.set(BLANK, blank);
    const names = readWriteIns(contest, typed, counts, count, missing, problems);
    writeInNames.set(contest.id, names);
    if (missing.length + problems.length === before) contests.set(contest.id, counts);
  }

  return {
    sheet: { box: typed.box.trim(), ...figures },
    votes: { box: typed.box.trim(), contests },
    writeInNames,
    missing,
    problems,
  };
}

/** A contest's write-in lines: a name and its votes each, no name twice, none a candidate's. */
function readWriteIns(
  contest: Contest,
  typed: TypedBox,
  counts: ChoiceCounts,
  count: (cell: CellId, text: string | undefined, required: boolean) => number | undefined,
  missing: CellId[],
  problems: CellProblem[],
): { name: string; votes: number }[] {
  const read: { name: string; votes: number }[] = [];
  const lines = typed.writeIns[contest.id] ?? [];
  for (const [index, line] of lines.entries()) {
    const nameCell: CellId = { kind: 'write-in', contest: contest.id, line: index, part: 'name' };
    const votesCell: CellId = { kind: 'write-in', contest: contest.id, line: index, part: 'votes' };
    if (line.name.trim() === '' && line.votes.trim() === '') continue;
    const votes = count(votesCell, line.votes, true);
    const name = writeInName(contest, line.name, read);
    if ('missing' in name) missing.push(nameCell);
    else if ('message' in name) problems.push({ cell: nameCell, message: name.message });
    else if (votes !== undefined) {
      counts.set(name.key, votes);
      read.push({ name: name.key, votes });
    }
  }
  return read;
}

/** The write-in's tally key, or why its name cannot stand: empty, unwritable, a candidate, or repeated. */
function writeInName(
  contest: Contest,
  name: string,
  earlier: readonly { name: string }[],
): { key: string } | { missing: true } | { message: Bilingual } {
  if (name.trim() === '') return { missing: true };
  const key = writeInKey(contest, name);
  if (!key.ok) return { message: key.message };
  if (!key.writeIn) {
    const candidate = contest.candidates.find((each) => each.id === key.key);
    return {
      message: {
        zh: `${candidate?.name ?? key.key}是本职位的候选人：请把票数填在其本人一行`,
        en: `${candidate?.name ?? key.key} is a candidate of this contest: type the votes in their own row`,
      },
    };
  }
  if (earlier.some((each) => each.name === key.key))
    return { message: { zh: `“${key.key}”已填过一行`, en: `“${key.key}” already has a line` } };
  return { key: key.key };
}
