// The Node worker thread of the command line: the same audit service as the browser's worker, so both
// run one code path. The main thread talks to it through comlink's Node adapter and, when it passes a
// port for it, hashes the inputs while this thread counts them (as the browser's hash worker does).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createAuditService } from '../workers/audit-service.js';
import { BackgroundHasher, type HashReply, type HashRequest } from '../workers/background-hasher.js';
import { browserStylePort } from './browser-style-port.js';
import { nodePlatform, nodePlatformHashingElsewhere } from './node-platform.js';

if (!parentPort) throw new Error('audit-thread must run in a worker thread');

const hashPort = (workerData as { hashPort?: MessagePort } | null)?.hashPort;
const platform = hashPort
  ? nodePlatformHashingElsewhere(new BackgroundHasher(browserStylePort<HashReply, HashRequest>(hashPort)))
  : nodePlatform;
Comlink.expose(createAuditService(platform), nodeEndpoint(parentPort));
