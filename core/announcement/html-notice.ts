import { Parser } from 'htmlparser2';

/**
 * A notice saved as a web page (.html) is read as the text a reader sees: tags dropped, entities
 * decoded, each block on its own line and each table row on one line with its cells split by tabs, as
 * a browser's selection gives them, so that the vote and share tables are read as tables. The parsing
 * is htmlparser2's (comments, scripts, entities, unclosed cells): hand-written tag stripping gets
 * those wrong. Script, style and the head hold nothing a reader sees and are dropped.
 */

/** Names or openings that mark a web page: a file named .htm(l), or text that opens with a tag. */
const HTML_NAME = /\.x?html?$/i;
const HTML_OPENING =
  /^\s*<(?:!doctype\s+html|html|head|body|meta|title|table|div|p|span|section|article|h[1-6])\b/i;

export function looksLikeHtml(file: string, text: string): boolean {
  return HTML_NAME.test(file) || HTML_OPENING.test(text.slice(0, 512));
}

/** Elements whose contents no reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'noscript', 'template', 'iframe', 'object', 'svg']);
/** Elements that begin and end a line of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELLS = new Set(['td', 'th']);
/** Marks a block's edge inside a cell until the cell ends: a space there is no padding. */
const BLOCK_IN_CELL = '\uE000';
/** Runs of white space a browser shows as one space (no-break spaces included). */
const SPACES = /[\s\u00a0\u3000]+/g;
/** Spaces between two Chinese characters in a cell pad a short name to the column's width (李  华). */
const PADDING = /(?<=\p{Script=Han})[\s\u00a0\u3000]+(?=\p{Script=Han})/gu;
/**
 * A header whose column holds each row's place or each row's own base (村名, 选区; 参加投票人数, 有效票,
 * 登记选民): a number spanning rows there (a village's 1500 voters over its candidates' rows, `第3选区`)
 * is that of every row it covers, and is shown again on each, as each row's own cell. Never a column of
 * votes or shares (得票数, 得票率（占参加投票人数）), whose cells are counted or judged row by row, nor of
 * totals (合计, 全镇参加投票人数), which are no row's own.
 */
const SHOWN_AGAIN_HEADER =
  /^(?!.*(?:得票|率|%|％|占|合计|小计|总计|总数|共计|全镇|全乡|全街道|全县))(?:.*(?:参加投票|投票人数|参选人数|有效(?:选)?票|登记选民|选民(?:人)?数)|.*(?:村名|村别|选区|社区|选举单位|投票站|村（社区）|村\(社区\)))/;
/** More rows than a cell spans in any page: a larger rowspan is read as this many. */
const MAX_ROWSPAN = 1000;

/**
 * A cell spanning rows below its own (rowspan), kept for the rows it covers. A cell of words (a post
 * spanning its candidates' rows, 姓名 spanning a two-row header) is shown again on each row it covers,
 * so that every row has a cell for each column, as the table shows it; a cell with a number is not
 * repeated (a count shown once is not counted twice), and the rows it covers stay a cell short, but
 * under a header of each row's place or own base (SHOWN_AGAIN_HEADER), where it is every row's.
 */
interface SpanningCell {
  readonly text: string | null;
  readonly columns: number;
  rows: number;
}

/** Where a table is in its rows: the column the next cell takes, and the cells spanning down into it. */
interface TableGrid {
  column: number;
  readonly spanning: Map<number, SpanningCell>;
  /** The cell this table is laid out in, kept to go on with it once the table ends. */
  readonly outer: OpenCell | null;
  /** A cell of this table holds a table: the table lays out the page, its cells are no columns. */
  layout: boolean;
  /** The rows begun so far, and the first row's words by column (the header). */
  rows: number;
  readonly header: Map<number, string>;
}

/** A cell being read when a table opens in it. */
interface OpenCell {
  readonly depth: number;
  readonly cellsInRow: number;
  readonly at: { column: number; columns: number; rows: number } | null;
}

class TextOfPage {
  constructor(private repeatBudget: number) {}
  private readonly lines: string[] = [];
  private line = '';
  private hidden = 0;
  private inPre = 0;
  /** Depth of table cells: a line break inside a cell keeps the row on one line. */
  private inCell = 0;
  private cellsInRow = 0;
  /** Where the open cell's text begins in the line. */
  private cellStart = 0;
  /** The open tables, innermost last. */
  private readonly tables: TableGrid[] = [];
  /** The open cell's place in its table's grid. */
  private cellAt: { column: number; columns: number; rows: number } | null = null;

  open(name: string, attributes: Record<string, string> = {}): void {
    if (HIDDEN.has(name)) this.hidden++;
    if (this.hidden > 0) return;
    if (name === 'table') this.openTable();
    if (name === 'tr') {
      this.breakLine();
      this.cellsInRow = 0;
      const grid = this.tables.at(-1);
      if (grid) {
        grid.column = 0;
        grid.rows++;
      }
    } else if (CELLS.has(name)) {
      if (this.inCell === 0) this.fillSpanned(false);
      if (this.inCell === 0 && this.tables.at(-1)?.layout) this.breakLine();
      else if (this.cellsInRow > 0) this.line += '\t';
      this.cellsInRow++;
      if (this.inCell++ === 0) {
        this.cellStart = this.line.length;
        const grid = this.tables.at(-1);
        this.cellAt = grid
          ? {
              column: grid.column,
              columns: spanOf(attributes['colspan'], 1000),
              rows: spanOf(attributes['rowspan'], MAX_ROWSPAN),
            }
          : null;
      }
    } else if (name === 'br') this.lineBreak();
    else if (BLOCKS.has(name)) this.lineBreak();
    if (name === 'pre') this.inPre++;
  }

  close(name: string): void {
    if (HIDDEN.has(name)) {
      this.hidden = Math.max(0, this.hidden - 1);
      return;
    }
    if (this.hidden > 0) return;
    if (CELLS.has(name)) {
      this.inCell = Math.max(0, this.inCell - 1);
      if (this.inCell === 0) this.closeCell();
    } else if (name === 'tr') {
      if (this.inCell === 0) this.fillSpanned(true);
      this.breakLine();
    } else if (BLOCKS.has(name)) this.lineBreak();
    if (name === 'table') this.closeTable();
    if (name === 'pre') this.inPre = Math.max(0, this.inPre - 1);
  }

  text(text: string): void {
    if (this.hidden > 0) return;
    if (this.inPre > 0 && this.inCell === 0) {
      const [first, ...rest] = text.split(/\r\n|\r|\n/);
      this.line += first;
      for (const next of rest) {
        this.breakLine();
        this.line = next!;
      }
      return;
    }
    const spaced = text.replace(SPACES, ' ');
    this.line += this.line === '' || this.line.endsWith('\t') ? spaced.trimStart() : spaced;
  }

  /**
   * A table inside a cell: the table around it lays out the page (a column of links, a column of
   * text), so the row it has so far is broken into its cells' and blocks' lines, as its cells are no
   * columns of figures; and the inner table's rows are read as a table of their own.
   */
  private openTable(): void {
    let outer: OpenCell | null = null;
    const around = this.tables.at(-1);
    if (this.inCell > 0 && around) {
      outer = { depth: this.inCell, cellsInRow: this.cellsInRow, at: this.cellAt };
      around.layout = true;
      for (const part of this.line.split(/[\t\uE000]/)) {
        this.line = part.trimStart();
        this.breakLine();
      }
      this.inCell = 0;
      this.cellsInRow = 0;
      this.cellAt = null;
    }
    this.tables.push({ column: 0, spanning: new Map(), outer, layout: false, rows: 0, header: new Map() });
  }

  /** The end of a table: the cell it was laid out in goes on, on a line of its own. */
  private closeTable(): void {
    const outer = this.tables.pop()?.outer;
    if (!outer) return;
    this.breakLine();
    this.inCell = outer.depth;
    this.cellsInRow = outer.cellsInRow;
    this.cellAt = outer.at;
    this.cellStart = 0;
  }

  /** A cell's text is whole only at its end: entities and tags split it into pieces. */
  private closeCell(): void {
    const start = Math.min(this.cellStart, this.line.length);
    // Its blocks' edges stay marked until the row ends: a table inside a later cell may yet show the
    // row to lay out the page, and its cells' blocks to be lines.
    const cell = this.line.slice(start).replace(PADDING, '');
    this.line = this.line.slice(0, start) + cell;
    const grid = this.tables.at(-1);
    const at = this.cellAt;
    this.cellAt = null;
    if (!grid || !at) return;
    if (grid.rows === 1) grid.header.set(at.column, cell.trim());
    if (at.rows > 1)
      grid.spanning.set(at.column, {
        text:
          /[\d\uFF10-\uFF19]/.test(cell) && !SHOWN_AGAIN_HEADER.test(grid.header.get(at.column) ?? '')
            ? null
            : cell.trim(),
        columns: at.columns,
        rows: at.rows - 1,
      });
    grid.column = at.column + at.columns;
  }

  /**
   * The cells spanning down from rows above into the next column of this row (or, at the row's end,
   * into every column left), each shown again when it holds words.
   */
  private fillSpanned(toRowEnd: boolean): void {
    const grid = this.tables.at(-1);
    if (!grid) return;
    // At the row's end, the columns spanned into in their order; before a cell, the next one only.
    const columns = toRowEnd
      ? [...grid.spanning.keys()].filter((key) => key >= grid.column).sort((a, b) => a - b)
      : [grid.column];
    for (const column of columns) {
      const spanning = grid.spanning.get(column);
      if (!spanning || column < grid.column) continue;
      if (!toRowEnd && column !== grid.column) return;
      // Text shown again is bounded by the page's own length: a page of spanning cells over empty
      // rows cannot make its text grow past it.
      if (spanning.text !== null && spanning.text.length <= this.repeatBudget) {
        this.repeatBudget -= spanning.text.length;
        if (this.cellsInRow > 0) this.line += '\t';
        this.line += spanning.text;
        this.cellsInRow++;
      }
      if (--spanning.rows === 0) grid.spanning.delete(column);
      grid.column = column + spanning.columns;
      if (!toRowEnd) columns.push(grid.column);
    }
  }

  /** A block's edge: a new line, or a space inside a table cell. */
  private lineBreak(): void {
    if (this.inCell > 0 && !this.tables.at(-1)?.layout) {
      if (this.line !== '' && !/[\s\uE000]$/.test(this.line)) this.line += BLOCK_IN_CELL;
    } else this.breakLine();
  }

  private breakLine(): void {
    const line = this.line
      .replaceAll(BLOCK_IN_CELL, ' ')
      .replace(/(?<! ) +$/, '')
      .replace(/(?:(?<! ) +)?\t */g, '\t');
    if (line.trim() !== '') this.lines.push(line);
    this.line = '';
  }

  result(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}

/** A colspan or rowspan attribute as a count of at least one and at most `max`. */
function spanOf(written: string | undefined, max: number): number {
  const value = Number.parseInt(written ?? '', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, max) : 1;
}

/** The text a reader of the page sees, one block or table row a line. */
export function textOfHtml(html: string): string {
  const page = new TextOfPage(html.length);
  const parser = new Parser(
    {
      onopentag: (name, attributes) => page.open(name, attributes),
      onclosetag: (name) => page.close(name),
      ontext: (text) => page.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return page.result();
}
