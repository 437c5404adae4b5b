import { clustersOf } from "../engine/cluster.js";
import { DedupeOptionError } from "../errors/option-error.js";
import type { DedupeResult } from "./dedupe.js";

/** How `dedupe` gives its clusters (see `DedupeOptions.clusters`). */
export type ClusterForm = "lists" | "ids";

/** The cluster form asked for: "lists" unless told otherwise. */
export function clusterFormOf(options: { readonly clusters?: string }): ClusterForm {
  const c = options.clusters ?? "lists";
  if (c !== "lists" && c !== "ids") throw new DedupeOptionError("options.clusters", { value: c });
  return c;
}

/**
 * The cluster number of each record from the root of its component, clusters numbered by
 * their smallest index (the order of `clustersOf`): two typed arrays, however many clusters.
 */
export function clusterIdsOf(root: Int32Array): Int32Array {
  const n = root.length;
  const ids = new Int32Array(n);
  const byRoot = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const r = root[i]!;
    let c = byRoot[r]!;
    if (c < 0) {
      c = next++;
      byRoot[r] = c;
    }
    ids[i] = c;
  }
  return ids;
}

/** Clusters as sorted index lists from cluster numbers (0, 1, … by smallest index). */
export function listsOfIds(ids: Int32Array): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i++) {
    const c = ids[i]!;
    if (c === out.length) out.push([i]);
    else out[c]!.push(i);
  }
  return out;
}

/**
 * A result with its clusters in the form asked for. With "ids", the result carries
 * `clusterIds` and builds `clusters` only when it is first read, so that a city's millions of
 * singletons are never made into arrays unless a caller asks for them.
 */
export function withClusters(
  root: Int32Array,
  form: ClusterForm,
  rest: Omit<DedupeResult, "clusters" | "clusterIds">,
): DedupeResult {
  if (form === "lists") return { clusters: clustersOf(root), ...rest };
  const clusterIds = clusterIdsOf(root);
  let lists: number[][] | undefined;
  const out = {};
  Object.defineProperty(out, "clusters", {
    enumerable: true,
    configurable: true,
    get: () => {
      lists ??= listsOfIds(clusterIds);
      return lists;
    },
  });
  return Object.assign(out, { clusterIds }, rest) as DedupeResult;
}
