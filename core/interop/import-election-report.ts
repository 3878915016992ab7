import type { AnnouncedFigures } from '../announcement/announced-figures.js';
import { readAnnouncementJsonText } from '../announcement/read-announcement-json.js';
import type { Election } from '../model/election.js';
import type { BoxSheet } from '../model/tally.js';
import { failWith, ok, type InputError, type Result } from '../model/result.js';
import { repeatedKeyErrors } from '../tallies/json-duplicate-keys.js';
import { validateElection } from '../tallies/read-election.js';
import { validateTalliesJson, type TallySheets } from '../tallies/read-tallies-json.js';
import { decodeText } from '../text/decode-text.js';
import { parseJson } from '../text/parse-json.js';
import { readElectionReport, type ReportReading } from './read-election-report.js';
import { announcementDataOf, electionDataOf, reportBoxes, talliesDataOf } from './report-as-inputs.js';

/** Parses and reads an ElectionReport file; a key given twice is refused at its place, as in every JSON input. */
export function readElectionReportFile(file: string, bytes: Uint8Array): Result<ReportReading> {
  const decoded = decodeText(file, bytes, 'utf-8');
  if (!decoded.ok) return decoded;
  const parsed = parseJson(file, decoded.value.text);
  if (!parsed.ok) return parsed;
  const repeated = repeatedKeyErrors(file, decoded.value.text);
  if (repeated.length > 0) return failWith(repeated);
  const read = readElectionReport(file, parsed.value);
  return read.reading && read.errors.length === 0 ? ok(read.reading) : failWith(read.errors);
}

/** The election definition a report states, checked as an election.json is; errors name the report's paths. */
export function electionFromReport(file: string, report: ReportReading): Result<Election> {
  const made = electionDataOf(file, report);
  if (!made.data) return failWith(made.errors);
  const checked = validateElection(file, made.data);
  return checked.ok ? checked : failWith(checked.errors.map((error) => onReport(error, report)));
}

/** The tally sheets a report states, checked as the JSON form of tallies is. */
export function sheetsFromReport(
  file: string,
  report: ReportReading,
  election: Election,
  stated?: { readonly file: string; readonly sheets: readonly BoxSheet[] },
): Result<TallySheets> {
  const made = talliesDataOf(file, report, election, stated);
  if (!made.data) return failWith(made.errors);
  const checked = validateTalliesJson(file, made.data, election);
  return checked.ok ? checked : failWith(checked.errors.map((error) => onReport(error, report)));
}

/** A report read as the announcement to compare with the recount. */
export function announcementFromReport(
  file: string,
  report: ReportReading,
  election?: Election,
): Result<AnnouncedFigures> {
  const read = readAnnouncementJsonText(file, JSON.stringify(announcementDataOf(report, election)));
  return read.ok ? read : failWith(read.errors.map((error) => ({ ...error, path: report.electionPath })));
}

/**
 * An error found in the definition or sheets made from a report, named at the report's own path:
 * `$.contests[1].candidates[2]…` is the second contest's third candidate line, `$.boxes[0]…` the first
 * box's GpUnit.
 */
function onReport(error: InputError, report: ReportReading): InputError {
  const path = error.path ?? '$';
  const contest = /^\$\.contests\[(\d+)\](?:\.candidates\[(\d+)\])?/.exec(path);
  if (contest) {
    const found = report.contests[Number(contest[1])];
    const line = found?.choices.filter((choice) => !choice.writeIn)[Number(contest[2])];
    return { ...error, path: (contest[2] !== undefined ? line?.path : found?.path) ?? report.electionPath };
  }
  const box = /^\$\.boxes\[(\d+)\]/.exec(path);
  if (box) return { ...error, path: reportBoxes(report)[Number(box[1])]?.path ?? '$.GpUnit' };
  return { ...error, path: report.electionPath };
}
