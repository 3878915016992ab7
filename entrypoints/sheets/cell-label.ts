import { BLANK, type CellId, type Election } from '../../core/index.js';
import type { SheetsWords } from './sheets-words.js';

/** How the page names a cell in a message: the figure, or the contest and the name. */
export function cellLabel(election: Election, cell: CellId, w: SheetsWords): string {
  if (cell.kind === 'figure') return w.figures[cell.figure];
  const contest = election.contests.find((each) => each.id === cell.contest);
  const contestName = contest?.name ?? cell.contest;
  if (cell.kind === 'write-in')
    return w.inContest(
      contestName,
      cell.part === 'name' ? w.writeInName(cell.line + 1) : w.writeInVotes(cell.line + 1),
    );
  if (cell.choice === BLANK) return w.inContest(contestName, w.blank);
  const name = contest?.candidates.find((candidate) => candidate.id === cell.choice)?.name ?? cell.choice;
  return w.inContest(contestName, w.votesOf(name));
}
