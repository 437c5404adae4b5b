import * as fsp from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import {
  builtinReports,
  parseReportDefinition,
  type ReportDefinition,
  ReportDefinitionError,
  reportCsv,
  reportXlsx,
  runReport,
} from "@linli/adapters";
import { columns, entities } from "@linli/core";
import { issueSharing } from "linli";
import type { OutputSet } from "linli/node";
import { exportLogName } from "linli/privacy";
import { didYouMean, joinText, listText } from "../args/parse.js";
import { type Command, CommandLineError, type Context, EXIT, UsageError } from "../command.js";
import { errorText, mappingOption, sheetOption } from "../data-files.js";
import { type InputSummary, printInput, readInput } from "../export-io.js";
import { ex } from "../locales/export.js";
import { commandOutputs, inputFiles, interruptedExit, interruptible } from "../outputs.js";
import { PROFILE_OPTIONS, profileOption, secretOption, writeExportLog } from "../profile-option.js";
import { issuesFileOf, writeIssues } from "./convert.js";

const SHIPPED = Object.keys(builtinReports).join(", ");

async function definitionOf(ctx: Context, name: string): Promise<ReportDefinition> {
  if (Object.hasOwn(builtinReports, name))
    return builtinReports[name as keyof typeof builtinReports];
  let text: string;
  try {
    text = await fsp.readFile(resolve(ctx.io.cwd, name), "utf8");
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") {
      throw new CommandLineError(
        joinText(
          ex("err.definitionFile", { name }),
          ex("err.definition", { reports: listText(Object.keys(builtinReports)) }),
          didYouMean(name, Object.keys(builtinReports)),
        ),
      );
    }
    throw new UsageError(errorText(e, name));
  }
  try {
    return parseReportDefinition(text);
  } catch (e) {
    // The file is named: "(definition): not a linli report definition" alone says not which.
    if (e instanceof ReportDefinitionError) {
      throw new UsageError({
        "zh-CN": `${name}：${e.localized["zh-CN"]}`,
        en: `${name}: ${e.localized.en}`,
      });
    }
    throw e;
  }
}

function paramsOf(ctx: Context): Record<string, string> {
  const params: Record<string, string> = {};
  for (const p of (ctx.values.param as string[] | undefined) ?? []) {
    const at = p.indexOf("=");
    if (at <= 0) throw new CommandLineError(ex("err.param", { value: p }));
    params[p.slice(0, at).trim()] = p.slice(at + 1).trim();
  }
  return params;
}

/**
 * `linli report <definition> <data…> -o out.xlsx`: run a shipped report (or a definition
 * file) over data files and write the workbook, e.g. the daily quarantine report.
 */
export const report: Command = {
  name: "report",
  usage:
    "<definition> <data…> -o out.xlsx [--param name=value…] [--min-count n [--flag-small]] [--profile name|file [--secret-file path]]",
  summary: ex("report.summary"),
  help: ex("report.help", { reports: SHIPPED }),
  options: {
    out: { type: "string", short: "o", example: "日报.xlsx" },
    param: { type: "string", multiple: true, short: "p", example: "community=丈八社区" },
    "min-count": { type: "string", example: "5" },
    "flag-small": { type: "boolean" },
    mapping: { type: "string", multiple: true },
    sheet: { type: "string" },
    ...PROFILE_OPTIONS,
  },
  async run(ctx) {
    const [name, ...files] = ctx.positionals;
    if (!name) throw new CommandLineError(ex("err.definition", { reports: SHIPPED }));
    const def = await definitionOf(ctx, name);
    if (files.length === 0) throw new CommandLineError(ex("err.noData", { report: name }));
    const outArg = ctx.values.out as string | undefined;
    if (!outArg)
      throw new CommandLineError(
        ex("err.out", { command: `report ${name}`, example: "报表.xlsx" }),
      );
    const out = resolve(ctx.io.cwd, outArg);
    const params = paramsOf(ctx);
    const minText = ctx.values["min-count"] as string | undefined;
    const minCount = minText === undefined ? undefined : Number(minText);
    if (minCount !== undefined && (!Number.isInteger(minCount) || minCount < 1)) {
      throw new CommandLineError(ex("err.minCount", { value: minText! }));
    }
    const entity = def.entity;
    const mapping = await mappingOption(ctx, entity);
    const sheet = sheetOption(ctx);
    const profile = await profileOption(ctx);
    const profileOptions = await secretOption(ctx, entity, profile);
    const share = profile ? issueSharing(entity, profile, profileOptions) : undefined;

    const issuesOf = (file: string) => issuesFileOf(`${out}.${basename(file)}`);
    const paths = [out, exportLogName(out), ...files.map(issuesOf)];
    // Problems of earlier runs beside this report, for inputs not read this time.
    const earlier = await (ctx.io.fs ?? fsp).readdir(dirname(out)).catch(() => [] as string[]);
    const stale = earlier
      .filter((f) => f.startsWith(`${basename(out)}.`) && f.endsWith(".issues.json"))
      .map((f) => join(dirname(out), f));
    const { computed, summaries, logFile, issues } = await interruptible(ctx, async (signal) => {
      const outputs = await commandOutputs(ctx, paths, inputFiles(ctx, files), signal);
      try {
        return await reportInto(outputs);
      } catch (e) {
        await outputs.abort();
        if (e instanceof UsageError || interruptedExit(e) !== undefined) throw e;
        throw new UsageError(errorText(e, out));
      }
    });

    async function reportInto(outputs: OutputSet) {
      const records: unknown[] = [];
      const summaries: InputSummary[] = [];
      for (const f of files) {
        const path = resolve(ctx.io.cwd, f);
        try {
          const input = await readInput(ctx, path, {
            entity,
            ...(mapping ? { mapping } : {}),
            ...(sheet !== undefined ? { sheet } : {}),
          });
          for await (const r of input.records) records.push(r);
          summaries.push(await input.summary());
        } catch (e) {
          throw new UsageError(errorText(e, f));
        }
      }
      let computed: ReturnType<typeof runReport>;
      try {
        computed = runReport(def, records, {
          params,
          lang: ctx.lang,
          ...(minCount !== undefined ? { minCount } : {}),
          ...(ctx.values["flag-small"] ? { smallCounts: "flag" as const } : {}),
          ...(profile ? { profile, profileOptions } : {}),
        });
      } catch (e) {
        if (e instanceof ReportDefinitionError) throw new UsageError(e.localized);
        throw e;
      }
      const bytes =
        extname(out).toLowerCase() === ".csv" ? reportCsv(computed) : reportXlsx(computed);
      await outputs.write(out, [bytes]);
      const logFile = profile
        ? await writeExportLog(outputs, out, {
            profile,
            profileOptions,
            entity,
            // People listed, as the log counts records shared.
            count: computed.sheets.reduce((n, s) => (s.kind === "list" ? n + s.rows.length : n), 0),
            format: `report:${computed.id}`,
          })
        : undefined;
      const issues: string[] = [];
      for (const [k, s] of summaries.entries()) {
        const file = await writeIssues(outputs, `${out}.${basename(files[k]!)}`, s, share);
        if (file) issues.push(file);
      }
      await outputs.commit([exportLogName(out), ...stale]);
      return { computed, summaries, logFile, issues };
    }
    const rejected = summaries.reduce((n, s) => n + s.rejected, 0);
    if (ctx.json) {
      ctx.io.stdout.write(
        `${JSON.stringify(
          {
            report: computed.id,
            file: out,
            parameters: computed.parameters,
            sheets: computed.sheets.map((s) => ({
              name: s.name,
              rows: s.rows.length,
              header: s.header,
            })),
            inputs: summaries.map((s) => ({
              ...s,
              issues: s.issues.length,
              rejectedRows: undefined,
            })),
            issues,
            ...(logFile ? { log: logFile } : {}),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const labels = new Map(columns(entities[entity]).map((c) => [c.key, c.label[ctx.lang]]));
      for (const s of summaries) printInput(ctx, s, labels, entity);
      const sheets = computed.sheets
        .map((s) => ctx.t(ex("report.sheet", { name: s.name, rows: s.rows.length })))
        .join(ctx.lang === "zh-CN" ? "、" : ", ");
      ctx.io.stdout.write(
        `${ctx.t(ex("report.wrote", { name: computed.name, file: outArg, sheets }))}\n`,
      );
      if (logFile)
        ctx.io.stdout.write(`${ctx.t(ex("convert.log", { file: basename(logFile) }))}\n`);
      for (const f of issues)
        ctx.io.stdout.write(`${ctx.t(ex("convert.issues", { count: rejected, file: f }))}\n`);
    }
    return rejected > 0 ? EXIT.dataIssues : EXIT.ok;
  },
};
