import type { MessagePort } from 'node:worker_threads';

/** A port as the browser's Worker and MessagePort present one: events carry `data`, errors a `message`. */
export interface BrowserStylePort<Incoming, Outgoing> {
  onmessage: ((event: { readonly data: Incoming }) => void) | null;
  onerror: ((event: { readonly message: string }) => void) | null;
  postMessage(message: Outgoing, transfer?: Transferable[]): void;
}

/**
 * A Node MessagePort behind the browser's shape, so that code written for workers in the browser
 * (the background hasher and its other end) runs over a Node port unchanged.
 */
export function browserStylePort<Incoming, Outgoing>(
  port: MessagePort,
): BrowserStylePort<Incoming, Outgoing> {
  const adapted: BrowserStylePort<Incoming, Outgoing> = {
    onmessage: null,
    onerror: null,
    postMessage: (message, transfer = []) => port.postMessage(message, transfer as ArrayBuffer[]),
  };
  port.on('message', (data: Incoming) => adapted.onmessage?.({ data }));
  port.on('messageerror', (error: Error) => adapted.onerror?.({ message: error.message }));
  return adapted;
}
