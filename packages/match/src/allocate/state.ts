import type { Candidates } from "../candidates/candidates.js";
import type { Line } from "../model/lines.js";
import type { Lot } from "../model/lots.js";

/** Round down to the line's granularity (whole units, or thousandths). */
export const floorStep = (x: number, step: number) =>
  step === 1 ? Math.floor(x + 1e-9) : Math.floor(x * 1000 + 1e-6) / 1000;

/** What this run has allocated so far: stock left per lot, quantity given per line. */
export class AllocationState {
  /** Lot units left in each lot. */
  readonly remaining: Float64Array;
  /** Line units given to each line by this run. */
  readonly given: Float64Array;
  /** Per line, what it took: pairs of candidate position and line units, in the order first taken. */
  readonly taken: (number[] | undefined)[];
  /** Lines given something by fair mode's first phase, with the community they lift. */
  readonly fairFor = new Map<number, string>();

  constructor(
    readonly lines: readonly Line[],
    readonly lots: readonly Lot[],
    readonly cand: Candidates,
  ) {
    this.remaining = Float64Array.from(lots, (l) => Math.max(0, l.quantity - l.held));
    this.given = new Float64Array(lines.length);
    this.taken = new Array(lines.length);
  }

  /** Line units still wanted by a line. */
  wanted(line: number): number {
    const l = this.lines[line]!;
    return Math.max(0, floorStep(l.outstanding - this.given[line]!, l.step));
  }

  /** How many line units candidate `c` of `line` can still give. */
  available(line: number, c: number): number {
    const lot = this.cand.lot[c]!;
    return floorStep(this.remaining[lot]! / this.cand.ratio[c]!, this.lines[line]!.step);
  }

  /** Take up to `units` (line units) for `line` from candidate `c`; returns what was taken. */
  take(line: number, c: number, units: number): number {
    const q = Math.min(floorStep(units, this.lines[line]!.step), this.available(line, c));
    if (q <= 0) return 0;
    const lot = this.cand.lot[c]!;
    this.remaining[lot] = Math.max(0, this.remaining[lot]! - q * this.cand.ratio[c]!);
    this.given[line] = this.given[line]! + q;
    const t = this.taken[line];
    if (!t) this.taken[line] = [c, q];
    else {
      let k = 0;
      while (k < t.length && t[k] !== c) k += 2;
      if (k < t.length) t[k + 1]! += q;
      else t.push(c, q);
    }
    return q;
  }

  /** Give a line what its candidates hold, best first, up to `limit` line units. */
  fill(line: number, limit = Number.POSITIVE_INFINITY): number {
    let want = Math.min(this.wanted(line), limit);
    let got = 0;
    for (let c = this.cand.start[line]!; c < this.cand.end[line]! && want > 0; c++) {
      const q = this.take(line, c, want);
      want -= q;
      got += q;
    }
    return got;
  }
}
