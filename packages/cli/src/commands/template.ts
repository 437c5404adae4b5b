import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { entityLabel, template as makeTemplate, templateColumns } from "@linli/adapters";
import { columns, entities, entityNames } from "@linli/core";
import { type Command, EXIT, UsageError } from "../command.js";
import { columnsOption, entityArgument, errorText } from "../data-files.js";
import { ex } from "../locales/export.js";

/**
 * `linli template <entity> [-o out.xlsx] [--lang] [--columns a,b]`: write an XLSX entry
 * template (dropdowns, checks, input messages, instructions sheet) that imports as it is.
 */
export const template: Command = {
  name: "template",
  usage: "<entity> [-o out.xlsx] [--lang zh-CN|en] [--columns name,gender,…]",
  summary: ex("template.summary"),
  help: ex("template.help", { entities: entityNames.join(", ") }),
  options: {
    out: { type: "string", short: "o", example: "居民信息录入模板.xlsx" },
    columns: { type: "string", example: "name,gender,citizenId" },
  },
  async run(ctx) {
    const entity = entityArgument(ctx);
    const label = entityLabel(entity, ctx.lang);
    const keys = columnsOption(
      ctx,
      columns(entities[entity]).map((c) => c.key),
      templateColumns(entity).map((c) => c.key),
    );
    const outArg =
      (ctx.values.out as string | undefined) ??
      (ctx.lang === "zh-CN" ? `${label}信息录入模板.xlsx` : `${label} entry template.xlsx`);
    const out = resolve(ctx.io.cwd, outArg);
    const bytes = makeTemplate(entity, { lang: ctx.lang, ...(keys ? { columns: keys } : {}) });
    try {
      await writeFile(out, bytes);
    } catch (e) {
      throw new UsageError(errorText(e, out));
    }
    const count = keys?.length ?? templateColumns(entity).length;
    if (ctx.json) {
      ctx.io.stdout.write(
        `${JSON.stringify({ entity, file: out, columns: count, bytes: bytes.length })}\n`,
      );
    } else {
      ctx.io.stdout.write(
        `${ctx.t(ex("template.wrote", { entity: label, file: outArg, columns: count }))}\n`,
      );
    }
    return EXIT.ok;
  },
};
