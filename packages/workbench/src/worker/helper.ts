import { runSampleJob, type SampleJob } from "@linli/dedupe";

/** The name the page's worker gives its helper: the same script, started again. */
export const HELPER_NAME = "linli-helper";

/** A job for the helper; `id` pairs it with its answer. */
export interface SampleAsk {
  readonly id: number;
  readonly job: SampleJob;
}

/** The counts of one job, or why there are none (the worker then counts them itself). */
export type SampleAnswer =
  | { readonly id: number; readonly counts: Float64Array }
  | { readonly id: number; readonly error: string };

/**
 * Serve as the merge's second thread: count each field's random pairs for u (see
 * `dedupeSteps`) while the page's worker blocks and compares, so that a merge uses both
 * cores. The helper runs the worker's own script (no second copy of the libraries to load).
 */
export function serveSamples(scope: {
  postMessage(message: SampleAnswer, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<SampleAsk>) => void) | null;
}): void {
  scope.onmessage = (event) => {
    const { id, job } = event.data;
    try {
      const counts = runSampleJob(job);
      scope.postMessage({ id, counts }, [counts.buffer]);
    } catch (e) {
      scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) }, []);
    }
  };
}
