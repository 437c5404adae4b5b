import { resolve } from "node:path";
import { describe, type EntityName, entities, entityNames, type Node } from "@linli/core";
import { type MergeProgress, type OutputKind, reportFigures, type SurvivorshipRule } from "linli";
import { merge as mergeFiles, writeMergeOutputs } from "linli/node";
import { profilePlan } from "linli/privacy";
import { didYouMean, joinText, listText } from "../args/parse.js";
import { type Command, CommandLineError, type Context, EXIT, UsageError } from "../command.js";
import {
  DATA_OPTIONS,
  dataFiles,
  entityOption,
  errorText,
  mappingOption,
  sheetOption,
  vocabOption,
} from "../data-files.js";
import { decisionsOption } from "../decisions-option.js";
import { ENGINE_OPTIONS, engineOption } from "../engine-option.js";
import { hsdsPackages } from "../hsds-files.js";
import {
  filesEntity,
  IMPORT_OPTIONS,
  importOptions,
  phoneCountryOption,
  setOption,
  setValues,
} from "../import-options.js";
import { mergeProfiles } from "../linkage-option.js";
import { linkageLines, linkageSummary } from "../linkage-summary.js";
import { vm } from "../locales/validate-merge.js";
import { odkFiles } from "../odk-files.js";
import { inputFiles, interruptedExit, interruptible } from "../outputs.js";
import { PROFILE_OPTIONS, secretOption } from "../profile-option.js";
import { type Progress, progress } from "../progress.js";

const RULES: readonly SurvivorshipRule[] = [
  "most-frequent",
  "most-recent",
  "most-complete",
  "source-priority",
];

/** Every field path of an entity (`address`, `address.building`, `phones`), metadata left out. */
function fieldPaths(entity: EntityName): string[] {
  const out: string[] = [];
  const walk = (node: Node, path: string) => {
    if (node.kind !== "object") return;
    for (const p of node.properties) {
      if (path === "" && p.key === "meta") continue;
      const at = path ? `${path}.${p.key}` : p.key;
      out.push(at);
      walk(p.node, at);
    }
  };
  walk(describe(entities[entity]), "");
  return out;
}

const ANY_KIND = { "zh-CN": "任何数据类型", en: "any kind of data" };

/**
 * `--rule field=rule`: checked against the entity, or (before the entity is guessed) against
 * the fields of every entity.
 */
function rulesOption(ctx: Context, entity?: EntityName): Record<string, SurvivorshipRule> {
  const out: Record<string, SurvivorshipRule> = {};
  for (const value of (ctx.values.rule as string[] | undefined) ?? []) {
    const at = value.indexOf("=");
    const field = value.slice(0, at).trim();
    const rule = value.slice(at + 1).trim();
    if (at <= 0 || !field || !rule) throw new CommandLineError(vm("err.rule", { value }));
    if (!(RULES as readonly string[]).includes(rule)) {
      throw new CommandLineError(
        joinText(
          vm("err.ruleName", { value, rule, rules: listText(RULES) }),
          didYouMean(rule, RULES),
        ),
      );
    }
    const fields = entity ? fieldPaths(entity) : [...new Set(entityNames.flatMap(fieldPaths))];
    if (!fields.includes(field)) {
      throw new CommandLineError(
        joinText(
          vm("err.ruleField", { value, field, entity: entity ?? ANY_KIND }),
          didYouMean(field, fields),
        ),
      );
    }
    out[field] = rule as SurvivorshipRule;
  }
  return out;
}

export function thresholdOption(ctx: Context): number | undefined {
  const v = ctx.values.threshold as string | undefined;
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0 || x >= 1)
    throw new CommandLineError(vm("err.threshold", { value: v }));
  return x;
}

/** One progress bar per stage (and per file while reading), each finished before the next. */
export function bars(ctx: Context) {
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
    "<files…> -o <dir> [--entity resident] [--decisions file] [--priority a,b] [--rule field=rule] [--profile name|file [--secret-file path]] [--engine duckdb [--memory-limit 8GB] [--work-dir dir]] [--pairs spark-plan] [--json]",
  summary: vm("merge.summary"),
  help: vm("merge.help", { entities: entityNames.join(", ") }),
  options: {
    ...DATA_OPTIONS,
    ...IMPORT_OPTIONS,
    out: { type: "string", short: "o", example: "合并结果" },
    priority: { type: "string", example: "丈八社区,小寨社区" },
    rule: { type: "string", multiple: true, example: "address=most-recent" },
    threshold: { type: "string", example: "0.9" },
    decisions: { type: "string", multiple: true, example: "核查决定.json" },
    ...PROFILE_OPTIONS,
    ...ENGINE_OPTIONS,
    // A sharing profile for the outputs and a linkage profile for finding duplicates.
    profile: { type: "string", multiple: true, example: "partner-ngo" },
  },
  async run(ctx) {
    // Arguments first, files after: a typo is reported before any file is opened.
    const dir = ctx.values.out as string | undefined;
    const given = ctx.values.entity !== undefined ? entityOption(ctx) : undefined;
    const sheet = sheetOption(ctx);
    rulesOption(ctx, given);
    const vocabulary = await vocabOption(ctx);
    if (given) setOption(ctx, given, vocabulary);
    else setValues(ctx);
    phoneCountryOption(ctx); // refused before any file is read
    const threshold = thresholdOption(ctx);
    const engine = engineOption(ctx);
    const files = await dataFiles(ctx, "merge", true);
    if (!dir) throw new CommandLineError(vm("err.noOut"));
    // Open Referral HSDS packages (a folder, or its tables together) are one source of
    // organisations each; the other files are guessed one by one.
    const { packages, rest } = await hsdsPackages(files);
    // Without --entity, the kind of data is guessed from the files (and said).
    // An ODK export's repeat files are read with their submissions: guessed from those.
    const odk = await odkFiles(ctx, rest);
    const { entity, said } =
      rest.length === 0 && packages.length > 0 && given === undefined
        ? { entity: "organization" as EntityName, said: [] }
        : await filesEntity(
            ctx,
            rest.filter((f) => !odk.within.has(f)),
            sheet,
          );
    if (!ctx.json) for (const s of said) ctx.io.stdout.write(`${ctx.t(s)}\n`);
    const rules = rulesOption(ctx, entity);
    const options = await importOptions(ctx, entity);
    const mapping = await mappingOption(ctx, entity);
    const { sharing: profile, linkage } = await mergeProfiles(ctx, entity);
    const decisions = await decisionsOption(ctx, entity);
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
          ...(linkage ? { profile: linkage } : {}),
          ...(threshold !== undefined ? { threshold } : {}),
          ...(decisions ?? {}),
          ...(Object.keys(options).length > 0 ? { import: options } : {}),
          ...(engine.engine ? { dedupe: engine } : {}),
          onProgress: (p) => show.update(p),
        },
      );
      show.done();
      const written = await interruptible(ctx, (signal) =>
        writeMergeOutputs(result, resolve(ctx.io.cwd, dir), {
          lang: ctx.lang,
          ...(profile ? { profile, profileOptions } : {}),
          onProgress: (p) => show.update(p),
          inputs: inputFiles(ctx, files),
          signal,
          ...(ctx.io.fs ? { fs: ctx.io.fs } : {}),
        }),
      );
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
              linkage: linkageSummary(result),
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
        if (f.withheldCells > 0)
          out(ctx.t(vm("merge.withheldHint", { withheldCells: f.withheldCells })));
        for (const line of linkageLines(result)) out(ctx.t(line));
        if (f.rejected > 0) out(ctx.t(vm("merge.rejectedHint", { rejected: f.rejected })));
      }
      return f.rejected > 0 ? EXIT.dataIssues : EXIT.ok;
    } catch (e) {
      show.done();
      if (interruptedExit(e) !== undefined) throw e;
      throw new UsageError(errorText(e, (e as { file?: string }).file));
    }
  },
};
