// The command line's second counting thread: counts the second part of a large ballot file while the
// audit thread reads the first (core/ballots/count-in-parts.ts). It speaks comlink over the port the
// main thread hands it, whose other end is the audit thread's.
import { workerData, type MessagePort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import {
  countBallotPart,
  type BallotPartCount,
  type BallotPartTask,
  type PartProgress,
} from '../core/index.js';
import { atMostEvery } from '../workers/at-most-every.js';
import { alternatingBufferChunks } from './node-platform.js';

/** Progress reaches the audit thread at most this often. */
const PROGRESS_INTERVAL_MS = 50;

export interface PartCounter {
  count(
    path: string,
    task: BallotPartTask,
    onProgress: (progress: PartProgress) => void,
  ): Promise<BallotPartCount | null>;
  cancel(): void;
}

let running: AbortController | null = null;

const counter: PartCounter = {
  async count(path, task, onProgress) {
    const controller = new AbortController();
    running = controller;
    const report = atMostEvery((progress: PartProgress) => void onProgress(progress), PROGRESS_INTERVAL_MS);
    try {
      const counted = await countBallotPart(
        task,
        alternatingBufferChunks(path, undefined, task.from, task.to),
        report,
        controller.signal,
      );
      // The fingerprint table can be large: handed over, not copied.
      return counted ? Comlink.transfer(counted, [counted.ids.high.buffer, counted.ids.low.buffer]) : null;
    } catch (error) {
      if (controller.signal.aborted) return null;
      throw error;
    } finally {
      if (running === controller) running = null;
    }
  },
  cancel() {
    running?.abort();
  },
};

const port = (workerData as { port: MessagePort }).port;
Comlink.expose(counter, nodeEndpoint(port));
