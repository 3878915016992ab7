import {
  runAudit,
  type AuditSources,
  type ByteSource,
  type HasherFactory,
  type InputError,
  type InputRole,
  type PartedBallotFile,
  type Progress,
} from '../core/index.js';
import type { AuditFile, AuditOutcome, AuditRequest, AuditService } from './audit-api.js';
import { atMostEvery } from './at-most-every.js';
import { fileErrorMessage } from './file-system-error.js';

/** What differs between the browser worker and the Node worker thread: how a file is read and hashed. */
export interface AuditPlatform {
  open(file: AuditFile, role: InputRole): ByteSource;
  readonly hasher: HasherFactory;
}

const ROLES = [
  'election',
  'boxes',
  'tallies',
  'ballots',
  'announcement',
] as const satisfies readonly InputRole[];

/** Progress reaches the page at most this often, so a fast read does not flood the message channel. */
const PROGRESS_INTERVAL_MS = 100;

function throttled(
  report: ((progress: Progress) => void) | undefined,
): ((progress: Progress) => void) | undefined {
  if (!report) return undefined;
  // The last report is never held back: a bar must reach its end.
  return atMostEvery(
    report,
    PROGRESS_INTERVAL_MS,
    (progress) => progress.totalBytes !== null && progress.bytesRead >= progress.totalBytes,
  );
}

/** A file that cannot be opened or read (missing, a folder, no permission, changed since it was picked). */
function unreadable(file: string, error: unknown): InputError {
  return { file, message: fileErrorMessage(error, 'read') };
}

/** A failure of the file system or of the browser's file reading, as opposed to a fault of the audit. */
function isReadFailure(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === 'NotReadableError' || (typeof code === 'string' && /^E[A-Z]+$/.test(code));
}

/** Read failures with the name of the input they came from, recorded where the input is read. */
class ReadFailures {
  private readonly files = new WeakMap<Error, string>();

  /** The same source, recording which file a read failure comes from. */
  naming(source: ByteSource): ByteSource {
    const naming = <T>(reading: AsyncIterable<T>) => this.namingReads(source.name, reading);
    const { parts } = source;
    return {
      name: source.name,
      role: source.role,
      ...(source.size !== undefined ? { size: source.size } : {}),
      chunks: () => naming(source.chunks()),
      ...(parts
        ? {
            parts: {
              size: parts.size,
              read: (from, to) => naming(parts.read(from, to)),
              sha256: () => parts.sha256().catch((error: unknown) => this.record(source.name, error)),
              countPart: (task, onProgress, signal) => parts.countPart(task, onProgress, signal),
            } satisfies PartedBallotFile,
          }
        : {}),
    };
  }

  private async *namingReads<T>(file: string, reading: AsyncIterable<T>): AsyncIterable<T> {
    try {
      yield* reading;
    } catch (error) {
      this.record(file, error);
    }
  }

  private record(file: string, error: unknown): never {
    if (isReadFailure(error)) this.files.set(error, file);
    throw error;
  }

  fileOf(error: unknown): string | null {
    return error instanceof Error ? (this.files.get(error) ?? null) : null;
  }
}

/** The audit worker's API, the same on every platform: one audit at a time, cancellable. */
export function createAuditService(platform: AuditPlatform): AuditService {
  let running: AbortController | null = null;
  return {
    async audit(request: AuditRequest, onProgress?: (progress: Progress) => void): Promise<AuditOutcome> {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      const sources: { -readonly [R in InputRole]?: ByteSource } = {};
      const readFailures = new ReadFailures();
      for (const role of ROLES) {
        const file = request[role];
        if (!file) continue;
        try {
          sources[role] = readFailures.naming(platform.open(file, role));
        } catch (error) {
          return { ok: false, errors: [unreadable(file.name, error)] };
        }
      }
      try {
        const result = await runAudit(sources as AuditSources, {
          lang: request.lang,
          hasher: platform.hasher,
          signal: controller.signal,
          ...(request.encoding ? { encoding: request.encoding } : {}),
          ...(request.announcementRules ? { announcementRules: request.announcementRules } : {}),
          ...(request.receiptRules ? { receiptRules: request.receiptRules } : {}),
          ...(onProgress ? { onProgress: throttled(onProgress) } : {}),
        });
        if (controller.signal.aborted) return { ok: false, cancelled: true };
        return result.ok ? { ok: true, report: result.value } : { ok: false, errors: result.errors };
      } catch (error) {
        if (controller.signal.aborted) return { ok: false, cancelled: true };
        const failed = readFailures.fileOf(error);
        if (failed) return { ok: false, errors: [unreadable(failed, error)] };
        throw error;
      } finally {
        if (running === controller) running = null;
      }
    },
    cancel() {
      running?.abort();
    },
    async digest(file, onProgress) {
      const readFailures = new ReadFailures();
      const report = throttled(onProgress);
      try {
        // Read as ballot records are: the platform's way for large files.
        const source = readFailures.naming(platform.open(file, 'ballots'));
        const hash = platform.hasher();
        let bytesRead = 0;
        for await (const chunk of source.chunks()) {
          hash.update(chunk);
          bytesRead += chunk.byteLength;
          report?.({ file: file.name, bytesRead, totalBytes: source.size ?? null, rows: 0 });
        }
        return { ok: true, sha256: await hash.digestHex() };
      } catch (error) {
        if (isReadFailure(error))
          return { ok: false, errors: [unreadable(readFailures.fileOf(error) ?? file.name, error)] };
        throw error;
      }
    },
  };
}
