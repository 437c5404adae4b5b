import { rng } from "../../engine/estimate.js";

/** Seeded random helpers of the generator. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** A seeded {@link Random}. */
export function random(seed: number): Random {
  const next = rng(seed);
  const cumulative = new WeakMap<object, Float64Array>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(items) {
      let c = cumulative.get(items);
      if (!c) {
        c = new Float64Array(items.length);
        let s = 0;
        items.forEach(([, w], i) => {
          s += w;
          c![i] = s;
        });
        cumulative.set(items, c);
      }
      const x = next() * c[c.length - 1]!;
      let lo = 0;
      let hi = c.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (c[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return items[lo]![0];
    },
  };
}
