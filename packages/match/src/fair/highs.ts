/**
 * The parts of a HiGHS model that linli uses (a subset of the `highs` package's `Model`).
 *
 * @example
 * ```ts
 * import type { HighsModel } from "@linli/match/fair";
 * const done = (m: HighsModel) => m.dispose();
 * ```
 */
export interface HighsModel {
  /** Load a model: columns, rows and the matrix in compressed sparse columns. */
  passModel(model: {
    numCols: number;
    numRows: number;
    sense: unknown;
    colCost: Float64Array;
    colLower: Float64Array;
    colUpper: Float64Array;
    rowLower: Float64Array;
    rowUpper: Float64Array;
    matrix: {
      format: "csc";
      numRows: number;
      numCols: number;
      starts: Int32Array;
      indices: Int32Array;
      values: Float64Array;
    };
  }): unknown;
  /** Solver options, such as `output_flag` and `time_limit`. */
  readonly options: {
    /** Set options by name. */
    set(values: Record<string, string | number | boolean>): unknown;
  };
  /** Solve. */
  run(): { readonly modelStatus: number };
  /** The values of the columns at the solution. */
  getSolution(): { readonly colValue: Float64Array };
  /** The objective at the solution. */
  getObjectiveValue(): number;
  /** Replace the objective coefficients of a range of columns. */
  changeColsCost(
    selection: { kind: "range"; from: number; to: number },
    costs: Float64Array,
  ): unknown;
  /** Replace one column's bounds. */
  changeColBounds(index: number, lower: number, upper: number): unknown;
  /** Free the model's WebAssembly memory. */
  dispose(): void;
}

/**
 * A loaded HiGHS runtime, as `await (await import("highs")).default()` gives it (only the
 * parts linli uses). Pass one to fair mode to load the WebAssembly your own way, e.g. with
 * `locateFile` in a browser.
 *
 * @example
 * ```ts
 * import type { HighsRuntime } from "@linli/match/fair";
 * import loadHighs from "highs";
 * const highs = (await loadHighs()) as unknown as HighsRuntime;
 * ```
 */
export interface HighsRuntime {
  readonly infinity: number;
  readonly constants: {
    readonly objectiveSense: { readonly maximize: unknown };
    readonly modelStatus: { readonly optimal: number };
  };
  /** A new, empty model. */
  createModel(): HighsModel;
}

let loading: Promise<HighsRuntime> | undefined;

/** The HiGHS runtime from the `highs` package, loaded once, on first use. */
export function loadHighs(): Promise<HighsRuntime> {
  loading ??= (async () => {
    let mod: { default: (o?: object) => Promise<unknown> };
    try {
      mod = (await import(/* @vite-ignore */ "highs")) as typeof mod;
    } catch (e) {
      loading = undefined;
      throw new Error(
        `Fair mode needs the optional package “highs” (npm install highs@1.15.3): ${(e as Error).message}`,
      );
    }
    return (await mod.default()) as HighsRuntime;
  })();
  return loading;
}
