import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { PartCounter } from './count-part-thread.js';
import type { PartHelpers } from './node-platform.js';
import type { PartsWorkerData } from './run-audit.js';
import type { FileHasher } from './whole-file-hash.js';

/**
 * The audit thread's side of counting a large ballot file in two parts: the second counting thread and
 * the main thread's whole-file hasher, reached through comlink over the ports the main thread handed over.
 */
export function partHelpers(parts: PartsWorkerData): PartHelpers {
  const counter = Comlink.wrap<PartCounter>(nodeEndpoint(parts.counterPort));
  const hasher = Comlink.wrap<FileHasher>(nodeEndpoint(parts.fileHashPort));
  return {
    partsFrom: parts.partsFrom,
    async countPart(path, task, onProgress, signal) {
      const cancel = () => void counter.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        return await counter.count(path, task, Comlink.proxy(onProgress));
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
    async sha256(path) {
      const outcome = await hasher.sha256(path);
      if (outcome.ok) return outcome.sha256;
      // Reported as a read failure of the file (audit-service.ts tells them by their code).
      throw Object.assign(new Error(outcome.message), { code: outcome.code });
    },
  };
}
