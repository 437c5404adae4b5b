import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { emitSpark } from "linli/node";
import { type Command, CommandLineError, type Context, EXIT, UsageError } from "../command.js";
import {
  DATA_OPTIONS,
  dataFiles,
  entityOption,
  errorText,
  mappingOption,
  sheetOption,
} from "../data-files.js";
import { decisionsOption } from "../decisions-option.js";
import { mergeProfiles } from "../linkage-option.js";
import { lk } from "../locales/link.js";
import { interruptedExit } from "../outputs.js";
import { bars, thresholdOption } from "./merge.js";

const KIND: Record<string, "link.file.sql" | "link.file.runner" | "link.file.plan"> = {
  "linkage.sql": "link.file.sql",
  "run_linkage.py": "link.file.runner",
  "plan.json": "link.file.plan",
};

/** The plan folder: `-o`, or the argument after `--emit spark`; never an existing file. */
async function planDir(ctx: Context): Promise<{ dir: string; files: readonly string[] }> {
  const out = ctx.values.out as string | undefined;
  const [first, ...rest] = ctx.positionals;
  const dir = out ?? first;
  if (dir === undefined) throw new CommandLineError(lk("err.emit"));
  const isFile = await stat(resolve(ctx.io.cwd, dir)).then(
    (s) => !s.isDirectory(),
    () => false,
  );
  if (isFile) throw new CommandLineError(lk("err.emitDir", { path: dir }));
  return { dir, files: out === undefined ? rest : ctx.positionals };
}

/**
 * `linli link --emit spark DIR <files…>`: read the files as `linli merge` does and write the
 * linkage as a plan for Spark into DIR (Parquet input, Spark SQL, a PySpark runner, plan.json).
 * `linli merge <files…> --pairs DIR` finishes the merge from the pairs Spark wrote.
 */
export const link: Command = {
  name: "link",
  usage:
    "--emit spark <dir> <files…> [--entity resident] [--decisions file] [--threshold 0.9] [--profile linkage.json] [--memory-limit 8GB] [--json]",
  summary: lk("link.summary"),
  help: lk("link.help"),
  options: {
    ...DATA_OPTIONS,
    emit: { type: "string", choices: ["spark"] },
    out: { type: "string", short: "o", example: "spark-plan" },
    threshold: { type: "string", example: "0.9" },
    decisions: { type: "string", multiple: true, example: "核查决定.json" },
    profile: { type: "string", multiple: true, example: "查重配置.json" },
    "memory-limit": { type: "string", example: "8GB" },
  },
  async run(ctx) {
    if (ctx.values.emit !== "spark") throw new CommandLineError(lk("err.emit"));
    const entity = entityOption(ctx);
    const sheet = sheetOption(ctx);
    const threshold = thresholdOption(ctx);
    const limit = ctx.values["memory-limit"] as string | undefined;
    const { dir, files: named } = await planDir(ctx);
    const files = await dataFiles({ ...ctx, positionals: named }, "link --emit spark <dir>");
    const mapping = await mappingOption(ctx, entity);
    const { sharing, linkage } = await mergeProfiles(ctx, entity);
    if (sharing) {
      const name = typeof sharing === "string" ? sharing : sharing.name;
      throw new CommandLineError(lk("err.sharing", { profile: name }));
    }
    const decisions = await decisionsOption(ctx, entity);
    const show = bars(ctx);
    let emitted: Awaited<ReturnType<typeof emitSpark>>;
    try {
      emitted = await emitSpark(
        [...new Set(files)].map((file) => ({ data: file, file, ...(mapping ? { mapping } : {}) })),
        resolve(ctx.io.cwd, dir),
        {
          entity,
          ...(linkage ? { profile: linkage } : {}),
          ...(threshold !== undefined ? { threshold } : {}),
          ...(decisions ?? {}),
          ...(sheet !== undefined ? { import: { sheet } } : {}),
          dedupe: {
            engine: "duckdb",
            duckdb: {
              ...(limit !== undefined ? { memoryLimit: limit.trim() } : {}),
            },
          },
          onProgress: (p) => show.update(p),
        },
      );
      show.done();
    } catch (e) {
      show.done();
      if (interruptedExit(e) !== undefined) throw e;
      throw new UsageError(errorText(e, (e as { file?: string }).file));
    }
    const records = emitted.plan.records;
    if (ctx.json) {
      ctx.io.stdout.write(
        `${JSON.stringify(
          {
            dir: emitted.dir,
            records,
            files: emitted.files,
            plan: {
              profile: emitted.plan.profile,
              fields: emitted.plan.fields.map((f) => f.name),
              rules: emitted.plan.rules.map((r) => r.name),
              threshold: emitted.plan.threshold,
            },
          },
          null,
          2,
        )}\n`,
      );
      return EXIT.ok;
    }
    const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
    out(ctx.t(lk("link.done", { records, dir: emitted.dir })));
    const width = emitted.files.reduce((m, x) => Math.max(m, x.name.length), 0);
    for (const f of emitted.files) {
      out(`  ${f.name.padEnd(width)}  ${ctx.t(lk(KIND[f.name] ?? "link.file.input"))}`);
    }
    out(
      ctx.t(lk("link.next", { dir: emitted.dir, runner: resolve(emitted.dir, "run_linkage.py") })),
    );
    return EXIT.ok;
  },
};
