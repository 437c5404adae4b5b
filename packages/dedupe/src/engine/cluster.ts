/**
 * Record pairs as two arrays: pair e joins `a[e]` and `b[e]`. A city's millions of match edges
 * take 8 bytes each so, against some 70 as small arrays.
 */
export interface PairArrays {
  readonly a: Int32Array;
  readonly b: Int32Array;
}

/** Record pairs, as small arrays or as {@link PairArrays}. */
export type Pairs = readonly (readonly [number, number])[] | PairArrays;

/**
 * Pairs as two typed arrays (the same object when they are already).
 *
 * @example
 * pairArrays([[0, 1], [2, 3]]); // { a: Int32Array [0, 2], b: Int32Array [1, 3] }
 */
export function pairArrays(pairs: Pairs): PairArrays {
  if (!Array.isArray(pairs)) return pairs as PairArrays;
  const list = pairs as readonly (readonly [number, number])[];
  const a = new Int32Array(list.length);
  const b = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    a[i] = list[i]![0];
    b[i] = list[i]![1];
  }
  return { a, b };
}

/** Input of {@link cluster}. */
export interface ClusterInput {
  readonly n: number;
  /** Match edges, strongest first: record pairs above the threshold. */
  readonly edges: Pairs;
  /** Groups that must stay together (merged before any edge). */
  readonly mustLink: readonly (readonly number[])[];
  /** Groups of exact copies: together unless a decision keeps two of them apart. */
  readonly identical?: readonly (readonly number[])[];
  /** Pairs a person decided are different, as adjacency lists (see `apart`): never joined. */
  readonly decided?: Adjacency;
  /** Per cannot-link field: the valid identifier key id of each record, or -1. */
  readonly cannot: readonly Int32Array[];
  /**
   * Strong non-match pairs as adjacency lists in two arrays (record i's are
   * `targets[offsets[i]…offsets[i+1]]`): two records joined only through others stay apart.
   */
  readonly apart?: Adjacency;
  /** Keep each component to at most one record per group (one-to-one linkage). */
  readonly oneToOne?: Int32Array;
  /**
   * Fields on which two records of one cluster must not disagree (two sexes, birth dates
   * years apart): each record's key id (-1 when missing) and whether two key ids conflict.
   * Checked between every two records of the clusters an edge would join.
   */
  readonly conflicts?: readonly ConflictField[];
}

/** A field whose disagreement keeps records apart (see {@link ClusterInput.conflicts}). */
export interface ConflictField {
  readonly codes: Int32Array;
  conflict(x: number, y: number): boolean;
}

/** Pairs of records as adjacency lists: record i's are `targets[offsets[i]…offsets[i+1]]`. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** Symmetric adjacency lists of `n` records from pairs (each pair listed both ways). */
export function adjacency(pairs: Pairs, n: number): Adjacency {
  const { a, b } = pairArrays(pairs);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < a.length; i++) {
    offsets[a[i]! + 1]!++;
    offsets[b[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < a.length; i++) {
    targets[fill[a[i]!]!++] = b[i]!;
    targets[fill[b[i]!]!++] = a[i]!;
  }
  return { offsets, targets };
}

/** What became of each edge: merged (or already together), or refused and why. */
export type EdgeOutcome = "merged" | "cannot-link" | "chain" | "conflict" | "decision";

/**
 * Constrained single-linkage: edges are merged strongest first unless the merge would put two
 * different valid identifiers in one cluster (cannot-link), two records that disagree on a
 * conflict field (conflict), or two records whose own comparison is a strong non-match (a
 * chain A–B–C where A and C disagree). A refused edge is the weakest link between the two
 * sides, so a cluster that would conflict is split there.
 */
export function cluster(input: ClusterInput): { root: Int32Array; outcome: EdgeOutcome[] } {
  const { n } = input;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const next = new Int32Array(n).fill(-1);
  const tail = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    tail[i] = i;
  }
  const cannot = input.cannot.map((c) => Int32Array.from(c));
  const fields = input.conflicts ?? [];
  // Per root of a cluster of two or more: the distinct key ids of each conflict field.
  const values = new Map<number, number[][]>();
  const valuesOf = (r: number): number[][] =>
    values.get(r) ?? fields.map((f) => (f.codes[r]! >= 0 ? [f.codes[r]!] : []));
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[x] !== r) {
      const p = parent[x]!;
      parent[x] = r;
      x = p;
    }
    return r;
  };
  const union = (ra: number, rb: number) => {
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
    next[tail[ra]!] = rb;
    tail[ra] = tail[rb]!;
    for (const c of cannot) if (c[ra]! < 0) c[ra] = c[rb]!;
    if (fields.length > 0) {
      const a = valuesOf(ra);
      const b = valuesOf(rb);
      values.set(
        ra,
        a.map((xs, f) => [...new Set([...xs, ...b[f]!])]),
      );
      values.delete(rb);
      exempt[ra]! |= exempt[rb]!;
    }
  };
  // Clusters a person confirmed although their values conflict: the person knows better.
  const exempt = new Uint8Array(fields.length > 0 ? n : 0);
  const disagree = (ra: number, rb: number): boolean => {
    if (fields.length === 0 || exempt[ra] || exempt[rb]) return false;
    const a = valuesOf(ra);
    const b = valuesOf(rb);
    return fields.some((f, k) => a[k]!.some((x) => b[k]!.some((y) => x !== y && f.conflict(x, y))));
  };
  /** Whether a member of one component was decided apart from a member of the other. */
  const decidedApart = (ra: number, rb: number): boolean => {
    const d = input.decided;
    if (!d) return false;
    const [small, other] = size[ra]! <= size[rb]! ? [ra, rb] : [rb, ra];
    for (let x = small; x >= 0; x = next[x]!) {
      for (let k = d.offsets[x]!; k < d.offsets[x + 1]!; k++) {
        if (find(d.targets[k]!) === other) return true;
      }
    }
    return false;
  };
  const conflict = (ra: number, rb: number): EdgeOutcome | undefined => {
    if (decidedApart(ra, rb)) return "decision";
    for (const c of cannot) {
      const x = c[ra]!;
      const y = c[rb]!;
      if (x >= 0 && y >= 0 && x !== y) return "cannot-link";
    }
    if (disagree(ra, rb)) return "conflict";
    const one = input.oneToOne;
    const [small, other] = size[ra]! <= size[rb]! ? [ra, rb] : [rb, ra];
    if (one) {
      const groups = new Set<number>();
      for (let x = other; x >= 0; x = next[x]!) groups.add(one[x]!);
      for (let x = small; x >= 0; x = next[x]!) if (groups.has(one[x]!)) return "chain";
    }
    const apart = input.apart;
    if (apart) {
      for (let x = small; x >= 0; x = next[x]!) {
        for (let k = apart.offsets[x]!; k < apart.offsets[x + 1]!; k++) {
          if (find(apart.targets[k]!) === other) return "chain";
        }
      }
    }
    return undefined;
  };
  for (const group of input.mustLink) {
    for (let i = 1; i < group.length; i++) {
      const ra = find(group[0]!);
      const rb = find(group[i]!);
      if (ra !== rb) union(ra, rb);
    }
  }
  for (const r of values.keys()) {
    const own = values.get(r)!;
    if (
      fields.some((f, k) => own[k]!.some((x) => own[k]!.some((y) => x < y && f.conflict(x, y))))
    ) {
      exempt[r] = 1;
    }
  }
  for (const group of input.identical ?? []) {
    for (let i = 1; i < group.length; i++) {
      const ra = find(group[0]!);
      const rb = find(group[i]!);
      if (ra !== rb && !decidedApart(ra, rb)) union(ra, rb);
    }
  }
  const outcome: EdgeOutcome[] = [];
  const edges = pairArrays(input.edges);
  for (let e = 0; e < edges.a.length; e++) {
    const ra = find(edges.a[e]!);
    const rb = find(edges.b[e]!);
    if (ra === rb) {
      outcome.push("merged");
      continue;
    }
    const why = conflict(ra, rb);
    if (why) {
      outcome.push(why);
      continue;
    }
    union(ra, rb);
    outcome.push("merged");
  }
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) root[i] = find(i);
  return { root, outcome };
}

/** Clusters as sorted index lists, ordered by their smallest index; singletons included. */
export function clustersOf(root: Int32Array): number[][] {
  const byRoot = new Map<number, number[]>();
  const out: number[][] = [];
  for (let i = 0; i < root.length; i++) {
    const r = root[i]!;
    let c = byRoot.get(r);
    if (!c) {
      c = [];
      byRoot.set(r, c);
      out.push(c);
    }
    c.push(i);
  }
  return out;
}
