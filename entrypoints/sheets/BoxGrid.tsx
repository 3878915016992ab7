import {
  BLANK,
  BOX_FIGURES,
  cellKey,
  cellText,
  writeInLines,
  type CellId,
  type CellProblem,
  type Election,
  type TypedBox,
} from '../../core/index.js';
import type { Lang } from '../shared/i18n.js';
import { cellLabel } from './cell-label.js';
import type { SheetsWords } from './sheets-words.js';

/** Enter moves on to the next cell (Shift+Enter back), as Tab does: typing a sheet down its column. */
function moveOnEnter(event: KeyboardEvent & { currentTarget: HTMLElement }): void {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  event.preventDefault();
  const cells = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input')];
  const next = cells[cells.indexOf(event.target) + (event.shiftKey ? -1 : 1)];
  next?.focus();
  next?.select();
}

/** One box's tally sheet as a grid of cells: its name, its ballots, then each contest's votes. */
export function BoxGrid({
  election,
  typed,
  problems,
  nameProblem,
  lang,
  w,
  onName,
  onCell,
}: {
  election: Election;
  typed: TypedBox;
  problems: readonly CellProblem[];
  /** Why the box's name cannot stand (another box has it), or null. */
  nameProblem: string | null;
  lang: Lang;
  w: SheetsWords;
  onName: (name: string) => void;
  onCell: (cell: CellId, text: string) => void;
}) {
  const problemOf = new Map(problems.map((problem) => [cellKey(problem.cell), problem.message[lang]]));

  const input = (cell: CellId, numeric = true) => {
    const key = cellKey(cell);
    const problem = problemOf.get(key);
    return (
      <>
        <input
          data-cell={key}
          aria-label={cellLabel(election, cell, w)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `problem-${key}` : undefined}
          inputMode={numeric ? 'numeric' : undefined}
          class={numeric ? 'count' : 'name'}
          autoComplete="off"
          value={cellText(typed, cell)}
          onInput={(event) => onCell(cell, event.currentTarget.value)}
        />
        {problem && (
          <span class="field-error" id={`problem-${key}`}>
            {problem}
          </span>
        )}
      </>
    );
  };

  return (
    <div class="box-grid" onKeyDown={moveOnEnter}>
      <label class="box-name-field">
        {w.boxName}
        <input
          data-cell="box-name"
          autoComplete="off"
          value={typed.box}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? 'problem-box-name' : undefined}
          onInput={(event) => onName(event.currentTarget.value)}
        />
        {nameProblem && (
          <span class="field-error" id="problem-box-name">
            {nameProblem}
          </span>
        )}
      </label>
      <fieldset class="account">
        <legend>{w.account}</legend>
        {BOX_FIGURES.map((figure) => (
          <label key={figure}>
            <span>{w.figures[figure]}</span>
            {input({ kind: 'figure', figure })}
          </label>
        ))}
      </fieldset>
      {election.contests.map((contest) => (
        <table class="contest-grid" key={contest.id} data-contest={contest.id}>
          <caption>
            {contest.name} <span class="hint">· {w.seats(contest.seats)}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{w.candidate}</th>
              <th scope="col">{w.votes}</th>
            </tr>
          </thead>
          <tbody>
            {contest.candidates.map((candidate) => (
              <tr key={candidate.id}>
                <th scope="row">{candidate.name}</th>
                <td>{input({ kind: 'votes', contest: contest.id, choice: candidate.id })}</td>
              </tr>
            ))}
            <tr class="blank-row">
              <th scope="row">{w.blank}</th>
              <td>{input({ kind: 'votes', contest: contest.id, choice: BLANK })}</td>
            </tr>
            {Array.from({ length: writeInLines(typed, contest.id) }, (_, line) => (
              <tr class="write-in-row" key={`write-in-${line}`}>
                <th scope="row">
                  <span class="hint">{w.writeIn}</span>{' '}
                  {input({ kind: 'write-in', contest: contest.id, line, part: 'name' }, false)}
                </th>
                <td>{input({ kind: 'write-in', contest: contest.id, line, part: 'votes' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
