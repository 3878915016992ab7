// Public surface of core/typed-sheets: tally sheets typed in by hand, box by box, checked as they are typed.
export {
  BOX_FIGURES,
  cellKey,
  cellText,
  emptyTypedBox,
  gridCells,
  withCell,
  writeInLines,
  type BoxFigure,
  type CellId,
  type TypedBox,
  type TypedWriteIn,
} from './typed-box.js';
export { readTypedBox, type CellProblem, type TypedBoxReading } from './read-typed-box.js';
export { checkTypedBox } from './check-typed-box.js';
export { typedSheetsCsv, type SheetsNotReady, type TypedSheetsCsv } from './typed-sheets-csv.js';
