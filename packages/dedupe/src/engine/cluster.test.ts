import { describe, expect, it } from "vitest";
import { adjacency, cluster, clustersOf, type Pairs, pairArrays } from "./cluster.js";

describe("cluster", () => {
  it("joins edges strongest first into components", () => {
    const { root, outcome } = cluster({
      n: 5,
      edges: [
        [0, 1],
        [1, 2],
        [3, 4],
      ],
      mustLink: [],
      cannot: [],
    });
    expect(clustersOf(root)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(outcome).toEqual(["merged", "merged", "merged"]);
  });

  it("never joins two different valid identifiers, even through a third record", () => {
    // Records 0 and 2 carry different valid IDs (key ids 5 and 6); record 1 has none.
    const ids = Int32Array.from([5, -1, 6]);
    const { root, outcome } = cluster({
      n: 3,
      edges: [
        [0, 1],
        [1, 2],
      ],
      mustLink: [],
      cannot: [ids],
    });
    expect(clustersOf(root)).toEqual([[0, 1], [2]]);
    expect(outcome).toEqual(["merged", "cannot-link"]);
  });

  it("splits a chain whose ends are a strong non-match", () => {
    // Record 0's list is [2], record 1's is empty, record 2's is [0].
    const apart = { offsets: Int32Array.from([0, 1, 1, 2]), targets: Int32Array.from([2, 0]) };
    const { root, outcome } = cluster({
      n: 3,
      edges: [
        [0, 1],
        [1, 2],
      ],
      mustLink: [],
      cannot: [],
      apart,
    });
    expect(clustersOf(root)).toEqual([[0, 1], [2]]);
    expect(outcome[1]).toBe("chain");
  });

  it("splits at the weakest link when members would conflict, compared or not", () => {
    // Sex key ids: 0 and 3 male (0), 1 unknown, 2 female (1). Edges strongest first: 0–1, 1–3,
    // then 1–2 would put a woman with two men; 2–4 is fine.
    const sex = Int32Array.from([0, -1, 1, 0, -1]);
    const { root, outcome } = cluster({
      n: 5,
      edges: [
        [0, 1],
        [1, 3],
        [1, 2],
        [2, 4],
      ],
      mustLink: [],
      cannot: [],
      conflicts: [{ codes: sex, conflict: (x, y) => x !== y }],
    });
    expect(clustersOf(root)).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
    expect(outcome).toEqual(["merged", "merged", "conflict", "merged"]);
    // The conflict holds through the whole cluster: 4 joined 2, so 4 cannot join 0's side.
    const again = cluster({
      n: 5,
      edges: [
        [2, 4],
        [0, 1],
        [1, 4],
      ],
      mustLink: [],
      cannot: [],
      conflicts: [{ codes: sex, conflict: (x, y) => x !== y }],
    });
    expect(again.outcome).toEqual(["merged", "merged", "conflict"]);
  });

  it("keeps must-link groups whatever the edges, and one record per side when one-to-one", () => {
    const { root } = cluster({
      n: 4,
      edges: [
        [0, 2],
        [1, 2],
      ],
      mustLink: [[0, 3]],
      cannot: [],
      oneToOne: Int32Array.from([0, 0, 1, 1]),
    });
    // 0 and 3 stay together; 2 cannot join them (3 is their right-side record), so it takes 1.
    expect(clustersOf(root)).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });
});

describe("pair arrays", () => {
  it("gives the same clusters and adjacency from small arrays and from two Int32Arrays", () => {
    const list: [number, number][] = [
      [0, 1],
      [1, 2],
      [3, 4],
    ];
    const typed = pairArrays(list);
    expect([...typed.a]).toEqual([0, 1, 3]);
    expect([...typed.b]).toEqual([1, 2, 4]);
    expect(pairArrays(typed)).toBe(typed);
    const apart = adjacency([[0, 2]], 5);
    const of = (edges: Pairs) => cluster({ n: 5, edges, mustLink: [], cannot: [], apart });
    expect(of(typed)).toEqual(of(list));
    expect([...of(typed).root]).toEqual([0, 0, 2, 3, 3]);
    expect(of(typed).outcome).toEqual(["merged", "chain", "merged"]);
    expect(adjacency(typed, 5)).toEqual(adjacency(list, 5));
  });
});
