import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../receipt/canonical-json.js';
import { compareCodePoints } from './ticket-heap.js';

/** What the ids name: boxes of boxes.csv, `BOX/BALLOT` of ballots.csv, or lines of a plain list. */
export type PopulationKind = 'boxes' | 'ballots' | 'ids';

/** The ids to draw from, and the file they were read from. */
export interface Population {
  readonly kind: PopulationKind;
  readonly ids: readonly string[];
}

/** What a commitment fixes about a population: its kind, its size, and the digest of its sorted ids. */
export interface PopulationDigest {
  readonly kind: PopulationKind;
  readonly count: number;
  /**
   * SHA-256 of the UTF-8 bytes of the RFC 8785 canonical JSON array of the ids sorted by Unicode code
   * point (Python's `sorted`): the order the file lists them in does not matter, any id added, dropped
   * or changed does.
   */
  readonly sha256: string;
}

const utf8 = new TextEncoder();

export function populationDigest(population: Population): PopulationDigest {
  const sorted = [...population.ids].sort(compareCodePoints);
  return {
    kind: population.kind,
    count: sorted.length,
    sha256: bytesToHex(sha256(utf8.encode(canonicalJson(sorted)))),
  };
}
