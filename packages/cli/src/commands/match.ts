import { access, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { EntityName, EntityRecord, Localized } from "@linli/core";
import type { MatchInput, MatchOptions, MatchPlan, PriorityWeightsPatch } from "@linli/match";
import { match } from "linli/match";
import { writeMatchOutputs } from "linli/node";
import { type Command, type Context, EXIT, UsageError } from "../command.js";
import { errorText, sheetOption } from "../data-files.js";
import { type InputSummary, printInput, readInput } from "../export-io.js";
import { mc } from "../locales/match.js";
import { inputFiles, interruptedExit, interruptible } from "../outputs.js";
import { profileOption } from "../profile-option.js";
import { progress } from "../progress.js";

/** The input options, the entity each reads, and where it goes in the input. */
const INPUTS = [
  ["needs", "need"],
  ["stock", "stock-movement"],
  ["commitments", "commitment"],
  ["items", "supply-item"],
  ["locations", "location"],
  ["volunteers", "volunteer"],
  ["shifts", "shift"],
  ["allocations", "allocation"],
  ["tasks", "delivery-task"],
] as const satisfies readonly (readonly [keyof MatchInput, EntityName])[];

/** A file name to show in "needs a value, e.g. …". */
const EXAMPLES: Record<(typeof INPUTS)[number][0], string> = {
  needs: "需求登记.xlsx",
  stock: "库存台账.xlsx",
  commitments: "认捐登记.csv",
  items: "物资目录.csv",
  locations: "物资点.csv",
  volunteers: "志愿者名册.xlsx",
  shifts: "配送排班.csv",
  allocations: "allocations.json",
  tasks: "tasks.xlsx",
};

/** What an earlier plan folder holds for the next run. */
const PREVIOUS: Partial<Record<keyof MatchInput, string>> = {
  needs: "needs.json",
  stock: "stock.json",
  allocations: "allocations.json",
  tasks: "tasks.json",
};

type Records = Record<keyof MatchInput, EntityRecord<EntityName>[]>;

/** Later records replace earlier ones with the same id: a filled-in file overrides a plan's. */
function byId<T extends { meta: { id: string } }>(lists: readonly T[][]): T[] {
  const out = new Map<string, T>();
  for (const list of lists) for (const r of list) out.set(r.meta.id, r);
  return [...out.values()];
}

async function readAll(ctx: Context): Promise<{
  input: MatchInput;
  summaries: (InputSummary & { readonly entity: EntityName })[];
  files: string[];
}> {
  const sheet = sheetOption(ctx);
  const summaries: (InputSummary & { readonly entity: EntityName })[] = [];
  const files: string[] = [];
  const lists = Object.fromEntries(INPUTS.map(([k]) => [k, [] as EntityRecord<EntityName>[][]]));
  const read = async (key: keyof MatchInput, entity: EntityName, file: string) => {
    const path = resolve(ctx.io.cwd, file);
    files.push(file);
    try {
      const input = await readInput(ctx, path, {
        entity,
        ...(sheet !== undefined ? { sheet } : {}),
      });
      const records: EntityRecord<EntityName>[] = [];
      for await (const r of input.records) records.push(r);
      lists[key]!.push(records);
      summaries.push({ ...(await input.summary()), entity });
    } catch (e) {
      throw new UsageError(errorText(e, file));
    }
  };
  const previous = ctx.values.previous as string | undefined;
  if (previous) {
    for (const [key, entity] of INPUTS) {
      const name = PREVIOUS[key];
      if (!name) continue;
      const file = join(previous, name);
      try {
        await access(resolve(ctx.io.cwd, file));
      } catch {
        throw new UsageError(mc("err.previous", { dir: previous, file: name }));
      }
      await read(key, entity, file);
    }
  }
  for (const [key, entity] of INPUTS)
    for (const file of (ctx.values[key] as string[] | undefined) ?? [])
      await read(key, entity, file);
  const input = Object.fromEntries(
    Object.entries(lists).map(([k, v]) => [k, byId(v as { meta: { id: string } }[][])]),
  ) as unknown as Records;
  return { input: input as unknown as MatchInput, summaries, files };
}

async function weightsOption(ctx: Context): Promise<PriorityWeightsPatch | undefined> {
  const file = ctx.values.weights as string | undefined;
  if (!file) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(resolve(ctx.io.cwd, file), "utf8"));
  } catch (e) {
    const detail =
      e instanceof SyntaxError ? { "zh-CN": e.message, en: e.message } : errorText(e, file);
    throw new UsageError(both("err.weights", { file }, detail));
  }
  const bad = badWeights(parsed);
  if (bad) throw new UsageError(both("err.weights", { file }, { "zh-CN": bad, en: bad }));
  return parsed as PriorityWeightsPatch;
}

/** The first thing wrong with a weights object, or undefined. */
function badWeights(w: unknown): string | undefined {
  if (typeof w !== "object" || w === null || Array.isArray(w)) return "{ … }";
  for (const [k, v] of Object.entries(w)) {
    if (k === "urgency" || k === "vulnerability") {
      if (typeof v !== "object" || v === null) return `${k}: { … }`;
      for (const [kk, vv] of Object.entries(v))
        if (typeof vv !== "number" || !(vv >= 0)) return `${k}.${kk}: ${JSON.stringify(vv)}`;
    } else if (k === "defaultUrgency") {
      if (!["urgent", "high", "normal", "low"].includes(v as string))
        return `${k}: ${JSON.stringify(v)}`;
    } else if (["maxMultiplier", "perHour", "capHours"].includes(k)) {
      if (typeof v !== "number" || !(v >= 0)) return `${k}: ${JSON.stringify(v)}`;
    } else return k;
  }
  return undefined;
}

const both = (code: "err.weights" | "err.fair", params: Record<string, string>, d: Localized) => ({
  "zh-CN": mc(code, { ...params, detail: d["zh-CN"] })["zh-CN"],
  en: mc(code, { ...params, detail: d.en }).en,
});

function options(ctx: Context, weights: PriorityWeightsPatch | undefined): MatchOptions {
  const asOf = ctx.values["as-of"] as string | undefined;
  if (asOf !== undefined && !Number.isFinite(Date.parse(asOf)))
    throw new UsageError(mc("err.asOf", { value: asOf }));
  const maxKmText = ctx.values["max-km"] as string | undefined;
  const maxKm = maxKmText === undefined ? undefined : Number(maxKmText);
  if (maxKm !== undefined && !(maxKm >= 0))
    throw new UsageError(mc("err.maxKm", { value: maxKmText! }));
  return {
    ...(asOf !== undefined
      ? { asOf: /[zZ]|[+-]\d\d:?\d\d$/.test(asOf) ? normalise(asOf) : `${normalise(asOf)}+08:00` }
      : {}),
    ...(maxKm !== undefined ? { reach: { maxKm } } : {}),
    ...(weights ? { weights } : {}),
  };
}

/** `2022-01-05T08:00+08:00` → `2022-01-05T08:00:00+08:00`. */
const normalise = (t: string) => t.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d)(?=$|[zZ+-])/, "$1:00");

async function plan(ctx: Context, input: MatchInput, o: MatchOptions): Promise<MatchPlan> {
  if (!ctx.values.fair) return match(input, o);
  try {
    const [{ matchFair }, highs] = await Promise.all([
      import("@linli/match/fair"),
      import("highs").then((m) => (m.default as () => Promise<unknown>)()),
    ]);
    return await matchFair(input, { ...o, highs: highs as never });
  } catch (e) {
    const m = (e as Error).message;
    throw new UsageError(both("err.fair", {}, { "zh-CN": m, en: m }));
  }
}

const figure = (p: MatchPlan, name: string) =>
  p.run.figures?.find((f) => f.name === name)?.value ?? 0;

/**
 * `linli match --needs … --stock … -o <dir>`: match needs with stock, pledges and volunteers
 * (priority allocation, or `--fair`), and write the plan folder: allocations, delivery tasks,
 * one delivery sheet per volunteer and shift, unmet needs, the roll-up, and the records the
 * next run reads (`--previous <dir>`).
 */
export const matchCommand: Command = {
  name: "match",
  usage:
    "--needs <files…> [--stock …] [--commitments …] [--items …] [--locations …] [--volunteers …] [--shifts …] [--previous <dir>] [--tasks …] -o <dir> [--fair] [--as-of time] [--profile name]",
  summary: mc("match.summary"),
  help: mc("match.help"),
  options: {
    ...Object.fromEntries(
      INPUTS.map(([k]) => [k, { type: "string", multiple: true, example: EXAMPLES[k] }]),
    ),
    previous: { type: "string", example: "配送计划" },
    out: { type: "string", short: "o", example: "配送计划" },
    fair: { type: "boolean" },
    "as-of": { type: "string", example: "2022-01-05T08:00+08:00" },
    "max-km": { type: "string", example: "2" },
    weights: { type: "string", example: "weights.json" },
    profile: { type: "string", example: "partner-ngo" },
    sheet: { type: "string", example: "0" },
  },
  async run(ctx) {
    const dir = ctx.values.out as string | undefined;
    if (!((ctx.values.needs as string[] | undefined)?.length || ctx.values.previous))
      throw new UsageError(mc("err.noNeeds"));
    if (!dir) throw new UsageError(mc("err.out"));
    const o = options(ctx, await weightsOption(ctx));
    const profile = await profileOption(ctx);
    const started = performance.now();
    const { input, summaries, files } = await readAll(ctx);
    const read = performance.now();
    const bar = progress(ctx, ctx.t(mc("label.match")));
    const result = await plan(ctx, input, o);
    bar.done();
    const matched = performance.now();
    const write = progress(ctx, ctx.t(mc("label.write", { file: dir })));
    let written: Awaited<ReturnType<typeof writeMatchOutputs>>;
    try {
      written = await interruptible(ctx, (signal) =>
        writeMatchOutputs(result, resolve(ctx.io.cwd, dir), {
          lang: ctx.lang,
          ...(profile ? { profile } : {}),
          stock: input.stock ?? [],
          onFile: (_, i, n) => write.update(i, n),
          inputs: inputFiles(ctx, files),
          signal,
          ...(ctx.io.fs ? { fs: ctx.io.fs } : {}),
        }),
      );
    } catch (e) {
      write.done();
      if (interruptedExit(e) !== undefined) throw e;
      throw new UsageError(errorText(e));
    }
    write.done();
    const rejected = summaries.reduce((n, s) => n + s.rejected, 0);
    const f = (name: string) => figure(result, name);
    if (ctx.json) {
      ctx.io.stdout.write(
        `${JSON.stringify(
          {
            dir: written.dir,
            run: result.run,
            files: written.files.map(({ name, kind, path, bytes }) => ({
              name,
              kind,
              path,
              bytes,
            })),
            inputs: summaries.map((s) => ({
              ...s,
              issues: s.issues.length,
              rejectedRows: undefined,
            })),
            unmet: result.unmet.length,
            unassigned: result.unassigned.length,
            issues: result.issues.length,
            seconds: {
              read: round(read - started),
              match: round(matched - read),
              write: round(performance.now() - matched),
            },
          },
          null,
          2,
        )}\n`,
      );
      return rejected > 0 ? EXIT.dataIssues : EXIT.ok;
    }
    const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
    for (const s of summaries) printInput(ctx, s, new Map(), s.entity);
    out(
      ctx.t(
        mc("match.read", {
          needs: f("needs"),
          lines: f("needLines"),
          lots: f("lots"),
          volunteers: input.volunteers?.length ?? 0,
          shifts: input.shifts?.length ?? 0,
        }),
      ),
    );
    const mode =
      result.run.mode === "fair"
        ? mc("match.mode.fair", { worst: f("fair.worstShare"), best: f("fair.bestWorstShare") })
        : mc("match.mode.priority");
    out(
      ctx.t(
        mc("match.done", {
          mode,
          allocated: f("linesAllocated"),
          open: f("openLines"),
          urgent: f("urgentComplete"),
          urgentOpen: f("urgentLines"),
          unmet: result.unmet.length,
          tasks: f("tasks"),
          assigned: f("tasksAssigned"),
          rounds: f("rounds"),
        }),
      ),
    );
    if (result.movements.length)
      out(ctx.t(mc("match.movements", { count: result.movements.length })));
    if (result.issues.length) out(ctx.t(mc("match.issues", { count: result.issues.length })));
    out(ctx.t(mc("match.written", { dir })));
    const sheets = written.files.filter((x) => x.kind === "sheet").length / 2;
    const shown = new Set<string>();
    for (const x of written.files) {
      if (x.kind === "sheet") {
        if (!shown.has("sheet"))
          out(`  sheets/  ${ctx.t(mc("match.file.sheet", { count: sheets }))}`);
        shown.add("sheet");
        continue;
      }
      out(`  ${x.name.padEnd(18)}  ${ctx.t(mc(`match.file.${x.kind}`))}`);
    }
    out(ctx.t(mc("match.next", { dir })));
    return rejected > 0 ? EXIT.dataIssues : EXIT.ok;
  },
};

const round = (ms: number) => Math.round(ms) / 1000;
