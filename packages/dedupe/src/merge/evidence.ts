import type { ScoredPair } from "../types.js";
import type { MatchEvidence } from "./types.js";

/**
 * The pairs that explain a cluster of `size` rows: its matched pairs (`slot` maps a record
 * index to its row in the cluster), then, for parts no pair joins, the reason they are
 * together anyway: a person said so (must-link) or every compared field is identical.
 */
export function evidenceOf(
  size: number,
  pairs: readonly ScoredPair[],
  slot: Int32Array,
  confirmed: (a: number, b: number) => boolean,
): MatchEvidence[] {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const out: MatchEvidence[] = [];
  const sorted = pairs
    .map((p) => ({ p, a: slot[p.a]!, b: slot[p.b]! }))
    .map(({ p, a, b }) => ({ p, a: Math.min(a, b), b: Math.max(a, b) }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
  for (const { p, a, b } of sorted) {
    out.push({
      a,
      b,
      probability: p.probability,
      explanation: p.explanation,
      ...(p.household ? { household: true } : {}),
      ...(p.possible ? { possible: true } : {}),
    });
    parent[find(a)] = find(b);
  }
  for (let i = 1; i < size; i++) {
    for (let j = 0; j < i; j++) {
      if (find(i) === find(j)) continue;
      if (confirmed(j, i)) out.push({ a: j, b: i, linked: "must-link" });
      else out.push({ a: j, b: i, identical: true });
      parent[find(i)] = find(j);
      break;
    }
  }
  return out;
}

/**
 * True when a cluster of `size` rows falls apart without its possible matches: joined by
 * sure matches, must-links and identical rows, it is still in two parts or more.
 */
export function onlyPossibly(size: number, evidence: readonly MatchEvidence[]): boolean {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  let parts = size;
  for (const e of evidence) {
    if ("possible" in e && e.possible) continue;
    const a = find(e.a);
    const b = find(e.b);
    if (a !== b) {
      parent[a] = b;
      parts--;
    }
  }
  return parts > 1;
}
