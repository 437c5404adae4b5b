// Accuracy of a merge of the generated registers: the truth file of `generate.ts` maps each
// source row back to its person, so the merge's clusters score like `dedupe`'s.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import {
  evaluateSynthetic,
  NOISE_KINDS,
  type NoiseKind,
  type SyntheticReport,
} from "@linli/dedupe/benchmark";
import { ROWS_ABOVE, type Shape, TRUTH_COLUMNS } from "./generate.js";

interface Cluster {
  readonly rows: readonly { readonly source: string; readonly row: number }[];
}

/** True pairs found and missed, for one group of pairs. */
export interface PairCount {
  pairs: number;
  found: number;
}

/** Where the missed pairs are: by the shapes of their two files, and on rejected rows. */
export interface MissedBreakdown {
  /** By the shapes of the two rows' files ("csv-utf8 × wjx"), same shape included. */
  readonly byShapes: Readonly<Record<string, PairCount>>;
  /** True pairs with at least one row the import rejected (all missed). */
  readonly onRejected: number;
}

/** Score a merge's clusters against the truth of the files it read. */
export function mergeAccuracy(
  files: readonly string[],
  shapes: readonly Shape[],
  truthPath: string,
  clusters: readonly Cluster[],
): SyntheticReport & { readonly unplaced: number; readonly missed: MissedBreakdown } {
  const raw = readFileSync(truthPath);
  const truth = new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  const n = truth.length / TRUTH_COLUMNS;
  const col = (c: number) =>
    Int32Array.from({ length: n }, (_, i) => truth[i * TRUTH_COLUMNS + c]!);
  const noise: NoiseKind[][] = Array.from({ length: n }, (_, i) => {
    const bits = truth[i * TRUTH_COLUMNS + 8]!;
    return NOISE_KINDS.filter((_, k) => (bits >> k) & 1);
  });
  const data = {
    entity: col(0),
    household: col(1),
    twin: col(2),
    namesake: col(3),
    commonName: col(4),
    swapped: col(5),
    sameName: col(6),
    sameBirth: col(7),
    noise,
  };
  // Files follow one another in the truth; a source is named by its file without extension.
  const offsets = new Map<string, { offset: number; above: number }>();
  let offset = 0;
  const perFile = readSizes(truthPath, files.length);
  const shapeOf = new Uint8Array(n);
  files.forEach((f, k) => {
    offsets.set(basename(f, extname(f)), { offset, above: ROWS_ABOVE[shapes[k]!] });
    shapeOf.fill(k, offset, offset + perFile[k]!);
    offset += perFile[k]!;
  });
  const placed = new Uint8Array(n);
  const out: number[][] = [];
  for (const c of clusters) {
    const list: number[] = [];
    for (const r of c.rows) {
      const o = offsets.get(r.source);
      if (!o) throw new Error(`unknown source ${r.source}`);
      const i = o.offset + r.row - o.above - 1;
      placed[i] = 1;
      list.push(i);
    }
    out.push(list);
  }
  // Rows the import rejected stay alone.
  let unplaced = 0;
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    unplaced++;
    out.push([i]);
  }
  return {
    ...evaluateSynthetic(data, out),
    unplaced,
    missed: breakdown(data.entity, out, placed, (i) => shapes[shapeOf[i]!]!),
  };
}

/** True pairs by the shapes of their files, and those lost with a rejected row. */
function breakdown(
  entity: Int32Array,
  clusters: readonly number[][],
  placed: Uint8Array,
  shape: (row: number) => Shape,
): MissedBreakdown {
  const cluster = new Int32Array(entity.length);
  clusters.forEach((c, k) => {
    for (const i of c) cluster[i] = k;
  });
  const rows = new Map<number, number[]>();
  for (let i = 0; i < entity.length; i++) {
    const list = rows.get(entity[i]!);
    if (list) list.push(i);
    else rows.set(entity[i]!, [i]);
  }
  const byShapes: Record<string, PairCount> = {};
  let onRejected = 0;
  for (const list of rows.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = [shape(a), shape(b)].sort().join(" × ");
        byShapes[key] ??= { pairs: 0, found: 0 };
        const c = byShapes[key];
        c.pairs++;
        if (cluster[a] === cluster[b]) c.found++;
        else if (!placed[a] || !placed[b]) onRejected++;
      }
    }
  }
  return { byShapes, onRejected };
}

/** Rows per file, from the sidecar written beside the truth. */
function readSizes(truthPath: string, files: number): number[] {
  const sizes = JSON.parse(readFileSync(`${truthPath}.json`, "utf8")) as number[];
  if (sizes.length !== files) throw new Error(`${truthPath}.json lists ${sizes.length} files`);
  return sizes;
}
