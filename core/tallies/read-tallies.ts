import type { Contest, Election } from '../model/election.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { addVotes, emptyTally, type ElectionTally } from '../model/tally.js';
import { decodeText } from '../text/decode-text.js';
import type { CsvCell } from './csv-cells.js';
import { cellCount } from './csv-count.js';
import { TALLY_COLUMNS } from './csv-columns.js';
import { csvTable } from './csv-table.js';
import { isTotalLabel, onlyTotalsError } from './total-row.js';
import type { CsvReadOptions } from './read-boxes.js';
import { countNotChecked, resolveChoice, resolveContest } from './resolve-names.js';
import { sortedErrors } from './input-errors.js';
import { VoteKeys } from './vote-keys.js';

const VOTES = TALLY_COLUMNS.find((column) => column.key === 'votes') ?? { key: 'votes', zh: '得票' };

/**
 * Reads `tallies.csv` (contract §2): one row per box, contest and name with its votes. The contest is
 * given by id or name; the candidate by id or exact name, `#blank` for abstentions, any other name being
 * a write-in. Every problem is reported at its cell.
 *
 * Whether the boxes here match those of boxes.csv is not the reader's business: a box with votes but no
 * accounting row, or an accounting row without votes, is a finding of the checks
 * (BALLOT_ACCOUNTING_MISMATCH), so that the rest of the audit still runs and says what it can.
 */
export function readTallies(
  file: string,
  bytes: Uint8Array,
  election: Election,
  options: CsvReadOptions = {},
): Result<ElectionTally> {
  const decoded = decodeText(file, bytes, options.encoding);
  if (!decoded.ok) return decoded;
  return readTalliesText(file, decoded.value.text, election);
}

export function readTalliesText(file: string, text: string, election: Election): Result<ElectionTally> {
  const table = csvTable(file, text, TALLY_COLUMNS, { zh: '计票', en: 'vote' });
  if (!table.ok) return table;
  const errors: InputError[] = [];
  const at = (cell: CsvCell, zh: string, en: string): void => {
    errors.push({ file, line: cell.line, column: cell.column, message: { zh, en } });
  };
  const tally = emptyTally();
  const keys = new VoteKeys<{ line: number; written: string }>();
  // The box and contest of the row above: a sheet saved from merged cells leaves them empty below their
  // first row. An empty cell is never taken for the one above (it may be a slip), but the message says so.
  let above = { box: '', contest: '' };
  for (const row of table.value) {
    const box = row.cell('box');
    const contestCell = row.cell('contest');
    const candidate = row.cell('candidate');
    if ([box, contestCell, candidate].some((cell) => isTotalLabel(cell.text))) continue;
    if (box.text === '') at(box, ...emptyCell('票箱名称为空', 'the box name is empty', above.box));
    let contest: Contest | undefined;
    if (contestCell.text === '')
      at(contestCell, ...emptyCell('职位为空', 'the contest is empty', above.contest));
    else {
      const resolved = resolveContest(election, contestCell.text);
      if (resolved.ok) contest = resolved.value;
      else at(contestCell, resolved.message.zh, resolved.message.en);
    }
    above = { box: box.text || above.box, contest: contestCell.text || above.contest };
    let choice: string | undefined;
    const votesCell = row.cell('votes');
    const votes = cellCount(file, votesCell, VOTES);
    if (candidate.text === '')
      at(candidate, '候选人为空（弃权请写 #blank）', 'the candidate is empty (write #blank for abstentions)');
    else if (contest) {
      const resolved = resolveChoice(contest, candidate.text);
      if (resolved.ok) choice = resolved.value;
      else {
        const message =
          resolved.notAVote && 'error' in votes
            ? countNotChecked(resolved.message, votesCell.text)
            : resolved.message;
        at(candidate, message.zh, message.en);
        if (resolved.notAVote) continue;
      }
    }
    if ('error' in votes) errors.push(votes.error);
    if (box.text === '' || !contest || choice === undefined) continue;
    const earlier = keys.claim(box.text, contest.id, choice, { line: row.line, written: candidate.text });
    if (earlier)
      at(
        candidate,
        `票箱“${box.text}”职位“${contest.name}”中“${candidate.text}”重复（第 ${earlier.line} 行已有“${earlier.written}”）`,
        `box “${box.text}”, contest “${contest.id}”: “${candidate.text}” repeats (already on line ${earlier.line} as “${earlier.written}”)`,
      );
    else if ('value' in votes) addVotes(tally, box.text, contest.id, choice, votes.value);
  }
  const first = table.value[0];
  if (tally.boxes.size === 0 && errors.length === 0 && first)
    errors.push(onlyTotalsError(file, first.line, { zh: '计票', en: 'vote' }));
  return errors.length > 0 ? failWith(sortedErrors(errors)) : ok(tally);
}

/**
 * The message for an empty box or contest cell; below a filled one, it says that the row above is not
 * taken for it, as a sheet saved from merged cells would need (write it on every row, or give the .xlsx).
 */
function emptyCell(zh: string, en: string, above: string): [string, string] {
  if (above === '') return [zh, en];
  return [
    `${zh}：空格不会当作上一行的“${above}”，请在每一行都填写（合并单元格的表格可直接提供 .xlsx 工作簿）`,
    `${en}: an empty cell is not taken for the “${above}” above it; write it on every row (or give the .xlsx workbook, whose merged cells are read)`,
  ];
}
