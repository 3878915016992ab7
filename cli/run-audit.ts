import { MessageChannel, Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { Progress } from '../core/index.js';
import type { AuditOutcome, AuditRequest, AuditService } from '../workers/audit-api.js';
import { serveHashes, type HashReply, type HashRequest } from '../workers/background-hasher.js';
import { browserStylePort } from './browser-style-port.js';
import { nodeSha256Hasher } from './node-platform.js';

/**
 * Runs one audit in a Node worker thread through comlink, as the extension does in a Web Worker, while
 * this thread, otherwise idle, computes the inputs' SHA-256 from the chunks the worker posts: counting
 * and hashing overlap on two cores. The thread's module sits beside this bundle (dist/cli/audit-thread.mjs).
 */
export async function auditInWorker(
  request: AuditRequest,
  onProgress?: (progress: Progress) => void,
  threadUrl: URL = new URL('./audit-thread.mjs', import.meta.url),
): Promise<AuditOutcome> {
  const hashing = new MessageChannel();
  serveHashes(browserStylePort<HashRequest, HashReply>(hashing.port1), nodeSha256Hasher);
  const worker = new Worker(threadUrl, {
    workerData: { hashPort: hashing.port2 },
    transferList: [hashing.port2],
  });
  const service = Comlink.wrap<AuditService>(nodeEndpoint(worker));
  try {
    return await service.audit(request, onProgress ? Comlink.proxy(onProgress) : undefined);
  } finally {
    service[Comlink.releaseProxy]();
    hashing.port1.close();
    await worker.terminate();
  }
}
