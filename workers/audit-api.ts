import type {
  AnnouncementRules,
  InputError,
  InputRole,
  Lang,
  Progress,
  Report,
  TextEncodingName,
} from '../core/index.js';

/**
 * The API of the audit worker, the same in the browser (a Web Worker) and on the command line
 * (a Node worker thread), both through comlink. Everything crossing it is plain data: expected
 * failures come back as `AuditOutcome` values, never as thrown errors.
 */

/** A file handed to the worker: a Blob/File in the browser (not copied), a path in Node. */
export type AuditFile =
  | { readonly name: string; readonly blob: Blob }
  | { readonly name: string; readonly path: string }
  | { readonly name: string; readonly bytes: Uint8Array };

export interface AuditRequest {
  /** Absent when only an announcement is checked on its own. */
  readonly election?: AuditFile;
  readonly boxes?: AuditFile;
  readonly tallies?: AuditFile;
  readonly ballots?: AuditFile;
  readonly announcement?: AuditFile;
  /** Forces the text encoding of CSV inputs; detected when absent. */
  readonly encoding?: TextEncodingName;
  /** The language of the report's messages. */
  readonly lang: Lang;
  /** With an announcement alone: the rule pack (and round) that judges its own figures. */
  readonly announcementRules?: AnnouncementRules;
  /** Re-verifying a receipt: the exact pack version it names, applied whatever the election's date. */
  readonly receiptRules?: string;
}

export type AuditOutcome =
  | { readonly ok: true; readonly report: Report }
  | { readonly ok: false; readonly errors: readonly InputError[] }
  | { readonly ok: false; readonly cancelled: true };

export type DigestOutcome =
  | { readonly ok: true; readonly sha256: string }
  | { readonly ok: false; readonly errors: readonly InputError[] };

export interface AuditService {
  /** Runs the whole audit. `onProgress` is a comlink proxy, called at most a few times a second. */
  audit(request: AuditRequest, onProgress?: (progress: Progress) => void): Promise<AuditOutcome>;
  /** Stops the running audit; it resolves with `{ ok: false, cancelled: true }`. */
  cancel(): void;
  /**
   * The lower-case hex SHA-256 of one file, streamed through the worker's hasher (in the browser, the
   * hash worker), so that a page matching files to a receipt stays responsive on large ones.
   */
  digest(file: AuditFile, onProgress?: (progress: Progress) => void): Promise<DigestOutcome>;
}

export type { InputRole };
