import { linesOf } from './text-lines.js';
import type {
  AnnouncedContest,
  AnnouncedFigure,
  CountMeaning,
  PercentFigure,
  TextSpan,
  UnreadFigure,
} from './announced-figures.js';
import { parseArabicNumber } from './parse-number.js';
import { isPersonName } from './person-name.js';
import { quoteWindow } from './quote-window.js';
import type { ContestResolver } from './resolve-contest.js';
import type { VoteTables } from './read-vote-table.js';

/**
 * Results published as an English table, a header row naming its columns (`Name | Votes | Share of valid
 * votes | Elected`, `Candidate        Votes    % of valid`), then one row a line, cells split by `|`, a
 * tab or a run of two or more spaces (a single space is inside a name: `Lei Wenbo`). A row gives a
 * candidate's votes, their share and whether elected. The share is read of the base its header names
 * (`% of valid`, `share of ballots cast`); a bare `%` may be of the valid ballots or of all cast, and is
 * listed unread (`ambiguous-base`) unless the text states both, when it is judged as a share in brackets
 * after the votes is (vote-share-bases.ts: flagged only when wrong of both). A row whose first cell is no person's name (`Write-ins`,
 * `Total`) is unread. The prose reader then reads the text with the tables blanked out.
 */

type Column = 'name' | 'votes' | 'rate' | 'elected' | 'post';

const HEADER_WORDS: readonly (readonly [Column, RegExp])[] = [
  ['name', /^(?:candidate(?:'s)?(?: name)?|name(?: of candidate)?|nominee)s?$/i],
  ['votes', /^(?:votes?(?: obtained| received| won)?|number of votes|no\. of votes|vote count)$/i],
  ['rate', /^(?:%|percent(?:age)?|share|vote share|share of (?:the )?votes?)(?: .*)?$|^%\s*of\b.*$/i],
  ['elected', /^(?:elected|result|outcome|elected\?)$/i],
  ['post', /^(?:post|position|office|seat)$/i],
];
// Linear, though the lint cannot tell: a run of two spaces or more is matched whole at its first one
// (by the last alternative, if not by the bar's), so no search starts inside it (100 KB of spaces: 0.2 ms).
// eslint-disable-next-line regexp/no-super-linear-move
const CELL_SPLIT = /\t|[^\S\n]*\|[^\S\n]*|[^\S\n]{2,}/g;
/** An elected cell that says yes; any other (`No`, `-`) declares no one. */
const YES = /^(?:yes|y|elected|✓|√)$/i;
/**
 * A row that states the valid ballots of the table's contest (`Valid votes 1,818 100.0`): read as the
 * valid ballots when the text has this one table only; beside other tables it may be of its contest
 * alone, so it is listed unread (`doubtful-label`).
 */
const VALID_ROW = /^(?:total\s+)?valid\s+(?:votes|ballots)(?:\s+cast)?(?:\s*\(total\))?$/i;
/** Rows that count no candidate. */
const NO_CANDIDATE = /^(?:write-?ins?|others?|blank|invalid|void|spoilt|total|abstentions?)\b/i;
/** The base a share column names in its header. */
const RATE_BASE: readonly (readonly [CountMeaning, RegExp])[] = [
  ['valid', /\bvalid\b/i],
  // Ballots (or votes) cast are the ballots put in the box, as everywhere in English texts
  // (english-count-words.ts): returned, not the voters.
  ['returned', /\b(?:ballots|votes) cast\b/i],
  ['cast', /\bvoters\b|\bvoting\b/i],
];
const MAX_COLUMNS = 6;
/** Longer than any header: a longer line is not split (a page of prose is not cut into cells). */
const HEADER_LINE_MAX = 120;

interface Cell {
  readonly text: string;
  readonly start: number;
}

function cellsOf(text: string, start: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') cells.push({ text: raw.trim(), start: start + from + lead });
  };
  for (const match of text.matchAll(CELL_SPLIT)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return cells;
}

function columnOf(cell: string): Column | null {
  return HEADER_WORDS.find(([, pattern]) => pattern.test(cell.trim()))?.[0] ?? null;
}

/** The columns of a header row: every cell known, a name and a votes column, each once. */
function headerColumns(cells: readonly Cell[]): Column[] | null {
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return null;
  const columns = cells.map((cell) => columnOf(cell.text));
  if (columns.some((column) => column === null)) return null;
  const known = columns as Column[];
  if (new Set(known).size !== known.length) return null;
  return known.includes('name') && known.includes('votes') ? known : null;
}

export function readEnglishVoteTables(
  original: string,
  folded: string,
  resolveContest: ContestResolver,
  candidates: ReadonlySet<string>,
): VoteTables {
  const figures: AnnouncedFigure[] = [];
  const unread: UnreadFigure[] = [];
  const spans: TextSpan[] = [];
  const validRows: { readonly figure: AnnouncedFigure; readonly unread: UnreadFigure }[] = [];
  /** Shares under a header that names no base (`Share`, `%`), for either base to judge (vote-share-bases.ts). */
  const sharesOfEither: PercentFigure[] = [];
  const lines = linesOf(folded);
  let contest: AnnouncedContest | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.text.length > HEADER_LINE_MAX || !/[A-Za-z]/.test(line.text)) continue;
    // A short line before the table may name its post (`Chair`, `Election of Chairman`).
    if (line.text.trim() !== '' && line.text.trim().length <= 40 && !/\d/.test(line.text))
      contest = resolveContest(line.text.trim().replace(/[:：]$/, '')) ?? contest;
    const header = cellsOf(line.text, line.start);
    const columns = headerColumns(header);
    if (!columns) continue;
    const rateHeader = header[columns.indexOf('rate')]?.text ?? '';
    const base = RATE_BASE.find(([, words]) => words.test(rateHeader))?.[0] ?? null;
    let end = index;
    for (let next = index + 1; next < lines.length; next++) {
      const row = lines[next];
      if (!row || row.text.length > HEADER_LINE_MAX) break;
      const cells = cellsOf(row.text, row.start);
      if (cells.length !== columns.length) break;
      readRow(columns, cells, base);
      end = next;
    }
    if (end === index) continue;
    const last = lines[end] ?? line;
    spans.push([line.start, last.start + last.text.length]);
    index = end;
  }
  // The valid ballots a table's row states: the text's own only when it has that one table.
  for (const row of validRows) {
    if (spans.length === 1) figures.push(row.figure);
    else unread.push({ ...row.unread, reason: 'doubtful-label' });
  }
  return { figures, unread, spans, ...(sharesOfEither.length > 0 ? { sharesOfEither } : {}) };

  function readRow(columns: readonly Column[], row: readonly Cell[], base: CountMeaning | null): void {
    const cell = (column: Column) => {
      const found = columns.indexOf(column);
      return found < 0 ? undefined : row[found];
    };
    const span = (of: Cell): TextSpan => [of.start, of.start + of.text.length];
    const text = (of: TextSpan) => original.slice(of[0], of[1]);
    const rowSpan: TextSpan = [row[0]?.start ?? 0, (row.at(-1)?.start ?? 0) + (row.at(-1)?.text.length ?? 0)];
    const listUnread = (of: Cell | undefined, reason: UnreadFigure['reason']) => {
      if (!of || !/\d/.test(of.text)) return;
      unread.push({
        span: span(of),
        text: text(span(of)),
        context: quoteWindow(original, rowSpan[0], rowSpan[1], span(of)),
        reason,
      });
    };
    const name = cell('name');
    const votes = cell('votes');
    const rate = cell('rate');
    const candidate = name ? text(span(name)).trim() : '';
    const value = votes ? parseArabicNumber(votes.text.replace(/(?<!\s)\s*votes?$/i, '')) : null;
    if (votes && value !== null && value.decimals === 0 && VALID_ROW.test(candidate)) {
      const of: TextSpan = [rowSpan[0], votes.start + votes.text.length];
      validRows.push({
        figure: {
          kind: 'count',
          meaning: 'valid',
          contest: null,
          value: value.digits,
          origin: { span: of, text: text(of) },
        },
        unread: {
          span: span(votes),
          text: text(span(votes)),
          context: quoteWindow(original, rowSpan[0], rowSpan[1], span(votes)),
        },
      });
      listUnread(rate, 'no-meaning');
      return;
    }
    const noCandidate = NO_CANDIDATE.test(candidate);
    const aName = name !== undefined && !noCandidate && isPersonName(candidate, candidates);
    if (!name || !aName || !votes || value === null || value.decimals !== 0) {
      const reason = aName || noCandidate ? 'no-meaning' : 'not-a-name';
      listUnread(votes, reason);
      listUnread(rate, reason);
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
    const share = rate ? /^(\d+(?:\.\d+)?)\s*%?$/.exec(rate.text) : null;
    if (rate && share?.[1] && base !== null) {
      const decimal = parseArabicNumber(share[1]);
      if (decimal)
        figures.push({
          kind: 'percent',
          value: decimal,
          part: { kind: 'votes', contest: rowContest, candidate },
          whole: { kind: 'count', meaning: base },
          baseNamed: true,
          origin: { span: span(rate), text: text(span(rate)) },
        });
    } else {
      listUnread(rate, base === null ? 'ambiguous-base' : 'no-meaning');
      // 36.1% under `Share`: of the ballots cast or of the valid ones, as a share in brackets after the
      // votes is; judged only where both readings give one verdict. A bare number may be no percentage.
      const decimal =
        base === null && share?.[1] && rate && /%/.test(rate.text) ? parseArabicNumber(share[1]) : null;
      if (decimal && rate)
        sharesOfEither.push({
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
  }
}

/** The tables read in Chinese (read-vote-table.ts) together with those in English. */
export function withEnglishVoteTables(
  tables: VoteTables,
  original: string,
  folded: string,
  resolveContest: ContestResolver,
  candidates: ReadonlySet<string>,
): VoteTables {
  const english = readEnglishVoteTables(original, folded, resolveContest, candidates);
  if (english.spans.length === 0) return tables;
  return {
    ...tables,
    figures: [...tables.figures, ...english.figures],
    unread: [...tables.unread, ...english.unread].sort((a, b) => a.span[0] - b.span[0]),
    spans: [...tables.spans, ...english.spans],
    ...(english.sharesOfEither ? { sharesOfEither: english.sharesOfEither } : {}),
  };
}
