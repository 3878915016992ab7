import {
  readBallotIds,
  readBoxIds,
  sha256Hex,
  type FileDigest,
  type Population,
  type Result,
} from '../../../core/index.js';

/** Ids are read in the page: beyond this a ballots file is left to the command line. */
export const PAGE_ID_FILE_LIMIT = 256 * 1024 * 1024;

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
