import { sameNormalize } from "../comparators/recipe.js";
import { resolveComparator } from "../engine/resolve.js";
import type { EngineProgress } from "../options.js";
import type { BlockingRule, Comparator, KeyTransform, Profile } from "../types.js";

/** Share of record linkage's time each step takes (measured on a million residents). */
const SHARE = { normalize: 0.35, block: 0.3, compare: 0.25 } as const;

/**
 * A copy of a profile whose readers, key functions and comparators report how far record
 * linkage has got. `dedupe` runs synchronously, so this is the only way to hear from it; the
 * position is an estimate in records (0 to `n`), from its steps' usual shares of the time.
 */
export function watchProfile(
  profile: Profile,
  n: number,
  comparators: Readonly<Record<string, Comparator>> | undefined,
  report: (done: number, step: string) => void,
): Profile {
  let calls = 0;
  let gets = 0;
  let rulesSeen = 0;
  let compares = 0;
  let step = "normalize";
  const getTotal = Math.max(1, n * profile.fields.length);
  const ruleIndex = new Map<string, number>();
  const at = (): number => {
    if (step === "normalize") return SHARE.normalize * Math.min(1, gets / getTotal);
    if (step === "block") {
      return SHARE.normalize + SHARE.block * Math.min(1, rulesSeen / profile.blocking.length);
    }
    // Comparisons have no known total: approach the end of the step without reaching it.
    const c = 1 - Math.exp(-compares / Math.max(1, n));
    return SHARE.normalize + SHARE.block + SHARE.compare * c;
  };
  const tick = () => {
    if ((++calls & 1023) === 0) report(Math.round(at() * n), step);
  };
  const enter = (s: string) => {
    if (step !== s && !(step === "compare" && s === "block")) step = s;
  };
  const rule = (r: BlockingRule, i: number): BlockingRule => {
    ruleIndex.set(r.name, i);
    const mark = () => {
      enter("block");
      rulesSeen = Math.max(rulesSeen, (ruleIndex.get(r.name) ?? 0) + 1);
      tick();
    };
    const wrapT = (t: KeyTransform | undefined): KeyTransform | undefined =>
      t &&
      ((key, features) => {
        mark();
        return t(key, features);
      });
    return {
      ...r,
      ...(r.key
        ? {
            key: (record: unknown) => {
              mark();
              return r.key!(record);
            },
          }
        : {}),
      ...(r.transform
        ? {
            transform: Array.isArray(r.transform)
              ? (r.transform as readonly (KeyTransform | undefined)[]).map(wrapT)
              : wrapT(r.transform as KeyTransform),
          }
        : {}),
    };
  };
  return {
    ...profile,
    fields: profile.fields.map((f) => {
      const c = resolveComparator(f.comparator, comparators);
      const read =
        typeof f.get === "function"
          ? f.get
          : ((path: string[]) => (record: unknown) => {
              let cur = record;
              for (const k of path) {
                if (typeof cur !== "object" || cur === null) return undefined;
                cur = (cur as Record<string, unknown>)[k];
              }
              return cur;
            })(f.get.split("."));
      const watched: Comparator = {
        ...c,
        normalize: sameNormalize((v: unknown) => c.normalize(v), c),
        features: (k) => c.features(k),
        compare: (a, b) => {
          if (step === "block" || step === "normalize") step = "compare";
          compares++;
          tick();
          return c.compare(a, b);
        },
      };
      return {
        ...f,
        comparator: watched,
        get: (record: unknown) => {
          gets++;
          tick();
          return read(record);
        },
      };
    }),
    blocking: profile.blocking.map(rule),
  };
}

/** Where each DuckDB stage starts, as a share of the linkage (measured on 1.2 million rows). */
const STAGES: Readonly<Record<EngineProgress["stage"], readonly [start: number, share: number]>> = {
  normalize: [0, 0.3],
  write: [0.3, 0.03],
  block: [0.33, 0.22],
  compare: [0.55, 0.18],
  estimate: [0.73, 0.03],
  score: [0.76, 0.13],
  cluster: [0.89, 0.09],
  output: [0.98, 0.02],
};

/**
 * The DuckDB engine's own progress as the merge's (0 to `n` records). It reports its stages
 * itself, so its profile is not watched: the watching wrappers cost every read, comparison
 * and key transform a call and a counter, seconds at a million rows.
 */
export function engineProgress(
  n: number,
  report: (done: number, step: string) => void,
  also?: (progress: EngineProgress) => void,
): (progress: EngineProgress) => void {
  return (p) => {
    also?.(p);
    const [start, share] = STAGES[p.stage];
    const of = p.total ?? (p.stage === "normalize" ? n : 0);
    const within = of > 0 ? Math.min(1, p.done / of) : 0;
    report(Math.round((start + share * within) * n), p.stage);
  };
}
