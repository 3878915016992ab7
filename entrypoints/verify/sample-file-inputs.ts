import { sampleFileKind, type VerifiedSampleFile } from '../../core/index.js';
import type { GivenFile } from './match-inputs';

/** Whether the bytes are a commitment or selection file (by its payload's format), as the CLI's verify tells. */
export function isSampleFile(bytes: Uint8Array): boolean {
  try {
    return sampleFileKind(JSON.parse(new TextDecoder().decode(bytes))) !== null;
  } catch {
    return false; // not JSON: the receipt reader says where
  }
}

/**
 * The ids' file among the input files given: the one the commitment records, by SHA-256 and then by
 * name; without a commitment, or when none is that file, the last given (then the ids are compared and
 * any difference is reported).
 */
export function pickIdsFile<F extends GivenFile>(
  inputs: readonly F[],
  commitment: VerifiedSampleFile | undefined,
): F | undefined {
  const source = commitment?.kind === 'commitment' ? commitment.payload.source : null;
  const recorded = source
    ? (inputs.find((file) => file.sha256 === source.sha256) ??
      inputs.find((file) => file.name === source.name))
    : undefined;
  return recorded ?? inputs[inputs.length - 1];
}
