// A second worker that hashes the inputs while the audit worker counts them, so that SHA-256 in
// JavaScript (the browser has no streaming SHA-256 of its own) and the recount run on two cores.
// The audit worker posts a copy of every chunk it reads; each input is one hash, named by a number.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** From the audit worker: a chunk of input `id` (its buffer transferred), or the end of that input. */
export type HashRequest =
  | { readonly type: 'update'; readonly id: number; readonly chunk: Uint8Array }
  | { readonly type: 'digest'; readonly id: number };

/** To the audit worker: a chunk is hashed (so the reader may run ahead again), or an input's digest. */
export type HashReply =
  | { readonly type: 'hashed'; readonly id: number; readonly bytes: number }
  | { readonly type: 'digest'; readonly id: number; readonly hex: string };

/** The worker's global scope, typed without the WebWorker lib. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<HashRequest>) => void) | null;
  postMessage(message: HashReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const hashes = new Map<number, ReturnType<typeof sha256.create>>();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'update') {
    let hash = hashes.get(request.id);
    if (!hash) hashes.set(request.id, (hash = sha256.create()));
    hash.update(request.chunk);
    scope.postMessage({ type: 'hashed', id: request.id, bytes: request.chunk.byteLength });
  } else {
    const hash = hashes.get(request.id) ?? sha256.create();
    hashes.delete(request.id);
    scope.postMessage({ type: 'digest', id: request.id, hex: bytesToHex(hash.digest()) });
  }
};
