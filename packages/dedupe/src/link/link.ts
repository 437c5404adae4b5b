import { expectArgument } from "@linli/core";
import { engineOf } from "../dedupe/dedupe.js";
import { type RunOutput, run } from "../engine/run.js";
import { duckdbEngine } from "../load-engine.js";
import type { LinkOptions } from "../options.js";
import { resolveProfile } from "../profiles/index.js";
import type { Params, ScoredPair, Stats } from "../types.js";

/** A linked entity: indexes into `left` and into `right` (either may be empty). */
export interface LinkCluster {
  readonly left: number[];
  readonly right: number[];
}

/** Result of {@link link}; plain data, safe to `JSON.stringify`. */
export interface LinkResult {
  /** Every left and every right index in exactly one cluster, unmatched ones alone. */
  readonly clusters: LinkCluster[];
  /** Scored pairs; `a` indexes `left`, `b` indexes `right`. */
  readonly pairs: ScoredPair[];
  readonly params: Params;
  readonly stats: Stats;
}

/**
 * Link two datasets: find which records of `left` and `right` are the same person. Only
 * left–right pairs are compared; with `oneToOne`, each record links to at most one record on
 * the other side (both sides free of duplicates, e.g. two registers of one community).
 *
 * @example
 * ```ts
 * import { link } from "@linli/dedupe";
 * const committee = [
 *   { name: "王伟", phones: [{ number: "13800138000" }], birthDate: "1970-01-05" },
 *   { name: "赵敏", phones: [{ number: "13700001111" }], birthDate: "1988-11-30" },
 *   { name: "孙丽", phones: [{ number: "13611112222" }], birthDate: "1979-02-14" },
 * ];
 * const volunteers = [
 *   { name: "李娜", phones: [{ number: "13912345678" }], birthDate: "1990-07-19" },
 *   { name: "王 伟", phones: [{ number: "+86 138 0013 8000" }], birthDate: "1970/1/5" },
 *   { name: "周杰", phones: [{ number: "13522223333" }], birthDate: "1995-05-05" },
 *   { name: "趙敏", phones: [{ number: "137-0000-1111" }], birthDate: "1988年11月30日" },
 * ];
 * const { clusters } = link(committee, volunteers);
 * // [{ left: [0], right: [1] }, { left: [1], right: [3] }, { left: [2], right: [] },
 * //  { left: [], right: [0] }, { left: [], right: [2] }]
 * ```
 *
 * Scores are estimated from the data, so tiny inputs (a handful of records) give weak
 * evidence; pass `params` from an earlier, larger run to score them with a trained model.
 */
export function link(
  left: readonly unknown[],
  right: readonly unknown[],
  options: LinkOptions & { readonly engine: "duckdb" },
): Promise<LinkResult>;
export function link(
  left: readonly unknown[],
  right: readonly unknown[],
  options?: LinkOptions & { readonly engine?: "memory" },
): LinkResult;
export function link(
  left: readonly unknown[],
  right: readonly unknown[],
  options?: LinkOptions,
): LinkResult | Promise<LinkResult>;
export function link(
  left: readonly unknown[],
  right: readonly unknown[],
  options: LinkOptions = {},
): LinkResult | Promise<LinkResult> {
  expectArgument("link", "left", "list", left);
  expectArgument("link", "right", "list", right);
  expectArgument("link", "options", "options", options);
  if (engineOf(options) === "duckdb") {
    return duckdbEngine().then((m) => m.linkDuckDB(left, right, options));
  }
  const profile = resolveProfile(options.profile);
  const records = [...left, ...right];
  const side = sidesOf(left.length, records.length);
  const out = run(records, profile, options, {
    across: side,
    ...(options.oneToOne ? { oneToOne: side } : {}),
  });
  return linkResult(out, left.length);
}

/** Side of each record of a link: 0 left, 1 right. */
export function sidesOf(left: number, n: number): Int32Array {
  const side = new Int32Array(n);
  side.fill(1, left);
  return side;
}

/** A run over left and right records as one list, back as clusters and pairs of two sides. */
export function linkResult(out: RunOutput, nl: number): LinkResult {
  const byRoot = new Map<number, LinkCluster>();
  const clusters: LinkCluster[] = [];
  for (let i = 0; i < out.root.length; i++) {
    const r = out.root[i]!;
    let c = byRoot.get(r);
    if (!c) {
      c = { left: [], right: [] };
      byRoot.set(r, c);
      clusters.push(c);
    }
    if (i < nl) c.left.push(i);
    else c.right.push(i - nl);
  }
  const pairs = out.pairs.map((p) => ({ ...p, b: p.b - nl }));
  return { clusters, pairs, params: out.params, stats: out.stats };
}
