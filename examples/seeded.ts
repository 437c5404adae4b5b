// The random numbers the example generators draw: seeded, so that every run writes the same
// files. Run the generators with tsx (see each one's first lines).

/**
 * mulberry32 from `seed`: `rand` in [0, 1), `pick` one of a list, `int` a whole number from
 * `lo` to `hi`, both included.
 */
export function seeded(seed: number) {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return { rand, pick, int };
}
