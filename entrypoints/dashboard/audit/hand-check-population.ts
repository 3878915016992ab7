import { readPopulationFile, type FileDigest, type Population, type Result } from '../../../core/index.js';

/**
 * Ids are read whole in the page, about 18 bytes of memory per byte of ballots.csv (22 MB took 390 MB):
 * beyond this a file is left to the command line.
 */
export const PAGE_ID_FILE_LIMIT = 32 * 1024 * 1024;

export interface ReadPopulation {
  readonly population: Population;
  readonly source: FileDigest;
}

/**
 * The ids of the boxes or ballots file, read by the same code as `tallywitness sample --boxes/--ballots`,
 * with the file's digest, which the commitment records.
 */
export function populationFromBytes(
  kind: 'boxes' | 'ballots',
  name: string,
  bytes: Uint8Array,
): Result<ReadPopulation> {
  return readPopulationFile(kind, name, bytes);
}
