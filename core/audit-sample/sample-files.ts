import { isoSeconds } from '../receipt/build-receipt-payload.js';
import { toBase64 } from '../receipt/base64.js';
import type { ReceiptSigner } from '../receipt/receipt-format.js';
import { signReceipt } from '../receipt/sign-receipt.js';
import type { SigningKey } from '../receipt/signing-key.js';
import { TOOL, type ToolId } from '../receipt/tool.js';
import type { SampledTicket } from './consistent-sampler.js';
import type { PopulationDigest } from './population.js';

// The two signed files of a hand-check selection (docs/receipt.md, docs/audit.md): first the
// commitment to the ids, signed before the seed is drawn; then the selection, which names it.

export const COMMITMENT_FORMAT = 'tallywitness.commitment/1';
export const SELECTION_FORMAT = 'tallywitness.selection/1';

/** A file by its bytes: name as given, SHA-256 and size. */
export interface FileDigest {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
}

export interface CommitmentPayload {
  readonly format: typeof COMMITMENT_FORMAT;
  readonly tool: ToolId;
  /** The ids any selection must be drawn from. */
  readonly population: PopulationDigest;
  /** The file the ids were read from. */
  readonly source: FileDigest;
  /** The recount's signed receipt, by the SHA-256 of its file, when the commitment follows one. */
  readonly recountReceipt?: FileDigest;
  readonly signedAt: string;
  readonly signer: ReceiptSigner;
}

/** How a selection names the commitment it was drawn under. */
export interface CommitmentReference {
  /** SHA-256 of the commitment file's bytes. */
  readonly sha256: string;
  readonly population: PopulationDigest;
}

/** The draw's parameters, enough to draw it again. */
export interface SelectionDraw {
  readonly seed: string;
  readonly withReplacement: boolean;
  readonly drop: number;
  /** null: every id (without replacement only). */
  readonly take: number | null;
  readonly digits: number;
}

export interface SelectionPayload extends SelectionDraw {
  readonly format: typeof SELECTION_FORMAT;
  readonly tool: ToolId;
  readonly commitment: CommitmentReference;
  readonly sample: readonly SampledTicket[];
  readonly signedAt: string;
  readonly signer: ReceiptSigner;
}

export interface SignedCommitment {
  readonly payload: CommitmentPayload;
  readonly signature: string;
}

export interface SignedSelection {
  readonly payload: SelectionPayload;
  readonly signature: string;
}

interface Signing {
  readonly key: SigningKey;
  readonly label?: string;
  readonly signedAt?: Date;
}

function signerOf(signing: Signing): ReceiptSigner {
  return { publicKey: toBase64(signing.key.publicKey), ...(signing.label ? { label: signing.label } : {}) };
}

/** Signs a commitment to a population: do this, and hand the file round, before the seed is drawn. */
export function createCommitment(
  init: Signing & {
    readonly population: PopulationDigest;
    readonly source: FileDigest;
    readonly recountReceipt?: FileDigest;
  },
): SignedCommitment {
  const payload: CommitmentPayload = {
    format: COMMITMENT_FORMAT,
    tool: { name: TOOL.name, version: TOOL.version },
    population: init.population,
    source: init.source,
    ...(init.recountReceipt ? { recountReceipt: init.recountReceipt } : {}),
    signedAt: isoSeconds(init.signedAt ?? new Date()),
    signer: signerOf(init),
  };
  return signReceipt(payload, init.key.secretKey);
}

/** Signs a selection drawn under a commitment. */
export function createSelection(
  init: Signing & {
    readonly commitment: CommitmentReference;
    readonly draw: SelectionDraw;
    readonly sample: readonly SampledTicket[];
  },
): SignedSelection {
  const { seed, withReplacement, drop, take, digits } = init.draw;
  const payload: SelectionPayload = {
    format: SELECTION_FORMAT,
    tool: { name: TOOL.name, version: TOOL.version },
    commitment: init.commitment,
    seed,
    withReplacement,
    drop,
    take,
    digits,
    sample: init.sample.map(({ ticket, id, generation }) => ({ ticket, id, generation })),
    signedAt: isoSeconds(init.signedAt ?? new Date()),
    signer: signerOf(init),
  };
  return signReceipt(payload, init.key.secretKey);
}
