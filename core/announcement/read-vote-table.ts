import type {
  AnnouncedContest,
  AnnouncedFigure,
  TextSpan,
  UnreadFigure,
  UnreadReason,
} from './announced-figures.js';
import { parseArabicNumber } from './parse-number.js';
import { isPersonName } from './person-name.js';
import { quoteWindow } from './quote-window.js';
import type { ContestResolver } from './resolve-contest.js';

/**
 * Results published as a table (姓名 | 得票数 | 得票率 | 是否当选), as a page's selection gives it (cells
 * split by tabs, rows by lines) or flattened into lines (one cell a line, or cells split by spaces or
 * `|`). Each row gives a candidate's votes, their share of the ballots cast (得票率) and whether they
 * were elected. A row that does not fit the header is listed as unread, never guessed at. The prose
 * reader then reads the rest of the text with the tables blanked out.
 */

export interface VoteTables {
  readonly figures: readonly AnnouncedFigure[];
  readonly unread: readonly UnreadFigure[];
  /** The spans the tables take, header included, for the prose reader to leave alone. */
  readonly spans: readonly TextSpan[];
}

type Column = 'name' | 'votes' | 'rate' | 'elected' | 'post' | 'other';

const HEADER_WORDS: readonly (readonly [Column, RegExp])[] = [
  ['name', /^(候选人)?姓名$|^候选人$/],
  ['rate', /^得票率|^得票比例/],
  ['votes', /^(得票数?|票数|所得票数|得票数量)(\(票\))?$/],
  ['elected', /^(是否当选|当选情况|当选与否|选举结果|结果)$/],
  ['post', /^(职务|职位|岗位|竞选职务|拟任职务)$/],
  // Columns that say nothing of the count (性别, 民族 …): known as header words, so that a table flattened
  // one cell a line (职务 ⏎ 姓名 ⏎ 性别 ⏎ 得票数 …) is still found; their cells are not read.
  ['other', /^(性别|序号|编号|民族|年龄|出生年月|学历|文化程度|政治面貌|备注)$/],
];
/** Words every name column's header holds (HEADER_WORDS' name). */
const NAME_HEADER = /姓名|候选人/;
const CELL_SPLIT = /\t|\s*\|\s*|\s{2,}| /;
const YES = /^(是|当选|✓|√|已当选)$/;
const NO = /^(否|未当选|落选|×|—|-)$/;
const MAX_COLUMNS = 8;

interface Line {
  readonly start: number;
  readonly text: string;
}

function linesOf(folded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of folded.split('\n')) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** The cells of a line with their offsets, split by tabs, `|`, or runs of spaces. */
function cellsOf(line: Line): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  const pattern = new RegExp(CELL_SPLIT.source, 'g');
  let from = 0;
  const push = (to: number) => {
    const raw = line.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') cells.push({ text: raw.trim(), start: line.start + from + lead });
  };
  for (const match of line.text.matchAll(pattern)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(line.text.length);
  return cells;
}

/** Longer than any header cell, spaces included: a longer cell is no header (and is not scanned). */
const HEADER_CELL_MAX = 32;

function columnOf(cell: string): Column | null {
  if (cell.length > HEADER_CELL_MAX) return null;
  const words = cell.replace(/\s/g, '');
  return HEADER_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/** A header has a name column and a votes column, and every cell is a known column. */
function headerColumns(cells: readonly string[]): Column[] | null {
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return null;
  const known = cells.map(columnOf);
  const columns = known.map((column) => column ?? 'other');
  if (!columns.includes('name') || !columns.includes('votes')) return null;
  // One cell of words no header holds may be a column the table adds; two make it no header.
  return known.filter((column) => column === null).length <= 1 ? columns : null;
}

export function readVoteTables(
  original: string,
  folded: string,
  resolveContest: ContestResolver,
  candidates: ReadonlySet<string>,
): VoteTables {
  const figures: AnnouncedFigure[] = [];
  const unread: UnreadFigure[] = [];
  const spans: TextSpan[] = [];
  const lines = linesOf(folded);
  let contest: AnnouncedContest | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    // A short line before a table may name its post (主任, 委员).
    if (line.text.trim().length > 0 && line.text.trim().length <= 12 && !/\d/.test(line.text))
      contest = resolveContest(line.text.trim().replace(/[:：]$/, '')) ?? contest;
    // A header names a name column (姓名, 候选人): a line without one is no header and no inline table,
    // and is not cut into cells (10 MB of "7 " would be five million of them).
    const rowCells = NAME_HEADER.test(line.text) ? cellsOf(line) : [];
    let columns = headerColumns(rowCells.map((cell) => cell.text));
    let rows: { text: string; start: number }[][] = [];
    let end = index;
    const inline = columns ? null : inlineTable(rowCells);
    if (inline) {
      // The whole table on one line, as a browser's menu hands a selection over (whitespace collapsed),
      // perhaps after prose and a post (… 主任 姓名 得票数 …).
      contest = (inline.before ? resolveContest(inline.before) : null) ?? contest;
      const last = inline.rows.at(-1)?.at(-1);
      spans.push([inline.start, (last?.start ?? inline.start) + (last?.text.length ?? 0)]);
      for (const row of inline.rows) readRow(inline.columns, row);
      continue;
    } else if (columns) {
      // Cells split along the line: one row a line, until a line that does not have as many cells.
      for (let next = index + 1; next < lines.length; next++) {
        const cells = cellsOf(lines[next] ?? { start: 0, text: '' });
        if (cells.length !== columns.length) break;
        rows.push(cells);
        end = next;
      }
    } else {
      // Flattened: one cell a line, the header's cells on consecutive lines.
      const header: string[] = [];
      for (let next = index; next < lines.length && header.length < MAX_COLUMNS; next++) {
        const text = lines[next]?.text.trim() ?? '';
        if (columnOf(text) === null) break;
        header.push(text);
      }
      columns = headerColumns(header);
      if (!columns || header.length !== columns.length) continue;
      const width = columns.length;
      let next = index + width;
      for (; next + width <= lines.length; next += width) {
        const cells = lines.slice(next, next + width).map((cell) => ({
          text: cell.text.trim(),
          start: cell.start + (cell.text.length - cell.text.trimStart().length),
        }));
        if (
          !rowFits(
            columns,
            cells.map((cell) => cell.text),
          )
        )
          break;
        rows.push(cells);
      }
      end = next - 1;
      rows = rows.filter((row) => row.length === width);
    }
    if (rows.length === 0) continue;
    const lastLine = lines[end] ?? line;
    spans.push([line.start, lastLine.start + lastLine.text.length]);
    for (const row of rows) readRow(columns, row);
    index = end;
  }
  return { figures, unread, spans };

  function readRow(columns: readonly Column[], row: readonly { text: string; start: number }[]): void {
    const cell = (column: Column) => {
      const at = columns.indexOf(column);
      return at < 0 ? undefined : row[at];
    };
    const name = cell('name');
    const votes = cell('votes');
    const span = (of: { text: string; start: number }): TextSpan => [of.start, of.start + of.text.length];
    const text = (of: TextSpan) => original.slice(of[0], of[1]);
    const rowSpan: TextSpan = [row[0]?.start ?? 0, (row.at(-1)?.start ?? 0) + (row.at(-1)?.text.length ?? 0)];
    const unreadCell = (of: { text: string; start: number } | undefined, reason: UnreadReason) => {
      if (!of || !/\d/.test(of.text)) return;
      unread.push({
        span: span(of),
        text: text(span(of)),
        context: quoteWindow(original, rowSpan[0], rowSpan[1], span(of)),
        reason,
      });
    };
    const candidate = name ? text(span(name)).trim() : '';
    const value = votes ? parseArabicNumber(votes.text.replace(/票$/, '')) : null;
    if (!name || !isPersonName(candidate, candidates) || !votes || value === null || value.decimals !== 0) {
      const reason = name && isPersonName(candidate, candidates) ? 'no-meaning' : 'not-a-name';
      unreadCell(votes, reason);
      unreadCell(cell('rate'), reason);
      return;
    }
    const post = cell('post');
    const rowContest = (post ? resolveContest(post.text) : null) ?? contest;
    figures.push({
      kind: 'votes',
      contest: rowContest,
      candidate,
      value: value.digits,
      origin: {
        span: [name.start, votes.start + votes.text.length],
        text: text([name.start, votes.start + votes.text.length]),
      },
    });
    const rate = cell('rate');
    const share = rate ? /^(\d+(?:\.\d+)?)%$/.exec(rate.text) : null;
    if (rate && share?.[1]) {
      const decimal = parseArabicNumber(share[1]);
      if (decimal)
        figures.push({
          kind: 'percent',
          value: decimal,
          part: { kind: 'votes', contest: rowContest, candidate },
          whole: { kind: 'count', meaning: 'cast' },
          origin: { span: span(rate), text: text(span(rate)) },
        });
    }
    const elected = cell('elected');
    if (elected && YES.test(elected.text))
      figures.push({
        kind: 'elected',
        contest: rowContest,
        names: [candidate],
        origin: { span: span(elected), text: text(span(elected)) },
      });
    else if (elected && !NO.test(elected.text))
      unread.push({
        span: span(elected),
        text: text(span(elected)),
        context: quoteWindow(original, rowSpan[0], rowSpan[1], span(elected)),
        reason: 'no-meaning',
      });
  }
}

/**
 * A table collapsed onto one line (姓名 得票数 得票率 是否当选 王林 812 61.4% 是 …): the leading cells that
 * are header words, then rows of as many cells, each fitting the header; null when the line is not one.
 */
function inlineTable(
  cells: readonly { text: string; start: number }[],
): { columns: Column[]; rows: { text: string; start: number }[][]; start: number; before: string } | null {
  const first = cells.findIndex((cell) => columnOf(cell.text) !== null);
  if (first < 0) return null;
  let width = 0;
  while (width < MAX_COLUMNS && columnOf(cells[first + width]?.text ?? '') !== null) width++;
  const columns = headerColumns(cells.slice(first, first + width).map((cell) => cell.text));
  const rest = cells.length - first - width;
  if (!columns || rest === 0 || rest % width !== 0) return null;
  const rows: { text: string; start: number }[][] = [];
  for (let at = first + width; at < cells.length; at += width) {
    const row = cells.slice(at, at + width);
    if (
      !rowFits(
        columns,
        row.map((cell) => cell.text),
      )
    )
      return null;
    rows.push(row);
  }
  return { columns, rows, start: cells[first]?.start ?? 0, before: cells[first - 1]?.text ?? '' };
}

/** A flattened row fits the header when its name cell has no digit and its votes cell is a number. */
function rowFits(columns: readonly Column[], cells: readonly string[]): boolean {
  return columns.every((column, at) => {
    const cell = cells[at] ?? '';
    if (cell === '') return false;
    if (column === 'name') return !/\d/.test(cell) && columnOf(cell) === null;
    if (column === 'votes') return /^\d[\d,]*(票)?$/.test(cell);
    if (column === 'rate') return /^\d+(\.\d+)?%$/.test(cell);
    return true;
  });
}
