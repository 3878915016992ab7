// Public surface of core/tallies: the readers of the election definition and of the tally sheets.
export { readElection, validateElection, ELECTION_FORMAT } from './read-election.js';
export { readBoxes, readBoxesText, type CsvReadOptions } from './read-boxes.js';
export { readTallies, readTalliesText } from './read-tallies.js';
export {
  readTalliesJson,
  validateTalliesJson,
  TALLIES_FORMAT,
  type TallySheets,
} from './read-tallies-json.js';
export { readTallyFiles, type TallyFile, type TallyFileInputs } from './read-tally-files.js';
export { countFromCell, countFromJson, type CountReading } from './count.js';
export {
  BOX_COLUMNS,
  TALLY_COLUMNS,
  type ColumnSpec,
  type BoxColumn,
  type TallyColumn,
} from './csv-columns.js';
export { ERROR_LIMIT } from './input-errors.js';
