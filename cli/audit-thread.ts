// The Node worker thread of the command line: the same audit service as the browser's worker, so both
// run one code path. The main thread talks to it through comlink's Node adapter and, when it passes a
// port for it, hashes the inputs while this thread counts them (as the browser's hash worker does).
// For a large ballot file it also passes a second counting thread's port and its own whole-file hasher.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createAuditService } from '../workers/audit-service.js';
import { BackgroundHasher, type HashReply, type HashRequest } from '../workers/background-hasher.js';
import { browserStylePort } from './browser-style-port.js';
import { nodePlatform, nodePlatformHashingElsewhere } from './node-platform.js';
import { partHelpers } from './part-helpers.js';
import type { PartsWorkerData } from './run-audit.js';

if (!parentPort) throw new Error('audit-thread must run in a worker thread');

const data = workerData as { hashPort?: MessagePort; parts?: PartsWorkerData } | null;
const platform = data?.hashPort
  ? nodePlatformHashingElsewhere(
      new BackgroundHasher(browserStylePort<HashReply, HashRequest>(data.hashPort)),
      data.parts ? partHelpers(data.parts) : undefined,
    )
  : nodePlatform;
Comlink.expose(createAuditService(platform), nodeEndpoint(parentPort));
