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

/** Score a merge's clusters against the truth of the files it read. */
export function mergeAccuracy(
  files: readonly string[],
  shapes: readonly Shape[],
  truthPath: string,
  clusters: readonly Cluster[],
): SyntheticReport & { readonly unplaced: number } {
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
  files.forEach((f, k) => {
    offsets.set(basename(f, extname(f)), { offset, above: ROWS_ABOVE[shapes[k]!] });
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
  return { ...evaluateSynthetic(data, out), unplaced };
}

/** Rows per file, from the sidecar written beside the truth. */
function readSizes(truthPath: string, files: number): number[] {
  const sizes = JSON.parse(readFileSync(`${truthPath}.json`, "utf8")) as number[];
  if (sizes.length !== files) throw new Error(`${truthPath}.json lists ${sizes.length} files`);
  return sizes;
}
