import { cellKey, type TypedBoxReading } from '../../core/index.js';

/** The one thing to do next on the page, and the cell or box it takes the observer to. */
export type NextStep =
  | { readonly kind: 'name'; readonly target: string }
  | {
      readonly kind: 'fix' | 'type';
      readonly target: string;
      readonly cell: TypedBoxReading['missing'][number];
    }
  | { readonly kind: 'box'; readonly box: number }
  | { readonly kind: 'finish' };

/** Whether a box is named (once) and has every cell typed and readable. */
export const isWhole = (reading: TypedBoxReading, named: boolean): boolean =>
  named && reading.missing.length === 0 && reading.problems.length === 0;

/**
 * The next step: in the box on screen, its name, then the first cell to correct, then the first to
 * type; when it is whole, the first box that is not; when every box is, to finish.
 */
export function nextStep(readings: readonly TypedBoxReading[], current: number): NextStep {
  const names = readings.map((reading) => reading.sheet.box);
  const named = (index: number) =>
    names[index] !== '' && names.indexOf(names[index]!) === names.lastIndexOf(names[index]!);
  const reading = readings[current];
  if (reading) {
    if (!named(current)) return { kind: 'name', target: 'box-name' };
    const problem = reading.problems[0];
    if (problem) return { kind: 'fix', target: cellKey(problem.cell), cell: problem.cell };
    const missing = reading.missing[0];
    if (missing) return { kind: 'type', target: cellKey(missing), cell: missing };
  }
  const other = readings.findIndex((each, index) => !isWhole(each, named(index)));
  return other === -1 ? { kind: 'finish' } : { kind: 'box', box: other };
}
