import { choiceResolver, type ChoiceResolver } from '../model/choice.js';
import { BLANK, type Election } from '../model/election.js';
import { ABSTENTION_WORDS } from '../tallies/resolve-names.js';
import type { Lang } from '../model/finding.js';
import type { InputError } from '../model/result.js';
import {
  ballotColumns,
  mayBeTitle,
  namesEveryColumn,
  TITLE_ROWS,
  type BallotColumns,
  type HeaderCell,
} from './ballot-columns.js';
import type { BallotCount } from './ballot-count.js';
import { detectEncoding, hasNonAscii, NameDecoder, type BallotEncoding } from './ballot-encoding.js';
import { BallotIdSet, MAX_NUMBER_DIGITS, type ExportedBallotIds } from './ballot-id-set.js';
import { BytesInterner, hashBytes } from './bytes-interner.js';
import { COMMA, CR, isCellEnd, LF } from './csv-bytes.js';
import { CsvRowScanner, ESCAPED, QUOTED, unescapeQuotes } from './csv-row-scanner.js';
import { NameTrie } from './name-trie.js';
import {
  binaryFormatOf,
  CSV_FILE,
  notTextAt,
  notTextBytesMessage,
  notTextMessage,
} from '../text/binary-signature.js';
import { ballotCountOf, type RawBallotCount, type RepeatedBallot } from './raw-ballot-count.js';
import { pushAll } from '../model/long-lists.js';
import { enCounts } from '../text/english-count.js';

export interface BallotReaderOptions {
  /** From the rule pack: an overvote voids the whole ballot, or only that contest. */
  readonly overvote: 'void-ballot' | 'void-contest';
  /** From the rule pack: a ballot naming one person in two or more contests is void as a whole. */
  readonly onePersonTwoPosts?: boolean;
  readonly lang: Lang;
  /** Forces the encoding instead of detecting it. */
  readonly encoding?: BallotEncoding;
}

/**
 * Just the reader's options out of anything that carries them (countBallots' options, a part's task),
 * so that what is handed to a reader, or posted to another thread, holds nothing else.
 */
export function readerOptions(from: BallotReaderOptions): BallotReaderOptions {
  return {
    overvote: from.overvote,
    lang: from.lang,
    ...(from.onePersonTwoPosts ? { onePersonTwoPosts: true } : {}),
    ...(from.encoding ? { encoding: from.encoding } : {}),
  };
}

/** A record of a watched (box, ballot), as a second reading meets it. */
export interface WatchedRecord {
  readonly box: string;
  /** The ballot cell's bytes. */
  readonly id: Uint8Array;
  readonly line: number;
  /** The ballot's meaning: void, or each contest's names; two records agree when these are equal. */
  readonly content: string;
}

/** A repeated ballot's id, bytes[start, end) (valid while its row is read), and where its cell begins. */
interface RepeatAt {
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/** Every byte to its own character (windows-1252 as WHATWG decodes it): a map key for raw bytes. */
const BYTES_AS_TEXT = new TextDecoder('latin1');

/**
 * A (box, ballot id) as a map key, from the id's raw bytes: one character per byte, built directly for
 * the short ids nearly all are (a decoder call costs more than the key).
 */
export function repeatKey(box: string, bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (end - start > 32) return `${box}\u0000${BYTES_AS_TEXT.decode(bytes.subarray(start, end))}`;
  let key = `${box}\u0000`;
  for (let i = start; i < end; i++) key += String.fromCharCode(bytes[i]!);
  return key;
}

/** No ballot row is this long; a longer one is an unclosed quote swallowing the file. */
export const MAX_ROW_BYTES = 1 << 20;
/** Bytes looked at before the header is read, to tell a binary file from a CSV one. */
const SNIFF_BYTES = 4096;
/** Row errors collected before reading stops. */
const MAX_ERRORS = 100;
/** Distinct cells remembered per contest; beyond (write-ins galore) cells are split each time. */
const MAX_CACHED_CELLS = 1 << 16;
/**
 * Repeated ballots whose records are looked up again (resolve-repeats.ts) to tell identical ones from
 * ones that differ; the repeats of any further ballot are taken as differing, never guessed identical.
 */
const MAX_TRACKED_REPEATS = 100_000;
/** What a void record holds, whatever its other cells say: a void ballot counts as void alone. */
const VOID_CONTENT = '#void';

const PIPE = 0x7c;
/** Spaces, tabs and line breaks around a name or cell are not part of it. */
const SPACE = 0x20;

/** Index of the byte at which the unquoted cell from `i` stops. */
function cellEndFrom(bytes: Uint8Array, i: number): number {
  while (!isCellEnd(bytes[i]!)) i++;
  return i;
}

/** An empty cell, or one with spaces to trim: left to the general path. */
const emptyOrPadded = (bytes: Uint8Array, start: number, end: number): boolean =>
  start === end || bytes[start]! <= SPACE || bytes[end - 1]! <= SPACE;

/** What each column holds, for the plain-row loop: a fixed role, or CONTEST_ROLE + the contest's index. */
const BOX_ROLE = 0;
const BALLOT_ROLE = 1;
const VOID_ROLE = 2;
const CONTEST_ROLE = 3;

interface PlainLayout {
  readonly roles: Int32Array;
}

function plainLayout(columns: BallotColumns): PlainLayout {
  const roles = new Int32Array(columns.contests.length + (columns.void >= 0 ? 3 : 2));
  roles[columns.box] = BOX_ROLE;
  roles[columns.ballot] = BALLOT_ROLE;
  if (columns.void >= 0) roles[columns.void] = VOID_ROLE;
  columns.contests.forEach((column, contest) => (roles[column] = CONTEST_ROLE + contest));
  return { roles };
}

const BINARY = {
  zh: '文件含有 NUL 字节：不是 CSV 文本文件',
  en: 'the file holds NUL bytes: it is not a CSV text file',
} as const;

interface Cell {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/**
 * Reads ballots.csv chunk by chunk and counts it: the header maps columns, then each row is split on
 * bytes, its box and names interned (decoded once per distinct name), and its votes added to typed
 * per-box counters. Feed chunks with `push`, then call `end`; `errors` holds what is wrong with the file.
 */
export class BallotRecordReader {
  readonly errors: InputError[] = [];
  rows = 0;
  /** Rows read by the plain-row loop (for tests: nearly all of a regular file). */
  plainRows = 0;

  private readonly scanner = new CsvRowScanner();
  private columns: BallotColumns | null = null;
  /** The first row's errors as a header, while the rows after it may be a title block's. */
  private titleErrors: readonly InputError[] | null = null;
  private titleRows = 0;
  /** The header's line, once read (below a title block it is not 1). */
  private headerAt: number | null = null;
  private plain: PlainLayout | null = null;
  private started = false;
  private stopped = false;
  private line = 1;
  private rowLine = 1;
  private encoding: BallotEncoding | null;
  private names: NameDecoder | null;

  private readonly contestCount: number;
  private readonly seats: number[];
  private readonly resolvers: ChoiceResolver[];
  private readonly contestNames: BytesInterner[];
  private readonly contestKeys: string[][];
  private readonly contestKeyIndex: Map<string, number>[];
  /** Per contest: key index → the person it names (by name, across contests); -1 for `#blank`. */
  private readonly personOfKey: number[][];
  private readonly persons = new Map<string, number>();
  /** Per contest: the name spellings met so far, for the plain-row loop. */
  private readonly tries: NameTrie[];
  /** Per contest: whole cell bytes → offset in cachedKeys of [count, key…]. */
  private readonly cellCache: BytesInterner[];
  private readonly cachedKeys: number[][];

  private readonly boxIds = new BytesInterner();
  private readonly boxNames: string[] = [];
  private readonly records: number[] = [];
  private readonly voids: number[] = [];
  private readonly overvoted: number[] = [];
  private readonly contestsVoided: number[] = [];
  private readonly twoPosts: number[] = [];
  /** [box × contests + contest] → votes per key index (0 = #blank). */
  private readonly counts: number[][] = [];
  /** [box × contests + contest] → ballots choosing more names than seats. */
  private readonly overvotes: number[] = [];
  private lastBox = new Uint8Array(64);
  private lastBoxLength = -1;
  private lastBoxIndex = -1;

  private readonly ids = new BallotIdSet();
  /** Per box: rows left uncounted because their (box, ballot) came before. */
  private readonly repeats: number[] = [];
  private repeatRows = 0;
  private readonly repeated: RepeatedBallot[] = [];
  private readonly repeatedIndex = new Map<string, number>();
  private readonly untrackedRepeats: number[] = [];
  /** When reading again to resolve repeats: the ids to catch, by box name, and where each record goes. */
  private watched: ReadonlyMap<string, readonly Uint8Array[]> | null = null;
  private onWatched: ((record: WatchedRecord) => void) | null = null;
  private watchedKeys: ReadonlySet<string> | null = null;

  private rowKeys: Int32Array = new Int32Array(64);
  private readonly keyStarts: Int32Array;
  private readonly keyEnds: Int32Array;
  private scratch = new Uint8Array(256);
  private readonly cell: Cell = { bytes: this.scanner.bytes, start: 0, end: 0 };

  constructor(
    private readonly file: string,
    private readonly election: Election,
    private readonly options: BallotReaderOptions,
    /** False: every row through the general path (tests hold the plain-row loop against it). */
    private readonly plainRowLoop = true,
    /** Lowered only by tests, to reach the untracked path without a file of 100,000 repeats. */
    private readonly maxTrackedRepeats = MAX_TRACKED_REPEATS,
  ) {
    this.encoding = options.encoding ?? null;
    this.names = this.encoding ? new NameDecoder(this.encoding) : null;
    this.contestCount = election.contests.length;
    this.seats = election.contests.map((contest) => contest.seats);
    this.resolvers = election.contests.map((contest) => choiceResolver(contest));
    this.contestNames = election.contests.map(() => new BytesInterner());
    this.contestKeys = election.contests.map(() => [BLANK]);
    this.contestKeyIndex = election.contests.map(() => new Map([[BLANK, 0]]));
    this.personOfKey = election.contests.map(() => [-1]);
    this.tries = election.contests.map(() => new NameTrie());
    this.cellCache = election.contests.map(() => new BytesInterner());
    this.cachedKeys = election.contests.map(() => []);
    this.keyStarts = new Int32Array(this.contestCount);
    this.keyEnds = new Int32Array(this.contestCount);
  }

  /** Reads what the chunk completes. False once reading has stopped on errors. */
  push(chunk: Uint8Array): boolean {
    if (this.stopped) return false;
    this.scanner.append(chunk);
    this.readRows(false);
    if (!this.stopped && this.scanner.pending > MAX_ROW_BYTES) {
      this.fatal(this.rowStartPosition(), {
        zh: `一行超过 ${MAX_ROW_BYTES} 字节：可能是引号没有闭合`,
        en: enCounts`a row is longer than ${MAX_ROW_BYTES} bytes: probably an unclosed quote`,
      });
    }
    return !this.stopped;
  }

  /** Reads the last row (which may lack a line break). */
  end(): void {
    if (this.stopped) return;
    this.readRows(true);
    if (!this.stopped && !this.columns && this.titleErrors?.length) {
      // Only rows that may be titles: the first was the header, wrong as its errors say.
      pushAll(this.errors, this.titleErrors);
    } else if (!this.stopped && !this.columns) {
      this.errors.push({
        file: this.file,
        line: 1,
        column: 1,
        message: { zh: '文件是空的：没有表头', en: 'the file is empty: no header row' },
      });
    }
  }

  /** The counts so far, before findings are made of them. */
  raw(): RawBallotCount {
    return {
      boxes: this.boxNames,
      records: this.records,
      voids: this.voids,
      overvoted: this.overvoted,
      contestsVoided: this.contestsVoided,
      twoPosts: this.twoPosts,
      overvotes: this.overvotes,
      keys: this.contestKeys,
      votes: this.counts,
      rows: this.rows,
      encoding: this.encoding,
      repeats: this.repeats,
      repeatRows: this.repeatRows,
      repeated: this.repeated,
      untrackedRepeats: this.untrackedRepeats,
    };
  }

  /**
   * Before the first push, for a second reading of a file: the given (box, ballot) ids are taken as
   * seen, so that every record of them, the first included, goes the way of a repeat (uncounted) and
   * is handed to `onRecord` with its line and content. The repeat test is the one every row already
   * passes through, so the second reading costs what the first did and nothing per ballot more.
   */
  watchFor(ids: ReadonlyMap<string, readonly Uint8Array[]>, onRecord: (record: WatchedRecord) => void): void {
    this.watched = ids;
    this.watchedKeys = new Set([...ids].flatMap(([box, list]) => list.map((id) => repeatKey(box, id))));
    this.onWatched = onRecord;
  }

  result(): Omit<BallotCount, 'sha256' | 'bytes' | 'parts'> {
    return ballotCountOf(this.raw(), this.election, { ...this.options, file: this.file }, []);
  }

  /**
   * Whether what was pushed so far ends exactly at the end of a row, every row before it read without
   * error: where a second reader may take over. False when the last byte pushed was a line break inside
   * a quoted cell.
   */
  atCleanRowEnd(): boolean {
    return this.columns !== null && !this.stopped && this.errors.length === 0 && this.scanner.pending === 0;
  }

  /** The line of the header row once it is read (after a title block above it), else null. */
  headerLine(): number | null {
    return this.headerAt;
  }

  /** The (box, ballot) pairs read so far, as plain data (for `sharesBallotWith` on another reader). */
  exportBallotIds(): ExportedBallotIds {
    return this.ids.export();
  }

  /**
   * Whether a ballot id read by another reader (its ids exported, its boxes named `boxes` in its own
   * numbering) was read here too, in the same box.
   */
  sharesBallotWith(ids: ExportedBallotIds, boxes: readonly string[]): boolean {
    const mine = new Map(this.boxNames.map((name, index) => [name, index]));
    return this.ids.sharesAnyWith(ids, (box) => mine.get(boxes[box]!) ?? -1);
  }

  /** Distinct cells remembered per contest (for tests: the cache must hit). */
  cachedCells(): number[] {
    return this.cellCache.map((cache) => cache.size);
  }

  private readRows(atEnd: boolean): void {
    const scanner = this.scanner;
    if (!this.started) {
      if (scanner.length < SNIFF_BYTES && !atEnd) return;
      this.started = true;
      if (!this.checkStart()) return;
    }
    // Index just past the last line feed held: every row before it is whole, so the plain-row loop
    // needs no bounds checks. Found once per call, as the buffer does not change during it.
    let plainEnd = -1;
    for (;;) {
      if (this.plain && !this.stopped) {
        // (With nothing held, no search: a fromIndex of -1 would search the stale bytes past the end.)
        if (plainEnd < 0)
          plainEnd = scanner.length > 0 ? scanner.bytes.lastIndexOf(LF, scanner.length - 1) + 1 : 0;
        if (scanner.position < plainEnd) this.readPlainRows(this.plain, plainEnd);
      }
      if (this.stopped || !scanner.next(atEnd)) break;
      this.rowLine = this.line;
      this.line += 1 + scanner.innerLines;
      if (scanner.problem) {
        this.scanProblem();
        return;
      }
      if (scanner.cells === 1 && scanner.starts[0] === scanner.ends[0] && scanner.flags[0] === 0) continue; // blank line
      if (this.columns) this.readRow(this.columns);
      else this.readHeader();
    }
  }

  /**
   * A UTF-8 byte order mark is skipped; UTF-16 (what "Unicode text" means in spreadsheets) is refused,
   * and so is a file with a NUL byte near its start: binary, whatever its first line looks like.
   */
  private checkStart(): boolean {
    const bytes = this.scanner.bytes;
    const nul = bytes.subarray(0, Math.min(this.scanner.length, SNIFF_BYTES)).indexOf(0);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.scanner.position = 3;
      if (!this.encoding) {
        this.encoding = 'utf-8';
        this.names = new NameDecoder('utf-8');
      }
      return true;
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.fatal(
        { line: 1, column: 1 },
        {
          zh: '文件是 UTF-16 编码（“Unicode 文本”）；请另存为“CSV UTF-8”或 GB18030 编码的 CSV',
          en: 'the file is UTF-16 (“Unicode text”); save it as “CSV UTF-8” or as GB18030 CSV',
        },
      );
      return false;
    }
    const binary = binaryFormatOf(bytes.subarray(0, this.scanner.length));
    if (binary) {
      this.fatal({ line: 1, column: 1 }, notTextMessage(binary, CSV_FILE));
      return false;
    }
    if (nul >= 0) {
      this.scanner.rowStart = 0;
      this.fatal(this.positionOf(nul), BINARY);
      return false;
    }
    // Control characters in a start neither encoding reads: no text, refused at once rather than as
    // rows of cells that are not text (unless the encoding is forced: then its own errors say where).
    // The same first bytes as for NUL, whatever the chunks: the answer never depends on how it was fed.
    const control = this.encoding
      ? null
      : notTextAt(bytes.subarray(0, Math.min(this.scanner.length, SNIFF_BYTES)));
    if (control !== null) {
      this.scanner.rowStart = 0;
      this.fatal(this.positionOf(control), notTextBytesMessage(control));
      return false;
    }
    return true;
  }

  private readHeader(): void {
    const scanner = this.scanner;
    this.decideEncodingIfNeeded(scanner.rowStart, scanner.position);
    const header: HeaderCell[] = [];
    // Columns counted on from the cell before, not from the line's start for each cell: a header of
    // 500,000 cells is one pass, not 500,000 (issue 21, defect 15).
    let from = scanner.rowStart;
    let column = 1;
    // One decoder for the row (one per cell cost more than the rest of the header), used only where the
    // bytes between two cells are not ASCII.
    const characters = new TextDecoder(this.encoding ?? 'utf-8');
    for (let i = 0; i < scanner.cells; i++) {
      const cell = this.cellAt(i);
      const text = this.names!.decode(cell.bytes, cell.start, cell.end);
      if (text === null) return this.undecodable(i);
      const offset = this.cellOffset(i);
      const between = scanner.bytes.subarray(from, offset);
      column = between.includes(LF)
        ? this.positionOf(offset).column
        : column +
          (hasNonAscii(scanner.bytes, from, offset) ? characters.decode(between).length : offset - from);
      from = offset;
      header.push({ text, column });
    }
    // A title above the header (青山村投票记录, a date, a banner): passed over when a row below it names
    // every column, with only rows that hold no count or ballot number between (ballotHeaderIndex).
    if (this.titleErrors === null) {
      if (!namesEveryColumn(header, this.election) && mayBeTitle(header)) {
        // It names no header that would be read (namesEveryColumn), so as a header it has errors.
        const asHeader = ballotColumns(this.file, header, this.election, this.rowLine);
        this.titleErrors = asHeader.ok ? [] : asHeader.errors;
        this.titleRows = 1;
        return;
      }
    } else if (!namesEveryColumn(header, this.election)) {
      // Not the header below a title: the first row was the header, wrong as its errors say.
      if (mayBeTitle(header) && this.titleRows++ < TITLE_ROWS) return;
      pushAll(this.errors, this.titleErrors);
      this.stopped = true;
      return;
    }
    const columns = ballotColumns(this.file, header, this.election, this.rowLine);
    if (!columns.ok) {
      pushAll(this.errors, columns.errors);
      this.stopped = true;
      return;
    }
    this.columns = columns.value;
    this.headerAt = this.rowLine;
    if (this.plainRowLoop) this.plain = plainLayout(columns.value);
  }

  /** The hot path: one ballot. */
  private readRow(columns: BallotColumns): void {
    const scanner = this.scanner;
    if (scanner.cells !== columns.contests.length + (columns.void >= 0 ? 3 : 2))
      return this.wrongCellCount(columns);
    this.rows++;

    const box = this.trimmedCell(columns.box);
    if (box.start === box.end)
      return this.rowError(this.cellOffset(columns.box), { zh: '票箱为空', en: 'the box is empty' });
    const boxIndex = this.boxIndexOf(box);
    if (boxIndex < 0) return this.undecodable(columns.box);

    const ballot = this.trimmedCell(columns.ballot);
    if (ballot.start === ballot.end)
      return this.rowError(this.cellOffset(columns.ballot), {
        zh: '选票编号为空',
        en: 'the ballot number is empty',
      });
    // Copied now: the cell's bytes may be overwritten by the cells read after it.
    const repeat = this.ids.add(boxIndex, ballot.bytes, ballot.start, ballot.end)
      ? {
          bytes: ballot.bytes.slice(ballot.start, ballot.end),
          start: 0,
          end: ballot.end - ballot.start,
          offset: this.cellOffset(columns.ballot),
        }
      : null;

    let isVoid = false;
    if (columns.void >= 0) {
      const mark = this.trimmedCell(columns.void);
      const length = mark.end - mark.start;
      const first = mark.bytes[mark.start];
      if (length === 1 && first === 0x31) isVoid = true;
      else if (length !== 0 && !(length === 1 && first === 0x30))
        return this.rowError(this.cellOffset(columns.void), {
          zh: '废票列只能为空、0 或 1',
          en: 'the void column must be empty, 0 or 1',
        });
    }
    if (isVoid) {
      if (repeat) return this.repeatRow(boxIndex, repeat, true);
      this.records[boxIndex]!++;
      this.voids[boxIndex]!++;
      return;
    }

    // Gather each contest's distinct names, then decide the ballot as a whole.
    let keyCount = 0;
    for (let contest = 0; contest < this.contestCount; contest++) {
      this.keyStarts[contest] = keyCount;
      keyCount = this.cellNames(contest, columns.contests[contest]!, keyCount);
      if (keyCount < 0) return;
      this.keyEnds[contest] = keyCount;
    }
    if (repeat) return this.repeatRow(boxIndex, repeat, false);
    this.records[boxIndex]!++;
    this.countChoices(boxIndex);
  }

  /** Counts a valid ballot whose names per contest are rowKeys[keyStarts[c], keyEnds[c]). */
  private countChoices(boxIndex: number): void {
    const contestCount = this.contestCount;
    const keyStarts = this.keyStarts;
    const keyEnds = this.keyEnds;
    const seats = this.seats;
    let overvotedAny = false;
    for (let contest = 0; contest < contestCount; contest++) {
      if (keyEnds[contest]! - keyStarts[contest]! > seats[contest]!) {
        overvotedAny = true;
        this.overvotes[boxIndex * contestCount + contest]!++;
      }
    }
    if (overvotedAny && this.options.overvote === 'void-ballot') {
      this.overvoted[boxIndex]!++;
      return;
    }
    if (this.options.onePersonTwoPosts && this.namesOnePersonTwice()) {
      this.twoPosts[boxIndex]!++;
      return;
    }
    const rowKeys = this.rowKeys;
    for (let contest = 0; contest < contestCount; contest++) {
      const votes = this.counts[boxIndex * contestCount + contest]!;
      const start = keyStarts[contest]!;
      const end = keyEnds[contest]!;
      if (start === end) votes[0]!++;
      else if (end - start > seats[contest]!) this.contestsVoided[boxIndex]!++;
      else
        for (let k = start; k < end; k++) {
          const key = rowKeys[k]!;
          while (votes.length <= key) votes.push(0);
          votes[key]!++;
        }
    }
  }

  /** Whether the ballot's names (rowKeys per contest) name one person in two contests. */
  private namesOnePersonTwice(): boolean {
    const rowKeys = this.rowKeys;
    for (let a = 0; a < this.contestCount; a++) {
      const personsOfA = this.personOfKey[a]!;
      for (let k = this.keyStarts[a]!; k < this.keyEnds[a]!; k++) {
        const person = personsOfA[rowKeys[k]!]!;
        for (let b = a + 1; b < this.contestCount; b++) {
          const personsOfB = this.personOfKey[b]!;
          for (let j = this.keyStarts[b]!; j < this.keyEnds[b]!; j++)
            if (personsOfB[rowKeys[j]!] === person) return true;
        }
      }
    }
    return false;
  }

  /**
   * The fast path, one loop over the bytes of each row: rows of unquoted cells whose box is known,
   * whose ballot id and void mark need no trimming and whose names are all in the contests' tries —
   * nearly every row of a real file. Each byte is read once: the box is compared with the last row's
   * as it is scanned, a ballot number is parsed as it is scanned, and contest cells are walked through
   * the name tries. At the first row that is anything else it stops, before counting anything of that
   * row, and leaves `position` there for the general scanner. `end` is just past a line feed, so no
   * cell runs past it.
   */
  private readPlainRows(layout: PlainLayout, end: number): void {
    const scanner = this.scanner;
    const bytes = scanner.bytes;
    const roles = layout.roles;
    const lastColumn = roles.length - 1;
    const tries = this.tries;
    const keyStarts = this.keyStarts;
    const keyEnds = this.keyEnds;
    const ids = this.ids;
    let rowKeys = this.rowKeys;
    let position = scanner.position;
    rows: while (position < end) {
      let i = position;
      let boxIndex = -1;
      let ballotStart = 0;
      let ballotEnd = 0;
      let ballotNumber = -1;
      let isVoid = false;
      let keyCount = 0;
      for (let column = 0; ; column++) {
        const role = roles[column]!;
        const start = i;
        let byte: number;
        if (role >= CONTEST_ROLE) {
          // Walk each name through the trie; where no child follows, a name must end there.
          const contest = role - CONTEST_ROLE;
          const trie = tries[contest]!;
          const transitions = trie.transitions;
          const trieKeys = trie.keys;
          keyStarts[contest] = keyCount;
          let node = 0;
          for (;;) {
            byte = bytes[i]!;
            const child = transitions[(node << 8) | byte]!;
            if (child !== 0) {
              node = child;
              i++;
              continue;
            }
            if (node === 0) {
              if (byte === PIPE || i !== start) break rows; // an empty name: left to the general path
              break; // an empty cell
            }
            const key = trieKeys[node]!;
            if (key < 0 || (byte !== PIPE && byte !== COMMA && byte !== LF && byte !== CR)) break rows;
            if (key !== 0) {
              let seen = false;
              for (let k = keyStarts[contest]!; k < keyCount; k++) if (rowKeys[k] === key) seen = true;
              if (!seen) {
                if (keyCount === rowKeys.length) rowKeys = this.growRowKeys();
                rowKeys[keyCount++] = key;
              }
            }
            if (byte !== PIPE) break;
            node = 0;
            i++;
          }
          keyEnds[contest] = keyCount;
        } else if (role === BOX_ROLE) {
          // Boxes come in runs: compare with the last row's box while scanning.
          const lastBox = this.lastBox;
          const length = this.lastBoxLength;
          let k = 0;
          while (k < length && bytes[i + k] === lastBox[k]) k++;
          byte = bytes[i + k]!;
          if (k === length && length > 0 && isCellEnd(byte)) {
            boxIndex = this.lastBoxIndex;
            i += k;
          } else {
            i = cellEndFrom(bytes, i);
            byte = bytes[i]!;
            if (emptyOrPadded(bytes, start, i)) break rows;
            boxIndex = this.knownBoxIndex(bytes, start, i);
            if (boxIndex < 0) break rows;
          }
        } else if (role === BALLOT_ROLE) {
          // Ballot numbers are digits: parse them while scanning.
          let value = 0;
          byte = bytes[i]!;
          while (byte >= 0x30 && byte <= 0x39) {
            value = value * 10 + (byte - 0x30);
            byte = bytes[++i]!;
          }
          const digits = i - start;
          if (isCellEnd(byte) && digits >= 1 && digits <= MAX_NUMBER_DIGITS) ballotNumber = value;
          else {
            i = cellEndFrom(bytes, i);
            byte = bytes[i]!;
            if (emptyOrPadded(bytes, start, i)) break rows;
          }
          ballotStart = start;
          ballotEnd = i;
        } else {
          i = cellEndFrom(bytes, i);
          byte = bytes[i]!;
          if (i - start === 1 && (bytes[start] === 0x31 || bytes[start] === 0x30))
            isVoid = bytes[start] === 0x31;
          else if (i !== start) break rows;
        }
        if (byte === COMMA) {
          if (column === lastColumn) break rows;
          i++;
          continue;
        }
        if (column !== lastColumn) break rows;
        if (byte === LF) i++;
        else if (byte === CR && bytes[i + 1] === LF) i += 2;
        else break rows;
        break;
      }
      // The row is plain: count it.
      this.rowLine = this.line++;
      this.rows++;
      this.plainRows++;
      const repeated =
        ballotNumber >= 0
          ? ids.addNumber(boxIndex, ballotEnd - ballotStart, ballotNumber)
          : ids.add(boxIndex, bytes, ballotStart, ballotEnd);
      if (repeated) {
        scanner.rowStart = position;
        this.repeatRow(boxIndex, { bytes, start: ballotStart, end: ballotEnd, offset: ballotStart }, isVoid);
      } else {
        this.records[boxIndex]!++;
        if (isVoid) this.voids[boxIndex]!++;
        else this.countChoices(boxIndex);
      }
      position = i;
    }
    scanner.position = position;
  }

  /** The index of a box already met, by its untrimmed cell bytes; -1 when it is new. */
  private knownBoxIndex(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === this.lastBoxLength) {
      let i = 0;
      while (i < length && this.lastBox[i] === bytes[start + i]) i++;
      if (i === length) return this.lastBoxIndex;
    }
    const index = this.boxIds.get(bytes, start, end, hashBytes(bytes, start, end));
    if (index >= 0) this.rememberBox(bytes, start, end, index);
    return index;
  }

  /**
   * Appends the names of a contest cell to rowKeys, from a cache of whole cells: the same few cells
   * (`王林`, `chen-mei|liu-yang` …) fill most ballots, so most cells cost one hash and one lookup.
   */
  private cellNames(contest: number, column: number, keyCount: number): number {
    const cell = this.cellAt(column);
    const hash = hashBytes(cell.bytes, cell.start, cell.end);
    const cache = this.cellCache[contest]!;
    const cached = cache.get(cell.bytes, cell.start, cell.end, hash);
    const known = this.cachedKeys[contest]!;
    if (cached >= 0) {
      const count = known[cached]!;
      if (keyCount + count > this.rowKeys.length) this.growRowKeys();
      for (let k = 1; k <= count; k++) this.rowKeys[keyCount++] = known[cached + k]!;
      return keyCount;
    }
    const start = keyCount;
    keyCount = this.readNames(contest, column, keyCount);
    if (keyCount < 0 || cache.size >= MAX_CACHED_CELLS) return keyCount;
    const entry = known.length;
    known.push(keyCount - start);
    for (let k = start; k < keyCount; k++) known.push(this.rowKeys[k]!);
    const again = this.cellAt(column);
    cache.add(again.bytes, again.start, again.end, hash, entry);
    return keyCount;
  }

  /** Appends the distinct names of a contest cell to rowKeys from `keyCount`; returns the new count, -1 on error. */
  private readNames(contest: number, column: number, keyCount: number): number {
    const cell = this.cellAt(column);
    const bytes = cell.bytes;
    const end = cell.end;
    const first = keyCount;
    let i = cell.start;
    while (i <= end) {
      let j = i;
      if (this.encoding === 'gb18030') {
        // A GB18030 trail byte may be 0x7c, the same as `|`: step over whole characters.
        while (j < end && bytes[j] !== PIPE) j += bytes[j]! >= 0x81 ? 2 : 1;
        if (j > end) j = end;
      } else {
        while (j < end && bytes[j] !== PIPE) {
          if (bytes[j]! >= 0x80 && this.encoding === null) return this.readNamesAgain(contest, column, first);
          j++;
        }
      }
      let a = i;
      let b = j;
      while (a < b && bytes[a]! <= SPACE) a++;
      while (b > a && bytes[b - 1]! <= SPACE) b--;
      if (a < b) {
        const key = this.keyOf(contest, bytes, a, b);
        if (key < 0) {
          this.undecodable(column);
          return -1;
        }
        if (key !== 0) {
          let seen = false;
          for (let k = first; k < keyCount; k++) if (this.rowKeys[k] === key) seen = true;
          if (!seen) {
            if (keyCount === this.rowKeys.length) this.growRowKeys();
            this.rowKeys[keyCount++] = key;
          }
        }
      }
      i = j + 1;
    }
    return keyCount;
  }

  /** The first non-ASCII name decides the encoding (from the rest of what is buffered); then split again. */
  private readNamesAgain(contest: number, column: number, keyCount: number): number {
    this.decideEncodingIfNeeded(this.scanner.rowStart, this.scanner.length);
    return this.readNames(contest, column, keyCount);
  }

  private keyOf(contest: number, bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const names = this.contestNames[contest]!;
    const known = names.get(bytes, start, end, hash);
    if (known >= 0) return known;
    const text = this.names!.decode(bytes, start, end);
    if (text === null) return -1;
    // A cell written 弃权 (not a candidate's name) is an abstention, as in tallies.csv: never a write-in.
    const resolver = this.resolvers[contest]!;
    const key =
      ABSTENTION_WORDS.has(text) && resolver.resolve(text).kind === 'write-in' ? BLANK : resolver.key(text);
    const keyIndex = this.contestKeyIndex[contest]!;
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = this.contestKeys[contest]!.length;
      this.contestKeys[contest]!.push(key);
      keyIndex.set(key, index);
      this.personOfKey[contest]!.push(this.personOf(contest, key));
    }
    names.add(bytes, start, end, hash, index);
    this.tries[contest]!.add(bytes, start, end, index);
    return index;
  }

  /** The person a choice key names: a candidate by the name the election gives, a write-in by itself. */
  private personOf(contest: number, key: string): number {
    const name =
      this.election.contests[contest]!.candidates.find((candidate) => candidate.id === key)?.name ?? key;
    let person = this.persons.get(name);
    if (person === undefined) {
      person = this.persons.size;
      this.persons.set(name, person);
    }
    return person;
  }

  private boxIndexOf(cell: Cell): number {
    const { bytes, start, end } = cell;
    const length = end - start;
    if (length === this.lastBoxLength) {
      let i = 0;
      while (i < length && this.lastBox[i] === bytes[start + i]) i++;
      if (i === length) return this.lastBoxIndex;
    }
    const hash = hashBytes(bytes, start, end);
    let index = this.boxIds.get(bytes, start, end, hash);
    if (index < 0) {
      if (this.encoding === null && hasNonAscii(bytes, start, end))
        this.decideEncodingIfNeeded(this.scanner.rowStart, this.scanner.length);
      const name = this.names!.decode(bytes, start, end);
      if (name === null) return -1;
      index = this.boxNames.length;
      this.boxNames.push(name);
      this.ids.nameBox(index, name);
      for (const id of this.watched?.get(name) ?? []) this.ids.add(index, id, 0, id.length);
      this.boxIds.add(bytes, start, end, hash, index);
      this.repeats.push(0);
      this.untrackedRepeats.push(0);
      this.records.push(0);
      this.voids.push(0);
      this.overvoted.push(0);
      this.contestsVoided.push(0);
      this.twoPosts.push(0);
      for (let contest = 0; contest < this.contestCount; contest++) {
        this.counts.push([0]);
        this.overvotes.push(0);
      }
    }
    this.rememberBox(bytes, start, end, index);
    return index;
  }

  /**
   * Boxes come in runs: the last one is compared first. A name holding a byte that ends a cell (it came
   * quoted) is not remembered, as the plain-row loop's comparison must stop within the cell.
   */
  private rememberBox(bytes: Uint8Array, start: number, end: number, index: number): void {
    const length = end - start;
    for (let i = start; i < end; i++) {
      if (isCellEnd(bytes[i]!)) {
        this.lastBoxLength = -1;
        return;
      }
    }
    if (length > this.lastBox.length) this.lastBox = new Uint8Array(length * 2);
    this.lastBox.set(bytes.subarray(start, end));
    this.lastBoxLength = length;
    this.lastBoxIndex = index;
  }

  /**
   * A record of a (box, ballot) read before: left uncounted (a ballot is counted once), and its id kept
   * to look its records up again; or, when reading again, handed on with its content.
   */
  private repeatRow(boxIndex: number, repeat: RepeatAt, isVoid: boolean): void {
    this.repeats[boxIndex]!++;
    this.repeatRows++;
    if (this.onWatched) {
      const box = this.boxNames[boxIndex]!;
      // A repeat of a ballot not watched (past those kept the first time) is only counted out.
      if (!this.watchedKeys!.has(repeatKey(box, repeat.bytes, repeat.start, repeat.end))) return;
      const content = isVoid ? VOID_CONTENT : this.rowContent();
      const id = repeat.bytes.slice(repeat.start, repeat.end);
      this.onWatched({ box, id, line: this.lineOf(repeat.offset), content });
      return;
    }
    // Only what is needed per repeat: its key; words and position only for a ballot newly kept.
    const key = repeatKey(String(boxIndex), repeat.bytes, repeat.start, repeat.end);
    if (this.repeatedIndex.has(key)) return;
    if (this.repeated.length >= this.maxTrackedRepeats) {
      this.untrackedRepeats[boxIndex]!++;
      return;
    }
    this.repeatedIndex.set(key, this.repeated.length);
    const id = repeat.bytes.slice(repeat.start, repeat.end);
    const ballot = this.names!.decode(id, 0, id.length) ?? '?';
    this.repeated.push({ box: boxIndex, id, ballot, ...this.positionOf(repeat.offset) });
  }

  /** The line of a byte offset within the current row (a quoted cell before it may hold line breaks). */
  private lineOf(offset: number): number {
    const bytes = this.scanner.bytes;
    let line = this.rowLine;
    for (let i = this.scanner.rowStart; i < offset; i++) if (bytes[i] === LF) line++;
    return line;
  }

  /** What the current (valid) row chooses, contest by contest, names sorted: equal for equal ballots. */
  private rowContent(): string {
    const contests: string[] = [];
    for (let contest = 0; contest < this.contestCount; contest++) {
      const keys = this.contestKeys[contest]!;
      const chosen: string[] = [];
      for (let k = this.keyStarts[contest]!; k < this.keyEnds[contest]!; k++)
        chosen.push(keys[this.rowKeys[k]!]!);
      contests.push(JSON.stringify(chosen.sort()));
    }
    return contests.join(',');
  }

  /** The cell's bytes, with `""` folded when quoted; valid until the next call. */
  private cellAt(index: number): Cell {
    const scanner = this.scanner;
    const cell = this.cell;
    const start = scanner.starts[index]!;
    const end = scanner.ends[index]!;
    if ((scanner.flags[index]! & ESCAPED) === 0) {
      cell.bytes = scanner.bytes;
      cell.start = start;
      cell.end = end;
    } else {
      if (this.scratch.length < end - start) this.scratch = new Uint8Array((end - start) * 2);
      cell.bytes = this.scratch;
      cell.start = 0;
      cell.end = unescapeQuotes(scanner.bytes, start, end, this.scratch);
    }
    return cell;
  }

  private trimmedCell(index: number): Cell {
    const cell = this.cellAt(index);
    const bytes = cell.bytes;
    while (cell.start < cell.end && bytes[cell.start]! <= SPACE) cell.start++;
    while (cell.end > cell.start && bytes[cell.end - 1]! <= SPACE) cell.end--;
    return cell;
  }

  private decideEncodingIfNeeded(start: number, end: number): void {
    if (this.encoding && this.names) return;
    const bytes = this.scanner.bytes;
    this.encoding = hasNonAscii(bytes, start, end) ? detectEncoding(bytes.subarray(start, end)) : null;
    this.names = new NameDecoder(this.encoding ?? 'utf-8');
  }

  /** Where a cell begins, its opening quote included. */
  private cellOffset(index: number): number {
    const scanner = this.scanner;
    return scanner.starts[index]! - ((scanner.flags[index]! & QUOTED) !== 0 ? 1 : 0);
  }

  /** Line and character column of a byte offset within the current row. */
  private positionOf(offset: number): { line: number; column: number } {
    const bytes = this.scanner.bytes;
    let line = this.rowLine;
    let lineStart = this.scanner.rowStart;
    for (let i = lineStart; i < offset; i++) {
      if (bytes[i] === LF) {
        line++;
        lineStart = i + 1;
      }
    }
    const prefix = this.positionDecoder().decode(bytes.subarray(lineStart, offset));
    return { line, column: prefix.length + 1 };
  }

  private decoder: TextDecoder | null = null;

  /** One decoder for positions, in the file's encoding (repeats and errors can be many). */
  private positionDecoder(): TextDecoder {
    const encoding = this.encoding ?? 'utf-8';
    if (this.decoder?.encoding !== encoding) this.decoder = new TextDecoder(encoding);
    return this.decoder;
  }

  private rowStartPosition(): { line: number; column: number } {
    return { line: this.line, column: 1 };
  }

  private wrongCellCount(columns: BallotColumns): void {
    const expected = columns.contests.length + (columns.void >= 0 ? 3 : 2);
    const found = this.scanner.cells;
    const offset = found > expected ? this.cellOffset(expected) : this.scanner.ends[found - 1]!;
    this.rowError(offset, {
      zh: `这一行有 ${found} 个单元格，表头有 ${expected} 列`,
      en: enCounts`the row has ${found} cells; the header has ${expected} columns`,
    });
  }

  private undecodable(index: number): void {
    const encoding = (this.encoding ?? 'utf-8').toUpperCase();
    this.rowError(this.cellOffset(index), {
      zh: `单元格不是有效的 ${encoding} 文本（整个文件须为同一种编码）`,
      en: `the cell is not valid ${encoding} text (the whole file must be in one encoding)`,
    });
  }

  private rowError(offset: number, message: InputError['message']): void {
    this.errors.push({ file: this.file, ...this.positionOf(offset), message });
    if (this.errors.length >= MAX_ERRORS) this.stopped = true;
  }

  private fatal(position: { line: number; column: number }, message: InputError['message']): void {
    this.errors.push({ file: this.file, ...position, message });
    this.stopped = true;
  }

  private scanProblem(): void {
    const scanner = this.scanner;
    const position = this.positionOf(scanner.problemAt);
    const messages = {
      binary: BINARY,
      'after-quote': {
        zh: '右引号后面应是逗号或换行',
        en: 'a closing quote must be followed by a comma or a line break',
      },
      'unclosed-quote': { zh: '引号没有闭合', en: 'a quote is never closed' },
    } as const;
    this.fatal(position, messages[scanner.problem!]);
  }

  private growRowKeys(): Int32Array {
    const grown = new Int32Array(this.rowKeys.length * 2);
    grown.set(this.rowKeys);
    this.rowKeys = grown;
    return grown;
  }
}
