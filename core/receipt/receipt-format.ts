import type { InputDigest, Report } from '../model/report.js';
import type { ToolId } from './tool.js';
import type { AuditRecord } from '../audit-math/audit-record.js';

/** Receipt format (docs/receipt.md, docs/receipt.schema.json). A new major version gets a new string. */
export const RECEIPT_FORMAT = 'tallywitness.receipt/1';
export const BUNDLE_FORMAT = 'tallywitness.bundle/1';

/** JSON values, as a receipt may carry them. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The rule pack a report was made under, and the parameters it applied. */
export interface RulesUsed {
  /** The exact pack version (`cn-village@2025`): re-verifying applies this one. */
  readonly id: string;
  /** The text that version encodes and the days it is in force; absent for a pack without versions. */
  readonly version?: {
    readonly label: string;
    readonly statute: { readonly zh: string; readonly en: string };
    readonly from: string;
    readonly until?: string;
  };
  readonly params: { readonly [key: string]: JsonValue };
}

/** Where the official announcement was taken from, when it was captured from a web page. */
export interface AnnouncementSource {
  readonly url: string;
  readonly title: string;
  /** ISO 8601. */
  readonly capturedAt: string;
  /** Lower-case hex SHA-256 of the captured text (UTF-8). */
  readonly sha256: string;
}

/** Who signs: inside the payload, so that the key and the name the signer chose are signed too. */
export interface ReceiptSigner {
  /** Raw 32-byte Ed25519 public key, base64. */
  readonly publicKey: string;
  /** A name the signer chose ("observer Li, township 3"); signed, but vouched for by no one else. */
  readonly label?: string;
}

/** What is signed: its RFC 8785 canonical UTF-8 bytes. */
export interface ReceiptPayload {
  readonly format: typeof RECEIPT_FORMAT;
  readonly tool: ToolId;
  readonly rules: RulesUsed;
  /** The same list as `report.inputs`, repeated at the top for readers who check inputs by hand. */
  readonly inputs: readonly InputDigest[];
  readonly announcementSource?: AnnouncementSource;
  readonly report: Report;
  /** Optional: a risk-limiting audit's rounds and decision (docs/receipt.md, core/audit-math/audit-record.ts). */
  readonly audit?: AuditRecord;
  /** ISO 8601, UTC, whole seconds. */
  readonly signedAt: string;
  readonly signer: ReceiptSigner;
}

export interface Receipt {
  readonly payload: ReceiptPayload;
  /** Detached Ed25519 signature over canonicalBytes(payload) by payload.signer.publicKey, base64 (64 bytes). */
  readonly signature: string;
}
