import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Progress } from '../core/index.js';
import type { AuditOutcome, AuditRequest, AuditService } from '../workers/audit-api.js';

/**
 * Runs one audit in a Node worker thread through comlink, as the extension does in a Web Worker.
 * The thread's module sits beside this bundle (dist/cli/audit-thread.mjs).
 */
export async function auditInWorker(
  request: AuditRequest,
  onProgress?: (progress: Progress) => void,
  threadUrl: URL = new URL('./audit-thread.mjs', import.meta.url),
): Promise<AuditOutcome> {
  const worker = new Worker(threadUrl);
  const service = Comlink.wrap<AuditService>(nodeEndpoint(worker));
  try {
    return await service.audit(request, onProgress ? Comlink.proxy(onProgress) : undefined);
  } finally {
    service[Comlink.releaseProxy]();
    await worker.terminate();
  }
}
