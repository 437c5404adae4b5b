import { type DedupeOptions, type DedupeResult, dedupeSteps, type SampleJob } from "@linli/dedupe";
import type { SampleAnswer, SampleAsk } from "./helper.js";

/** Counts a field's random pairs for u elsewhere; undefined: count them here instead. */
export type CountSample = (job: SampleJob) => Promise<Float64Array | undefined>;

/**
 * The merge's linkage on the in-memory engine, with each field's random pairs for u counted
 * by `count` (the helper worker) while this thread blocks and compares. The result is the
 * same as `dedupe`'s: counts the helper could not give are counted here.
 */
export async function linkWith(
  records: readonly unknown[],
  options: DedupeOptions,
  count: CountSample,
): Promise<DedupeResult> {
  const steps = dedupeSteps(records, options);
  const pending = new Map<number, Promise<Float64Array | undefined>>();
  let step = steps.next();
  while (!step.done) {
    const ask = step.value;
    if (ask.kind === "sample") {
      pending.set(
        ask.job.field,
        count(ask.job).catch(() => undefined),
      );
      // Nothing to answer: the helper counts while this thread goes on.
      step = steps.next(undefined);
    } else {
      const counts = await Promise.all(ask.fields.map((f) => pending.get(f)));
      step = steps.next(counts);
    }
  }
  return step.value;
}

/**
 * The helper worker, started at the first merge (not with the page: loading it beside the
 * reading of files would take CPU from that), then kept; it takes jobs in turn. If it cannot
 * start or fails, every job is answered undefined, and the merge counts them itself.
 */
export class SampleHelper {
  private worker: Worker | undefined;
  private failed = false;
  private next = 0;
  private readonly waiting = new Map<number, (counts: Float64Array | undefined) => void>();

  constructor(private readonly start: () => Worker) {}

  /** Start the helper now if it is not running, so that it loads while the merge begins. */
  warm(): void {
    if (this.worker || this.failed) return;
    try {
      const w = this.start();
      w.onmessage = (event: MessageEvent<SampleAnswer>) => {
        const a = event.data;
        const done = this.waiting.get(a.id);
        this.waiting.delete(a.id);
        done?.("counts" in a ? a.counts : undefined);
      };
      w.onerror = () => this.stop();
      this.worker = w;
    } catch {
      this.failed = true;
    }
  }

  /** Count one job's random pairs on the helper. */
  readonly count: CountSample = (job) => {
    this.warm();
    const w = this.worker;
    if (!w) return Promise.resolve(undefined);
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      w.postMessage({ id, job } satisfies SampleAsk);
    });
  };

  /** Stop the helper for good; jobs waiting are answered undefined. */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failed = true;
    for (const done of this.waiting.values()) done(undefined);
    this.waiting.clear();
  }
}
