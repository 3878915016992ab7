import type { Election } from '../model/election.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { emptyTally, type BoxSheet, type ElectionTally } from '../model/tally.js';
import { cappedErrors } from './input-errors.js';
import { readBoxes, type CsvReadOptions } from './read-boxes.js';
import { readTallies } from './read-tallies.js';
import { readTalliesJson, type TallySheets } from './read-tallies-json.js';
import { looksLikeXlsx, readBoxesXlsx, readTalliesXlsx, workbookHolds } from '../spreadsheet/read-xlsx.js';

export interface TallyFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface TallyFileInputs {
  /** boxes.csv: the accounting of each box. */
  readonly boxes?: TallyFile;
  /** tallies.csv, or the JSON form that holds the accounting and the votes together. */
  readonly tallies?: TallyFile;
}

/**
 * Reads the tally sheets however they were given: boxes.csv and tallies.csv, either alone, or the JSON
 * form (recognised by its first non-space character, `{`), each CSV file possibly an .xlsx workbook
 * instead (recognised by its ZIP signature; one workbook may serve as both). Both files are read to the end, so that
 * one run lists the problems of both (up to 50 per file). Boxes of one file missing from the other are
 * left to the checks (see read-tallies.ts); an empty tally is returned when only boxes.csv is given.
 */
export function readTallyFiles(
  inputs: TallyFileInputs,
  election: Election,
  options: CsvReadOptions = {},
): Result<TallySheets> {
  const errors: InputError[] = [];
  let sheets: BoxSheet[] = [];
  let tally: ElectionTally = emptyTally();
  const { boxes, tallies } = workbookAsBoth(jsonFormOnce(inputs));
  if (tallies && startsLikeJson(tallies.bytes)) {
    const read = readTalliesJson(tallies.file, tallies.bytes, election, options);
    if (read.ok) ({ sheets, tally } = read.value);
    else errors.push(...cappedErrors(tallies.file, read.errors));
    if (boxes)
      errors.push({
        file: boxes.file,
        message: {
          zh: `票箱统计已在 ${tallies.file}（JSON 格式）中给出，不能再另给 ${boxes.file}`,
          en: `${tallies.file} (JSON form) already holds the box accounting: do not give ${boxes.file} as well`,
        },
      });
    return errors.length > 0 ? failWith(errors) : ok({ sheets, tally });
  }
  if (boxes && startsLikeJson(boxes.bytes))
    return failWith([
      {
        file: boxes.file,
        message: {
          zh: `${boxes.file} 是 JSON 格式的计票数据，已含票箱统计和得票：请只给这一个文件（作为计票单），不要另给 ${tallies?.file ?? ''}`,
          en: `${boxes.file} is tally data in JSON form, holding the box accounting and the votes: give it alone (as the tally sheets), not with ${tallies?.file ?? ''}`,
        },
      },
    ]);
  if (boxes) {
    const read = looksLikeXlsx(boxes.bytes)
      ? readBoxesXlsx(boxes.file, boxes.bytes)
      : readBoxes(boxes.file, boxes.bytes, options);
    if (read.ok) sheets = read.value;
    else errors.push(...cappedErrors(boxes.file, read.errors));
  }
  if (tallies) {
    const read = looksLikeXlsx(tallies.bytes)
      ? readTalliesXlsx(tallies.file, tallies.bytes, election)
      : readTallies(tallies.file, tallies.bytes, election, options);
    if (read.ok) tally = read.value;
    else errors.push(...cappedErrors(tallies.file, read.errors));
  }
  return errors.length > 0 ? failWith(errors) : ok({ sheets, tally });
}

/**
 * The JSON form holds the accounting and the votes together, so it may be named by either flag, or by
 * both (as one workbook may be): it is then read once, as the tallies.
 */
function jsonFormOnce({ boxes, tallies }: TallyFileInputs): TallyFileInputs {
  if (boxes && !tallies && startsLikeJson(boxes.bytes)) return { tallies: boxes };
  if (boxes && tallies && startsLikeJson(tallies.bytes) && sameBytes(boxes.bytes, tallies.bytes))
    return { tallies };
  return { ...(boxes ? { boxes } : {}), ...(tallies ? { tallies } : {}) };
}

/**
 * One workbook often holds both the box accounts and the votes, each on its own sheet. Given as one of
 * the two alone (the other not given at all), it is read as both when it holds a table of the other kind,
 * as if given twice; a workbook without such a table leaves the other missing, as before.
 */
function workbookAsBoth({ boxes, tallies }: TallyFileInputs): TallyFileInputs {
  if (tallies && !boxes && looksLikeXlsx(tallies.bytes) && workbookHolds(tallies.bytes, 'boxes'))
    return { boxes: tallies, tallies };
  if (boxes && !tallies && looksLikeXlsx(boxes.bytes) && workbookHolds(boxes.bytes, 'tallies'))
    return { boxes, tallies: boxes };
  return { ...(boxes ? { boxes } : {}), ...(tallies ? { tallies } : {}) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** First byte after a UTF-8 byte order mark and ASCII white space (the same in GB18030) is `{`. */
function startsLikeJson(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[at] ?? 0)) at++;
  return bytes[at] === 0x7b;
}
