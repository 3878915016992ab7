/**
 * `tallywitness check … | head`: when the reader of standard output (or error) goes away, the next write
 * fails with EPIPE, which Node raises as an unhandled error with a stack trace. Nothing is lost that the
 * reader wanted, so the command ends with its own exit status instead. Any other stream error is real.
 */
const handled = new WeakSet<NodeJS.WriteStream>();

export function endQuietlyOnBrokenPipe(streams: readonly NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    if (handled.has(stream)) continue;
    handled.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}
