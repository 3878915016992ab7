// The bundled sample's ballot records many times over, for tests that need a large ballots.csv with
// known shares: each copy's ballot numbers are made new, so no record repeats.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SAMPLE_BALLOTS = resolve(import.meta.dirname, '../samples/qingshan-village/ballots.csv');

const [HEADER, ...SAMPLE_ROWS] = readFileSync(SAMPLE_BALLOTS, 'utf8').trimEnd().split('\n');

/** The sample's rows, as they are: for a test that plants a repeat of one of them. */
export const sampleBallotRows: readonly string[] = SAMPLE_ROWS;

/** A copy's ballot number for a sample ballot number: by default `3-0000012`, not a number. */
export type Renumber = (copy: number, ballot: string) => string;
const prefixed: Renumber = (copy, ballot) => `${copy}-${ballot}`;

/** A sample row with its ballot number as copy `copy` has it. */
export const copiedRow = (row: string, copy: number, renumber: Renumber = prefixed): string =>
  row.replace(/^([^,]*),([^,]*)/, (_, box: string, ballot: string) => `${box},${renumber(copy, ballot)}`);

/**
 * Writes the sample's ballots `copies` times over to `path`, then the `extra` rows, and returns the
 * number of ballot rows written.
 */
export function writeRepeatedBallots(
  path: string,
  copies: number,
  { extra = [], renumber = prefixed }: { extra?: readonly string[]; renumber?: Renumber } = {},
): number {
  const lines = [HEADER!];
  for (let copy = 0; copy < copies; copy++)
    for (const row of SAMPLE_ROWS) lines.push(copiedRow(row, copy, renumber));
  lines.push(...extra);
  writeFileSync(path, lines.join('\n') + '\n');
  return lines.length - 1;
}
