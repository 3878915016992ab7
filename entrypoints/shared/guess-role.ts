import { nistFormatOf, roleFromName, type InputRole, type NistFormat } from '../../core/index.js';
import { mayBeTitle, TITLE_ROWS } from '../../core/ballots/ballot-columns.js';
import { looksLikeXlsx } from '../../core/spreadsheet/read-xlsx.js';
import { BOX_COLUMNS, headerKey, TALLY_COLUMNS, type ColumnSpec } from '../../core/tallies/csv-columns.js';

/** Bytes enough to see a CSV header or a JSON format tag. */
const SNIFF_BYTES = 4096;

/**
 * The cells of a CSV line as the readers match column names (`headerKey`: no spaces, lower case, a unit in
 * brackets left out), so that a header the readers take is recognised here too.
 */
const cellsOf = (line: string) => line.split(',').map((cell) => headerKey(cell.replace(/^"|"$/g, '')));

/** Whether the header has a column of `key`, under any of the wordings the readers accept. */
const hasColumn = (header: readonly string[], specs: readonly ColumnSpec<string>[], key: string) =>
  specs.some((spec) => spec.key === key && spec.headers.some((name) => header.includes(headerKey(name))));

/** The role a CSV header's columns give away: ballot records, tally sheets or box accounts. */
function roleFromHeader(header: readonly string[]): InputRole | null {
  if (header.includes('ballot') || header.includes('选票编号')) return 'ballots';
  if (hasColumn(header, TALLY_COLUMNS, 'contest') && hasColumn(header, TALLY_COLUMNS, 'votes'))
    return 'tallies';
  if (hasColumn(header, BOX_COLUMNS, 'issued')) return 'boxes';
  return null;
}

/**
 * The role of a CSV's header, the first line or the first below a title block (a title, a date, a
 * banner, blank lines: rows with no count and no tab, at most `TITLE_ROWS`), as the readers pass over
 * such a block (`ballotHeaderIndex`, and the tally sheets' reader likewise).
 */
function roleFromCsv(lines: readonly string[]): InputRole | null {
  for (let index = 0; index < lines.length; index++) {
    const role = roleFromHeader(cellsOf(lines[index]!));
    if (role) return role;
    if (!mayBeTitle(lines[index]!.split(',').map((text) => ({ text })))) return null;
  }
  return null;
}

/** A role from the first bytes of a file: a JSON format tag, or the columns of a CSV header. */
export function roleFromContent(head: string): InputRole | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  // A NIST election report holds the definition and the sheets; cast vote records are ballot records.
  const nist = nistFormatOf(text);
  if (nist) return nist === 'nist-cast-vote-records' ? 'ballots' : 'election';
  const tag = /"format"\s*:\s*"tallywitness\.(election|tallies|announcement)\//.exec(text);
  if (tag) return tag[1] as InputRole;
  const byHeader = roleFromCsv(text.split(/\r?\n/, TITLE_ROWS + 1));
  if (byHeader) return byHeader;
  const header = cellsOf(text.split(/\r?\n/, 1)[0] ?? '');
  if (!text.startsWith('{') && !header.includes('box') && !header.includes('票箱') && text.length > 0)
    return 'announcement';
  return null;
}

function decodeHead(bytes: Uint8Array): string {
  try {
    // `stream` keeps a character cut at the end of the slice out of the check.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    // A spreadsheet's GB18030 export.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The NIST format a file is in, from its first bytes (both formats are UTF-8 JSON), else null. */
export async function nistFormatOfFile(file: Blob): Promise<NistFormat | null> {
  return nistFormatOf(decodeHead(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())));
}

/** The role a file most likely has: its content first, then its name, then `fallback`. */
export async function guessRole(
  file: Blob & { readonly name: string },
  fallback: InputRole,
): Promise<InputRole> {
  const bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  // A workbook holds tally sheets, box accounts or both: its name may say boxes, else it is read as votes.
  if (looksLikeXlsx(bytes)) return roleFromName(file.name) === 'boxes' ? 'boxes' : 'tallies';
  const head = decodeHead(bytes);
  const byContent = roleFromContent(head);
  const byName = roleFromName(file.name);
  // A name is a stronger hint than prose-looking content; content beats names for structured files.
  // An election definition is JSON, never prose: 选举 in a prose file's name (青山村选举情况.txt) says
  // which election the text is about, not that it is the definition.
  if (byContent === 'announcement' && byName && byName !== 'election') return byName;
  return byContent ?? byName ?? fallback;
}

/**
 * The role a file given as the election has by its content when it is plainly another (boxes.csv's
 * header, a tally sheet, a notice's text): what to tell its chooser instead of a JSON syntax error.
 * Null when it may be an election definition, however broken.
 */
export async function notTheElection(file: Blob & { readonly name: string }): Promise<InputRole | null> {
  const bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  if (looksLikeXlsx(bytes)) return roleFromName(file.name) === 'boxes' ? 'boxes' : 'tallies';
  const role = roleFromContent(decodeHead(bytes));
  return role === null || role === 'election' ? null : role;
}
