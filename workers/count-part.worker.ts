// The browser's second counting worker: counts the second part of a large ballot file from the same
// Blob while the audit worker reads the first (core/ballots/count-in-parts.ts, workers/parted-blob.ts).
import * as Comlink from 'comlink';
// From its module, not the core's index: the worker's bundle then holds the reader, not the whole core.
import { countBallotPart } from '../core/ballots/ballot-parts.js';
import { atMostEvery } from './at-most-every.js';
import { blobChunks } from './blob-chunks.js';
import type { BlobPartCounter } from './parted-blob.js';

/** Progress reaches the audit worker at most this often. */
const PROGRESS_INTERVAL_MS = 50;

const counter: BlobPartCounter = {
  async count(blob, task, onProgress) {
    const counted = await countBallotPart(
      task,
      blobChunks(blob.slice(task.from, task.to)),
      atMostEvery((progress) => void onProgress(progress), PROGRESS_INTERVAL_MS),
    );
    // The fingerprint table can be large: handed over, not copied.
    return counted ? Comlink.transfer(counted, [counted.ids.high.buffer, counted.ids.low.buffer]) : null;
  },
};

Comlink.expose(counter);
