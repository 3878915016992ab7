import { baseOutcomes, wrongOfEveryBase, type BaseOutcome, type CandidateBase } from './every-base.js';
import { linesOf } from './text-lines.js';
import type {
  AnnouncedFigure,
  CountFigure,
  CountMeaning,
  GroupFigure,
  PercentFigure,
  StatedPartition,
  TextSpan,
  UnreadFigure,
  UnreadReason,
} from './announced-figures.js';
import { NUMBERS_READ } from './announced-figures.js';
import { parseArabicNumber } from './parse-number.js';
import { quoteWindow } from './quote-window.js';
import { ORDINAL_COLUMN } from './row-numbers.js';
import { isAttributeLabel } from './summary-totals.js';
import { pushAll } from '../model/long-lists.js';

/**
 * A township's or county's summary table flattened into lines, its columns named only in the heading
 * row (cells split by tabs, `|` or spaces):
 *
 *     乡镇 村数 “两委”成员数 女性成员数 女性成员占比
 *     城关镇 18 112 28 25.0%
 *     合计 50 308 76 24.7%
 *
 * A share column (`女性成员占比`, `比例`, `比重`, `(%)`, `占两委成员比例`) is read row by row as its part
 * column over its base column, both proved by the heading alone: the part is the count column the share
 * names (`女性成员`), or the one right before it when it names none (`占比(%)`); the base is the one other
 * count column the share names after 占, or else the one whose name shares its head noun with the
 * part's (女性成员 and “两委”成员: 成员; 村数 is no base of people). With no such base, or two, the shares
 * are listed unread (`no-base`, `ambiguous-base`); so are the numbers of a row whose cells do not fit the
 * heading (`no-meaning`) and an approximate cell (`approximate`). With a 合计/总计 row, each count column
 * of the rows is a partition of its 合计 cell (summed by the arithmetic check).
 */

export interface SummaryTables {
  readonly figures: readonly AnnouncedFigure[];
  readonly unread: readonly UnreadFigure[];
  readonly partitions: readonly StatedPartition[];
  /** The tables' lines, heading included, for the prose reader to leave alone. */
  readonly spans: readonly TextSpan[];
  /**
   * The 合计 row of a table of every polling place's ballots (投票站 发出选票 收回选票 …, closed by its one
   * 合计 row), read as the election's own counts: the prose reader takes them only where the notice
   * states no such count of its own (pollingPlaceTotals).
   */
  readonly ballotTotals: readonly CountFigure[];
}

interface Cell {
  readonly text: string;
  readonly span: TextSpan;
}

type Column =
  | { readonly kind: 'label' }
  /**
   * A column of words (主任当选人, 一肩挑): its cells are no figures, and a row may hold them. A column
   * that counts nothing (`note`: 备注, 联系电话, 年龄, 出生年月, 选区编号, 日期) may hold digits too
   * (`补选1名`, `13805718862`, `4月2日`): they are listed unread (`not-a-count`), never read as a count.
   */
  | { readonly kind: 'text'; readonly note?: true }
  | { readonly kind: 'count'; readonly name: string; readonly written: string }
  | {
      readonly kind: 'share';
      readonly part: string;
      readonly base: string | null;
      readonly written: string;
      /** 参选率, 投票率: the voters' column over the registered voters'. */
      readonly turnout?: true;
      /**
       * 得票率 beside a column of the winners' votes (得票): of the voters or of the valid ballots, as the
       * heading (得票率（占参加投票人数%）) or a note under the table (得票率以参加投票人数计算) says.
       */
      readonly votes?: true;
    };

const MAX_COLUMNS = 12;
const CELL_MAX = 24;
// Linear, though the lint cannot tell: a run of spaces is matched whole at its first one (by the last
// alternative, if not by the bar's), so no search starts inside it (100 KB of spaces: 0.2 ms).
// eslint-disable-next-line regexp/no-super-linear-move
const CELL_SPLIT = /\t|[^\S\n]*\|[^\S\n]*|[^\S\n]+/g;
/** A share column that names its base after 占: `占两委成员比例`, `女性成员占“两委”成员的比例（%）`. */
// Read only on a header cell of at most CELL_MAX (24) characters, so its backtracking is bounded.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const NAMED_SHARE = /^(.*?)占(.+?)的?(?:比例|比重|百分比)(?:\(%\)|（%）)?$/;
/** A share column: `女性成员占比`, `女性成员比例（%）`, `女性成员(%)`, `占比(%)`. */
const SHARE = /^(.*?)(?:占比|比例|比重|百分比)?(?:\(%\)|（%）|%)?$/;
const SHARE_WORD = /占比|比例|比重|百分比|\(%\)|（%）|%$/;
/** The count word after what a count column counts: 女性成员数, 党员人数, 成员(人). */
const COUNT_WORD = /(?:人数|数|\(人\)|（人）|\(个\)|（个）|\(张\)|（张）|\(票\)|（票）)$/;
const TOTAL_ROW = /^(?:合计|总计|全县|全市|全区|全镇|总数)$/;
/** A row of all the people the other rows are some of: 合计（成员总数）, 总计, 总数. */
const BASE_ROW = /^(?:合计|总计|总数)(?:[（(][^）)]*[）)])?$/;
/** The whole's own share: 100%. */
const WHOLE_SHARE = /^100(?:\.0+)?%?$/;
/**
 * A row's label that names an age (35岁以下) or a range of ages (36至50岁, 36岁至50岁, 18-35岁): its digits
 * are words, not a count.
 */
const AGE_LABEL = /^\D*(?:\d{1,3}(?:周?岁)?[至到~～\-－—–])?\d{1,3}周?岁\D*$/;
/** A count cell: `1856`, or with its thousands grouped `1,984,221`. */
const WHOLE = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
/** The count a WHOLE cell states. */
const countOf = (cell: string) => BigInt(cell.replaceAll(',', ''));
/**
 * A row's label saying the row is part of the one above it (其中流动票箱, 其中：东村一组, 含分会场), or
 * totals some rows above it (小计, 东片小计): summed with the others it counts rows twice.
 */
const PART_OF_ROW_ABOVE = /^(?:其中|含|内含|包括)|小计$/;
/** A share cell: `25.0%`, `25`, or a copy's `26。42%` (one 。 between digits right before %). */
const SHARE_CELL = /^\d+(?:\.\d+)?%?$|^\d+。\d+%$/;
const APPROXIMATE_CELL = /^(?:约|近|逾|超过)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|。\d+%)?(?:多|余|来)?%?$/;

/**
 * A cell a copy or a scan garbled, or a page left as a mark: a dash, a slash, ＃, ?? (one to three signs),
 * one stray character (口), or digits with a letter a scan misread (1O32, 10,0O0). Only that cell is
 * unread: the row's other cells and the rows after it are read as the heading says.
 */
const GARBLED_CELL = /^(?:[\p{P}\p{S}]{1,3}|[^\s\d]|(?=[\dOolIS,]*\d)(?=[\d,]*[OolIS])[\dOolIS,]{2,16})$/u;
/** A garbled cell with a digit is digits with a letter a scan misread (1O32): reason `garbled`. */
const HAS_DIGIT = /\d/;
/** A total row's cell under a column of words (一肩挑 是/否): how many rows are marked, `3个`. */
const MARKS_COUNTED = /^\d{1,4}(?:个|名|人|村|家)?$/;
/** A cell of a row: a number, perhaps approximate, or a garbled cell (GARBLED_CELL). */
const fitsRow = (cell: Cell) => APPROXIMATE_CELL.test(cell.text) || GARBLED_CELL.test(cell.text);
/** Why a cell that is no count or share is unread. */
function cellReason(text: string): UnreadReason {
  if (APPROXIMATE_CELL.test(text) && !SHARE_CELL.test(text)) return 'approximate';
  if (GARBLED_CELL.test(text)) return HAS_DIGIT.test(text) ? 'garbled' : 'unreadable-cell';
  return 'no-meaning';
}

/** The words a heading names, without quotes or brackets, for comparing names. */
const bare = (name: string) => name.replace(/[“”"‘’'「」《》]/g, '');

/** A list mark a copy puts at a line's start: `● `, `◆`, `1. `, `2、`, `（1）`. */
const LIST_MARK = /^(?:[●■◆•][^\S\n]?|\d{1,2}\.[^\S\n]|\d{1,2}、|（\d{1,2}）|\(\d{1,2}\))/;

/**
 * A table's line without what a paste glued to it: a sentence before its first cell (`…召开。甲区 | 64`),
 * a list mark, and a sentence after its last number (`28.73%。联系电话…。`): the offset and the line.
 */
function tableLine(line: string): { readonly from: number; readonly text: string } {
  // The first cell ends at the first bar or tab, or else at the first space.
  const bar = line.search(/[\t|]/);
  const split = bar >= 0 ? bar : line.search(/[^\S\n]/);
  const first = split < 0 ? line : line.slice(0, split);
  let from = 0;
  for (let at = 0; at < first.length - 1; at++)
    if (
      /[。！？]/.test(first.charAt(at)) ||
      (first.charAt(at) === '.' && !/[\d\s]/.test(first.charAt(at + 1)))
    )
      from = at + 1;
  from += LIST_MARK.exec(line.slice(from))?.[0].length ?? 0;
  let to = line.length;
  if (/[。！？.]$/.test(line))
    for (let at = line.indexOf('。', from); at > from; at = line.indexOf('。', at + 1)) {
      // 26。42%: a point between digits, no sentence's end.
      if (/\d/.test(line.charAt(at - 1)) && /\d/.test(line.charAt(at + 1))) continue;
      if (!/[\t|]/.test(line.slice(at))) to = at;
      break;
    }
  return { from, text: line.slice(from, to) };
}

function cellsOf(whole: string, at: number): Cell[] {
  const { from: offset, text: line } = tableLine(whole);
  const start = at + offset;
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    if (to > from) cells.push({ text: line.slice(from, to), span: [start + from, start + to] });
  };
  for (const split of line.matchAll(CELL_SPLIT)) {
    push(split.index);
    from = split.index + split[0].length;
  }
  push(line.length);
  // `28.73  %`: a sign spaced off its number is of that number.
  return cells.reduce<Cell[]>((out, cell) => {
    const before = out.at(-1);
    if (cell.text === '%' && before && /\d$/.test(before.text))
      out[out.length - 1] = { text: `${before.text}%`, span: [before.span[0], cell.span[1]] };
    else out.push(cell);
    return out;
  }, []);
}

/**
 * A row of a table whose cells a paste parts by tabs or bars (Excel, WPS, Markdown), its blank cells
 * kept in their places (`红旗村	1345	1190	88.5%			`): the cells in order, blank ones with no text;
 * null when the line holds no tab or bar. The bars at a Markdown line's ends part no cell.
 */
function cellsWithBlanks(whole: string, at: number): Cell[] | null {
  const { from: offset, text: line } = tableLine(whole);
  if (!/[\t|]/.test(line)) return null;
  const start = at + offset;
  const cells: Cell[] = [];
  const push = (from: number, to: number) => {
    let head = from;
    let tail = to;
    while (head < tail && /\s/.test(line.charAt(head))) head++;
    while (tail > head && /\s/.test(line.charAt(tail - 1))) tail--;
    cells.push({ text: line.slice(head, tail), span: [start + head, start + tail] });
  };
  let from = 0;
  for (let at = 0; at < line.length; at++) {
    const mark = line.charAt(at);
    if (mark !== '\t' && mark !== '|') continue;
    push(from, at);
    from = at + 1;
  }
  push(from, line.length);
  // | 合计 | 3710 |: the bars at the ends open and close the row.
  if (line.trimStart().startsWith('|') && cells[0]?.text === '') cells.shift();
  if (line.trimEnd().endsWith('|') && cells.at(-1)?.text === '') cells.pop();
  return cells;
}

/** Words a heading with a share column holds. */
const SHARE_HEADING = /占比|比例|比重|%|参选率|投票率|得票率/;
/**
 * A column of a ballot account (发出选票, 收回, 有效票, 无效票), or of the voters (登记选民, 参加投票): the
 * columns of a table of polling places or villages whose 合计 row sums them.
 */
const BALLOT_COLUMN =
  /^(?:发出选票|发出|收回选票|收回|有效票|有效选票|有效|无效票|无效选票|无效|废票|登记选民|参加投票|实际参加投票|参加投票选民)$/;
/** Words a heading of a ballot account holds. */
const BALLOT_HEADING = /发出|收回|有效|无效/;
/** Words of a heading this reader may read. */
const HEADING_WORDS = new RegExp(`${SHARE_HEADING.source}|${BALLOT_HEADING.source}`);
/** A turnout column: 参选率, 投票率, 参选率(%). */
const TURNOUT_RATE = /^(?:参选率|投票率)(?:\(%\)|（%）|%)?$/;
/** The columns a turnout is of: those who voted, and the registered voters (the count word set aside). */
const VOTED_COLUMN = /^(?:参加投票|实际参加投票|参选|投票)(?:选民|人)?$/;
/** The valid ballots' column (有效票, 有效选票). */
const VALID_COLUMN = /^(?:有效票|有效选票|有效)$/;
/**
 * A table's heading of a count that has one English name (`登记选民` registered voters), for the English
 * report: the name, then the heading in brackets. Any other heading is quoted as written.
 */
const ENGLISH_OF_HEADING: ReadonlyMap<string, string> = new Map([
  ['登记选民', 'registered voters'],
  ['登记选民数', 'registered voters'],
  ['选民', 'registered voters'],
  ['参加投票', 'voters who took part'],
  ['参加投票选民', 'voters who took part'],
  ['参加投票人数', 'voters who took part'],
  ['参选选民', 'voters who took part'],
  ['有效票', 'valid ballots'],
  ['有效选票', 'valid ballots'],
  ['无效票', 'invalid ballots'],
  ['发出选票', 'ballots issued'],
  ['收回选票', 'ballots returned'],
]);
/** 登记选民, 选民数, 选举人数 (Taiwan's electors, 選舉人數: its 人数 set aside leaves 选举). */
const REGISTERED_COLUMN = /^(?:登记选民|登记|选民|选举)$/;

/** A cell of a Markdown table's line under its heading: ---, :--, --:, :-:. */
const MARKDOWN_RULE_CELL = /^:?-+:?$/;

/**
 * A blank line, or one sentence standing alone (no cells), which a paste may put between rows. Spaces
 * part no cells in a sentence with no digit (`联系电话：0571-88881234。`, its telephone blanked by
 * copy-residue.ts): no row is without a number.
 */
function betweenRows(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed === '' ||
    (!/[\t|]/.test(trimmed) && (!/[^\S\n]/.test(trimmed) || !/\d/.test(trimmed)) && /[。！？]$/.test(line))
  );
}

/**
 * A column of words, no figures: who was elected (主任当选人, 当选人, 姓名, 书记), whether one person holds
 * both posts (一肩挑, 是否…), a remark (备注, 说明), a sex (性别) or a post (职务).
 */
const TEXT_COLUMN = /^(?:.{0,6}当选人|.{0,6}姓名|.{0,4}人选|书记|主任|一肩挑|是否.{1,8}|性别|职务)$/;
/**
 * A column that counts nothing, whose cells may hold digits: a remark (备注, 说明: `2号选区合并`, `补选1名`),
 * a telephone (联系电话), a person's age or birth date (年龄, 主任年龄, 出生年月), a ward's number (选区编号),
 * a date (选举日期, 日期). Its digits are no figure of the election: never a count, a vote or a part of a
 * column's sum. An average age (平均年龄) is none of these.
 */
const NOTE_COLUMN =
  /^(?:备注|说明|(?:联系)?电话|联系方式|手机(?:号码)?|(?:主任|书记|当选人)?年龄(?:[（(]岁[)）])?|出生年月(?:日)?|出生日期|选区编号|选区号|(?:选举|投票|换届)?日期)$/;
/** Whether a column counts nothing and may hold digits (NOTE_COLUMN). */
const isNote = (column: Column | undefined): boolean => column?.kind === 'text' && column.note === true;
/** The numbers within a note's cell (`2号选区合并`, `0571-8888 1234`, `1975.03`, `4月2日`), each listed unread. */
const NOTE_NUMBER = /\d+(?:[.:：\-－/]\d+)*/g;
/** The heading of a column of places: 村名, 社区, 村（社区）, 乡镇（街道）, 单位, 网格, 楼栋. */
const PLACE_LABEL = /^(?:村|社区|村居|乡镇|街道|单位|网格|楼栋|嘎查)/;
/** A winner's share (得票率, 主任得票率, 得票率（%）, 得票率（占参加投票人数%）). */
const VOTE_SHARE = /^(?:主任|当选人)?得票率/;
/** The column of the winners' votes a 得票率 is of (得票, 得票数, 得票（票）, 主任得票). */
const VOTES_COLUMN = /^(?:主任|当选人)?(?:得票|票数)$/;
/** The base a 得票率 heading or a note under the table names: the voters or the valid ballots. */
const VOTERS_NAMED = /参加投票|参选/;
const VALID_NAMED = /有效票|有效选票/;
/** A note naming both bases for 得票率 (one village's of the voters, another's of the valid ballots). */
const AMBIGUOUS_NOTE = '?';
/** A note under (or over) a table saying what its 得票率 is of: `注：得票率以参加投票人数计算`. */
// Bounded: at most 24 characters between 得票率 and the base, none a full stop or a line's end.
const VOTE_SHARE_NOTE = /得票率[^。；;\n]{0,24}?(参加投票|参选|有效票|有效选票)/g;

/** The base every note on 得票率 in the text names: `参加投票`, `有效票`, AMBIGUOUS_NOTE, or null. */
function voteShareNote(folded: string): string | null {
  const named = new Set<string>();
  for (const match of folded.matchAll(VOTE_SHARE_NOTE))
    named.add(VALID_NAMED.test(match[1] ?? '') ? '有效票' : '参加投票');
  if (named.size > 1) return AMBIGUOUS_NOTE;
  const [base] = named;
  return base ?? null;
}

function columnOf(cell: string, first: boolean): Column | null {
  if (first) return /\d/.test(cell) ? null : { kind: 'label' };
  if (cell.length > CELL_MAX || /\d/.test(cell)) return null;
  if (TEXT_COLUMN.test(bare(cell))) return { kind: 'text' };
  if (NOTE_COLUMN.test(bare(cell))) return { kind: 'text', note: true };
  if (VOTE_SHARE.test(bare(cell)))
    return {
      kind: 'share',
      part: '',
      base: VALID_NAMED.test(cell) ? '有效票' : VOTERS_NAMED.test(cell) ? '参加投票' : null,
      written: cell,
      votes: true,
    };
  if (TURNOUT_RATE.test(bare(cell)))
    return { kind: 'share', part: '', base: null, written: cell, turnout: true };
  if (SHARE_WORD.test(cell)) {
    const named = NAMED_SHARE.exec(cell);
    if (named?.[2]) return { kind: 'share', part: bare(named[1] ?? ''), base: bare(named[2]), written: cell };
    const plain = SHARE.exec(cell);
    return plain ? { kind: 'share', part: bare(plain[1] ?? ''), base: null, written: cell } : null;
  }
  return { kind: 'count', name: bare(cell).replace(COUNT_WORD, ''), written: cell };
}

/**
 * Words of the heading: a label column, then count and share columns, at least one share; or a label
 * column and columns of a ballot account only (投票站 发出选票 收回选票 有效票 无效票), two at least, read
 * only with a 合计 row (ballotAccount); or, with `countsOnly` (a heading with no share word), two count
 * columns or more, each a count that adds up over rows (not an age, an average or a rate), read only
 * with a last 合计 row (additiveCounts).
 */
function headingOf(cells: readonly Cell[], countsOnly = false): Column[] | null {
  if (cells.length < 3 || cells.length > MAX_COLUMNS) return null;
  const columns = cells.map((cell, index) => columnOf(cell.text, index === 0));
  if (columns.some((column) => column === null)) return null;
  const read = columns.filter((column) => column !== null);
  // Winners' names, votes and shares are a summary's only in a table of places (村名, 社区, 乡镇): a table
  // of candidates (姓名 得票数 得票率) is a vote table's (read-vote-table.ts).
  const winners = read.some((column) => column.kind === 'text' || (column.kind === 'share' && column.votes));
  if (winners && !PLACE_LABEL.test(bare(cells[0]?.text ?? ''))) return null;
  if (
    !countsOnly &&
    read.some((column) => column.kind === 'share') &&
    read.some((column) => column.kind === 'count')
  )
    return read;
  if (ballotAccount(read)) return read;
  return countsOnly && additiveCounts(read) ? read : null;
}

/** A heading of a label and ballot-account columns alone (投票站 发出选票 收回选票 有效票 无效票). */
function ballotAccount(columns: readonly Column[]): boolean {
  const rest = columns.slice(1);
  return (
    rest.length >= 2 &&
    rest.every((column) => column.kind === 'count' && BALLOT_COLUMN.test(column.name)) &&
    rest.some((column) => column.kind === 'count' && BALLOT_HEADING.test(column.name))
  );
}

/** A heading of a label and count columns whose numbers add up over rows (乡镇 村数 当选成员 其中女性). */
function additiveCounts(columns: readonly Column[]): boolean {
  const rest = columns.slice(1);
  return (
    rest.length >= 2 && rest.every((column) => column.kind === 'count' && !NOT_ADDED.test(column.written))
  );
}

/** Columns whose numbers do not add up over rows: ages, averages, rates, ranks, years, dates. */
const NOT_ADDED = /年龄|岁|平均|均|率|比|排名|名次|年|月|日|时间|编号|序号/;
/** A row that sums the rows above it, in a table of counts only. */
const SUM_ROW = /^(?:合计|总计)$/;

/** The longest common ending of two names. */
function commonEnding(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length])
    length++;
  return length;
}

type Basis =
  | {
      readonly part: number;
      readonly base: number;
      /** The row of all the people (合计（成员总数） 127 100%) whose count is every row's base. */
      readonly row?: readonly Cell[];
      readonly whole?: GroupFigure;
    }
  | {
      readonly unread: UnreadReason;
      /**
       * A 得票率 naming no base beside one column of votes and one of voters (every-base.ts): the columns of
       * its part and of the voters, and whether the table has a column of valid ballots or registered voters.
       */
      readonly readings?: { readonly part: number; readonly voters: number };
    };

/** The group a share is of: its base column in its own row, or the count of the base row. */
function baseOf(
  basis: { readonly base: number; readonly whole?: GroupFigure },
  groups: Map<number, GroupFigure>,
) {
  return basis.whole ?? groups.get(basis.base);
}

/**
 * 项目 人数 占比 with a row 合计（成员总数） 127 100%: a share column right after the one count column, with no
 * base column, whose one base row (合计, 总计, 总数) states 100% — each row's share is of that row's count.
 * Null when the table is not so laid out.
 */
function baseRowOf(
  columns: readonly Column[],
  rows: readonly Cell[][],
  share: number,
): { readonly part: number; readonly row: readonly Cell[] } | null {
  const column = columns[share];
  if (column?.kind !== 'share' || column.part !== '' || column.base !== null) return null;
  if (columns[share - 1]?.kind !== 'count' || columns.filter((other) => other.kind === 'count').length !== 1)
    return null;
  const found = rows.filter(
    (row) =>
      row.length === columns.length &&
      BASE_ROW.test(row[0]?.text ?? '') &&
      WHOLE_SHARE.test(row[share]?.text ?? '') &&
      WHOLE.test(row[share - 1]?.text ?? ''),
  );
  const [row] = found;
  return found.length === 1 && row ? { part: share - 1, row } : null;
}

/** A count column opening with 其中 (其中女性, 其中：党员): some of the column right before it. */
const AMONG_COLUMN = /^其中[：:]?(.+)$/;
/** A column counting people, which a 其中 column may be some of (not 村数, 村（社区）数). */
const PEOPLE_COLUMN = /成员|干部|代表|委员|人员|选民|党员|书记|主任|班子|人$/;

/**
 * “两委”成员 其中女性 女性占比: a share column naming its part (女性) that no count column is named, where one
 * column is that part after 其中 — some of the column right before it, which counts people and is no
 * 其中 column itself. The share is that column over the one before it; null when the chain is not so
 * certain (no such column, two, or the one before it no count of people).
 */
function amongColumnBasis(columns: readonly Column[], part: string): Basis | null {
  if (part === '') return null;
  const among = columns.flatMap((other, index) =>
    other.kind === 'count' && AMONG_COLUMN.exec(other.name)?.[1] === part ? [index] : [],
  );
  if (among.length > 1) return { unread: 'ambiguous-base' };
  const [index] = among;
  const before = index === undefined ? undefined : columns[index - 1];
  if (index === undefined || before?.kind !== 'count') return null;
  if (AMONG_COLUMN.test(before.name) || !(PEOPLE_COLUMN.test(before.name) || VOTED_COLUMN.test(before.name)))
    return null;
  return { part: index, base: index - 1 };
}

/** The part and base columns of a share column, proved by the heading, or why not. */
function basisOf(columns: readonly Column[], share: number): Basis {
  const column = columns[share];
  if (column?.kind !== 'share') return { unread: 'no-meaning' };
  const counts = columns.flatMap((other, index) => (other.kind === 'count' ? [{ other, index }] : []));
  // 村名 参加投票 主任当选人 得票 得票率: the one column of votes over the base the heading or a note names.
  if (column.votes) {
    const votes = counts.filter(({ other }) => VOTES_COLUMN.test(other.name));
    if (votes.length !== 1) return { unread: votes.length > 1 ? 'ambiguous-base' : 'no-base' };
    if (column.base === null) {
      const voted = counts.filter(({ other }) => VOTED_COLUMN.test(other.name));
      const [part, voters] = [votes[0]?.index, voted[0]?.index];
      return voted.length === 1 && part !== undefined && voters !== undefined
        ? { unread: 'no-base', readings: { part, voters } }
        : { unread: 'no-base' };
    }
    if (column.base === AMBIGUOUS_NOTE) return { unread: 'ambiguous-base' };
    const named = column.base === '有效票' ? VALID_COLUMN : VOTED_COLUMN;
    const bases = counts.filter(({ other }) => named.test(other.name));
    if (bases.length !== 1) return { unread: bases.length > 1 ? 'ambiguous-base' : 'no-base' };
    return { part: votes[0]?.index ?? -1, base: bases[0]?.index ?? -1 };
  }
  // 乡镇 登记选民（人） 参加投票（人） 参选率: the one column of voters over the one of registered voters.
  if (column.turnout) {
    const voted = counts.filter(({ other }) => VOTED_COLUMN.test(other.name));
    const registered = counts.filter(({ other }) => REGISTERED_COLUMN.test(other.name));
    // 选举人数 beside 选民数: either may be the electors, the heading does not say which.
    if (registered.length > 1 || voted.length > 1) return { unread: 'ambiguous-base' };
    if (voted.length !== 1 || registered.length !== 1) return { unread: 'no-base' };
    return { part: voted[0]?.index ?? -1, base: registered[0]?.index ?? -1 };
  }
  const part =
    column.part === ''
      ? counts.find(({ index }) => index === share - 1)
      : counts.find(({ other }) => other.name === column.part);
  if (!part) return (column.base === null && amongColumnBasis(columns, column.part)) || { unread: 'no-base' };
  // 参加投票 其中女性 占比: a share naming nothing, right after a 其中 column, is that column over its whole.
  if (column.part === '' && column.base === null && AMONG_COLUMN.test(part.other.name))
    return amongColumnBasis(columns, AMONG_COLUMN.exec(part.other.name)?.[1] ?? '') ?? { unread: 'no-base' };
  const bases = counts.filter(({ other, index }) => {
    if (index === part.index) return false;
    // A share that names no part (占比 after 女性成员数) is read only as tables lay out a whole and its
    // part: the whole first (“两委”成员数 女性成员数 占比).
    if (column.part === '' && index > part.index) return false;
    if (column.base !== null) return other.name === column.base;
    // 女性成员 of “两委”成员: the same head noun (two characters at least: 党员 and 成员 share only 员).
    return commonEnding(other.name, part.other.name) >= 2 && other.name !== part.other.name;
  });
  if (bases.length === 0) return { unread: 'no-base' };
  if (bases.length > 1) return { unread: 'ambiguous-base' };
  return { part: part.index, base: bases[0]?.index ?? -1 };
}

/** A row of averages: 平均, 平均值, 均值, 村均. */
const AVERAGE_ROW = /^(?:平均|平均值|平均数|均值|村均|社区平均|各村平均)$/;
/** A row of a part of a village or community: 第一网格, 1号楼, 3栋, 第二居民小组, 东片区. */
const PART_OF_PLACE = /(?:网格|号楼|楼栋|栋|幢|单元|小组|片区)$/;
/** A row of a whole village or community (东湖村, 阳光社区, 城关镇). */
const WHOLE_PLACE = /(?:村|社区|居委会|嘎查|街道|乡|镇)$/;
/** A row's label naming a numbered part of a place: 1号楼, 3栋, 2单元, 第1网格. */
const NUMBERED_UNIT = /^第?\d{1,3}(?:号楼|号|栋|幢|单元|网格|小组|组|片区)$/;
/** A column word a heading's second line may open with, under a line of merged cells. */
const COLUMN_WORD = /^(?:登记选民|参加投票|实际参加投票|选民|参选率|投票率|发出选票|收回选票|有效票|无效票)/;

/** A row's cells padded with blank ones to the heading's count (a paste drops a row's last tabs). */
function padded(cells: readonly Cell[], count: number): Cell[] {
  const end = cells.at(-1)?.span[1] ?? 0;
  const blank: Cell = { text: '', span: [end, end] };
  return [...cells, ...Array.from({ length: Math.max(0, count - cells.length) }, () => blank)];
}

/**
 * A heading on two lines, the first of merged cells over groups of columns:
 *
 *     社区	选民情况			主任选举
 *     	登记选民	参加投票	参选率	当选人	得票	得票率
 *
 * The second line names the columns, its first cell blank (or its first cell a column's word, 登记选民,
 * when spaces part it): the label column is the first line's first cell. Null when the heading is no
 * such second line.
 */
function mergedHeading(above: string | undefined, text: string, start: number): Cell[] | null {
  if (above === undefined || /\d/.test(above) || /[A-Za-z]/.test(above)) return null;
  const over = cellsOf(above, 0);
  const label = over[0];
  // Only a table of places (社区 选民情况 主任选举): a vote table's heading on two lines (姓名 主任 委员 over
  // 得票数 得票率 得票数 得票率) names one column twice, which is whose it does not tell.
  if (!label || over.length < 2 || !PLACE_LABEL.test(bare(label.text))) return null;
  const kept = cellsWithBlanks(text, start);
  if (kept && kept[0]?.text === '' && kept.length >= 3 && kept.slice(1).every((cell) => cell.text !== ''))
    return [{ text: label.text, span: [start, start] }, ...kept.slice(1)];
  const cells = cellsOf(text, start);
  if (!kept && COLUMN_WORD.test(cells[0]?.text ?? '') && over.length < cells.length + 1)
    return [{ text: label.text, span: [start, start] }, ...cells];
  return null;
}

/** A flattened table's heading opens with a column of places: 村名, 社区, 村（社区）, 乡镇, 单位. */
const PLACE_HEADING =
  /^(?:村|社区|村居|村（社区）|村\(社区\)|乡镇|乡镇（街道）|街道|单位|网格|楼栋)(?:名称?|名)?$/;
/** A line of one cell: no space or tab inside it. */
const ONE_CELL = /^[^\S\n]*(\S+)[^\S\n]*$/;

/** The one cell of a line, or null when the line holds two or none. */
function oneCell(line: { readonly text: string; readonly start: number } | undefined): Cell | null {
  const match = line ? ONE_CELL.exec(line.text) : null;
  if (!line || !match?.[1]) return null;
  const from = line.start + line.text.indexOf(match[1]);
  return { text: match[1], span: [from, from + match[1].length] };
}

/**
 * A page's table of villages or communities flattened one cell a line: the heading's cells one a line,
 * a column of places first and a column of voters among them (村名 ⏎ 登记选民 ⏎ 参加投票 ⏎ 参选率 ⏎ …), then
 * each row's cells one a line, as many as the heading's. A row is read only where every cell fits its
 * column (a number, a mark or a blank under a count or a share, words under a column of words): the
 * first that does not ends the table, so no cell is read under another column. Null when the lines at
 * `index` open no such table of two rows at least (a table of counts only needs its 合计 row last).
 */
function flattenedTable(
  lines: readonly { readonly text: string; readonly start: number }[],
  index: number,
  note: string | null,
): {
  readonly columns: Column[];
  readonly rows: Cell[][];
  readonly last: number;
  readonly span: TextSpan;
  readonly cells: number;
} | null {
  const first = oneCell(lines[index]);
  if (!first || !PLACE_HEADING.test(first.text)) return null;
  // The heading's cells, and after them the first row's label: words, one a line.
  const run: Cell[] = [first];
  for (let at = index + 1; at < lines.length && run.length <= MAX_COLUMNS; at++) {
    const cell = oneCell(lines[at]);
    if (!cell || /\d/.test(cell.text)) break;
    run.push(cell);
  }
  const heading = run.slice(0, -1);
  if (heading.length < 3 || !/\d/.test(lines[index + run.length]?.text ?? '')) return null;
  const countsOnly = !heading.some((cell) => SHARE_HEADING.test(cell.text));
  const read = headingOf(heading, countsOnly);
  if (
    !read?.some(
      (column) =>
        column.kind === 'count' && (VOTED_COLUMN.test(column.name) || REGISTERED_COLUMN.test(column.name)),
    )
  )
    return null;
  const columns = read.map((column) =>
    column.kind === 'share' && column.votes && column.base === null ? { ...column, base: note } : column,
  );
  const rows: Cell[][] = [];
  let at = index + heading.length;
  let cells = 0;
  for (; at + columns.length <= lines.length; at += columns.length) {
    const row: Cell[] = [];
    for (let column = 0; column < columns.length; column++) {
      const cell = oneCell(lines[at + column]);
      const kind = columns[column]?.kind;
      if (!cell) break;
      const fits =
        column === 0
          ? !/\d/.test(cell.text) || NUMBERED_UNIT.test(cell.text)
          : kind === 'text'
            ? isNote(columns[column]) || !/\d/.test(cell.text)
            : fitsRow(cell);
      if (!fits || cell.text.length > CELL_MAX) break;
      row.push(cell);
    }
    if (
      row.length < columns.length ||
      !row.some((cell, column) => column > 0 && !isNote(columns[column]) && APPROXIMATE_CELL.test(cell.text))
    )
      break;
    rows.push(row);
    cells += row.length - 1;
  }
  if (rows.length < 2 || (countsOnly && !SUM_ROW.test(rows.at(-1)?.[0]?.text ?? ''))) return null;
  const end = lines[at - 1];
  return {
    columns,
    rows,
    last: at - 1,
    span: [lines[index]?.start ?? 0, (end?.start ?? 0) + (end?.text.length ?? 0)],
    cells,
  };
}

export function readSummaryTables(original: string, folded: string): SummaryTables {
  const out = {
    figures: [] as AnnouncedFigure[],
    unread: [] as UnreadFigure[],
    partitions: [] as StatedPartition[],
    spans: [] as TextSpan[],
    ballotTotals: [] as CountFigure[],
  };
  if (!HEADING_WORDS.test(folded) && !/合计|总计/.test(folded)) return out;
  const lines = linesOf(folded);
  const note = voteShareNote(folded);
  let cellsRead = 0;
  for (let index = 0; index < lines.length; index++) {
    // 村名 ⏎ 登记选民 ⏎ … ⏎ 东湖村 ⏎ 1520 ⏎ …: a page's table of places flattened one cell a line.
    const flat = flattenedTable(lines, index, note);
    if (flat && cellsRead + flat.cells <= NUMBERS_READ) {
      cellsRead += flat.cells;
      readTable(original, flat.columns, flat.rows, out);
      out.spans.push(flat.span);
      index = flat.last;
      continue;
    }
    const line = lines[index];
    const trimmed = line ? tableLine(line.text) : null;
    const heading = line && trimmed ? { text: trimmed.text, start: line.start + trimmed.from } : null;
    // English headings (Village Registered Voted Turnout (%)) are english-turnout-table.ts's.
    if (!heading || /\d/.test(heading.text) || /[A-Za-z]/.test(heading.text)) continue;
    // 乡镇 村数 当选成员 其中女性, with a 合计 row: a table of counts only, its columns summed by that row.
    const countsOnly = !SHARE_HEADING.test(heading.text);
    // 序号 乡镇 村数 …: an ordinal column first, no count; the table is read without it.
    const headingCells =
      mergedHeading(lines[index - 1]?.text, heading.text, heading.start) ??
      cellsOf(heading.text, heading.start);
    const ordinal = ORDINAL_COLUMN.test(headingCells[0]?.text ?? '');
    const ownCells = ordinal ? headingCells.slice(1) : headingCells;
    const read = headingOf(ownCells, countsOnly);
    if (!read) continue;
    // 得票率 with no base of its own: the base a note on 得票率 names, if one does.
    const columns = read.map((column) =>
      column.kind === 'share' && column.votes && column.base === null ? { ...column, base: note } : column,
    );
    const texts = columns.some((column) => column.kind === 'text');
    // A heading parted by tabs or bars: its rows' blank cells keep their places.
    const blanks = !ordinal && /[\t|]/.test(heading.text);
    let ordinals = 0;
    const rows: Cell[][] = [];
    let next = index + 1;
    // The last row's line: a blank line or a sentence after it is no part of the table.
    let last = index;
    // No more numbers than the prose reader reads (NUMBERS_READ): the rows past them are left to it.
    for (; next < lines.length; next++) {
      const line = lines[next];
      // A blank line, or a sentence of its own, between two rows (as a paste may put one) ends no table.
      if (line && next + 1 < lines.length && betweenRows(line.text)) continue;
      let cells = line ? cellsOf(line.text, line.start) : [];
      // A Markdown table's line under its heading (|---|:--:|) is no row.
      if (next === index + 1 && cells.length > 0 && cells.every((cell) => MARKDOWN_RULE_CELL.test(cell.text)))
        continue;
      const kept = blanks && line ? cellsWithBlanks(line.text, line.start) : null;
      // Only a row with a blank cell (or fewer than the heading's) is so parted: a cell with a space in it
      // (`28.73  %`) is parted as before.
      if (
        kept &&
        kept.length <= columns.length &&
        kept.length >= 2 &&
        kept[0]?.text &&
        (kept.length < columns.length || kept.some((cell) => cell.text === '')) &&
        kept.every((cell) => !/\s/.test(cell.text))
      )
        cells = padded(kept, columns.length);
      // Under a 序号 column each row opens with its number in order (1, 2, 3 …), a 合计 row with none.
      if (ordinal && /^\d{1,3}$/.test(cells[0]?.text ?? '')) {
        if (Number(cells[0]?.text) !== ordinals + 1) break;
        ordinals++;
        cells = cells.slice(1);
      }
      const [label, ...rest] = cells;
      if (!label || rest.length === 0 || label.text.length > CELL_MAX) break;
      if (/\d/.test(label.text) && !AGE_LABEL.test(label.text) && !NUMBERED_UNIT.test(label.text)) break;
      // A row of numbers, some cells perhaps garbled (—, /, ＃, ??): only those cells are unread. Under a
      // column of words (主任当选人, 一肩挑) a row holds words too, and a pasted row blank cells.
      // A cell under a column that counts nothing (备注: `补选1名`, 联系电话) holds what it may, digits too,
      // where the row's cells stand each under its own column (as many as the heading's).
      const aligned = cells.length === columns.length;
      // 合计 | 4,791 | 4,163 | 86.89% | 3个: under a column of words (一肩挑) the total row may count the
      // rows marked (3个): listed unread (marks-counted), the row's other cells read.
      const totalRow = TOTAL_ROW.test(label.text);
      const fits = (cell: Cell, at: number) =>
        (aligned && isNote(columns[at + 1]) && cell.text.length <= CELL_MAX) ||
        (aligned && totalRow && columns[at + 1]?.kind === 'text' && MARKS_COUNTED.test(cell.text)) ||
        fitsRow(cell) ||
        cell.text === '' ||
        (texts && !/\d/.test(cell.text) && cell.text.length <= CELL_MAX);
      // A row's numbers are under its counts and shares: a note's digits alone make no row.
      const counted = rest.some((cell, at) => !isNote(columns[at + 1]) && APPROXIMATE_CELL.test(cell.text));
      if (!rest.every(fits) || !counted) break;
      cellsRead += rest.length;
      if (cellsRead > NUMBERS_READ) break;
      rows.push(cells);
      last = next;
    }
    if (rows.length === 0) continue;
    // 合计 with its cells empty (a page's table, or its copy) closes the table and states no figure.
    const closing = lines[next];
    const emptyTotal =
      closing !== undefined && next === last + 1 && SUM_ROW.test(closing.text.replace(/[\s|]/g, ''));
    // A ballot account's table is read for its 合计 row: without one its rows are left to the prose.
    if (ballotAccount(columns)) {
      if (!rows.some((row) => TOTAL_ROW.test(row[0]?.text ?? ''))) continue;
    } else if (
      // Other counts only: read where one row, the last, says it sums the others, or where an empty
      // 合计 row closes them (read, and nothing to sum them against).
      countsOnly &&
      !(emptyTotal && rows.length >= 2 && !rows.some((row) => TOTAL_ROW.test(row[0]?.text ?? ''))) &&
      !(
        SUM_ROW.test(rows.at(-1)?.[0]?.text ?? '') &&
        rows.filter((row) => SUM_ROW.test(row[0]?.text ?? '')).length === 1 &&
        rows.length >= 3
      )
    )
      continue;
    readTable(original, columns, rows, out);
    pushAll(out.ballotTotals, pollingPlaceTotals(original, ownCells, columns, rows));
    if (emptyTotal) last = next;
    out.spans.push([heading.start, (lines[last]?.start ?? 0) + (lines[last]?.text.length ?? 0)]);
    index = last;
  }
  return out;
}

function readTable(
  original: string,
  columns: readonly Column[],
  rows: readonly Cell[][],
  out: { figures: AnnouncedFigure[]; unread: UnreadFigure[]; partitions: StatedPartition[] },
): void {
  const unread = (cell: Cell, reason: UnreadReason, bases?: readonly BaseOutcome[]) =>
    out.unread.push({
      span: cell.span,
      text: original.slice(cell.span[0], cell.span[1]),
      context: quoteWindow(original, 0, original.length, cell.span),
      reason,
      ...(bases ? { bases } : {}),
    });
  const origin = (cell: Cell) => ({ span: cell.span, text: original.slice(cell.span[0], cell.span[1]) });
  const labelOf = (row: readonly Cell[], column: number) => {
    const written = columns[column];
    return `${row[0]?.text ?? ''} ${written && 'written' in written ? bare(written.written) : ''}`;
  };
  const bases = columns.map((_, index): Basis => {
    const byRow = baseRowOf(columns, rows, index);
    const cell = byRow?.row[byRow.part];
    if (!byRow || !cell) return basisOf(columns, index);
    const whole: GroupFigure = {
      kind: 'group',
      label: labelOf(byRow.row, byRow.part),
      partOf: null,
      value: countOf(cell.text),
      origin: origin(cell),
    };
    return { part: byRow.part, base: byRow.part, row: byRow.row, whole };
  });
  const sums = new Map<number, { total: GroupFigure | null; parts: GroupFigure[] }>();
  const broken = new Set<number>();
  let complete = true;
  // A row with a count not stated (岭头村 | 966 | — | — | 否): that place may be left out of the 合计
  // altogether (合计仅含已完成换届的村). Its other counts are parts of their columns' sums, marked here.
  const gappedParts = new Set<GroupFigure>();
  for (const row of rows) {
    // A remark, a telephone, an age or a date (备注, 联系电话, 年龄, 日期): its digits are listed unread,
    // never a count of the row.
    if (row.length === columns.length)
      for (const [column, cell] of row.entries())
        if (isNote(columns[column]))
          for (const match of cell.text.matchAll(NOTE_NUMBER))
            unread(
              {
                text: match[0],
                span: [cell.span[0] + match.index, cell.span[0] + match.index + match[0].length],
              },
              'not-a-count',
            );
    const isTotal = TOTAL_ROW.test(row[0]?.text ?? '');
    // A total row's count of the rows marked under a column of words (一肩挑: 3个): not checked.
    if (isTotal && row.length === columns.length)
      for (const [column, cell] of row.entries())
        if (
          column > 0 &&
          columns[column]?.kind === 'text' &&
          !isNote(columns[column]) &&
          HAS_DIGIT.test(cell.text)
        )
          unread(cell, 'marks-counted');
    const isBase = bases.some((basis) => 'row' in basis && basis.row === row);
    // 平均 1436 1261 88.4%: averages of the rows (a mean of their rates, or the rate of their totals:
    // not said), no part of the 合计 and no share of the row's own counts.
    if (AVERAGE_ROW.test(row[0]?.text ?? '')) {
      for (const [column, cell] of row.entries())
        if (column > 0 && columns[column]?.kind !== 'text' && HAS_DIGIT.test(cell.text))
          unread(cell, 'average');
      continue;
    }
    if (row.length !== columns.length) {
      for (const cell of row.slice(1)) unread(cell, 'no-meaning');
      // A row left unread: no column's sum is known.
      complete = false;
      continue;
    }
    const groups = new Map<number, GroupFigure>();
    let gapped = false;
    // Counts first, so that a share's part and base are stated before it.
    for (let column = 1; column < columns.length; column++) {
      const cell = row[column];
      const kind = columns[column]?.kind;
      if (!cell || kind !== 'count') continue;
      // A blank cell states nothing: its column has no sum.
      if (cell.text === '') {
        broken.add(column);
        gapped = !isTotal;
        continue;
      }
      if (!WHOLE.test(cell.text)) {
        unread(cell, cellReason(cell.text));
        broken.add(column);
        gapped = !isTotal;
        continue;
      }
      groups.set(column, {
        kind: 'group',
        label: labelOf(row, column),
        partOf: null,
        value: countOf(cell.text),
        origin: origin(cell),
      });
    }
    for (let column = 1; column < columns.length; column++) {
      const basis = bases[column];
      const part = basis && 'part' in basis ? groups.get(basis.part) : undefined;
      const base = basis && 'part' in basis ? baseOf(basis, groups) : undefined;
      if (!basis || !('part' in basis) || !part || !base || part.partOf !== null || isBase) continue;
      groups.set(basis.part, { ...part, partOf: base.label, first: true });
    }
    const shares: PercentFigure[] = [];
    for (let column = 1; column < columns.length; column++) {
      const cell = row[column];
      const basis = bases[column];
      const share = columns[column];
      if (!cell || share?.kind !== 'share' || !basis || cell.text === '') continue;
      // The 合计 row's 得票率: of all the winners' votes together, or a mean of theirs; not said.
      if (isTotal && share.votes && HAS_DIGIT.test(cell.text)) {
        unread(cell, 'average');
        continue;
      }
      if (!SHARE_CELL.test(cell.text)) {
        unread(
          cell,
          APPROXIMATE_CELL.test(cell.text)
            ? 'approximate'
            : GARBLED_CELL.test(cell.text)
              ? cellReason(cell.text)
              : 'no-meaning',
        );
        continue;
      }
      if ('unread' in basis) {
        const every = basis.readings ? shareOfEveryBase(columns, groups, basis.readings, cell) : null;
        if (every && 'share' in every) shares.push({ ...every.share, origin: origin(cell) });
        else unread(cell, basis.unread, every?.bases);
        continue;
      }
      const part = groups.get(basis.part);
      const base = baseOf(basis, groups);
      const value = parseArabicNumber(cell.text.replace(/%$/, '').replace('。', '.'));
      if (!part || !base || !value) {
        unread(cell, 'no-base');
        continue;
      }
      // 0.85 with no % of its own may be a fraction of one (85 %), even under a (%) heading, or 0.85 %.
      if (!cell.text.includes('%') && value.digits < 10n ** BigInt(value.decimals)) {
        unread(cell, 'fraction-or-percent');
        continue;
      }
      shares.push({
        kind: 'percent',
        value,
        part: { kind: 'group', label: part.label },
        whole: { kind: 'group', label: base.label },
        origin: origin(cell),
      });
    }
    for (const [column, group] of groups) {
      out.figures.push(group);
      if (gapped) gappedParts.add(group);
      const sum = sums.get(column) ?? { total: null, parts: [] };
      if (!isTotal) sum.parts.push(group);
      // Two total rows (合计, 总计): which one the rows add up to is not known.
      else if (sum.total === null) sum.total = group;
      else broken.add(column);
      sums.set(column, sum);
    }
    pushAll(out.figures, shares);
  }
  // Rows of people qualified (女性, 党员, 大专及以上) may overlap: no column of theirs adds up to a 合计.
  // A row that is a part of the row above it (其中流动票箱, 其中社区) or a 小计 of some of them is counted twice.
  // So is a row of a part of a village or community (第一网格, 1号楼) among rows of villages or communities.
  const overlapping =
    rows.some((row) => isAttributeLabel(row[0]?.text ?? '') || PART_OF_ROW_ABOVE.test(row[0]?.text ?? '')) ||
    (rows.some((row) => PART_OF_PLACE.test(row[0]?.text ?? '')) &&
      rows.some((row) => WHOLE_PLACE.test(row[0]?.text ?? '')));
  // A total row between other rows (總計 85,597 then 墟鎮街坊 9,137): the rows after it are no part of it.
  // (A 平均 row after the 合计 is none of its parts.)
  const summed = rows.filter((row) => !AVERAGE_ROW.test(row[0]?.text ?? ''));
  const totalAt = summed.findIndex((row) => TOTAL_ROW.test(row[0]?.text ?? ''));
  const inside = totalAt > 0 && totalAt < summed.length - 1;
  for (const [column, { total, parts }] of complete && !overlapping && !inside ? sums : []) {
    if (total === null || parts.length < 2 || broken.has(column)) continue;
    // With a row whose count stands as a dash elsewhere, a 合计 the other rows make alone may leave that
    // place out (合计仅含已完成换届的村): neither right nor wrong, its column is not summed. A 合计 that all
    // the rows make, or that neither reading makes, is summed over them all.
    const sumOf = (terms: readonly GroupFigure[]) => terms.reduce((sum, part) => sum + part.value, 0n);
    const stated = parts.filter((part) => !gappedParts.has(part));
    if (stated.length < parts.length && sumOf(parts) !== total.value && sumOf(stated) === total.value)
      continue;
    out.partitions.push({
      family: 'table-column',
      total,
      parts: parts.map((part) => ({
        kind: part.label,
        value: part.value,
        span: part.origin.span ?? [0, 0],
        text: `${part.label.split(' ')[0] ?? ''} ${part.origin.text}`,
      })),
      complete: true,
    });
  }
}

/** Words naming a polling place: 第一投票站, 中心会场, 流动票箱, 投票点. */
const POLLING_PLACE = /投票站|投票点|投票处|投票箱|票箱|会场/;
/** The meaning of a ballot-account column whose 合计 cell the election's own count may be. */
const TOTAL_MEANINGS: readonly (readonly [RegExp, CountMeaning])[] = [
  [/^(?:登记选民)$/, 'registered'],
  [/^(?:发出选票|发出)$/, 'issued'],
  [/^(?:收回选票|收回)$/, 'returned'],
  [/^(?:参加投票|实际参加投票|参加投票选民)$/, 'cast'],
  [/^(?:有效票|有效选票|有效)$/, 'valid'],
  [/^(?:无效票|无效选票|无效|废票)$/, 'invalid'],
];

/**
 * 投票站 发出选票 收回选票 有效票 无效票 over 第一投票站 …, 第二投票站 …, 合计 …: the table covers every
 * polling place only when its label column or every row but the last names a polling place, every row
 * fits the heading, and its last row, the only one, is 合计 (总计). That row's registered voters,
 * voters, and ballots issued, returned, valid and invalid are then the election's, each where its
 * places add up to it (a 合计 cell they do not is flagged by its column's sum, and stands for nothing
 * else). None when the table is not so laid out.
 */
function pollingPlaceTotals(
  original: string,
  heading: readonly Cell[],
  columns: readonly Column[],
  rows: readonly Cell[][],
): CountFigure[] {
  if (!ballotAccount(columns)) return [];
  const total = rows.at(-1);
  if (!total || !SUM_ROW.test(total[0]?.text ?? '')) return [];
  const places = rows.slice(0, -1);
  if (places.length === 0 || places.some((row) => TOTAL_ROW.test(row[0]?.text ?? ''))) return [];
  if (rows.some((row) => row.length !== columns.length)) return [];
  const placeLabels =
    POLLING_PLACE.test(heading[0]?.text ?? '') ||
    places.every(
      (row) => POLLING_PLACE.test(row[0]?.text ?? '') || PART_OF_ROW_ABOVE.test(row[0]?.text ?? ''),
    );
  if (!placeLabels) return [];
  // A 小计 row counts some places again, a row of one place's part (其中流动票箱) is in the row above.
  if (places.some((row) => /小计$/.test(row[0]?.text ?? ''))) return [];
  return columns.flatMap((column, index): CountFigure[] => {
    if (column.kind !== 'count') return [];
    const meaning = TOTAL_MEANINGS.find(([name]) => name.test(column.name))?.[1];
    const cell = total[index];
    if (!meaning || !cell || !WHOLE.test(cell.text)) return [];
    // A 合计 cell its places do not add up to is flagged by the column's sum, and is no sure count.
    const own = places.filter((row) => !PART_OF_ROW_ABOVE.test(row[0]?.text ?? ''));
    if (!own.every((row) => WHOLE.test(row[index]?.text ?? ''))) return [];
    const sum = own.reduce((all, row) => all + countOf(row[index]?.text ?? '0'), 0n);
    if (sum !== countOf(cell.text)) return [];
    return [
      {
        kind: 'count',
        meaning,
        contest: null,
        value: countOf(cell.text),
        origin: { span: cell.span, text: original.slice(cell.span[0], cell.span[1]) },
      },
    ];
  });
}

/**
 * 村名 登记选民 参加投票 主任当选人 得票 得票率, the 得票率 naming no base: of the row's voters, or of its valid
 * ballots, which a table with no column of them leaves anywhere from the votes to the voters, or of its
 * registered voters (a column's, else any number from the voters up), or of any other count the row states.
 * The share, carrying those bases, when no base gives it (flagged, every-base.ts); when one does, left
 * unread with what each base gives (`bases`); null when a cell is not a whole number.
 */
function shareOfEveryBase(
  columns: readonly Column[],
  groups: ReadonlyMap<number, GroupFigure>,
  readings: { readonly part: number; readonly voters: number },
  cell: Cell,
): { readonly share: Omit<PercentFigure, 'origin'> } | { readonly bases: readonly BaseOutcome[] } | null {
  const part = groups.get(readings.part);
  const voters = groups.get(readings.voters);
  const value = SHARE_CELL.test(cell.text)
    ? parseArabicNumber(cell.text.replace(/%$/, '').replace('。', '.'))
    : null;
  if (!part || !voters || !value || !cell.text.includes('%') || part.value > voters.value) return null;
  const bases: CandidateBase[] = [];
  let hasValid = false;
  let hasRegistered = false;
  for (const [index, group] of groups) {
    const column = columns[index];
    if (index === readings.part || column?.kind !== 'count' || group.value <= 0n) continue;
    hasValid ||= VALID_COLUMN.test(column.name);
    hasRegistered ||= REGISTERED_COLUMN.test(column.name);
    const english = ENGLISH_OF_HEADING.get(column.name);
    bases.push({
      name: { zh: column.name, en: english ?? `“${column.name}”` },
      ...(english === undefined ? {} : { heading: column.name }),
      from: group.value,
      to: group.value,
    });
  }
  if (!hasValid)
    bases.push({
      name: { zh: '有效票数', en: 'valid ballots' },
      from: part.value > 0n ? part.value : 1n,
      to: voters.value,
    });
  if (!hasRegistered)
    bases.push({ name: { zh: '登记选民数', en: 'registered voters' }, from: voters.value, to: null });
  const everyBase = { part: part.value, bases };
  if (!wrongOfEveryBase(value, everyBase)) return { bases: baseOutcomes(value, everyBase) };
  return {
    share: {
      kind: 'percent',
      value,
      part: { kind: 'group', label: part.label },
      whole: { kind: 'group', label: voters.label },
      everyBase,
    },
  };
}
