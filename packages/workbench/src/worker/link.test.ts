import { type DedupeResult, dedupe, runSampleJob, type SampleJob } from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";
import type { SampleAnswer, SampleAsk } from "./helper.js";
import { linkWith, SampleHelper } from "./link.js";

const records = synthesizeResidents({ records: 600, seed: 11 }).records;
const options = { profile: "resident" as const, sampleSize: 4000, seed: 2, nearMisses: 20 };
const timeless = (r: DedupeResult) => ({ ...r, stats: { ...r.stats, timings: {} } });
const alone = timeless(dedupe(records, options));

/** A stand-in for the helper worker: answers each job a turn later, as a thread would. */
class FakeHelper {
  onmessage: ((e: MessageEvent<SampleAnswer>) => void) | null = null;
  onerror: (() => void) | null = null;
  jobs = 0;
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(ask: SampleAsk) {
    const { id, job } = structuredClone(ask);
    this.jobs++;
    setTimeout(() => {
      const data: SampleAnswer = this.fail
        ? { id, error: "no comparator" }
        : { id, counts: runSampleJob(job) };
      this.onmessage?.({ data } as MessageEvent<SampleAnswer>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe("the merge's linkage with a helper thread", () => {
  it("gives dedupe's result with every field's random pairs counted by the helper", async () => {
    const fake = new FakeHelper();
    let started = 0;
    const helper = new SampleHelper(() => {
      started++;
      return fake as unknown as Worker;
    });
    // Not started with the page's worker: only when a merge needs it, and once.
    expect(started).toBe(0);
    helper.warm();
    const linked = await linkWith(records, options, helper.count);
    expect(fake.jobs).toBe(6);
    expect(started).toBe(1);
    expect(timeless(linked)).toEqual(alone);
  });

  it("counts here what the helper answers with an error, or cannot take", async () => {
    const failing = new SampleHelper(() => new FakeHelper(true) as unknown as Worker);
    expect(timeless(await linkWith(records, options, failing.count))).toEqual(alone);
    const none = new SampleHelper(() => {
      throw new Error("no workers here");
    });
    expect(timeless(await linkWith(records, options, none.count))).toEqual(alone);
    const rejecting = (_: SampleJob) => Promise.reject(new Error("gone"));
    expect(timeless(await linkWith(records, options, rejecting))).toEqual(alone);
  });

  it("answers the jobs waiting when the helper fails, and takes no more", async () => {
    const fake = new FakeHelper();
    fake.postMessage = () => {
      fake.jobs++;
    };
    const helper = new SampleHelper(() => fake as unknown as Worker);
    const job = { field: 0 } as SampleJob;
    const waiting = helper.count(job);
    fake.onerror?.();
    expect(await waiting).toBeUndefined();
    expect(fake.terminated).toBe(true);
    expect(await helper.count(job)).toBeUndefined();
    expect(fake.jobs).toBe(1);
  });
});
