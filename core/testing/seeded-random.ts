/**
 * mulberry32: a small seeded generator, uniform on [0, 1), the same on every machine. The bundled
 * sample, the benchmarks' generated files and the generated elections of the tests all draw from it,
 * so a seed names one file or one election everywhere.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
