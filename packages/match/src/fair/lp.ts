import type { AllocationState } from "../allocate/state.js";
import type { HighsModel, HighsRuntime } from "./highs.js";

/**
 * The allocation as a linear program over what is still free. Lots of one item at one depot
 * available at the same time are one supply node; need lines with the same candidate nodes
 * are one group, which takes `x[g,n]` from node `n` and shares it among its lines (`y[i]`),
 * so the program stays small: `Σ_g x[g,n] ≤ supply[n]`, `Σ_n x[g,n] = Σ_{i∈g} y[i]`,
 * `0 ≤ y[i] ≤ demand[i]`. Quantities are in base units (kg, L, 只…) so that a unit of supply
 * is worth the same to every line it can serve.
 */
export interface Lp {
  /** Lines in the program (with candidates and something wanted). */
  readonly lines: Int32Array;
  /** Base units per line unit, per program line. */
  readonly factor: Float64Array;
  /** Demand in base units, per program line. */
  readonly demand: Float64Array;
  readonly nodeOf: Int32Array;
  readonly nodes: number;
  readonly groups: number;
  /** Per program line, its group. */
  readonly groupOf: Int32Array;
  /** Group-node pairs `g * nodes + n`, one column each after the line columns. */
  readonly pairs: Int32Array;
  /** Base units per lot unit, per lot. */
  readonly lotFactor: Float64Array;
  /** Urgent program lines per community. */
  readonly urgentByCommunity: ReadonlyMap<string, Int32Array>;
}

/** Build the program's structure from the state of an allocation. */
export function buildLp(state: AllocationState): Lp {
  const { lines, lots, cand } = state;
  const lotFactor = Float64Array.from(lots, (l) => l.measure?.factor ?? 1);
  const nodeKey = new Map<string, number>();
  const nodeOf = new Int32Array(lots.length);
  lots.forEach((l, i) => {
    const k = `${l.key}\u0000${l.measure?.base ?? ""}\u0000${l.place.id ?? l.place.name}\u0000${l.availableAt}`;
    let n = nodeKey.get(k);
    if (n === undefined) {
      n = nodeKey.size;
      nodeKey.set(k, n);
    }
    nodeOf[i] = n;
  });
  const inLp: number[] = [];
  const factor: number[] = [];
  const demand: number[] = [];
  const groupOf: number[] = [];
  const groupKey = new Map<string, number>();
  const groupNodes: number[][] = [];
  for (const line of lines) {
    const want = state.wanted(line.index);
    const from = cand.start[line.index]!;
    const to = cand.end[line.index]!;
    if (want <= 0 || from === to) continue;
    const f = cand.ratio[from]! * lotFactor[cand.lot[from]!]!;
    const ns = new Set<number>();
    for (let c = from; c < to; c++) ns.add(nodeOf[cand.lot[c]!]!);
    const sorted = [...ns].sort((a, b) => a - b);
    const k = sorted.join(",");
    let g = groupKey.get(k);
    if (g === undefined) {
      g = groupNodes.length;
      groupKey.set(k, g);
      groupNodes.push(sorted);
    }
    inLp.push(line.index);
    factor.push(f);
    demand.push(want * f);
    groupOf.push(g);
  }
  const pairs: number[] = [];
  groupNodes.forEach((ns, g) => {
    for (const n of ns) pairs.push(g * nodeKey.size + n);
  });
  const urgent = new Map<string, number[]>();
  inLp.forEach((li, j) => {
    const l = lines[li]!;
    if (!l.urgent) return;
    const a = urgent.get(l.community);
    if (a) a.push(j);
    else urgent.set(l.community, [j]);
  });
  return {
    lines: Int32Array.from(inLp),
    factor: Float64Array.from(factor),
    demand: Float64Array.from(demand),
    nodeOf,
    nodes: nodeKey.size,
    groups: groupNodes.length,
    groupOf: Int32Array.from(groupOf),
    pairs: Int32Array.from(pairs),
    lotFactor,
    urgentByCommunity: new Map([...urgent].map(([k, v]) => [k, Int32Array.from(v)])),
  };
}

/** Columns: one per program line, one per group-node pair, and `t` (the worst share) when asked. */
export function solveLp(
  highs: HighsRuntime,
  lp: Lp,
  state: AllocationState,
  objective: Float64Array,
  withShare: boolean,
): { model: HighsModel; columns: number; tColumn: number } {
  const L = lp.lines.length;
  const P = lp.pairs.length;
  const columns = L + P + (withShare ? 1 : 0);
  const tColumn = withShare ? L + P : -1;
  const communities = withShare ? [...lp.urgentByCommunity.values()] : [];
  // Rows: nodes, then groups, then one per community.
  const rowsNode = 0;
  const rowsGroup = lp.nodes;
  const rowsShare = lp.nodes + lp.groups;
  const numRows = rowsShare + communities.length;
  const supply = new Float64Array(lp.nodes);
  state.remaining.forEach((r, lot) => {
    supply[lp.nodeOf[lot]!]! += r * lp.lotFactor[lot]!;
  });
  // Coefficients per column, built column by column (CSC).
  const shareRow = new Int32Array(L).fill(-1);
  const shareCoef = new Float64Array(L);
  communities.forEach((members, k) => {
    for (const j of members) {
      shareRow[j] = rowsShare + k;
      shareCoef[j] = 1 / (lp.demand[j]! * members.length);
    }
  });
  const starts = new Int32Array(columns + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < L; j++) {
    starts[j] = indices.length;
    indices.push(rowsGroup + lp.groupOf[j]!);
    values.push(-1);
    if (shareRow[j]! >= 0) {
      indices.push(shareRow[j]!);
      values.push(shareCoef[j]!);
    }
  }
  for (let p = 0; p < P; p++) {
    starts[L + p] = indices.length;
    const pair = lp.pairs[p]!;
    indices.push(rowsNode + (pair % lp.nodes), rowsGroup + Math.floor(pair / lp.nodes));
    values.push(1, 1);
  }
  if (withShare) {
    starts[tColumn] = indices.length;
    communities.forEach((_, k) => {
      indices.push(rowsShare + k);
      values.push(-1);
    });
  }
  starts[columns] = indices.length;
  const inf = highs.infinity;
  const colLower = new Float64Array(columns);
  const colUpper = new Float64Array(columns).fill(inf);
  for (let j = 0; j < L; j++) colUpper[j] = lp.demand[j]!;
  if (withShare) colUpper[tColumn] = 1;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  for (let n = 0; n < lp.nodes; n++) {
    rowLower[n] = -inf;
    rowUpper[n] = supply[n]!;
  }
  for (let r = rowsShare; r < numRows; r++) rowUpper[r] = inf;
  const model = highs.createModel();
  model.options.set({ output_flag: false, time_limit: 50 });
  model.passModel({
    numCols: columns,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: objective,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: {
      format: "csc",
      numRows,
      numCols: columns,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  return { model, columns, tColumn };
}

/** Run the model; throws when HiGHS finds no optimum. */
export function run(highs: HighsRuntime, model: HighsModel): Float64Array {
  const r = model.run();
  if (r.modelStatus !== highs.constants.modelStatus.optimal) {
    throw new Error(`HiGHS ended with model status ${r.modelStatus}, not optimal`);
  }
  return model.getSolution().colValue;
}

/** The objective of priority allocation per column: each line's score per base unit. */
export function scoreObjective(lp: Lp, state: AllocationState, columns: number): Float64Array {
  const c = new Float64Array(columns);
  lp.lines.forEach((li, j) => {
    c[j] = state.lines[li]!.priority.score;
  });
  return c;
}
