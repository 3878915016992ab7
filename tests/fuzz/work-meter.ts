// Counts the work a reader does, not the time it takes: calls of the string and byte primitives that
// every scan goes through. A reader linear in its input does about ten times the work on ten times the
// input; a quadratic one about a hundred times. Counting calls keeps the tests free of timing.

type Method = (this: unknown, ...args: unknown[]) => unknown;

const METERED: readonly [object, string][] = [
  [String.prototype, 'charCodeAt'],
  [String.prototype, 'charAt'],
  [String.prototype, 'codePointAt'],
  [String.prototype, 'indexOf'],
  [String.prototype, 'slice'],
  [String.prototype, 'substring'],
  [String.prototype, 'replace'],
  [String.prototype, 'normalize'],
  [Array.prototype, 'push'],
  [Array.prototype, 'slice'],
  [Array.prototype, 'map'],
  [Array.prototype, 'forEach'],
  [Array.prototype, 'find'],
  [Array.prototype, 'findIndex'],
  [Array.prototype, 'some'],
  [Array.prototype, 'includes'],
  [Object, 'entries'],
  [Object, 'keys'],
  [JSON, 'parse'],
];

/** Runs `work` and returns how many metered calls it made (whatever it returns or throws). */
export function countWork(work: () => unknown): number {
  let calls = 0;
  const restore = meter(() => calls++);
  try {
    work();
  } catch {
    // a refusal by exception is another test's business; here only the work counts
  } finally {
    restore();
  }
  return calls;
}

/** The same for asynchronous work: nothing else may run meanwhile (tests of a file run one by one). */
export async function countWorkAsync(work: () => Promise<unknown>): Promise<number> {
  let calls = 0;
  const restore = meter(() => calls++);
  try {
    await work();
  } catch {
    // as above
  } finally {
    restore();
  }
  return calls;
}

function meter(count: () => void): () => void {
  const saved = METERED.map(([owner, name]) => {
    const original = (owner as Record<string, Method>)[name]!;
    (owner as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      count();
      return original.apply(this, args);
    };
    return original;
  });
  return () => METERED.forEach(([owner, name], i) => ((owner as Record<string, Method>)[name] = saved[i]!));
}

/**
 * The growth of work from an input of `small` bytes to one ten times larger, made by `make(size)`:
 * about 10 when linear, about 100 when quadratic.
 */
export function workGrowth(
  make: (size: number) => unknown,
  read: (input: never) => unknown,
  small = 10_000,
): number {
  const a = make(small);
  const b = make(small * 10);
  const smallWork = Math.max(
    1,
    countWork(() => read(a as never)),
  );
  return countWork(() => read(b as never)) / smallWork;
}
