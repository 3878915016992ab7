/**
 * Chunks of a Blob as its stream gives them: the file is never read whole, so a ballots file of
 * several gigabytes costs only a chunk of memory at a time. `pace`, when given, is awaited before each
 * read, so that a slower consumer (the hash worker) can hold reading back.
 */
export async function* blobChunks(blob: Blob, pace?: () => Promise<void>): AsyncIterable<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      if (pace) await pace();
      const { done, value } = await reader.read();
      if (done) return;
      if (value.byteLength > 0) yield value;
    }
  } finally {
    // Stopping early (cancel, or an error found) releases the file.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
