// The Node worker thread of the command line: the same audit service as the browser's worker, so both
// run one code path. The main thread talks to it through comlink's Node adapter.
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createAuditService } from '../workers/audit-service.js';
import { nodePlatform } from './node-platform.js';

if (!parentPort) throw new Error('audit-thread must run in a worker thread');
Comlink.expose(createAuditService(nodePlatform), nodeEndpoint(parentPort));
