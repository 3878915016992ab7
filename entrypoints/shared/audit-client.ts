import * as Comlink from 'comlink';
import type { Progress } from '../../core/index.js';
import type {
  AuditFile,
  AuditOutcome,
  AuditRequest,
  AuditService,
  DigestOutcome,
} from '../../workers/audit-api.js';
import AuditWorker from '../../workers/audit.worker.ts?worker';

/** How long a cancelled audit may take to notice before its worker is stopped outright. */
const CANCEL_GRACE_MS = 2000;

function startWorker(): { worker: Worker; service: Comlink.Remote<AuditService> } {
  const worker = new AuditWorker();
  return { worker, service: Comlink.wrap<AuditService>(worker) };
}

/**
 * The page's handle on the audit worker: one audit at a time. `cancel` asks the worker to stop; if it
 * does not answer in time, the worker is replaced and the audit resolves as cancelled all the same.
 */
export class AuditClient {
  private current = startWorker();
  private abandon: ((outcome: AuditOutcome) => void) | null = null;

  async audit(request: AuditRequest, onProgress: (progress: Progress) => void): Promise<AuditOutcome> {
    const { service } = this.current;
    return new Promise<AuditOutcome>((resolve, reject) => {
      this.abandon = resolve;
      service.audit(request, Comlink.proxy(onProgress)).then(resolve, reject);
    }).finally(() => {
      this.abandon = null;
    });
  }

  /** A file's SHA-256, computed in the worker. */
  digest(file: AuditFile, onProgress: (progress: Progress) => void): Promise<DigestOutcome> {
    return this.current.service.digest(file, Comlink.proxy(onProgress));
  }

  cancel(): void {
    const running = this.current;
    const abandon = this.abandon;
    if (!abandon) return;
    void running.service.cancel();
    setTimeout(() => {
      if (this.abandon !== abandon) return;
      running.worker.terminate();
      this.current = startWorker();
      abandon({ ok: false, cancelled: true });
    }, CANCEL_GRACE_MS);
  }

  dispose(): void {
    this.current.worker.terminate();
  }
}
