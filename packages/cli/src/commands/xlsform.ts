import { resolve } from "node:path";
import { entityLabel, writeXlsx } from "@linli/adapters";
import { type EntityName, entityNames } from "@linli/core";
import { xform, xlsForm, xlsFormSheets } from "@linli/forms/xlsform";
import { type Command, EXIT, UsageError } from "../command.js";
import { errorText } from "../data-files.js";
import { ex } from "../locales/export.js";
import { commandOutputs, interruptedExit, interruptible } from "../outputs.js";

/**
 * `linli xlsform --entity <entity> [-o form.xlsx] [--xform form.xml] [--fields a,b]`: write an
 * XLSForm for ODK Collect, KoboToolbox or Enketo, and the XForm pyxform would make of it.
 */
export const xlsformCommand: Command = {
  name: "xlsform",
  usage: "--entity <entity> [-o form.xlsx] [--xform form.xml] [--fields name,citizenId,…]",
  summary: ex("xlsform.summary"),
  help: ex("xlsform.help", { entities: entityNames.join(", ") }),
  options: {
    entity: { type: "string", choices: entityNames, example: "resident" },
    out: { type: "string", short: "o", example: "居民登记.xlsx" },
    xform: { type: "string", example: "居民登记.xml" },
    fields: { type: "string", example: "name,citizenId,household.members" },
  },
  async run(ctx) {
    const name = (ctx.values.entity as string | undefined) ?? ctx.positionals[0];
    const extra = ctx.values.entity === undefined ? ctx.positionals.slice(1) : ctx.positionals;
    if (!name || extra.length > 0 || !(entityNames as readonly string[]).includes(name)) {
      throw new UsageError(ex("err.entityArg", { entities: entityNames.join(", ") }));
    }
    const entity = name as EntityName;
    const list = ctx.values.fields as string | undefined;
    const fields = list
      ?.split(",")
      .map((k) => k.trim())
      .filter(Boolean);
    let form: ReturnType<typeof xlsForm>;
    try {
      form = xlsForm({ entity, defaultLanguage: ctx.lang, ...(fields ? { fields } : {}) });
    } catch (e) {
      throw new UsageError(ex("err.fields", { detail: (e as Error).message }));
    }
    const slug = `linli_${entity.replace(/-/g, "_")}`;
    const outArg = (ctx.values.out as string | undefined) ?? `${slug}.xlsx`;
    const xmlArg =
      (ctx.values.xform as string | undefined) ?? `${outArg.replace(/\.xlsx$/i, "")}.xml`;
    const out = resolve(ctx.io.cwd, outArg);
    const xml = resolve(ctx.io.cwd, xmlArg);
    const bytes = writeXlsx(xlsFormSheets(form));
    const text = xform(form);
    // Both files or neither: a form and an XForm of different versions would mislead.
    await interruptible(ctx, async (signal) => {
      const outputs = await commandOutputs(ctx, [out, xml], [], signal);
      try {
        await outputs.write(out, [bytes]);
        await outputs.write(xml, [text]);
        await outputs.commit();
      } catch (e) {
        await outputs.abort();
        if (interruptedExit(e) !== undefined) throw e;
        throw new UsageError(errorText(e, out));
      }
    });
    const questions = form.survey.slice(1).filter((r) => !/^(begin|end)_/.test(r[0] ?? "")).length;
    if (ctx.json) {
      ctx.io.stdout.write(
        `${JSON.stringify({ entity, file: out, xform: xml, questions, bytes: bytes.length })}\n`,
      );
    } else {
      const label = entityLabel(entity, ctx.lang);
      ctx.io.stdout.write(
        `${ctx.t(ex("xlsform.wrote", { entity: label, file: outArg, questions, xform: xmlArg }))}\n`,
      );
    }
    return EXIT.ok;
  },
};
