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

class TextOfPage {
  private readonly lines: string[] = [];
  private line = '';
  private hidden = 0;
  private inPre = 0;
  /** Depth of table cells: a line break inside a cell keeps the row on one line. */
  private inCell = 0;
  private cellsInRow = 0;
  /** Where the open cell's text begins in the line. */
  private cellStart = 0;

  open(name: string): void {
    if (HIDDEN.has(name)) this.hidden++;
    if (this.hidden > 0) return;
    if (name === 'tr') {
      this.breakLine();
      this.cellsInRow = 0;
    } else if (CELLS.has(name)) {
      if (this.cellsInRow > 0) this.line += '\t';
      this.cellsInRow++;
      if (this.inCell++ === 0) this.cellStart = this.line.length;
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
    } else if (name === 'tr') this.breakLine();
    else if (BLOCKS.has(name)) this.lineBreak();
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

  /** A cell's text is whole only at its end: entities and tags split it into pieces. */
  private closeCell(): void {
    const start = Math.min(this.cellStart, this.line.length);
    const cell = this.line.slice(start).replace(PADDING, '').replaceAll(BLOCK_IN_CELL, ' ');
    this.line = this.line.slice(0, start) + cell;
  }

  /** A block's edge: a new line, or a space inside a table cell. */
  private lineBreak(): void {
    if (this.inCell > 0) {
      if (this.line !== '' && !/[\s\uE000]$/.test(this.line)) this.line += BLOCK_IN_CELL;
    } else this.breakLine();
  }

  private breakLine(): void {
    const line = this.line.replace(/ +$/, '').replace(/ *\t */g, '\t');
    if (line.trim() !== '') this.lines.push(line);
    this.line = '';
  }

  result(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}

/** The text a reader of the page sees, one block or table row a line. */
export function textOfHtml(html: string): string {
  const page = new TextOfPage();
  const parser = new Parser(
    {
      onopentagname: (name) => page.open(name),
      onclosetag: (name) => page.close(name),
      ontext: (text) => page.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return page.result();
}
