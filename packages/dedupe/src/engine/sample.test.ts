import {
  comparators,
  DedupeOptionError,
  type DedupeResult,
  dedupe,
  dedupeSteps,
  type RunAnswer,
  type RunAsk,
  residentProfile,
  runSampleJob,
  type SampleJob,
} from "@linli/dedupe";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

const records = synthesizeResidents({ records: 800, seed: 7 }).records;
// Fewer random pairs than record pairs: u comes from a seeded sample, as at scale.
const options = { profile: "resident" as const, sampleSize: 5000, seed: 3 };

const profile = residentProfile();

/** A result without its timings (which differ from run to run). */
const timeless = (r: DedupeResult) => ({ ...r, stats: { ...r.stats, timings: {} } });

/** Drive `dedupeSteps`, answering each ask with `answer` (jobs seen so far given). */
function drive(
  steps: Generator<RunAsk, DedupeResult, RunAnswer>,
  answer: (ask: RunAsk, jobs: readonly SampleJob[]) => RunAnswer,
): { result: DedupeResult; jobs: SampleJob[] } {
  const jobs: SampleJob[] = [];
  let step = steps.next();
  while (!step.done) {
    if (step.value.kind === "sample") jobs.push(step.value.job);
    step = steps.next(answer(step.value, jobs));
  }
  return { result: step.value, jobs };
}

describe("dedupeSteps and runSampleJob (u's random pairs counted on another thread)", () => {
  const alone = dedupe(records, options);

  it("gives dedupe's result when the counts come from copies of the jobs", () => {
    const { result, jobs } = drive(dedupeSteps(records, options), (ask, seen) =>
      ask.kind === "counts"
        ? ask.fields.map((f) => runSampleJob(structuredClone(seen.find((j) => j.field === f)!)))
        : undefined,
    );
    // Every field of the resident profile has a built-in comparator: all are offered.
    expect(jobs.map((j) => j.field)).toEqual(profile.fields.map((_, k) => k));
    expect(timeless(result)).toEqual(timeless(alone));
    expect(result.params.fields.map((f) => f.u)).toEqual(alone.params.fields.map((f) => f.u));
  });

  it("counts a field here when its answer is missing or not one count per level", () => {
    const { result } = drive(dedupeSteps(records, options), (ask, seen) =>
      ask.kind === "counts"
        ? ask.fields.map((_, k) =>
            k === 0 ? undefined : k === 1 ? new Float64Array(1) : runSampleJob(seen[k]!),
          )
        : undefined,
    );
    expect(timeless(result)).toEqual(timeless(alone));
  });

  it("uses the counts it is given (they are what u is estimated from)", () => {
    const { result } = drive(dedupeSteps(records, options), (ask, seen) =>
      ask.kind === "counts"
        ? ask.fields.map((f) => {
            const c = runSampleJob(seen.find((j) => j.field === f)!);
            // Every random pair at the weakest level but the last: u moves.
            c.fill(0);
            c[c.length - 2] = 5000;
            return c;
          })
        : undefined,
    );
    expect(result.params.fields[0]!.u).not.toEqual(alone.params.fields[0]!.u);
  });

  it("offers no job for a comparator that cannot be made again elsewhere", () => {
    const own = { ...comparators.chineseName(), compare: () => 0 };
    const mine = {
      ...profile,
      fields: profile.fields.map((f) => (f.name === "name" ? { ...f, comparator: own } : f)),
    };
    const { result, jobs } = drive(
      dedupeSteps(records, { ...options, profile: mine }),
      (ask, seen) =>
        ask.kind === "counts"
          ? ask.fields.map((f) => runSampleJob(seen.find((j) => j.field === f)!))
          : undefined,
    );
    const name = profile.fields.findIndex((f) => f.name === "name");
    expect(jobs.map((j) => j.field)).not.toContain(name);
    expect(jobs.length).toBe(profile.fields.length - 1);
    expect(timeless(result)).toEqual(timeless(dedupe(records, { ...options, profile: mine })));
  });

  it("asks nothing when parameters are given (no u to estimate)", () => {
    const { jobs } = drive(dedupeSteps(records, { ...options, params: alone.params }), () => {
      throw new Error("no ask expected");
    });
    expect(jobs).toEqual([]);
  });

  it("runs on the in-memory engine only, and says so", () => {
    const e = (() => {
      try {
        dedupeSteps(records, { ...options, engine: "duckdb" }).next();
      } catch (x) {
        return x;
      }
    })() as DedupeOptionError;
    expect(e).toBeInstanceOf(DedupeOptionError);
    expect(e.code).toBe("options.stepsEngine");
    expect(e.localized["zh-CN"]).toContain("dedupe()");
    expect(e.localized.en).toContain("in-memory");
  });
});
