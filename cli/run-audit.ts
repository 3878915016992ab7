import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { NIST_SNIFF_BYTES, nistFormatOfBytes, PARTS_FROM_BYTES, type Progress } from '../core/index.js';
import type { AuditOutcome, AuditRequest, AuditService } from '../workers/audit-api.js';
import { serveHashes, type HashReply, type HashRequest } from '../workers/background-hasher.js';
import { browserStylePort } from './browser-style-port.js';
import { nodeSha256Hasher } from './node-platform.js';
import { fileHasher } from './whole-file-hash.js';

/** What the audit thread is handed to count a large ballot file in two parts. */
export interface PartsWorkerData {
  /** comlink to the second counting thread (count-part-thread.ts). */
  readonly counterPort: MessagePort;
  /** comlink to this thread's whole-file hasher. */
  readonly fileHashPort: MessagePort;
  readonly partsFrom: number;
}

/**
 * Ballot files from this size up are counted in two parts; PARTS_FROM_BYTES unless the environment
 * says otherwise (TALLYWITNESS_PARTS_FROM, in bytes: for tests, or a machine measured otherwise).
 */
function partsThreshold(): number {
  const set = Number(process.env.TALLYWITNESS_PARTS_FROM);
  return process.env.TALLYWITNESS_PARTS_FROM && Number.isSafeInteger(set) && set >= 0
    ? set
    : PARTS_FROM_BYTES;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1; // the audit thread reports it, naming the file
  }
}

/** Whether a file is a NIST report by its first bytes: one is streamed as JSON, never cut in parts. */
function isNistReport(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = new Uint8Array(NIST_SNIFF_BYTES);
      return nistFormatOfBytes(head.subarray(0, readSync(fd, head, 0, head.length, 0))) !== null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // the audit thread reports it, naming the file
  }
}

/**
 * Runs one audit in a Node worker thread through comlink, as the extension does in a Web Worker, while
 * this thread, otherwise idle, computes the inputs' SHA-256 from the chunks the worker posts: counting
 * and hashing overlap on two cores. A ballot file from the threshold up (on a machine with two cores or
 * more) is counted by the audit thread and a second thread in two parts, and hashed here from a read of
 * its own. The threads' modules sit beside this bundle (dist/cli/*.mjs).
 */
export async function auditInWorker(
  request: AuditRequest,
  onProgress?: (progress: Progress) => void,
  modules: URL = new URL('./', import.meta.url),
): Promise<AuditOutcome> {
  const hashing = new MessageChannel();
  serveHashes(browserStylePort<HashRequest, HashReply>(hashing.port1), nodeSha256Hasher);
  const partsFrom = partsThreshold();
  const ballots = request.ballots && 'path' in request.ballots ? request.ballots.path : null;
  const inParts =
    ballots !== null && availableParallelism() >= 2 && sizeOf(ballots) >= partsFrom && !isNistReport(ballots);
  let partThread: Worker | null = null;
  let parts: PartsWorkerData | null = null;
  let fileHashing: MessageChannel | null = null;
  const hashingDone = new AbortController();
  if (inParts) {
    const counting = new MessageChannel();
    fileHashing = new MessageChannel();
    Comlink.expose(fileHasher(hashingDone.signal), nodeEndpoint(fileHashing.port1));
    partThread = new Worker(new URL('count-part-thread.mjs', modules), {
      workerData: { port: counting.port2 },
      transferList: [counting.port2],
    });
    parts = { counterPort: counting.port1, fileHashPort: fileHashing.port2, partsFrom };
  }
  const worker = new Worker(new URL('audit-thread.mjs', modules), {
    workerData: { hashPort: hashing.port2, ...(parts ? { parts } : {}) },
    transferList: [hashing.port2, ...(parts ? [parts.counterPort, parts.fileHashPort] : [])],
  });
  const service = Comlink.wrap<AuditService>(nodeEndpoint(worker));
  try {
    return await service.audit(request, onProgress ? Comlink.proxy(onProgress) : undefined);
  } finally {
    service[Comlink.releaseProxy]();
    hashing.port1.close();
    hashingDone.abort(); // a hash no longer awaited (the audit failed early) stops reading
    fileHashing?.port1.close();
    await Promise.all([worker.terminate(), partThread?.terminate()]);
  }
}
