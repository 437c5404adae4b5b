/**
 * Privacy-preserving record linkage with @linli/dedupe: records encoded by @linli/privacy
 * (field-level Bloom filters only), linked with `pprlProfile` at the default threshold.
 */
import { candidatePairs, dedupe, link, pprlProfile } from "@linli/dedupe";
import {
  type FebrlRecord,
  linkScores,
  pairwiseScores,
  synthesizeResidents,
} from "@linli/dedupe/benchmark";
import { clkEncoder, type EncodedRecord, residentClkSchema } from "@linli/privacy";

type Scores = ReturnType<typeof linkScores>;
export const show = (s: Scores) =>
  `precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)}, F1 **${s.f1.toFixed(4)}**`;

/** FEBRL4 linked on encodings: scores per threshold and one-to-one, time, candidates. */
export function linkFebrl(
  a: readonly FebrlRecord[],
  b: readonly FebrlRecord[],
  left: readonly EncodedRecord[],
  right: readonly EncodedRecord[],
  filters: readonly string[],
) {
  const profile = pprlProfile({ filters });
  const all = [...left, ...right];
  const c = candidatePairs(all, {
    profile,
    sources: all.map((_, i) => (i < left.length ? 0 : 1)),
    acrossSourcesOnly: true,
  });
  let kept = 0;
  for (let i = 0; i < c.a.length; i++) {
    if (a[c.a[i]!]!.entity === b[c.b[i]! - left.length]!.entity) kept++;
  }
  const runs: { label: string; scores: Scores; ms: number }[] = [];
  for (const [label, options] of [
    ["default threshold 0.9", {}],
    ["default threshold 0.9, `oneToOne`", { oneToOne: true }],
    ["threshold 0.5", { threshold: 0.5 }],
    ["threshold 0.99", { threshold: 0.99 }],
  ] as const) {
    const t = performance.now();
    const r = link(left, right, { profile, pairs: "none", ...options });
    const ms = performance.now() - t;
    const scores = linkScores(
      r.clusters,
      a.map((x) => x.entity),
      b.map((x) => x.entity),
    );
    runs.push({ label, scores, ms });
  }
  return { candidates: c.a.length, blockingRecall: kept / 5000, runs };
}

/** Synthetic residents deduplicated on encodings alone: time and pairwise scores. */
export async function residents(records: number, secret: string) {
  const data = synthesizeResidents({ records, seed: 3 });
  const enc = await clkEncoder(residentClkSchema, secret);
  let t = performance.now();
  const encoded = data.records.map((r) => enc.encodeRecord(r));
  const encodeMs = performance.now() - t;
  t = performance.now();
  const r = dedupe(encoded, { profile: pprlProfile(enc), pairs: "none" });
  const ms = performance.now() - t;
  return {
    records: data.records.length,
    encodeMs,
    ms,
    candidates: r.stats.candidatePairs,
    scores: pairwiseScores(r.clusters, data.entity),
  };
}
