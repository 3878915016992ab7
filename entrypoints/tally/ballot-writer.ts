/** What the page shows of its writes: how many are still on their way to storage, and any failure. */
export interface WriterStatus {
  readonly pending: number;
  readonly failed: string | null;
  /** Milliseconds from a ballot's close to its write being committed, the last ones measured. */
  readonly lastLatency: number | null;
}

/**
 * Sends each closed ballot to storage at once and never waits for it: entry goes on while the write
 * commits. IndexedDB runs read-write transactions on one store in the order they were created, so a
 * ballot's write, its removal by undo and its rewrite land in that order.
 */
export class BallotWriter {
  private pending = 0;
  private failed: string | null = null;
  private lastLatency: number | null = null;
  /** Every latency measured, for the benchmark (read through the page's testing hook). */
  readonly latencies: number[] = [];

  constructor(private readonly onChange: (status: WriterStatus) => void) {}

  write(operation: () => Promise<void>): void {
    const started = performance.now();
    this.pending++;
    this.report();
    operation().then(
      () => {
        this.pending--;
        this.lastLatency = performance.now() - started;
        this.latencies.push(this.lastLatency);
        this.report();
      },
      (error: unknown) => {
        this.pending--;
        this.failed = error instanceof Error ? error.message : String(error);
        this.report();
      },
    );
  }

  status(): WriterStatus {
    return { pending: this.pending, failed: this.failed, lastLatency: this.lastLatency };
  }

  private report(): void {
    this.onChange(this.status());
  }
}
