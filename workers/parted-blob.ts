import { bytesToHex } from '@noble/hashes/utils.js';
import * as Comlink from 'comlink';
import type { BallotPartCount, BallotPartTask, PartedBallotFile, PartProgress } from '../core/index.js';
import { blobChunks } from './blob-chunks.js';

/** What the browser's second counting worker (count-part.worker.ts) offers. */
export interface BlobPartCounter {
  count(
    blob: Blob,
    task: BallotPartTask,
    onProgress: (progress: PartProgress) => void,
  ): Promise<BallotPartCount | null>;
}

/**
 * Ballot files up to this size are hashed by WebCrypto, read once more as one ArrayBuffer: native
 * SHA-256 off the counting threads, so that two workers can count (docs/performance.md, the browser
 * table). The buffer costs the file's size in memory while the count runs; larger files are hashed
 * in a stream by @noble/hashes in the hash worker, as before, in bounded memory.
 */
export const WHOLE_DIGEST_MAX_BYTES = 256 * 2 ** 20;

/** A second counter: the count-part worker as comlink wraps it, and how to stop it. */
export interface StartedCounter {
  readonly counter: BlobPartCounter;
  terminate(): void;
  /** Settles if the worker fails outside a call (its script does not load): comlink would wait forever. */
  readonly failed?: Promise<unknown>;
}

/**
 * A ballot file picked in the browser, offered in parts (core/ballots/count-in-parts.ts): read with
 * `Blob.slice`, hashed whole by WebCrypto, the second part counted by a worker `startCounter` starts
 * for it (none: the audit worker reads the second part itself, one counting thread).
 */
export function partedBlob(blob: Blob, startCounter: (() => StartedCounter) | null): PartedBallotFile {
  return {
    size: blob.size,
    read: (from, to) => blobChunks(blob.slice(from, to)),
    sha256: async () => {
      const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
      return bytesToHex(new Uint8Array(digest));
    },
    countPart: (task, onProgress, signal) => {
      if (!startCounter || signal.aborted) return Promise.resolve(null);
      const { counter, terminate, failed } = startCounter();
      return new Promise<BallotPartCount | null>((resolve, reject) => {
        // Cancel, the count no longer wanted, or the worker failed: it is stopped, its part not taken.
        const stop = () => {
          terminate();
          resolve(null);
        };
        signal.addEventListener('abort', stop, { once: true });
        // A worker that fails leaves the second part to the audit worker, which reads on (one counter).
        void failed?.then(stop, stop);
        counter.count(blob, task, Comlink.proxy(onProgress)).then(
          (counted) => {
            signal.removeEventListener('abort', stop);
            terminate();
            resolve(counted);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', stop);
            terminate();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  };
}
