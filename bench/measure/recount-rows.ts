// The recount the third-party parsers are measured with: the same rules as countBallots (names by id
// or name, `|` lists, abstentions, void column, overvote voids the ballot), written plainly on strings.
import { choiceResolver, type Election } from '../../core/index.js';

export interface RowTally {
  /** Call with the cells of each data row (the header excluded). */
  row(cells: readonly string[]): void;
  /** Rows read and votes counted for names: the figures every approach must agree on. */
  summary(): { rows: number; votes: number };
}

export function rowTally(election: Election): RowTally {
  const resolvers = election.contests.map((contest) => choiceResolver(contest));
  const boxes = new Map<string, Map<string, number>[]>();
  let rows = 0;
  return {
    row(cells) {
      rows++;
      if (cells[2] === '1') return;
      const chosen = election.contests.map((contest, i) => {
        const cell = cells[3 + i] ?? '';
        return cell === '' ? [] : [...new Set(cell.split('|').map((name) => resolvers[i]!.key(name.trim())))];
      });
      if (chosen.some((names, i) => names.length > election.contests[i]!.seats)) return;
      let counts = boxes.get(cells[0]!);
      if (!counts) boxes.set(cells[0]!, (counts = election.contests.map(() => new Map())));
      chosen.forEach((names, i) => {
        for (const name of names.length === 0 ? ['#blank'] : names)
          counts[i]!.set(name, (counts[i]!.get(name) ?? 0) + 1);
      });
    },
    summary() {
      let votes = 0;
      for (const counts of boxes.values())
        for (const contest of counts) for (const [name, n] of contest) if (name !== '#blank') votes += n;
      return { rows, votes };
    },
  };
}
