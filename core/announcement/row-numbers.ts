import { isPersonName } from './person-name.js';
import { linesOf, type TextLine } from './text-lines.js';

/**
 * A table's first column of row numbers (序号, 编号, No.): an ordinal, never a count. A results table is
 * read without it (read-summary-table.ts); in any other list (候选人名单, 委托投票公示) its numbers are no
 * stated figure either.
 */
export const ORDINAL_COLUMN = /^(?:序号|编号|序|No\.)$/;

/** The cells of a heading: parted by tabs, bars or spaces (a Markdown row's outer bars leave none). */
const HEADING_SPLIT = /[\t|]|[^\S\n]+/;
/** A row opening with its number, then a cell break: `12  万强伟`, `3\t曹金兰`, `| 2 | 周丽 |`. */
const ROW_NUMBER = /^[^\S\n]{0,8}\|?[^\S\n]{0,8}(\d{1,3})(?=[^\S\n]|\|)/;
/** A Markdown table's line under its heading (|---|:--:|), no row: bars, colons and dashes, a dash at least. */
const isMarkdownRule = (text: string) => text.includes('-') && /^[\s|:-]*$/.test(text);

/**
 * Where the row numbers of a text's tables start: under a heading whose first cell is 序号 (编号, No.)
 * and which has more cells, each following line that opens with a number of one to three digits and a
 * cell break, the numbers rising from row to row (1, 2, 3 …; a list may leave rows out: 1, 12). A blank
 * line between rows is passed over; any other line ends the table. And the numbers of a numbered list with
 * no such heading (numberedVoteRows).
 */
export function rowNumberStarts(folded: string): ReadonlySet<number> {
  const starts = new Set<number>();
  const lines = linesOf(folded);
  numberedVoteRows(lines, starts);
  if (!/序|编号|No\./.test(folded)) return starts;
  for (let index = 0; index < lines.length; index++) {
    const cells = (lines[index]?.text ?? '').split(HEADING_SPLIT).filter((cell) => cell !== '');
    if (cells.length < 2 || !ORDINAL_COLUMN.test(cells[0] ?? '')) continue;
    let previous = 0;
    let next = index + 1;
    for (; next < lines.length; next++) {
      const line = lines[next];
      if (!line) break;
      if (line.text.trim() === '' || isMarkdownRule(line.text)) continue;
      const row = ROW_NUMBER.exec(line.text);
      const number = Number(row?.[1]);
      if (!row || number <= previous) break;
      previous = number;
      starts.add(line.start + row[0].length - (row[1]?.length ?? 0));
    }
    index = next - 1;
  }
  return starts;
}

/**
 * A line of a numbered list of candidates with no 序号 heading: its number (one to three digits, no
 * leading zero; in a bracket or not) at the line's start, then a list mark (`1.`, `2、`, `(3)`), a cell
 * break (`1 陈明`, `1\t陈明`, `| 1 |`) or a name run against it (`10李明`, `2万强伟`, `12千红`).
 */
const NUMBERED_ROW =
  /^[^\S\n]{0,8}\|?[^\S\n]{0,8}\(?([1-9]\d{0,2})(?:([.、)])(?!\d)|(?=[^\S\n]|\|)|(?=([\u3400-\u9fff]{2,4})(?![\u3400-\u9fff])))/;
/** A candidate's votes on the row: a number with 票 or 张 after it. */
const VOTES_ON_ROW = /\d[^\S\n]{0,2}[票张]/;
/**
 * What opens a count's words, not a name, after a number (3个村, 5名委员, 4组, 3届; 1 张选票), and after 万
 * or 亿 (2万人, 12万元, 1万2千): the number is a count or an ordinal, not a row's. 张 opens names too
 * (张伟): a name that passes for one is a name.
 */
const COUNT_WORD_OPENING = /^[个位名人户票份次届组号村年月日岁余多元选以左]/;
const AFTER_WAN_COUNT_WORD = /^[人票张名余多户元个位份千百亿选次以左]/;
/** The words after a row's number and its mark or cell break: a run of Han characters. */
const WORDS_AFTER = /^[^\S\n]{0,8}\|?[^\S\n]{0,8}([\u3400-\u9fff]{1,5})/;

/** Whether words after a number open as a count's words do (3个村, 2万人), not as a name. */
function opensCount(words: string): boolean {
  return /^[万亿]/.test(words) ? AFTER_WAN_COUNT_WORD.test(words.slice(1)) : COUNT_WORD_OPENING.test(words);
}

const NAME_BEFORE_VOTES = /^([\u3400-\u9fff]{2,3}?)(?:得票|获得?|以|当选)/;
/** Whether the words after a number (run against it when `glued`) may be a row's, not a count's. */
function opensRow(words: string, glued: boolean): boolean {
  // A name alone, or before the words of its votes (4 张伟得票856票, 张伟获856票, 张伟以856票当选).
  const alone = /^[\u3400-\u9fff]{2,4}$/.test(words) && isPersonName(words, NO_CANDIDATES);
  const before = NAME_BEFORE_VOTES.exec(words)?.[1];
  const name = alone || (before !== undefined && isPersonName(before, NO_CANDIDATES));
  return !opensCount(words) && (name || (!glued && words !== '' && !words.startsWith('张')));
}

const NUMBER_AGAINST_NAME = /^([1-9]\d{0,2})([\u3400-\u9fff]{2,4})$/;
/**
 * How many digits open a table's cell that is a row's number run against a name (`2万强伟`, `10李明`,
 * `12千红`) under a 序号 column: 0 when the cell is no such pair (`2万人`, `3个村`, `12万元`).
 */
export function rowNumberAgainstName(cell: string): number {
  const pair = NUMBER_AGAINST_NAME.exec(cell);
  return pair && opensRow(pair[2] ?? '', true) ? (pair[1]?.length ?? 0) : 0;
}

/**
 * A row's number, when the line opens as a numbered row; null when it does not. `votes`: the line holds a
 * candidate's votes (a number with 票 or 张), as a name run against the number must have.
 */
function numberedRow(
  line: TextLine,
): { number: number; start: number; votes: boolean; unsure: boolean } | null {
  const row = NUMBERED_ROW.exec(line.text);
  if (!row) return null;
  const votes = VOTES_ON_ROW.test(line.text.slice(row[0].length));
  // The name after the number: a person's name of two to four characters (张伟, 万强伟, 千红, 百里杰) that
  // opens with no count's word; after a mark or a cell break, other words too that open with none (1 张选票,
  // 3 名候选人 are counts). A name run against the number must be one (10李明; not 3个村 nor 2万人).
  const glued = row[3];
  if (glued !== undefined && !votes) return null;
  const words = glued ?? WORDS_AFTER.exec(line.text.slice(row[0].length))?.[1] ?? '';
  // 选 after a number and a cell break opens a count (12 选民, 800 选民参加投票) or a list's item (1 选民登记时间…):
  // unsure, a row only in a list whose other rows are sure (numberedVoteRows).
  const unsure = glued === undefined && words.startsWith('选');
  if (!unsure && !opensRow(words, glued !== undefined)) return null;
  const digits = row[1] ?? '';
  return {
    number: Number(digits),
    start: line.start + row[0].length - digits.length - (row[2]?.length ?? 0),
    votes,
    unsure,
  };
}
const NO_CANDIDATES: ReadonlySet<string> = new Set();

/**
 * Numbered rows with no 序号 heading (`1 陈明 1122票`, `2万强伟 356票`, `10李明 1500票`, `1. 张伟 856票`; `1 本村登记选民1500人`,
 * `2 共发出选票1380张`): lines that each open with a row's number, the numbers running on by one, two rows at
 * least, a blank line between rows passed over; each row holding a candidate's votes (1, 2, 3 …; 10, 11,
 * 12), or the list opening at 1. Numbers that do not run on (3, 7) are no such list: they stay figures,
 * read or unread. A row whose words open with 选 (1 选民登记…) may be a count's line (12 选民…): the list
 * needs two sure rows besides.
 */
function numberedVoteRows(lines: readonly TextLine[], starts: Set<number>): void {
  let run: number[] = [];
  let previous = -1;
  let first = -1;
  let allVotes = true;
  let sure = 0;
  const close = () => {
    if (sure >= 2 && (allVotes || first === 1)) for (const start of run) starts.add(start);
    run = [];
    previous = -1;
    allVotes = true;
    sure = 0;
  };
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const row = numberedRow(line);
    if (row && row.number !== previous + 1) close();
    if (!row) {
      close();
      continue;
    }
    if (run.length === 0) first = row.number;
    run.push(row.start);
    allVotes &&= row.votes;
    if (!row.unsure) sure++;
    previous = row.number;
  }
  close();
}
