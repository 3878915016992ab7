import { expect, it } from 'vitest';
import { BallotWriter, type WriterStatus } from './ballot-writer.js';

/** A write that finishes when the test says. */
function deferred() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

it('counts writes on their way, never waits for them, and keeps the first failure in sight', async () => {
  const seen: WriterStatus[] = [];
  const writer = new BallotWriter((status) => seen.push(status));
  const first = deferred();
  const second = deferred();
  writer.write(() => first.promise);
  writer.write(() => second.promise);
  // Both are under way at once: write() returned without waiting for either.
  expect(writer.status()).toMatchObject({ pending: 2, failed: null });
  first.finish();
  await first.promise;
  await Promise.resolve();
  expect(writer.status().pending).toBe(1);
  expect(writer.latencies).toHaveLength(1);
  second.fail(new Error('QuotaExceededError'));
  await second.promise.catch(() => undefined);
  await Promise.resolve();
  expect(writer.status()).toMatchObject({ pending: 0, failed: 'QuotaExceededError' });
  expect(seen.map((status) => status.pending)).toEqual([1, 2, 1, 0]);
});
