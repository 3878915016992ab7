import type { GroupFigure, StatedPartition, TextSpan, UnreadFigure } from './announced-figures.js';
import { quoteWindow } from './quote-window.js';

/**
 * A vote table's 合计 (总计) row: its votes cell is the sum of the votes cells of the rows above it, a
 * partition (family `table-column`) the arithmetic check sums exactly. Read only when the 合计 row is
 * the table's last, every row above has a whole number in the votes column (a 弃权 or 无效票 row too),
 * there are two at least, and no other row totals some of them (小计). The rows of the ballots (弃权,
 * 另选他人, 无效票) the 合计 may count or leave out: the reading that makes it hold, when exactly one does;
 * a 合计 more than one reading makes hold is listed unread (`ambiguous-total`), and one that none does is
 * summed with all the rows, the sum without those said too. A 合计 that no reading makes hold but equals
 * a number the notice states outside the table (合计 1322 beside 参加投票1322人) may be that count, the
 * ballots, rather than the sum: it is listed unread (`doubtful-label`), not flagged.
 */

export interface TableCell {
  readonly text: string;
  readonly start: number;
}

export interface VoteTableTotal {
  readonly figure?: GroupFigure;
  readonly partition?: StatedPartition;
  readonly unread?: UnreadFigure;
}

export const TOTAL_ROW = /^(?:合计|总计|小计|总数)$/;
/**
 * A row of the ballots under a name column, no candidate's: abstentions (弃权, 弃权票), votes for
 * people not on the ballot (另选他人, 其他, 其他人) and invalid ballots (无效, 无效票, 废票).
 */
export const BALLOT_ROW =
  /^(?:弃权(?:票|票数|数)?|另选(?:他人|其他人|其他选民)|其[他它](?:人|选民)?|他人|无效(?:票|选票)?(?:数)?|废票)$/;
export const ABSTAINED_ROW = /^弃权/;

export function voteTableTotal(
  original: string,
  numbers: () => ReadonlyMap<string, readonly number[]>,
  tableSpan: TextSpan,
  rows: readonly (readonly TableCell[])[],
  total: readonly TableCell[],
  nameAt: number,
  votesAt: number,
  /** A 小计 of one village's rows (placeTableTotals): its label, naming the village, and one row may do. */
  subtotal?: { readonly label: string },
): VoteTableTotal | null {
  const totalCell = total[votesAt];
  const labelled = subtotal
    ? PLACE_TOTAL_ROW.test(total[nameAt]?.text ?? '')
    : /^(?:合计|总计)$/.test(total[nameAt]?.text ?? '');
  if (!labelled || !totalCell || rows.length < (subtotal ? 1 : 2)) return null;
  // A count may carry its unit (812票, 1452张) or group its thousands (1,452).
  const whole = (cell: TableCell | undefined) => {
    const digits = /^(\d[\d,]*)(?:票|张)?$/.exec(cell?.text ?? '')?.[1]?.replace(/,/g, '');
    return digits && /^\d+$/.test(digits) ? BigInt(digits) : null;
  };
  const value = whole(totalCell);
  const parts = rows.map((row) => ({ row, value: whole(row[votesAt]) }));
  if (
    value === null ||
    parts.some((part) => part.value === null || TOTAL_ROW.test(part.row[nameAt]?.text ?? ''))
  )
    return null;
  const span: TextSpan = [totalCell.start, totalCell.start + totalCell.text.length];
  const unread = (reason: 'doubtful-label' | 'ambiguous-total'): VoteTableTotal => ({
    unread: {
      span,
      text: original.slice(span[0], span[1]),
      context: quoteWindow(original, total[0]?.start ?? span[0], span[1], span),
      reason,
    },
  });
  // Rows of the ballots (弃权, 另选他人, 无效票) a 合计 may count or not: each reading of them that makes
  // the 合计 hold. A row of 0 changes no sum and is counted.
  const optional = parts.filter(
    (part) => part.value !== 0n && BALLOT_ROW.test((part.row[nameAt]?.text ?? '').replace(/\s/g, '')),
  );
  if (optional.length > MAX_OPTIONAL_ROWS) return null;
  const readings = subsets(optional).filter(
    (left) => sumOf(parts.filter((part) => !left.includes(part))) === value,
  );
  if (readings.length > 1) return unread('ambiguous-total');
  const leftOut = readings[0] ?? [];
  const counted = parts.filter((part) => !leftOut.includes(part));
  if (readings.length === 0 && statedOutside(numbers(), String(value), tableSpan))
    return unread('doubtful-label');
  const label = subtotal?.label ?? `${total[nameAt]?.text ?? '合计'} 得票数`;
  const figure: GroupFigure = {
    kind: 'group',
    label,
    partOf: null,
    value,
    origin: { span, text: original.slice(span[0], span[1]) },
  };
  return {
    figure,
    partition: {
      family: 'table-column',
      total: figure,
      parts: counted.map(({ row, value: part }) => {
        const cell = row[votesAt]!;
        return {
          kind: row[nameAt]?.text ?? '',
          value: part ?? 0n,
          span: [cell.start, cell.start + cell.text.length],
          text: `${row[nameAt]?.text ?? ''} ${cell.text}`,
        };
      }),
      complete: true,
      // No reading holds: the sum is said with and without the rows a 合计 may leave out.
      ...(readings.length === 0 && optional.length > 0
        ? { mayLeaveOut: optional.map(({ row }) => `${row[nameAt]?.text ?? ''} ${row[votesAt]?.text ?? ''}`) }
        : {}),
    },
  };
}

/** A row totalling a village's rows (小计, 东湖村小计) or every row (合计, 总计) in a table of several villages. */
export const PLACE_TOTAL_ROW = /^(?:[^\d\s]{0,12}小计|合计|总计)$/;
const SUBTOTAL = /^([^\d\s]{0,12})小计$/;

/**
 * The 小计 and 合计 rows of a table of several villages or bodies, each named on its first row only (a
 * place column: 村名 | 候选人 | 得票数, the village carried down to the rows under it). A 小计 is the sum of
 * the rows since the last 小计, when those rows are of one village, the 小计 names no other (东湖村小计 of
 * 东湖村's rows, or 小计 alone) and the row after it, if any, names a village of its own: otherwise the
 * 小计 may total rows of another extent (a 片 of villages, part of one) and is listed unread
 * (`doubtful-label`). The 合计, the last row, is the sum of every candidate's row (each 小计 read or not),
 * with the rows of the ballots as `voteTableTotal` reads them. Null when the table has no such row; the
 * rows returned are the candidates' alone.
 */
export function placeTableTotals(
  original: string,
  numbers: () => ReadonlyMap<string, readonly number[]>,
  tableSpan: TextSpan,
  rows: readonly (readonly TableCell[])[],
  nameAt: number,
  votesAt: number,
  placeAt: number,
): {
  readonly figures: GroupFigure[];
  readonly partitions: StatedPartition[];
  readonly unread: UnreadFigure[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly totals: readonly (readonly TableCell[])[];
} | null {
  const labelOf = (row: readonly TableCell[]) => row[nameAt]?.text ?? '';
  if (!rows.some((row) => PLACE_TOTAL_ROW.test(labelOf(row)))) return null;
  const figures: GroupFigure[] = [];
  const partitions: StatedPartition[] = [];
  const unread: UnreadFigure[] = [];
  const candidates: (readonly TableCell[])[] = [];
  const totals: (readonly TableCell[])[] = [];
  const placeOf = (row: readonly TableCell[] | undefined) => row?.[placeAt]?.text ?? '';
  const doubtful = (row: readonly TableCell[]) => {
    const cell = row[votesAt];
    if (!cell || !/\d/.test(cell.text)) return;
    const span: TextSpan = [cell.start, cell.start + cell.text.length];
    unread.push({
      span,
      text: original.slice(span[0], span[1]),
      context: quoteWindow(original, row[nameAt]?.start ?? span[0], span[1], span),
      reason: 'doubtful-label',
    });
  };
  const add = (read: VoteTableTotal | null, row: readonly TableCell[]) => {
    if (!read) return doubtful(row);
    if (read.figure) figures.push(read.figure);
    if (read.partition) partitions.push(read.partition);
    if (read.unread) unread.push(read.unread);
  };
  let group: (readonly TableCell[])[] = [];
  for (const [at, row] of rows.entries()) {
    const label = labelOf(row);
    if (!PLACE_TOTAL_ROW.test(label)) {
      group.push(row);
      candidates.push(row);
      continue;
    }
    totals.push(row);
    const subtotal = SUBTOTAL.exec(label);
    if (!subtotal) {
      // The 合计 closes the table: the last row, every candidate's row its parts.
      add(
        at === rows.length - 1
          ? voteTableTotal(original, numbers, tableSpan, candidates, row, nameAt, votesAt)
          : null,
        row,
      );
      continue;
    }
    const place = placeOf(group[0]);
    const next = rows[at + 1];
    const oneVillage =
      group.length > 0 &&
      group.every((part) => placeOf(part) === place) &&
      (subtotal[1] === '' || subtotal[1] === place) &&
      placeOf(row) === place &&
      (!next || PLACE_TOTAL_ROW.test(labelOf(next)) || placeOf(next) !== place);
    add(
      oneVillage
        ? voteTableTotal(original, numbers, tableSpan, group, row, nameAt, votesAt, {
            label: `${place} 小计 得票数`,
          })
        : null,
      row,
    );
    group = [];
  }
  return { figures, partitions, unread, rows: candidates, totals };
}

/** More rows of the ballots than any table has: such a table's 合计 is not read. */
const MAX_OPTIONAL_ROWS = 4;

function sumOf(parts: readonly { readonly value: bigint | null }[]): bigint {
  return parts.reduce((acc, part) => acc + (part.value ?? 0n), 0n);
}

/** Every subset of the items, the empty one first. */
function subsets<T>(items: readonly T[]): T[][] {
  let all: T[][] = [[]];
  for (const item of items) all = [...all, ...all.map((subset) => [...subset, item])];
  return all;
}

/**
 * Where each whole number stands in a text (thousands separators dropped), found once however many
 * tables ask: a text of many tables is scanned once.
 */
export function numbersIndex(folded: string): () => ReadonlyMap<string, readonly number[]> {
  let index: Map<string, number[]> | null = null;
  return () => {
    if (index) return index;
    index = new Map();
    for (const match of folded.matchAll(/\d[\d,]*/g)) {
      const key = match[0].replace(/,/g, '').replace(/^0+(?=\d)/, '');
      const at = index.get(key);
      if (at) at.push(match.index);
      else index.set(key, [match.index]);
    }
    return index;
  };
}

/** Whether the number is written in the text outside the table, as a number of its own. */
function statedOutside(
  numbers: ReadonlyMap<string, readonly number[]>,
  digits: string,
  tableSpan: TextSpan,
): boolean {
  const at = numbers.get(digits.replace(/^0+(?=\d)/, '')) ?? [];
  return at.some((start) => start < tableSpan[0] || start >= tableSpan[1]);
}
