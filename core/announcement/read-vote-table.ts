import { baseOutcomes, wrongOfEveryBase, type BaseOutcome, type BaseReadings } from './every-base.js';
import { linesOf, type TextLine } from './text-lines.js';
import type {
  AnnouncedContest,
  CountMeaning,
  AnnouncedFigure,
  GroupFigure,
  PercentFigure,
  StatedPartition,
  TextSpan,
  UnreadFigure,
  UnreadReason,
} from './announced-figures.js';
import { parseArabicNumber } from './parse-number.js';
import { judgePercent } from './percent-rule.js';
import { isHanPersonName, isPersonName } from './person-name.js';
import { quoteWindow } from './quote-window.js';
import { ORDINAL_COLUMN, rowNumberAgainstName } from './row-numbers.js';
import { readResultCell, samePost, SHORT_OF_HALF } from './result-cell.js';
import {
  ABSTAINED_ROW,
  BALLOT_ROW,
  numbersIndex,
  PLACE_TOTAL_ROW,
  placeTableTotals,
  TOTAL_ROW,
  voteTableTotal,
  type TableCell,
} from './vote-table-total.js';
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
  /** A table's 合计 row with the rows it sums (vote-table-total.ts). */
  readonly partitions?: readonly StatedPartition[];
  /**
   * Candidates' shares under a header that names no base (an English table's `Share`): of the ballots
   * cast or of the valid ones, judged as a share in brackets after the votes is (vote-share-bases.ts).
   */
  readonly sharesOfEither?: readonly PercentFigure[];
  /** Rows whose result or remark says their votes fell short of half (short-of-half-claim.ts). */
  readonly shortOfHalf?: readonly ShortOfHalfRow[];
}

/**
 * A row marked short of half (未过半数, 得票未过半数，未当选; or 未当选 beside a remark 得票未过半数): where its
 * votes cell ends and the words of the mark, as the text writes them.
 */
export interface ShortOfHalfRow {
  readonly candidate: string;
  /** Where its votes cell ends (the votes figure's span ends there). */
  readonly votesAt: number;
  readonly span: TextSpan;
  readonly text: string;
}

/**
 * `about`: a column that tells of the candidate (性别, 年龄, 序号), no figure of the vote. `place`: the
 * village or body whose election the row is of (村名, 村（社区）). `voters` and `valid`: the row's own count of
 * voters who cast a ballot (参加投票人数) and of valid ballots (有效票), a base its share may be of.
 */
type Column =
  'name' | 'votes' | 'rate' | 'elected' | 'post' | 'about' | 'place' | 'voters' | 'valid' | 'other';

const HEADER_WORDS: readonly (readonly [Column, RegExp])[] = [
  ['name', /^(候选人)?姓名$|^候选人$/],
  // A share column naming its base alone (占有效票%, 占参加投票人数(%), 占选民比例); 占比 names none.
  ['rate', /^得票率|^得票比例|^占(?!比)[^占%％]{1,12}(?:[(（]?[%％][)）]?|比例|比重)$/],
  [
    'place',
    /^(?:村名|村别|村名称|村（社区）(?:名称)?|村\(社区\)(?:名称)?|村（居）(?:名称)?|村\(居\)(?:名称)?|社区(?:名称)?|选举单位|选区)$/,
  ],
  [
    'voters',
    /^(?:实际)?参加投票(?:人数|选民数?|的?选民人数|数)?(?:[(（]人[)）])?$|^投票人数(?:[(（]人[)）])?$/,
  ],
  ['valid', /^有效(?:选)?票(?:数)?(?:[(（](?:张|票)[)）])?$/],
  ['votes', /^(得票数?|票数|所得票数|得票数量)(\(票\))?$/],
  ['elected', /^(是否当选|当选情况|当选与否|选举结果|结果)$/],
  ['post', /^(职务|职位|岗位|竞选职务|拟任职务|当选职务|当选职位|当选岗位)$/],
  // Columns that count nothing: an ordinal, the person's age, birth date, telephone, ward number, a remark.
  [
    'about',
    /^(序号|编号|性别|年龄|民族|政治面貌|文化程度|学历|出生年月|出生年月日|出生日期|联系电话|电话|手机号码|联系方式|选区编号|选区号|备注)$/,
  ],
];
/**
 * A note on the person after a name in its cell (王建华（男）, 李红（连任）): the name is the words before
 * it. Only notes on the person, none that could name a post or a contest.
 */
const NAME_NOTE = /(?<!\s)\s*[（(](?:男|女|连任|留任|新任|党员|中共党员|群众)[）)]$/;
/** Words every name column's header holds (HEADER_WORDS' name). */
const NAME_HEADER = /姓名|候选人/;
const CELL_SPLIT = /\t|\s*\|\s*|\s{2,}| /;
const MAX_COLUMNS = 8;

/**
 * The cells of a line with their offsets, split by tabs, `|`, or runs of spaces. A line with a tab is
 * a row a page's selection gave: its cells are split by tabs alone, as a space inside one (王建华 （男）,
 * two lines of a cell) is no edge.
 */
function cellsOf(line: TextLine): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  // CELL_SPLIT is linear, though the lint cannot tell: a run of spaces is matched whole at its first one
  // (two or more by `\s{2,}`, one by ` `), so no search starts inside it (100 KB of spaces: 0.2 ms).
  // eslint-disable-next-line regexp/no-super-linear-move
  const pattern = line.text.includes('\t') ? /\t/g : new RegExp(CELL_SPLIT.source, 'g');
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

/**
 * The words of a line that may head a table, its section mark and a closing note in brackets set aside
 * (`二、委员（应选3名）` → 委员, `（一）主任：` → 主任).
 */
function headingWords(line: string): string {
  return line
    .trim()
    .replace(
      /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])\s*/,
      '',
    )
    .replace(/[（(][^（）()]{0,12}[）)]$/, '')
    .replace(/[:：]$/, '')
    .trim();
}

/**
 * A share or votes cell holding a mark where a figure would stand: a dash (—, ——, –, -, －, or 一 typed
 * for one), a slash, ＃ or ??. No figure, so never judged; listed unread so that it is not passed over.
 */
const MARK_CELL = /^(?:[—–\-－一~～]{1,2}|[/／\\＃#]|[?？]{1,3})$/;

/** A cell of a Markdown table's delimiter line (---, :--, --:, :-:). */
const DELIMITER_CELL = /^:?-+:?$/;
const isDelimiterCell = (cell: { text: string }) => DELIMITER_CELL.test(cell.text);

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
  const columns = cells.map((cell) => columnOf(cell) ?? 'other');
  const headers = new Map<number, RateHeader>();
  columns.forEach((column, at) => {
    if (column === 'rate')
      headers.set(at, { ...rateBaseOf(cells[at] ?? ''), inPercent: PERCENT_UNIT.test(cells[at] ?? '') });
  });
  // Two share columns side by side (得票率（占有效票）, 得票率（占参加投票人数）): each of the base its header
  // names. One naming none beside another (得票率 beside 占选民%), or two naming the same, may be of
  // either base: which is of what the header does not tell.
  if (headers.size > 1)
    for (const [at, header] of headers) {
      const same = [...headers].filter(([, other]) => other.named && other.base === header.base);
      if (!header.named || (header.base !== null && same.length > 1))
        headers.set(at, { ...header, base: null, unread: 'ambiguous-base' });
    }
  rateBases.set(columns, headers);
  aboutWords.set(
    columns,
    cells.map((cell) => cell.replace(/\s/g, '')),
  );
  if (!columns.includes('name') || !columns.includes('votes')) return null;
  // A column twice (得票数 under 主任 and again under 委员): which is whose the header does not tell.
  const figureColumns = columns.filter(
    (column) => column !== 'about' && column !== 'other' && column !== 'rate',
  );
  if (new Set(figureColumns).size !== figureColumns.length) return null;
  return columns.filter((column) => column !== 'other').length >= cells.length - 1 ? columns : null;
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
  const partitions: StatedPartition[] = [];
  const numbers = numbersIndex(folded);
  /** Where the votes cells a table's 合计 sums start. */
  const summed = new Set<number>();
  const shortOfHalf: ShortOfHalfRow[] = [];
  let contest: AnnouncedContest | null = null;
  /** The post a row of one cell names for the rows under it, inside a table. */
  const headings = new WeakMap<readonly { text: string; start: number }[], AnnouncedContest | null>();
  // Its section mark and a closing note in brackets set aside, as a heading line's (委员（应选3名）).
  const postHeading = (cell: string): AnnouncedContest | null => {
    const words = cell.length <= 24 ? headingWords(cell) : '';
    return words.length > 0 && words.length <= 12 && !/\d/.test(words) ? resolveContest(words) : null;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    // A short line before a table may name its post (主任, 委员, 二、委员（应选3名）).
    const postLine = headingWords(line.text);
    if (postLine.length > 0 && postLine.length <= 12 && !/\d/.test(postLine))
      contest = resolveContest(postLine) ?? contest;
    // A header names a name column (姓名, 候选人): a line without one is no header and no inline table,
    // and is not cut into cells (10 MB of "7 " would be five million of them).
    const rowCells = NAME_HEADER.test(line.text) ? cellsOf(line) : [];
    let columns = headerColumns(rowCells.map((cell) => cell.text));
    if (columns)
      withUnitLine(columns, lines[index - 1]?.text.trim() === '' ? lines[index - 2] : lines[index - 1]);
    // A two-row header copied (得票情况 over 得票数 and 得票率): the rows begin after its second line.
    const twoLines = columns ? null : twoLineHeader(rowCells, lines[index + 1], lines[index + 2]);
    if (twoLines) columns = twoLines;
    const rows: { text: string; start: number }[][] = [];
    let end = twoLines ? index + 1 : index;
    /** A flattened table's 合计 row with fewer cells than the header (合计 ⏎ 1860, no share cell). */
    let flatTotal: ReturnType<typeof flattenedTotalRow> = null;
    const inline = columns ? null : inlineTable(rowCells);
    const transposed = columns || inline ? null : transposedTable(lines, index, rowCells);
    if (transposed) {
      spans.push(transposed.span);
      readRows(transposed.columns, transposed.rows, true);
      index = transposed.end;
      continue;
    }
    if (inline) {
      // The whole table on one line, as a browser's menu hands a selection over (whitespace collapsed),
      // perhaps after prose and a post (… 主任 姓名 得票数 …).
      contest = (inline.before ? resolveContest(inline.before) : null) ?? contest;
      const last = inline.rows.at(-1)?.at(-1);
      spans.push([inline.start, (last?.start ?? inline.start) + (last?.text.length ?? 0)]);
      readRows(inline.columns, inline.rows);
      continue;
    } else if (columns) {
      // Cells split along the line: one row a line, until a line that does not have as many cells.
      // A row of one cell naming a post (主任, 委员, a cell spanning the table) heads the rows after it.
      let heading: AnnouncedContest | null = null;
      const ordinal = ORDINAL_COLUMN.test(rowCells[0]?.text ?? '');
      for (let next = end + 1; next < lines.length; next++) {
        const cells = withRowNumberApart(
          cellsOf(lines[next] ?? { start: 0, text: '' }),
          columns.length,
          ordinal,
        );
        // A Markdown table's line under its header (|---|:--:|) is no row: a 合计 below would not sum it.
        if (next === end + 1 && rows.length === 0 && cells.length > 0 && cells.every(isDelimiterCell)) {
          end = next;
          continue;
        }
        const post = cells.length === 1 ? postHeading(cells[0]?.text ?? '') : null;
        if (post && cellsOf(lines[next + 1] ?? { start: 0, text: '' }).length === columns.length) {
          heading = post;
          end = next;
          continue;
        }
        // A copy of a page gives a row a cell short under a cell that spanned it, or with an empty cell.
        const above = rows.at(-1);
        // A table of several villages or bodies: a row totalling some of them (小计) or all (合计).
        const totalRow =
          above && columns.includes('place') ? placeTotalRow(columns, cells, lines[next], above) : null;
        if (totalRow) {
          rows.push(totalRow);
          headings.set(totalRow, heading);
          end = next;
          continue;
        }
        // A row a page's selection gave keeps its empty cells in their places between the tabs; a row
        // under a closing remark column (备注) split by spaces has its remark in the cells after the others.
        const full =
          withEmptyCells(columns, lines[next]) ??
          (cells.length !== columns.length
            ? withRemarkCells(columns, cells, lines[next], resolveContest)
            : null) ??
          (cells.length === columns.length - 1 && above
            ? withCellLacking(columns, cells, above, resolveContest)
            : cells);
        if (!full || full.length !== columns.length) break;
        rows.push(full);
        headings.set(full, heading);
        end = next;
      }
    } else {
      // Flattened: one cell a line, the header's cells on consecutive lines; blank lines between the
      // cells (a WeChat table pasted) are no cells.
      const cellLine = filledLines(lines, index);
      const header: string[] = [];
      for (let at = 0; header.length < MAX_COLUMNS; at++) {
        const text = cellLine(at)?.line.text.trim() ?? '';
        if (columnOf(text) === null) break;
        header.push(text);
      }
      columns = headerColumns(header);
      if (!columns || header.length !== columns.length) continue;
      const width = columns.length;
      for (let at = width; cellLine(at + width - 1); at += width) {
        const cells = Array.from({ length: width }, (_, offset) => {
          const cell = cellLine(at + offset)!.line;
          return {
            text: cell.text.trim(),
            start: cell.start + (cell.text.length - cell.text.trimStart().length),
          };
        });
        if (
          !rowFits(
            columns,
            cells.map((cell) => cell.text),
          )
        )
          break;
        rows.push(cells);
        end = cellLine(at + width - 1)!.index;
      }
      flatTotal =
        rows.length > 0 ? flattenedTotalRow(columns, rows, cellLine, width * (rows.length + 1)) : null;
      // A table with a result or a place column (是否当选, 村名) is read only when every row fits its header
      // exactly and no cell of the table is left over after them (wholeFlattenedTable): a cell missing or
      // one too many shifts every row after it. Otherwise its numbers are listed unread (`flattened-table`)
      // and none of its rows is read, the first ones no more than the rest.
      const unfit =
        rows.length > 0 && !flatTotal && (columns.includes('elected') || columns.includes('place'))
          ? unfitFlattenedTable(columns, rows, cellLine, width * (rows.length + 1), resolveContest)
          : null;
      if (unfit) {
        const last = cellLine(unfit.lastAt)!.line;
        spans.push([line.start, last.start + last.text.length]);
        for (let at = width; at <= unfit.lastAt; at++) {
          const cell = cellLine(at)!.line;
          const cellText = cell.text.trim();
          if (!/\d/.test(cellText)) continue;
          const start = cell.start + (cell.text.length - cell.text.trimStart().length);
          unread.push({
            span: [start, start + cellText.length],
            text: original.slice(start, start + cellText.length),
            context: quoteWindow(original, cell.start, cell.start + cell.text.length, [
              start,
              start + cellText.length,
            ]),
            reason: 'flattened-table',
          });
        }
        index = cellLine(unfit.lastAt)!.index;
        contest = null;
        continue;
      }
    }
    if (rows.length === 0) continue;
    // A table of several villages or bodies with 小计 and 合计 rows: each 小计 the sum of its body's rows,
    // the 合计 of every candidate's (vote-table-total.ts).
    const byPlace = columns.includes('place')
      ? placeTableTotals(
          original,
          numbers,
          [line.start, lastCellEnd(rows)],
          rows,
          columns.indexOf('name'),
          columns.indexOf('votes'),
          columns.indexOf('place'),
        )
      : null;
    if (byPlace) {
      figures.push(...byPlace.figures);
      partitions.push(...byPlace.partitions);
      for (const partition of byPlace.partitions)
        for (const part of partition.parts) summed.add(part.span[0]);
      unread.push(...byPlace.unread);
      // The total rows' other cells (a 小计's share) state nothing read; numbers whose columns are unknown
      // may be any column's total.
      for (const row of byPlace.totals) {
        const unreadCell = (cell: (typeof row)[number], reason: UnreadReason) => {
          const end = cell.start + cell.text.length;
          unread.push({
            span: [cell.start, end],
            text: original.slice(cell.start, end),
            context: quoteWindow(original, row[0]?.start ?? cell.start, end, [cell.start, end]),
            reason,
          });
        };
        for (const cell of UNSURE_COLUMN.get(row) ?? []) unreadCell(cell, 'doubtful-label');
        for (const [at, cell] of row.entries())
          if (at !== columns.indexOf('votes') && at !== columns.indexOf('place') && /\d/.test(cell.text))
            unreadCell(cell, 'no-meaning');
      }
      rows.splice(0, rows.length, ...byPlace.rows.map((row) => [...row]));
    }
    // A 合计 row closing the table: its votes the sum of the rows' (vote-table-total.ts).
    const total = byPlace ? null : (flatTotal ?? totalRowOf(columns, rows, lines[end + 1]));
    if (total) {
      const read = voteTableTotal(
        original,
        numbers,
        [line.start, total.end],
        total.rows,
        total.cells,
        columns.indexOf('name'),
        columns.indexOf('votes'),
      );
      if (read) {
        if (read.figure) figures.push(read.figure);
        if (read.partition) partitions.push(read.partition);
        // The rows it sums are terms of that sum: a row of the ballots among them is no figure left unread.
        for (const part of read.partition?.parts ?? []) summed.add(part.span[0]);
        if (read.unread) unread.push(read.unread);
        for (const [at, column] of columns.entries()) {
          const rate = total.cells[at];
          if (column !== 'rate' || !rate || !/\d/.test(rate.text)) continue;
          const of: TextSpan = [rate.start, rate.start + rate.text.length];
          unread.push({
            span: of,
            text: original.slice(of[0], of[1]),
            context: quoteWindow(original, line.start, total.end, of),
            reason: 'no-meaning',
          });
        }
        rows.splice(0, rows.length, ...total.rows.map((row) => [...row]));
        if (total.following) end += 1;
        if (total.lastIndex !== undefined) end = total.lastIndex;
      }
    }
    // A note under the table naming the 得票率's base (注：得票率按有效票计算).
    const note = lines[end + 1]?.text.trim() === '' ? lines[end + 2] : lines[end + 1];
    withNotedRateBase(columns, note?.text ?? '');
    const lastLine = lines[end] ?? line;
    // A page's two-row header whose spanning cells were shown again on its lower row: the upper row
    // (姓名 | 得票情况 | 是否当选) is the table's too, no line of prose (its 是否当选 is no declaration).
    const above = lines[index - 1];
    const first = above && upperHeaderRow(above, rowCells) ? above : line;
    spans.push([first.start, lastLine.start + lastLine.text.length]);
    readRows(columns, rows);
    index = end;
    // A post named before a table is that table's: the next table's post is named before it, or not known.
    contest = null;
  }
  return { figures, unread, spans, partitions, ...(shortOfHalf.length > 0 ? { shortOfHalf } : {}) };

  /**
   * The rows of one table. A name on two rows for one post (a round's column, a date's: 田伟 | 第一次投票,
   * 田伟 | 另行选举) shows the rows are counts of different ballots, whose base the table does not
   * give: those rows are left unread.
   */
  function readRows(
    columns: readonly Column[],
    rows: readonly (readonly { text: string; start: number }[])[],
    sideways = false,
  ): void {
    const keyOf = (row: readonly { text: string; start: number }[]) => {
      const name = row[columns.indexOf('name')]?.text.replace(NAME_NOTE, '') ?? '';
      const heading = headings.get(row)?.text ?? '';
      return `${name}\n${row[columns.indexOf('post')]?.text ?? ''}\n${heading}`;
    };
    const seen = new Map<string, number>();
    for (const row of rows) seen.set(keyOf(row), (seen.get(keyOf(row)) ?? 0) + 1);
    // Rows of several villages or bodies (东湖村, 西山村): each row's votes are of its own election.
    const place = columns.indexOf('place');
    const places = place >= 0 && new Set(rows.map((row) => row[place]?.text ?? '')).size > 1;
    const fractions = fractionColumns(columns, rows);
    for (const row of rows)
      readRow(columns, row, sideways, (seen.get(keyOf(row)) ?? 0) > 1, places, fractions);
  }

  function readRow(
    columns: readonly Column[],
    row: readonly { text: string; start: number }[],
    sideways = false,
    repeated = false,
    places = false,
    fractions: ReadonlySet<number> = new Set(),
  ): void {
    const cell = (column: Column) => {
      const at = columns.indexOf(column);
      return at < 0 ? undefined : row[at];
    };
    const name = cell('name');
    const votes = cell('votes');
    const span = (of: { text: string; start: number }): TextSpan => [of.start, of.start + of.text.length];
    const text = (of: TextSpan) => original.slice(of[0], of[1]);
    const rowSpan: TextSpan = [row[0]?.start ?? 0, (row.at(-1)?.start ?? 0) + (row.at(-1)?.text.length ?? 0)];
    const unreadCell = (
      of: { text: string; start: number } | undefined,
      reason: UnreadReason,
      bases?: readonly BaseOutcome[],
    ) => {
      // A cell holding a mark for no figure (—, 一, -, /) is listed as such, as in summary tables; an
      // empty cell states nothing and is not listed.
      const mark = of !== undefined && MARK_CELL.test(of.text);
      if (!of || (!mark && !/\d/.test(of.text))) return;
      unread.push({
        span: span(of),
        text: text(span(of)),
        context: quoteWindow(original, rowSpan[0], rowSpan[1], span(of)),
        reason: mark ? 'unreadable-cell' : reason,
        ...(bases && !mark ? { bases } : {}),
      });
    };
    const candidate = name ? text(span(name)).trim().replace(NAME_NOTE, '') : '';
    const rates = columns.flatMap((column, at) => (column === 'rate' && row[at] ? [row[at]] : []));
    if (repeated) {
      unreadCell(votes, 'no-meaning');
      for (const rate of rates) unreadCell(rate, 'no-meaning');
      return;
    }
    const value = votes ? parseArabicNumber(votes.text.replace(/票$/, '')) : null;
    // A row of the ballots, no candidate's (弃权, 另选他人, 其他, 无效票): abstentions of the table's contest
    // are read as such, the others listed as that row's count; never votes of someone unnamed.
    if (name && BALLOT_ROW.test(candidate.replace(/\s/g, ''))) {
      const post = cell('post');
      const rowContest = (post ? resolveContest(post.text) : null) ?? headings.get(row) ?? contest;
      if (
        !places &&
        votes &&
        value !== null &&
        value.decimals === 0 &&
        ABSTAINED_ROW.test(candidate.replace(/\s/g, ''))
      ) {
        figures.push({
          kind: 'count',
          meaning: 'abstained',
          contest: rowContest,
          value: value.digits,
          origin: { span: span(votes), text: text(span(votes)) },
        });
        // 弃权 12 1.5%: the abstentions' share is of the ballots cast, under a 得票率 header naming no
        // other base; judged where the notice states them, else unjudged and said so.
        const abstentions = fractions.has(columns.indexOf('rate'))
          ? null
          : abstentionShare(cell('rate'), rateHeaderOf(columns));
        if (abstentions) {
          const at = span(abstentions.cell);
          figures.push({
            kind: 'percent',
            value: abstentions.value,
            part: {
              kind: 'count',
              meaning: 'abstained',
              ...(rowContest === null ? {} : { contest: rowContest.id ?? rowContest.text }),
            },
            whole: { kind: 'count', meaning: 'cast' },
            origin: { span: at, text: text(at) },
          });
          return;
        }
      } else if (!votes || !summed.has(votes.start)) unreadCell(votes, 'ballot-row');
      for (const [at, column] of columns.entries())
        if (column === 'rate') unreadCell(row[at], fractions.has(at) ? 'fraction-of-one' : 'ballot-row');
      return;
    }
    if (!name || !isPersonName(candidate, candidates) || !votes || value === null || value.decimals !== 0) {
      const reason = name && isPersonName(candidate, candidates) ? 'no-meaning' : 'not-a-name';
      // A count a scan misread (1O32, 14l): its digits are no figure, as in prose (scan-numbers.ts).
      unreadCell(
        votes,
        votes && /^\d[\dOoIl]*$/.test(votes.text) && /\D/.test(votes.text) ? 'garbled' : reason,
      );
      for (const rate of rates) unreadCell(rate, reason);
      return;
    }
    const post = cell('post');
    const rowContest = (post ? resolveContest(post.text) : null) ?? headings.get(row) ?? contest;
    const elected = cell('elected');
    const result = elected ? readResultCell(elected.text, resolveContest) : null;
    // A 当选职务 cell naming a post (主任) declares the row elected to it, as 当选（主任） does; an empty cell
    // or a dash declares no one.
    const postAt = electedPostAt(columns);
    const postDeclared =
      postAt >= 0 && row[postAt] && row[postAt].text !== ''
        ? readResultCell(`当选（${row[postAt].text}）`, resolveContest)
        : null;
    // A winner whose remark names another ballot (另行选举当选, 经第二轮投票当选): the row's votes and share
    // may be of either ballot, whose bases differ, and its win is not of the first ballot's rule.
    const remark = remarkOf(columns, row);
    if (
      (result?.elected || postDeclared?.elected) &&
      remark &&
      OTHER_ROUND_REMARK.test(remark.text.replace(/\s/g, ''))
    ) {
      unreadCell(votes, 'other-round');
      for (const rate of rates) unreadCell(rate, 'other-round');
      return;
    }
    // A table on its side has the name a row above its votes: the votes cell is quoted alone.
    // Cells between the name and the votes (性别, 年龄: 唐志强 | 男 | 46 | 560) are no words of the votes:
    // the votes cell is quoted alone, so that 男 is not taken for a qualifier of the votes.
    // So is it under a name with a note on the person (林永胜<br>（男）, 王芳（连任）): its 男 is no qualifier.
    const adjacent = columns.indexOf('votes') === columns.indexOf('name') + 1;
    const noted = NAME_NOTE.test(text(span(name)).trim());
    const from = sideways || !adjacent || noted ? votes.start : name.start;
    const placeCell = cell('place');
    figures.push({
      kind: 'votes',
      contest: rowContest,
      candidate,
      value: value.digits,
      // A row of one of several villages: of that village's election, not the notice's own.
      ...(places && placeCell ? { scope: placeCell.text } : {}),
      origin: {
        span: [from, votes.start + votes.text.length],
        text: text([from, votes.start + votes.text.length]),
      },
    });
    // 未过半数 (or 未当选 beside a remark 得票未过半数): a claim about the votes, held to the vote's voters later;
    // a row of one of several villages is of an election whose voters the table does not give.
    const shortMark =
      result?.elected === false && result.shortOfHalf
        ? elected
        : result?.elected === false && remark && SHORT_OF_HALF.test(remark.text.replace(/\s/g, ''))
          ? remark
          : undefined;
    if (shortMark && !places)
      shortOfHalf.push({
        candidate,
        votesAt: votes.start + votes.text.length,
        span: span(shortMark),
        text: text(span(shortMark)),
      });
    const used = new Set<Column>();
    for (const [at, column] of columns.entries()) {
      const rate = row[at];
      if (column !== 'rate' || !rate) continue;
      if (fractions.has(at)) {
        unreadCell(rate, 'fraction-of-one');
        continue;
      }
      const header = rateBases.get(columns)?.get(at) ?? { base: 'cast', inPercent: false, named: false };
      const share = (header.inPercent ? /^(\d+(?:\.\d+)?)%?$/ : /^(\d+(?:\.\d+)?)%$/).exec(
        withCommaPoint(rate.text),
      );
      const decimal = share?.[1] ? parseArabicNumber(share[1]) : null;
      // A bare number (58.3) under a header giving no unit, or above 100 under one giving %: no sure share.
      const bare = /^\d+(?:\.\d+)?$/.test(withCommaPoint(rate.text));
      if (bare && (!header.inPercent || Number(withCommaPoint(rate.text)) > 100)) {
        unreadCell(rate, 'no-unit');
        continue;
      }
      // A share cell not read (a misread letter, 6l.5%) is listed, never dropped without a word.
      if (!decimal) {
        unreadCell(rate, /[A-Za-z]/.test(rate.text) ? 'garbled' : 'no-meaning');
        continue;
      }
      if (!header.base) {
        unreadCell(rate, header.unread ?? 'named-base');
        continue;
      }
      const read = shareOfRow(columns, row, header, places, rowContest, candidate, decimal, span(rate));
      if ('unread' in read) unreadCell(rate, read.unread, read.bases);
      else figures.push(...read.figures);
      if ('used' in read && read.used) used.add(read.used);
    }
    // A row's count of voters or valid ballots no share of it was judged of is listed, never passed over.
    for (const column of ['voters', 'valid'] as const)
      if (!used.has(column)) unreadCell(cell(column), 'no-meaning');
    if (postDeclared?.elected && postDeclared.post && postAt >= 0 && row[postAt])
      figures.push({
        kind: 'elected',
        contest: postDeclared.post,
        names: [candidate],
        origin: { span: span(row[postAt]), text: text(span(row[postAt])) },
      });
    // A result naming a post (当选（主任）) declares the winner of that post, unless the row is of another.
    const resultPost = result?.elected ? result.post : null;
    const electedTo =
      resultPost && rowContest && !samePost(resultPost, rowContest) ? undefined : (resultPost ?? rowContest);
    if (elected && result?.elected && electedTo !== undefined)
      figures.push({
        kind: 'elected',
        contest: electedTo,
        names: [candidate],
        origin: { span: span(elected), text: text(span(elected)) },
      });
    else if (elected && elected.text !== '' && result?.elected !== false)
      unread.push({
        span: span(elected),
        text: text(span(elected)),
        context: quoteWindow(original, rowSpan[0], rowSpan[1], span(elected)),
        reason: 'no-meaning',
      });
  }
  /**
   * A candidate's share in a row, of the base its header names. A table with a column of that base
   * (参加投票人数, 有效票) gives each row's own count of it, and the share is of that cell; without one it is
   * of the notice's count, as before, but never in a table of several villages, whose rows are of
   * elections of their own (`no-base`). A header naming no base beside a column of voters and one of
   * valid ballots is judged only where both give one verdict (`ambiguous-base` otherwise); beside a
   * column of voters alone, of that cell or of the notice's valid ballots, as a bare 得票率 is.
   */
  function shareOfRow(
    columns: readonly Column[],
    row: readonly TableCell[],
    header: RateHeader,
    places: boolean,
    rowContest: AnnouncedContest | null,
    candidate: string,
    value: PercentFigure['value'],
    at: TextSpan,
  ):
    { figures: AnnouncedFigure[]; used?: Column } | { unread: UnreadReason; bases?: readonly BaseOutcome[] } {
    const cellOf = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? undefined : row[index];
    };
    const part = { kind: 'votes' as const, contest: rowContest, candidate };
    const origin = { span: at, text: original.slice(at[0], at[1]) };
    const votes = wholeCell(cellOf('votes'));
    const place = cellOf('place')?.text;
    const ofRow = (
      column: 'voters' | 'valid',
      cast = false,
    ): { figures: AnnouncedFigure[]; used: Column } | { unread: UnreadReason } => {
      const cell = cellOf(column);
      const count = wholeCell(cell);
      if (!cell || count === null) return { unread: 'no-base' };
      const whole: GroupFigure = {
        kind: 'group',
        label: `${place ? `${place} ` : ''}${candidate} ${column === 'voters' ? '参加投票人数' : '有效票'}`,
        partOf: null,
        value: count,
        origin: { span: [cell.start, cell.start + cell.text.length], text: cell.text },
      };
      const share: PercentFigure = {
        kind: 'percent',
        value,
        part,
        whole: { kind: 'group', label: whole.label },
        // A bare 得票率 of the row's voters may be of the valid ballots instead, as of the notice's voters.
        ...(cast ? { wholeCast: true as const } : {}),
        origin,
      };
      return { figures: [whole, share], used: column };
    };
    const hasVoters = columns.includes('voters');
    const hasValid = columns.includes('valid');
    if (header.named) {
      const column = header.base === 'cast' ? 'voters' : header.base === 'valid' ? 'valid' : null;
      if (column && columns.includes(column)) return ofRow(column);
      if (places || !header.base) return { unread: 'no-base' };
      return {
        figures: [
          {
            kind: 'percent',
            value,
            part,
            whole: { kind: 'count', meaning: header.base },
            baseNamed: true,
            origin,
          },
        ],
      };
    }
    if (hasVoters && hasValid) {
      const voters = wholeCell(cellOf('voters'));
      const valid = wholeCell(cellOf('valid'));
      if (votes === null || voters === null || valid === null) return { unread: 'no-base' };
      const [ofVoters, ofValid] = [judgePercent(value, votes, voters), judgePercent(value, votes, valid)];
      return ofVoters.kind === ofValid.kind ? ofRow('voters') : { unread: 'ambiguous-base' };
    }
    // A table of several villages with its voters column alone: the notice's counts are no village's, so the
    // row's voters are the one base stated; a bare 得票率 may still be of the village's valid ballots, which
    // it does not state. Judged where the row's voters give it; otherwise unread, never flagged on a guess.
    if (places && hasVoters && !hasValid) {
      const voters = wholeCell(cellOf('voters'));
      const agrees =
        votes !== null && voters !== null && judgePercent(value, votes, voters).kind === 'agrees';
      if (agrees) return ofRow('voters');
      // Wrong of the voters, of every number of valid ballots up to them and of every electorate from them
      // up (every-base.ts): wrong whichever base it is of, and flagged as such.
      if (votes === null || voters === null || votes > voters || voters <= 0n)
        return { unread: 'ambiguous-base' };
      const everyBase: BaseReadings = {
        part: votes,
        bases: [
          { name: { zh: '参加投票人数', en: 'voters who cast a ballot' }, from: voters, to: voters },
          { name: { zh: '有效票数', en: 'valid ballots' }, from: votes > 0n ? votes : 1n, to: voters },
          { name: { zh: '登记选民数', en: 'registered voters' }, from: voters, to: null },
        ],
      };
      const row = ofRow('voters');
      // Right of some base: unread, with which bases make it right and which wrong.
      if (!wrongOfEveryBase(value, everyBase))
        return { unread: 'ambiguous-base', bases: baseOutcomes(value, everyBase) };
      if (!('figures' in row)) return { unread: 'ambiguous-base' };
      return {
        ...row,
        figures: row.figures.map((figure) => (figure.kind === 'percent' ? { ...figure, everyBase } : figure)),
      };
    }
    if (places) return { unread: hasVoters || hasValid ? 'ambiguous-base' : 'no-base' };
    if (hasVoters) return ofRow('voters', true);
    return {
      figures: [
        { kind: 'percent', value, part, whole: { kind: 'count', meaning: header.base ?? 'cast' }, origin },
      ],
    };
  }
}

/**
 * A table collapsed onto one line (姓名 得票数 得票率 是否当选 王林 812 61.4% 是 …): the leading cells that
 * are header words, then rows of as many cells, each fitting the header; null when the line is not one.
 */
function inlineTable(
  glued: readonly { text: string; start: number }[],
): { columns: Column[]; rows: { text: string; start: number }[][]; start: number; before: string } | null {
  const cells = withHeaderUnglued(glued);
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

/**
 * The cells of a line whose first header cell a paste glued to the prose before it, after a colon or a
 * full stop (`…选举有效。主任选举结果：姓名 得票数 …`): that cell parted into the prose (its words after
 * the last full stop or comma, `主任选举结果`, which may name the post) and the header word. Only the
 * first cell that holds a header word after its last such mark, and only a name header (姓名, 候选人):
 * a table's first column.
 */
function withHeaderUnglued(
  cells: readonly { text: string; start: number }[],
): readonly { text: string; start: number }[] {
  if (cells.some((cell) => columnOf(cell.text) !== null && NAME_HEADER.test(cell.text))) return cells;
  const at = cells.findIndex((cell) => cell.text.length > HEADER_CELL_MAX || /[：:。]/.test(cell.text));
  const cell = cells[at];
  if (!cell) return cells;
  const mark = Math.max(cell.text.lastIndexOf('：'), cell.text.lastIndexOf(':'), cell.text.lastIndexOf('。'));
  const tail = cell.text.slice(mark + 1);
  if (mark < 0 || !NAME_HEADER.test(tail) || columnOf(tail) !== 'name') return cells;
  const prose = cell.text.slice(0, mark);
  const lead = Math.max(prose.lastIndexOf('。'), prose.lastIndexOf('，'), prose.lastIndexOf(','));
  const parted = [
    ...(prose.length > lead + 1 ? [{ text: prose.slice(lead + 1), start: cell.start + lead + 1 }] : []),
    { text: tail, start: cell.start + mark + 1 },
  ];
  return [...cells.slice(0, at), ...parted, ...cells.slice(at + 1)];
}

/**
 * A table laid on its side, a candidate to a column (姓名 | 韩志勇 | 唐美玲, then 得票数 | 633 | 402 …): from
 * the line at `index`, the lines whose first cell is a header word and which have as many cells as it,
 * their first cells making a header (a name and a votes row at least, no row twice). Each column after
 * the first is then a candidate's row. Null when the lines are not one, or when a row of as many cells
 * names no known column.
 */
function transposedTable(
  lines: readonly TextLine[],
  index: number,
  firstCells: readonly { text: string; start: number }[],
): { columns: Column[]; rows: { text: string; start: number }[][]; span: TextSpan; end: number } | null {
  const width = firstCells.length;
  if (width < 2 || width > MAX_COLUMNS + 1 || columnOf(firstCells[0]?.text ?? '') !== 'name') return null;
  const block = [firstCells];
  // Rows a page's selection gave are split by tabs: a line with none after them is no row of the table
  // (a page's `分享到：微信 微博 QQ空间` has as many cells split by spaces, and named no column).
  const tabbed = lines[index]?.text.includes('\t') ?? false;
  for (let next = index + 1; next < lines.length && block.length < MAX_COLUMNS; next++) {
    const line = lines[next];
    if (!line || line.text.length > width * (HEADER_CELL_MAX + 1)) break;
    if (tabbed && !line.text.includes('\t')) break;
    const cells = cellsOf(line);
    if (cells.length !== width) break;
    // A row of the table that names no column known: the table is not read on a guess.
    if (columnOf(cells[0]?.text ?? '') === null) return null;
    block.push(cells);
  }
  const columns = headerColumns(block.map((cells) => cells[0]?.text ?? ''));
  const figureColumns = columns?.filter((column) => column !== 'about') ?? [];
  if (!columns || columns.includes('other') || new Set(figureColumns).size !== figureColumns.length)
    return null;
  const rows = Array.from({ length: width - 1 }, (_, at) => block.map((cells) => cells[at + 1]!));
  const end = index + block.length - 1;
  const last = lines[end]!;
  return { columns, rows, span: [lines[index]!.start, last.start + last.text.length], end };
}

/** A header's or a unit line's percent unit: 得票率（%）, 得票率/%, 得票率（百分比）, 单位：票、%. */
const PERCENT_UNIT = /[%％]|百分比|百分率/;

/**
 * A line right above a table stating its units (`单位：票、%`, `（单位：人、%）`, a caption closed by
 * `（单位：票、%）`): a percent unit there is the share column's, whose cells may then be bare numbers.
 */
const UNIT_LINE = /(?:^|[（(])单位[:：]\s*([^（）()]{1,16}?)[)）]?$/;

/** The share columns of a header under a unit line giving %, each taken to give it. */
function withUnitLine(columns: readonly Column[], line: TextLine | undefined): void {
  const units = line && line.text.length <= 60 ? UNIT_LINE.exec(line.text.trim())?.[1] : undefined;
  const headers = rateBases.get(columns);
  if (!units || !PERCENT_UNIT.test(units) || !headers) return;
  rateBases.set(columns, new Map([...headers].map(([at, header]) => [at, { ...header, inPercent: true }])));
}

/** A share column's header: the base it names, whether it says so, and whether it gives the unit. */
interface RateHeader {
  readonly base: CountMeaning | null;
  readonly named: boolean;
  /** 得票率(%): its cells may be bare numbers. */
  readonly inPercent: boolean;
  /** Why its shares are unread when its base is none: another base named, or two share columns unclear. */
  readonly unread?: 'ambiguous-base';
}

/**
 * The share columns of a header by their place, each with its base and whether it gives the unit
 * (得票率(%), whose cells may then be bare numbers), by the header's columns (set where it is read).
 */
const rateBases = new WeakMap<readonly Column[], ReadonlyMap<number, RateHeader>>();

/** The header of the table's one share column (the first, where two stand), or none. */
function rateHeaderOf(columns: readonly Column[]): RateHeader | undefined {
  return rateBases.get(columns)?.get(columns.indexOf('rate'));
}

/**
 * The base the 得票率 column's header names: the ballots cast when it names none (得票率, 得票率(%)) or
 * names them (得票率（占参加投票人数）), the valid ballots when it names them (得票率（按有效票计算）); null
 * for any other base (得票率（占登记选民数）), whose shares are then left unread. `named` when the header
 * says which: its shares are judged of that base alone, not left unjudged where another stated base
 * would judge them otherwise.
 */
function rateBaseOf(header: string): { readonly base: CountMeaning | null; readonly named: boolean } {
  const named = header
    .replace(/\s/g, '')
    .replace(/^(得票率|得票比例)/, '')
    // The unit after the base in one bracket (得票率（按有效票计算，%）) is no word of the base.
    .replace(/[，,、/／]?[(（]?(?:[%％]|百分比|百分率)[)）]?/g, '')
    .replace(/^[(（]|[)）]$/g, '');
  if (named === '') return { base: 'cast', named: false };
  // 以参加投票人数为基数计算: a base's closing words, one or two of them.
  const base = /^(?:占|按|以)?(.+?)(?:的?比例|为基数|为分母|为准)?(?:计算|统计)?$/.exec(named)?.[1] ?? '';
  if (/^(?:实际)?参加投票(?:的?(?:人数|选民数?|人))?$|^投票人数$/.test(base))
    return { base: 'cast', named: true };
  if (/^有效(?:选)?票(?:数)?$/.test(base)) return { base: 'valid', named: true };
  return { base: null, named: true };
}

/** A header cell over two or more of the cells below it: 得票情况 over 得票数 and 得票率. */
const GROUP_HEADER = /^得票(?:情况|结果|统计)$/;

/**
 * A two-row header as a copy gives it, each row a line: the upper one with one cell over several
 * (`姓名 | 得票情况 | 是否当选`), the lower one with those (`得票数 | 得票率`), the others having spanned both
 * rows. Its columns, the lower line's cells in the place of the one over them, when every cell of the
 * lower line is a column known and the first row after the header has as many cells. Null otherwise.
 */
function twoLineHeader(
  upper: readonly TableCell[],
  lower: TextLine | undefined,
  firstRow: TextLine | undefined,
): Column[] | null {
  const over = upper.findIndex((cell) => GROUP_HEADER.test(cell.text.replace(/\s/g, '')));
  if (over < 0 || !lower || !firstRow || lower.text.length > MAX_COLUMNS * (HEADER_CELL_MAX + 1)) return null;
  const under = cellsOf(lower);
  if (under.length < 2 || under.some((cell) => columnOf(cell.text) === null)) return null;
  const cells = [...upper.slice(0, over), ...under, ...upper.slice(over + 1)].map((cell) => cell.text);
  const columns = headerColumns(cells);
  return columns && cellsOf(firstRow).length === cells.length ? columns : null;
}

/**
 * The upper row of a page's two-row header whose cells spanning both rows the page shows again on the
 * lower one (姓名 | 得票情况 | 是否当选 over 姓名 | 得票数 | 得票率 | 是否当选): a cell over others
 * (得票情况), every other cell one of the header's own, fewer cells than it.
 */
function upperHeaderRow(line: TextLine, header: readonly TableCell[]): boolean {
  if (line.text.length > MAX_COLUMNS * (HEADER_CELL_MAX + 1)) return false;
  const cells = cellsOf(line);
  const words = new Set(header.map((cell) => cell.text));
  const over = cells.filter((cell) => GROUP_HEADER.test(cell.text.replace(/\s/g, '')));
  return (
    over.length === 1 &&
    cells.length < header.length &&
    cells.every((cell) => over.includes(cell) || words.has(cell.text))
  );
}

/**
 * The 合计 row closing a table of cells split along the line: its last row (合计 | 2813 | — | —), or the
 * line after it when that line's cells fill the columns from the left, its empty cells dropped
 * (合计 | 868 | 96.34% | ). The table's other rows with it; null when there is none.
 */
function totalRowOf(
  columns: readonly Column[],
  rows: readonly (readonly TableCell[])[],
  after: TextLine | undefined,
): {
  rows: readonly (readonly TableCell[])[];
  cells: readonly TableCell[];
  following: boolean;
  end: number;
  lastIndex?: number;
} | null {
  const name = columns.indexOf('name');
  const last = rows.at(-1);
  const lastCell = last?.at(-1);
  if (last && lastCell && TOTAL_ROW.test(last[name]?.text ?? ''))
    return {
      rows: rows.slice(0, -1),
      cells: last,
      following: false,
      end: lastCell.start + lastCell.text.length,
    };
  if (!after || name !== 0) return null;
  // A row a page's selection gave keeps its empty cells' places between tabs.
  const cells = after.text.includes('\t') ? cellsAtTabs(after) : cellsOf(after);
  if (cells.length < 2 || cells.length > columns.length || !TOTAL_ROW.test(cells[0]?.text ?? '')) return null;
  return { rows, cells, following: true, end: after.start + after.text.length };
}

/**
 * The 合计 row closing a table flattened one cell a line, when it has fewer cells than the header (the
 * page left its share or result cell empty: `合计 ⏎ 1860`, then prose): from the cell at `at`, a 合计
 * (总计) in the name column, the first, then the cells that strictly fit the columns after it — a whole
 * number for the votes, a percentage for the share — up to the first that does not; the votes cell
 * among them. Null otherwise.
 */
function flattenedTotalRow(
  columns: readonly Column[],
  rows: readonly (readonly TableCell[])[],
  cellLine: (at: number) => { line: TextLine; index: number } | undefined,
  at: number,
): {
  rows: readonly (readonly TableCell[])[];
  cells: readonly TableCell[];
  following: false;
  end: number;
  lastIndex: number;
} | null {
  const first = cellLine(at);
  if (columns[0] !== 'name' || !first || !/^(?:合计|总计)$/.test(first.line.text.trim())) return null;
  const cellOf = (found: { line: TextLine }): TableCell => ({
    text: found.line.text.trim(),
    start: found.line.start + (found.line.text.length - found.line.text.trimStart().length),
  });
  const cells = [cellOf(first)];
  let last = first;
  for (let column = 1; column < columns.length; column++) {
    const next = cellLine(at + column);
    const text = next?.line.text.trim() ?? '';
    const fits =
      columns[column] === 'votes'
        ? /^\d[\d,]*(票)?$/.test(text)
        : columns[column] === 'rate' && /^\d+(\.\d+)?%$/.test(withCommaPoint(text));
    if (!next || !fits) break;
    cells.push(cellOf(next));
    last = next;
  }
  if (cells.length <= columns.indexOf('votes')) return null;
  const lastCell = cells.at(-1)!;
  return { rows, cells, following: false, end: lastCell.start + lastCell.text.length, lastIndex: last.index };
}

/**
 * A row a page's selection gave with cells left empty (弃权 | 21 | 2.09% | , a result not given): its
 * cells in their places, when the empty ones are of columns that may be empty (a result, a share, a
 * note), never a name, a count or a post. Null otherwise.
 */
function withEmptyCells(columns: readonly Column[], line: TextLine | undefined): TableCell[] | null {
  if (!line?.text.includes('\t')) return null;
  const cells = cellsAtTabs(line);
  if (cells.length !== columns.length) return null;
  const mayBeEmpty = (column: Column | undefined, at: number) =>
    column === 'elected' ||
    column === 'rate' ||
    column === 'about' ||
    column === 'other' ||
    at === electedPostAt(columns);
  return cells.every((cell, at) => cell.text !== '' || mayBeEmpty(columns[at], at)) ? cells : null;
}

/** The words of each header cell, spaces taken out: which kind of column 'about' is (性别, 年龄, 备注). */
const aboutWords = new WeakMap<readonly Column[], readonly string[]>();

/** A post column that says its posts were won (当选职务): each cell naming a post declares the row elected. */
const ELECTED_POST_HEADER = /^当选(?:职务|职位|岗位)$/;
/** A 当选职务 cell saying no post was won: a dash, a slash, 无. */
const NOT_ELECTED_MARK = /^(?:[—–\-－一]{1,2}|[/／]|无)$/;

/**
 * Where a table's 当选职务 column stands, when it has one and no result column (是否当选), whose cells
 * then say who won; -1 otherwise.
 */
function electedPostAt(columns: readonly Column[]): number {
  if (columns.includes('elected')) return -1;
  const words = aboutWords.get(columns);
  return columns.findIndex((column, at) => column === 'post' && ELECTED_POST_HEADER.test(words?.[at] ?? ''));
}

/** A remark naming another ballot than the first (另行选举当选, 经第二轮投票当选, 补选). */
const OTHER_ROUND_REMARK = /另行选举|另选(?!他人)|第二轮|第二次投票|重新投票|再次投票|补选/;

/** A row's remark cell (备注, 说明), or none. */
function remarkOf(columns: readonly Column[], row: readonly TableCell[]): TableCell | undefined {
  const words = aboutWords.get(columns);
  const at = columns.findIndex(
    (column, index) => column === 'about' && REMARK_HEADER.test(words?.[index] ?? ''),
  );
  return at < 0 ? undefined : row[at];
}

/** A column of free words closing a header: a remark, which spaces may part into cells or leave out. */
const REMARK_HEADER = /^(?:备注|说明)$/;

/**
 * A row split by spaces (or `|`) under a header closed by a remark column (备注): the remark is free words,
 * parted into several cells by its spaces (`新任 大专`) or left out. The row's cells before it must each
 * fit its own column strictly (a name, a sex, an age, a post, a count, a share, a result), and every cell
 * after those is the remark; a row missing any other cell, or with a cell that does not fit, is null (read
 * as before, or ending the table). A row of tabs keeps its cells at the tabs and is not read so.
 */
function withRemarkCells(
  columns: readonly Column[],
  cells: readonly TableCell[],
  line: TextLine | undefined,
  resolveContest: ContestResolver,
): TableCell[] | null {
  const words = aboutWords.get(columns);
  const last = columns.length - 1;
  if (!line || line.text.includes('\t') || !REMARK_HEADER.test(words?.[last] ?? '')) return null;
  if (cells.length < last) return null;
  const inPercent = rateHeaderOf(columns)?.inPercent ?? false;
  const postAt = electedPostAt(columns);
  const fits = columns
    .slice(0, last)
    .every((column, at) =>
      column === 'about'
        ? aboutFits(words?.[at] ?? '', cells[at]?.text ?? '')
        : (at === postAt && NOT_ELECTED_MARK.test(cells[at]?.text ?? '')) ||
          cellFits(column, cells[at]?.text ?? '', inPercent, resolveContest),
    );
  if (!fits) return null;
  const rest = cells.slice(last);
  const first = rest[0];
  const final = rest.at(-1);
  const remark =
    first && final
      ? {
          text: line.text.slice(first.start - line.start, final.start - line.start + final.text.length),
          start: first.start,
        }
      : { text: '', start: (cells.at(-1)?.start ?? line.start) + (cells.at(-1)?.text.length ?? 0) };
  return [...cells.slice(0, last), remark];
}

/**
 * Whether a cell can be of a column telling of the candidate, strictly: a sex is 男 or 女, an age two
 * digits, an ordinal a number; other such columns (民族, 学历) any words but no remark.
 */
function aboutFits(header: string, cell: string): boolean {
  if (cell === '') return false;
  if (header === '性别') return /^[男女]$/.test(cell);
  if (header === '年龄') return /^\d{2}(?:岁)?$/.test(cell);
  if (/^(?:序号|编号)$/.test(header)) return /^\d{1,3}$/.test(cell);
  if (/^(?:民族|政治面貌|文化程度|学历)$/.test(header)) return !/\d/.test(cell);
  return !REMARK_HEADER.test(header);
}

/** The cells of a line split at tabs, empty ones kept in their places. */
function cellsAtTabs(line: TextLine): TableCell[] {
  let start = line.start;
  return line.text.split('\t').map((raw) => {
    const cell = { text: raw.trim(), start: start + (raw.length - raw.trimStart().length) };
    start += raw.length + 1;
    return cell;
  });
}

/**
 * A row one cell short, as a copy gives the rows under a cell that spanned them on the page, or a row
 * whose empty cell a copy dropped: the row with the cell it lacks, when exactly one column is such that
 * every cell fits its own column without it (a name, a count, a share, a result, a post). A post it
 * lacks is the post of the row above it (主任 over 王建国's and 李秀英's rows; the copy has
 * `李秀英 497 37.59% 否`); a result, a share or a note it lacks is left empty, as no figure is read from
 * an empty cell. Null when another column could be the one missing, or none, or a name or a count.
 */
function withCellLacking(
  columns: readonly Column[],
  cells: readonly TableCell[],
  above: readonly TableCell[],
  resolveContest: ContestResolver,
): TableCell[] | null {
  const inPercent = rateHeaderOf(columns)?.inPercent ?? false;
  const postAt = electedPostAt(columns);
  const fitsWithout = (missing: number) =>
    columns.every((column, at) => {
      if (at === missing) return true;
      const text = cells[at < missing ? at : at - 1]?.text ?? '';
      return (
        (at === postAt && NOT_ELECTED_MARK.test(text)) || cellFits(column, text, inPercent, resolveContest)
      );
    });
  const missing = columns.flatMap((_, at) => (fitsWithout(at) ? [at] : []));
  const at = missing[0];
  if (missing.length !== 1 || at === undefined) return null;
  const column = columns[at];
  // A 当选职务 cell is the row's own: left empty by a copy, it declares no one, never the post above it.
  const carried = (column === 'post' && at !== postAt) || column === 'place' ? above[at] : null;
  const lacking =
    carried ??
    (column === 'elected' || column === 'rate' || column === 'about' || column === 'other' || at === postAt
      ? {
          text: '',
          start:
            at > 0 ? (cells[at - 1]?.start ?? 0) + (cells[at - 1]?.text.length ?? 0) : (cells[0]?.start ?? 0),
        }
      : null);
  return lacking ? [...cells.slice(0, at), lacking, ...cells.slice(at)] : null;
}

/** Whether a cell can be of a column: strictly, for telling which column a short row lacks. */
function cellFits(
  column: Column,
  cell: string,
  inPercent: boolean,
  resolveContest: ContestResolver,
): boolean {
  switch (column) {
    case 'name':
      return cell !== '' && !/\d/.test(cell) && columnOf(cell) === null && resolveContest(cell) === null;
    case 'votes':
      return /^\d[\d,]*(票)?$/.test(cell);
    case 'rate':
      return (inPercent ? /^\d+(\.\d+)?%?$/ : /^\d+(\.\d+)?%$/).test(cell);
    case 'elected':
      return readResultCell(cell, resolveContest) !== null;
    case 'post':
      return !/\d/.test(cell) && resolveContest(cell) !== null;
    case 'place':
      return PLACE_CELL.test(cell);
    case 'voters':
    case 'valid':
      return /^\d[\d,]*(?:人|票|张)?$/.test(cell);
    default:
      return cell !== '';
  }
}

/**
 * The lines from `index` on that are not blank, the k-th asked for by its place: read only as far as
 * asked, so that a header's cells are looked for without reading the rest of the text.
 */
function filledLines(
  lines: readonly TextLine[],
  index: number,
): (at: number) => { line: TextLine; index: number } | undefined {
  const filled: { line: TextLine; index: number }[] = [];
  let scan = index;
  return (at) => {
    for (; filled.length <= at && scan < lines.length; scan++) {
      const line = lines[scan];
      if (line && line.text.trim() !== '') filled.push({ line, index: scan });
    }
    return filled[at];
  };
}

/**
 * A note of one line on the 得票率 column, naming its base after 按, 以, 占 or 为 (`注：得票率按有效票计算。`,
 * `以上得票率均以参加投票人数为基数`) or as the divisor of a formula (`得票率=得票数÷参加投票人数`,
 * `得票率=得票数/有效票数×100%`: the 100% it is multiplied by is no part of the base's name).
 */
const RATE_NOTE =
  /^(?:注|备注|说明)?[:：]?(?:以上|表中|上表)?(?:各候选人的?)?得票率均?(?:((?:按|以|占|为).{1,14}?)|[=＝][(（]?得票数[÷/／](.{2,16}?)[)）]?(?:[×*＊][1１][0０][0０][%％]?)?)[。.；;]?$/;

/**
 * The base a note under a table names for its 得票率 column, when the header names none: the shares
 * are then of that base alone, as if the header named it; a note naming another base (登记选民) leaves
 * them unread as such a header does. A count written in the note (参加投票人数1300人, 以参加投票人数1,512为基数)
 * is no part of the base's name.
 */
function withNotedRateBase(columns: readonly Column[], note: string): void {
  const headers = rateBases.get(columns);
  const header = rateHeaderOf(columns);
  if (!headers || headers.size !== 1) return;
  const words = RATE_NOTE.exec(note.replace(/\s/g, ''));
  // RATE_NOTE's groups hold at most 16 characters, so the restarts along a run of digits are bounded.
  // 以参加投票人数1,512为基数: the count before 为基数 or 计算 is no part of the base's name either.
  const named = (words?.[1] ?? words?.[2])?.replace(
    /(?<=[^\d])\d[\d,]{0,12}(?:人|张|票)?(?=为基数|为分母|作为基数|计算|统计)/,
    '',
  );
  // eslint-disable-next-line regexp/no-super-linear-move
  const base = named?.replace(/\d[\d,]*人?$/, '');
  if (!header || header.named || !base) return;
  rateBases.set(
    columns,
    new Map([[columns.indexOf('rate'), { ...header, ...rateBaseOf(`得票率（${base}）`) }]]),
  );
}

/**
 * A share cell with a comma a copy or a scan wrote for its decimal point (`29，17%`, folded `29,17%`): in
 * a 得票率 column, one to three digits, the comma and one or two digits are the share 29.17 (a thousands
 * separator has three digits after it, and no share reaches a thousand).
 */
function withCommaPoint(cell: string): string {
  return cell.replace(/^(\d{1,3}),(\d{1,2})(%?)$/, '$1.$2$3');
}

/**
 * A row a cell short under a 序号 column whose number is run against the name (`2万强伟  356票`, `10李明  1500`):
 * the number and the name are two cells (row-numbers.ts tells a name from a count's words: `2万人` stays one).
 */
function withRowNumberApart(
  cells: { text: string; start: number }[],
  width: number,
  ordinal: boolean,
): { text: string; start: number }[] {
  const first = cells[0];
  if (!ordinal || cells.length !== width - 1 || !first) return cells;
  const digits = rowNumberAgainstName(first.text);
  if (digits === 0) return cells;
  return [
    { text: first.text.slice(0, digits), start: first.start },
    { text: first.text.slice(digits), start: first.start + digits },
    ...cells.slice(1),
  ];
}

/** A cell a flattened table's row may hold: a post, a name, a count, a share, a result, a village. */
function tableCellLike(cell: string, resolveContest: ContestResolver): boolean {
  return (
    FLAT_POST.test(cell) ||
    isHanPersonName(cell) ||
    /^\d[\d,]*票?$/.test(cell) ||
    /^\d+(?:\.\d+)?%$/.test(withCommaPoint(cell)) ||
    readResultCell(cell, resolveContest) !== null ||
    FLAT_PLACE.test(cell)
  );
}

const FLAT_POST = /^(?:村民委员会|村委会|居民委员会|居委会)?(?:副?主任|(?:妇女)?委员|成员)$/;
const FLAT_PLACE = /^[\u4e00-\u9fff]{1,8}(?:村|社区)$/;

/** Each cell of a flattened row of a result or place column, exactly of its column's kind. */
function rowFitsExactly(
  columns: readonly Column[],
  cells: readonly string[],
  resolveContest: ContestResolver,
): boolean {
  return columns.every((column, at) => {
    const cell = (cells[at] ?? '').replace(/\s/g, '');
    if (column === 'post') return FLAT_POST.test(cell);
    if (column === 'name') return isHanPersonName(cell.replace(NAME_NOTE, ''));
    if (column === 'elected') return readResultCell(cell, resolveContest) !== null;
    if (column === 'place') return FLAT_PLACE.test(cell);
    return true;
  });
}

/**
 * A flattened table with a result or a place column whose rows do not all fit its header exactly, or
 * with cells of a table's kind left over after its last row (`陈丽` ⏎ `760` where a post cell is missing):
 * where its cells end (`lastAt`, the last such cell's place). Null when it fits: the cell after its rows
 * is none of a row's (a signature, a date, 再次投票), or a post heading the next table's header. The cells
 * left over are looked at up to a line of another kind, each once.
 */
function unfitFlattenedTable(
  columns: readonly Column[],
  rows: readonly (readonly { text: string }[])[],
  cellLine: (at: number) => { line: TextLine; index: number } | undefined,
  after: number,
  resolveContest: ContestResolver,
): { lastAt: number } | null {
  const exact = rows.every((row) =>
    rowFitsExactly(
      columns,
      row.map((cell) => cell.text),
      resolveContest,
    ),
  );
  let lastAt = after - 1;
  for (let at = after; ; at++) {
    const text = cellLine(at)?.line.text.trim() ?? '';
    if (text === '' || text.length > 12 || !tableCellLike(text, resolveContest)) break;
    // 委员 ⏎ 姓名 ⏎ 得票数: a post heading the next table, no cell of this one.
    if (columnOf(cellLine(at + 1)?.line.text.trim() ?? '') !== null) break;
    lastAt = at;
  }
  return exact && lastAt === after - 1 ? null : { lastAt };
}

/** A flattened row fits the header when its name cell has no digit and its votes cell is a number. */
function rowFits(columns: readonly Column[], cells: readonly string[]): boolean {
  return columns.every((column, at) => {
    const cell = cells[at] ?? '';
    if (cell === '') return false;
    if (column === 'name') return !/\d/.test(cell) && columnOf(cell) === null;
    if (column === 'votes') return /^\d[\d,]*(票)?$/.test(cell);
    if (column === 'rate') return /^\d+(\.\d+)?%$/.test(withCommaPoint(cell));
    return true;
  });
}

/**
 * The share in a 弃权 row's rate cell (弃权 12 1.5%), as a share of the ballots cast: only under a rate
 * header naming no base or the ballots cast (得票率, 得票率（占参加投票人数）), the cell a percentage as
 * the header writes them. Null otherwise: the cell stays unread (`ballot-row`).
 */
function abstentionShare(
  rate: { text: string; start: number } | undefined,
  header: { readonly base: CountMeaning | null; readonly inPercent: boolean } | undefined,
): { value: PercentFigure['value']; cell: { text: string; start: number } } | null {
  const { base, inPercent } = header ?? { base: 'cast', inPercent: false };
  if (!rate || base !== 'cast') return null;
  const share = (inPercent ? /^(\d+(?:\.\d+)?)%?$/ : /^(\d+(?:\.\d+)?)%$/).exec(withCommaPoint(rate.text));
  const value = share?.[1] ? parseArabicNumber(share[1]) : null;
  return value ? { value, cell: rate } : null;
}

/**
 * The share columns written as fractions of one, as a spreadsheet holds them (0.8512 for 85.12 %): every
 * cell of the column that is not empty a bare number no greater than 1 (0.8512, 0.1340, 1). Such a cell
 * is no percentage (0.8512 % of the ballots) and, beside the header's %, not surely a fraction either:
 * its cells are listed unread (`fraction-of-one`), never judged. A column with any cell above 1 or any
 * cell with % is read as before.
 */
function fractionColumns(
  columns: readonly Column[],
  rows: readonly (readonly { text: string; start: number }[])[],
): ReadonlySet<number> {
  const found = new Set<number>();
  for (const [at, column] of columns.entries()) {
    if (column !== 'rate') continue;
    const cells = rows.map((row) => withCommaPoint(row[at]?.text.trim() ?? '')).filter((cell) => cell !== '');
    if (
      cells.some((cell) => /^0\.\d+$/.test(cell)) &&
      cells.every((cell) => /^(?:0\.\d+|1(?:\.0+)?)$/.test(cell))
    )
      found.add(at);
  }
  return found;
}

/** A cell naming a village or a body of one (东湖村, 城南社区, 第三村民小组): the place a row is of. */
const PLACE_CELL = /^[^\d\s]{1,12}(?:村|社区|居委会|村民小组|居民小组|组|片区?|街道|镇|乡)$/;

/** A cell's whole number (812, 812票, 1,300人), or null. */
function wholeCell(cell: TableCell | undefined): bigint | null {
  const digits = /^(\d[\d,]*)(?:人|票|张)?$/.exec(cell?.text ?? '')?.[1]?.replace(/,/g, '');
  return digits && /^\d+$/.test(digits) ? BigInt(digits) : null;
}

/** Where the last cell of a table's rows ends. */
function lastCellEnd(rows: readonly (readonly TableCell[])[]): number {
  const last = rows
    .at(-1)
    ?.reduce<TableCell | undefined>(
      (latest, cell) => (latest && latest.start > cell.start ? latest : cell),
      undefined,
    );
  return (last?.start ?? 0) + (last?.text.length ?? 0);
}

/**
 * A 小计 or 合计 row of a table of several villages (小计 | 1452 under 村名 | 候选人 | 得票数, the village's
 * cell spanning its rows and so missing): its cells in their columns — the village carried from the row
 * above, the label in the name column, the cells after it filling the columns after the name from the
 * left (a row a page gave split by tabs keeps its empty cells' places). Null when the line is no such
 * row, or a cell does not fit its column.
 */
function placeTotalRow(
  columns: readonly Column[],
  cells: readonly TableCell[],
  line: TextLine | undefined,
  above: readonly TableCell[],
): TableCell[] | null {
  const name = columns.indexOf('name');
  const place = columns.indexOf('place');
  const label = cells.findIndex((cell) => PLACE_TOTAL_ROW.test(cell.text));
  if (!line || label < 0 || label > 1 || place > name) return null;
  // Tabs or bars keep the empty cells: each number stands in its own column (合计⇥⇥⇥2900, the 2900 under
  // 参加投票人数), whether the label is in the name column or the village's.
  const kept = line.text.includes('\t')
    ? cellsAtTabs(line)
    : line.text.includes('|')
      ? cellsAtBars(line)
      : null;
  if (kept?.length === columns.length) {
    if (PLACE_TOTAL_ROW.test(kept[name]?.text ?? ''))
      return kept.map((cell, at) => (at === place && cell.text === '' ? above[place]! : cell));
    if (PLACE_TOTAL_ROW.test(kept[place]?.text ?? '') && kept[name]?.text === '')
      return kept.map((cell, at) => (at === place ? above[place]! : at === name ? kept[place]! : cell));
  }
  // 东湖村 小计 1452: the village stated; 小计 1452: carried from the row above.
  if (label === 1 && (name !== place + 1 || !PLACE_CELL.test(cells[0]?.text ?? ''))) return null;
  const rest = cells.slice(label + 1);
  if (rest.length === 0 || name + rest.length >= columns.length) return null;
  const end = (cells[label]?.start ?? 0) + (cells[label]?.text.length ?? 0);
  const row: TableCell[] = columns.map(() => ({ text: '', start: end }));
  row[place] = label === 1 ? cells[0]! : above[place]!;
  row[name] = cells[label]!;
  // Spaces keep no empty cell: the numbers fill the columns after the name in order when there are as
  // many as columns, or the count columns in order when there are as many as those (小计 1452 under
  // 得票数 | 得票率). Fewer numbers than count columns (合计 2900 under 得票数 | 参加投票人数) stand under
  // columns unknown: listed unread, never summed as votes.
  const after = columns.map((column, at) => ({ column, at })).slice(name + 1);
  const counts = after.filter(
    ({ column }) => column === 'votes' || column === 'voters' || column === 'valid',
  );
  const whole = (cell: TableCell) => /^\d[\d,]*(?:人|票|张)?$/.test(cell.text);
  const into =
    rest.length === after.length ? after : rest.length === counts.length && rest.every(whole) ? counts : null;
  if (!into) {
    if (!rest.every(whole)) return null;
    UNSURE_COLUMN.set(row, rest);
    return row;
  }
  for (const [at, cell] of rest.entries()) {
    const { column, at: index } = into[at]!;
    if (column === 'votes' || column === 'voters' || column === 'valid') {
      if (!whole(cell)) return null;
    } else if (column !== 'rate' && column !== 'other' && column !== 'about') return null;
    row[index] = cell;
  }
  return row;
}

/** A total row's numbers whose columns its spaces leave unknown (placeTotalRow): listed unread. */
const UNSURE_COLUMN = new WeakMap<readonly TableCell[], readonly TableCell[]>();

/** A row's cells between bars (| 合计 | | 2900 |), empty ones kept; the bars opening and closing it dropped. */
function cellsAtBars(line: TextLine): TableCell[] {
  let start = line.start;
  const cells = line.text.split('|').map((raw) => {
    const cell = { text: raw.trim(), start: start + (raw.length - raw.trimStart().length) };
    start += raw.length + 1;
    return cell;
  });
  if (cells[0]?.text === '' && /^\s*\|/.test(line.text)) cells.shift();
  if (cells.at(-1)?.text === '' && /\|\s*$/.test(line.text)) cells.pop();
  return cells;
}
