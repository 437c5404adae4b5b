import { entityNames } from "@linli/core";
import { type MergeProgress, type OutputKind, reportFigures, type SurvivorshipRule } from "linli";
import { merge as mergeFiles, writeMergeOutputs } from "linli/node";
import { profilePlan } from "linli/privacy";
import { type Command, type Context, EXIT, UsageError } from "../command.js";
import {
  DATA_OPTIONS,
  dataFiles,
  entityOption,
  errorText,
  mappingOption,
  sheetOption,
} from "../data-files.js";
import { vm } from "../locales/validate-merge.js";
import { profileOption, secretOption } from "../profile-option.js";
import { type Progress, progress } from "../progress.js";

const RULES: readonly SurvivorshipRule[] = [
  "most-frequent",
  "most-recent",
  "most-complete",
  "source-priority",
];

function rulesOption(ctx: Context): Record<string, SurvivorshipRule> {
  const out: Record<string, SurvivorshipRule> = {};
  for (const r of (ctx.values.rule as string[] | undefined) ?? []) {
    const [field, rule] = r.split("=").map((s) => s.trim());
    if (!field || !rule || !(RULES as readonly string[]).includes(rule)) {
      throw new UsageError(vm("err.rule", { rule: r }));
    }
    out[field] = rule as SurvivorshipRule;
  }
  return out;
}

function thresholdOption(ctx: Context): number | undefined {
  const v = ctx.values.threshold as string | undefined;
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0 || x >= 1)
    throw new UsageError(vm("err.threshold", { value: v }));
  return x;
}

/** One progress bar per stage (and per file while reading), each finished before the next. */
function bars(ctx: Context) {
  let current: { key: string; bar: Progress } | undefined;
  const label = (p: MergeProgress) =>
    ctx.t(
      p.stage === "import"
        ? vm("label.import", { file: p.detail ?? "" })
        : p.stage === "write"
          ? vm("label.write", { file: p.detail ?? "" })
          : vm(p.stage === "dedupe" ? "label.dedupe" : "label.fusion"),
    );
  return {
    update(p: MergeProgress) {
      const key = p.stage === "import" || p.stage === "write" ? `${p.stage}:${p.detail}` : p.stage;
      if (current?.key !== key) {
        current?.bar.done();
        current = { key, bar: progress(ctx, label(p)) };
      }
      current.bar.update(p.done, p.total);
    },
    done() {
      current?.bar.done();
      current = undefined;
    },
  };
}

/**
 * `linli merge <files…> -o <dir>`: import every file (each a source named after it), merge
 * within and across sources, and write merged.csv, merged.xlsx, merged.json, clusters.json,
 * issues.json and report.html into the folder; then say where they are. With `--profile`,
 * every output goes through the sharing profile and export-log.json is written beside them.
 * Exit 1 when a row was rejected, 2 when a file cannot be read or the folder cannot be written.
 */
export const merge: Command = {
  name: "merge",
  usage:
    "<files…> -o <dir> [--entity resident] [--priority a,b] [--rule field=rule] [--profile name|file [--secret-file path]] [--json]",
  summary: vm("merge.summary"),
  help: vm("merge.help", { entities: entityNames.join(", ") }),
  options: {
    ...DATA_OPTIONS,
    out: { type: "string", short: "o" },
    priority: { type: "string" },
    rule: { type: "string", multiple: true },
    threshold: { type: "string" },
    profile: { type: "string" },
    "secret-file": { type: "string" },
  },
  async run(ctx) {
    const files = await dataFiles(ctx, "merge");
    const dir = ctx.values.out as string | undefined;
    if (!dir) throw new UsageError(vm("err.noOut"));
    const entity = entityOption(ctx);
    const mapping = await mappingOption(ctx, entity);
    const sheet = sheetOption(ctx);
    const rules = rulesOption(ctx);
    const threshold = thresholdOption(ctx);
    const profile = await profileOption(ctx);
    const profileOptions = await secretOption(ctx, entity, profile);
    const priority = ((ctx.values.priority as string | undefined) ?? "")
      .split(/[,，、]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const show = bars(ctx);
    try {
      // The same path given twice is one source.
      const result = await mergeFiles(
        [...new Set(files)].map((file) => ({ data: file, file, ...(mapping ? { mapping } : {}) })),
        {
          entity,
          rules,
          priority,
          ...(threshold !== undefined ? { threshold } : {}),
          ...(sheet !== undefined ? { import: { sheet } } : {}),
          onProgress: (p) => show.update(p),
        },
      );
      show.done();
      const written = await writeMergeOutputs(result, dir, {
        lang: ctx.lang,
        ...(profile ? { profile, profileOptions } : {}),
        onProgress: (p) => show.update(p),
      });
      const plan = profile ? profilePlan(entity, profile, profileOptions) : undefined;
      show.done();
      const f = reportFigures(result);
      if (ctx.json) {
        ctx.io.stdout.write(
          `${JSON.stringify(
            {
              dir: written.dir,
              files: written.files.map(({ name, path, bytes }) => ({ name, path, bytes })),
              figures: f,
              ...(plan
                ? {
                    profile: {
                      name: plan.profile.name,
                      view: plan.view,
                      ...(profileOptions.pseudonymizer
                        ? { keyId: profileOptions.pseudonymizer.keyId }
                        : {}),
                    },
                  }
                : {}),
              summary: result.summary,
              timings: result.stats.timings,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        const out = (s: string) => ctx.io.stdout.write(`${s}\n`);
        out(ctx.t(vm("merge.done", { ...f })));
        out(ctx.t(vm("merge.written", { dir: written.dir })));
        const width = written.files.reduce((m, x) => Math.max(m, x.name.length), 0);
        for (const x of written.files) {
          out(
            `  ${x.name.padEnd(width)}  ${ctx.t(vm(`merge.file.${x.kind as OutputKind | "log"}`))}`,
          );
        }
        if (plan) {
          const code = plan.view === "shared" ? "merge.profileShared" : "merge.profile";
          out(ctx.t(vm(code, { profile: plan.profile.name })));
        }
        if (f.rejected > 0) out(ctx.t(vm("merge.rejectedHint", { rejected: f.rejected })));
      }
      return f.rejected > 0 ? EXIT.dataIssues : EXIT.ok;
    } catch (e) {
      show.done();
      throw new UsageError(errorText(e, (e as { file?: string }).file));
    }
  },
};
