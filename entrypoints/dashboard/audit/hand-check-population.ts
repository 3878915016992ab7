import {
  readBallotIds,
  readBoxIds,
  sha256Hex,
  type FileDigest,
  type Population,
  type Result,
} from '../../../core/index.js';

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
  const read = kind === 'boxes' ? readBoxIds(name, bytes) : readBallotIds(name, bytes);
  if (!read.ok) return read;
  return {
    ok: true,
    value: { population: read.value, source: { name, sha256: sha256Hex(bytes), size: bytes.length } },
  };
}
