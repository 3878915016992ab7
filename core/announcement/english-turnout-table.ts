import { digitsValue } from './parse-number.js';
import type { TextSpan, WrittenCalculation } from './announced-figures.js';
import { linesOf } from './text-lines.js';

/**
 * Researchers' tables of turnout by place, in plain text: a header row naming a place column, the
 * registered voters, those who voted and the turnout (`Village   Registered   Voted   Turnout (%)`), then
 * a row a place (`Dongpo   856   741   86.6`), cells parted by a tab, `|` or two or more spaces. Turnout is
 * the voters over the registered by its name, whatever place a row is of, so each row's turnout is judged
 * as a calculation written out (judge-calculations.ts): no count is given a meaning of the notice's own
 * election. A table whose header names other columns, or a row with cells missing, is not read here.
 */

// Linear, though the lint cannot tell: a run of two spaces or more is matched whole at its first one
// (by the last alternative, if not by the bar's), so no search starts inside it (100 KB of spaces: 0.2 ms).
// eslint-disable-next-line regexp/no-super-linear-move
const CELL_SPLIT = /\t|[^\S\n]*\|[^\S\n]*|[^\S\n]{2,}/;
const PLACE = /^(?:village|community|township|town|place|county|site)s?$/i;
const REGISTERED = /^(?:registered(?: voters)?|electorate|eligible(?: voters)?)$/i;
const VOTED = /^(?:voted|voters who voted|ballots cast|votes cast|turned out)$/i;
const TURNOUT = /^turnout(?:\s*\(%\)|\s*%|\s*\(per ?cent\))?$/i;
const WHOLE = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const SHARE = /^(\d+)(?:\.(\d+))?%?$/;
const MAX_LINE = 160;

interface Columns {
  readonly registered: number;
  readonly voted: number;
  readonly turnout: number;
  readonly count: number;
}

function cells(line: string): string[] {
  return line
    .trim()
    .split(CELL_SPLIT)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

function headerOf(line: string): Columns | null {
  const found = cells(line);
  if (found.length !== 4 || !PLACE.test(found[0] ?? '')) return null;
  const at = (pattern: RegExp) => found.findIndex((cell) => pattern.test(cell));
  const columns = { registered: at(REGISTERED), voted: at(VOTED), turnout: at(TURNOUT), count: found.length };
  return columns.registered > 0 && columns.voted > 0 && columns.turnout > 0 ? columns : null;
}

export function englishTurnoutRows(folded: string, original: string): WrittenCalculation[] {
  if (!/turnout/i.test(folded)) return [];
  const taken: WrittenCalculation[] = [];
  const lines = linesOf(folded);
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index];
    if (!header || header.text.length > MAX_LINE || !/turnout/i.test(header.text)) continue;
    const columns = headerOf(header.text);
    if (!columns) continue;
    for (let next = index + 1; next < lines.length; next++) {
      const row = lines[next];
      if (!row || row.text.length > MAX_LINE) break;
      const found = cells(row.text);
      if (found.length !== columns.count) break;
      const [registered, voted, turnout] = [columns.registered, columns.voted, columns.turnout].map(
        (column) => found[column] ?? '',
      ) as [string, string, string];
      const share = SHARE.exec(turnout);
      if (!WHOLE.test(registered) || !WHOLE.test(voted) || !share) break;
      const [total, part] = [digitsValue(registered), digitsValue(voted)];
      if (total === 0n || part > total) continue;
      const start = row.start + row.text.indexOf(found[0] ?? '');
      const span: TextSpan = [start, row.start + row.text.trimEnd().length];
      taken.push({
        span,
        text: original.slice(span[0], span[1]),
        numerator: part,
        denominator: total,
        result: { digits: BigInt(`${share[1]}${share[2] ?? ''}`), decimals: share[2]?.length ?? 0 },
        resultPercent: true,
        statedOf: `${voted} of ${registered}`,
      });
      index = next;
    }
  }
  return taken;
}
