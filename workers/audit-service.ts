import {
  runAudit,
  type AuditSources,
  type ByteSource,
  type HasherFactory,
  type InputError,
  type InputRole,
  type Progress,
} from '../core/index.js';
import type { AuditFile, AuditOutcome, AuditRequest, AuditService } from './audit-api.js';

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
  let last = 0;
  return (progress) => {
    const now = Date.now();
    const finished = progress.totalBytes !== null && progress.bytesRead >= progress.totalBytes;
    if (finished || now - last >= PROGRESS_INTERVAL_MS) {
      last = now;
      report(progress);
    }
  };
}

/** A file that cannot be opened or read (missing, a folder, no permission, changed since it was picked). */
function unreadable(file: string, error: unknown): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return { file, message: { zh: `无法读取该文件（${reason}）`, en: `cannot read the file (${reason})` } };
}

/** The input a read failure concerns: Node names the path, the browser says NotReadableError. */
function failedFile(error: unknown, sources: { readonly [R in InputRole]?: ByteSource }): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  const isReadFailure =
    error.name === 'NotReadableError' || (typeof code === 'string' && /^E[A-Z]+$/.test(code));
  if (!isReadFailure) return null;
  const named = Object.values(sources).find((source) => source && error.message.includes(source.name));
  return named?.name ?? Object.values(sources).find(Boolean)?.name ?? '(input)';
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
      for (const role of ROLES) {
        const file = request[role];
        if (!file) continue;
        try {
          sources[role] = platform.open(file, role);
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
          ...(onProgress ? { onProgress: throttled(onProgress) } : {}),
        });
        if (controller.signal.aborted) return { ok: false, cancelled: true };
        return result.ok ? { ok: true, report: result.value } : { ok: false, errors: result.errors };
      } catch (error) {
        if (controller.signal.aborted) return { ok: false, cancelled: true };
        const failed = failedFile(error, sources);
        if (failed) return { ok: false, errors: [unreadable(failed, error)] };
        throw error;
      } finally {
        if (running === controller) running = null;
      }
    },
    cancel() {
      running?.abort();
    },
  };
}
