// How the time of a scan grows with its input, for the scans whose work no counter sees (a regular
// expression's backtracking happens inside the engine). Never a limit in milliseconds: a loaded machine
// makes any such limit flake. The ratio of two sizes is what is bounded, measured in CPU time (time the
// process waited for a core does not count), the least of several alternated runs at each size.

/** How much larger the second input is than the first. */
export const GROWN = 8;

/**
 * The growth of time, from `small` to GROWN × `small`, that no linear scan reaches: a linear one grows
 * about GROWN-fold (less when a fixed cost counts), a quadratic one about 64-fold.
 */
export const SUPER_LINEAR = 24;

/**
 * The smaller size, in characters. Both sizes stay below 64 K characters: a string of Chinese text
 * longer than that (128 KB) is held apart by the engine, in memory fetched afresh for each, and a linear
 * scan of 80,000 characters was seen to take ten times as long as one of 65,000.
 */
export const SMALL = 4_000;

/** Most pairs of runs made: a run that stays under SUPER_LINEAR ends the measurement sooner. */
const ROUNDS = 10;

/** Fewest pairs of runs made: the least of one or two can still be a slow one. */
const MIN_ROUNDS = 5;

/** CPU time of the process, in microseconds. */
function cpuMicroseconds(): number {
  const used = process.cpuUsage();
  return used.user + used.system;
}

/**
 * CPU time of `repeats` runs of `work` on one input, after one run not measured: what the first run
 * does once (joining the pieces of a string made by concatenation, compiling a pattern again after the
 * collector dropped its code) is not counted, only the scan.
 */
function timed<T>(input: T, work: (input: T) => unknown, repeats: number): number {
  work(input);
  const started = cpuMicroseconds();
  for (let run = 0; run < repeats; run++) work(input);
  return cpuMicroseconds() - started;
}

/**
 * How many times longer `work` takes on `make(GROWN * small)` than on `make(small)`: the least time of
 * each size over alternated runs, stopping once the ratio is under SUPER_LINEAR (a linear scan usually
 * after one or two rounds; a super-linear one never does, and runs every round). The small input is run
 * often enough to take a millisecond, the large one as often, so that the clock's grain does not count.
 */
export function timeGrowth<T>(make: (size: number) => T, work: (input: T) => unknown, small = SMALL): number {
  let repeats = 1;
  while (repeats < 256 && timed(make(small), work, repeats) < 1_000) repeats *= 2;
  let least = { small: Infinity, large: Infinity };
  let ratio = Infinity;
  for (let round = 0; round < ROUNDS && (round < MIN_ROUNDS || ratio >= SUPER_LINEAR); round++) {
    least = {
      small: Math.min(least.small, timed(make(small), work, repeats)),
      large: Math.min(least.large, timed(make(GROWN * small), work, repeats)),
    };
    ratio = least.large / Math.max(least.small, 1);
  }
  return ratio;
}
