import { DedupeOptionError, dedupe } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import { clustersOf } from "../engine/cluster.js";
import { clusterIdsOf, listsOfIds, withClusters } from "./clusters.js";

const stats = { records: 0 } as never;
const params = {} as never;

describe("clusters as one number per record", () => {
  it("numbers clusters by their smallest index, as the lists are ordered", () => {
    const root = Int32Array.from([3, 1, 3, 3, 1, 5]);
    const ids = clusterIdsOf(root);
    expect([...ids]).toEqual([0, 1, 0, 0, 1, 2]);
    expect(listsOfIds(ids)).toEqual(clustersOf(root));
    expect(listsOfIds(ids)).toEqual([[0, 2, 3], [1, 4], [5]]);
    expect(listsOfIds(new Int32Array(0))).toEqual([]);
  });

  it("builds the lists only when first read, once, and they still serialise", () => {
    const root = Int32Array.from([0, 0, 2]);
    const r = withClusters(root, "ids", { pairs: [], params, stats });
    expect([...r.clusterIds!]).toEqual([0, 0, 1]);
    const first = r.clusters;
    expect(first).toEqual([[0, 1], [2]]);
    expect(r.clusters).toBe(first);
    expect(Object.keys(r)).toEqual(["clusters", "clusterIds", "pairs", "params", "stats"]);
    expect(JSON.parse(JSON.stringify(r)).clusters).toEqual([[0, 1], [2]]);
    const lists = withClusters(root, "lists", { pairs: [], params, stats });
    expect(lists.clusters).toEqual([[0, 1], [2]]);
    expect("clusterIds" in lists).toBe(false);
  });

  it("dedupe gives the same clusters either way, and refuses an unknown form in both languages", () => {
    const { records } = synthesizeResidents({ records: 400, seed: 9 });
    const lists = dedupe(records, { pairs: "none" });
    const ids = dedupe(records, { pairs: "none", clusters: "ids" });
    expect(ids.clusterIds!.length).toBe(records.length);
    expect(ids.clusterIds![0]).toBe(0);
    expect(ids.clusters).toEqual(lists.clusters);
    for (const [c, members] of lists.clusters.entries()) {
      for (const i of members) expect(ids.clusterIds![i]).toBe(c);
    }
    let e: unknown;
    try {
      dedupe(records, { clusters: "arrays" as "ids" });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(DedupeOptionError);
    expect((e as DedupeOptionError).code).toBe("options.clusters");
    expect((e as DedupeOptionError).localized["zh-CN"]).toContain("arrays");
    expect((e as DedupeOptionError).localized.en).toContain("arrays");
  });
});
