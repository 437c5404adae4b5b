import {
  dataDictionary,
  type EntityName,
  entityNames,
  toJSONSchema,
  toTypeScript,
} from "@linli/core";
import { type Command, EXIT, UsageError } from "../command.js";

const FORMATS = ["json-schema", "ts", "md"] as const;

/** `linli schema <entity> [--format json-schema|ts|md]`: print an entity's schema. */
export const schema: Command = {
  name: "schema",
  usage: "<entity> [--format json-schema|ts|md]",
  summary: {
    "zh-CN": "输出某类数据的标准：JSON Schema、TypeScript 类型或数据字典",
    en: "Print an entity's schema as JSON Schema, TypeScript types or a data dictionary",
  },
  help: {
    "zh-CN": `数据类型：${entityNames.join("、")}\n--format  json-schema（默认）、ts 或 md（Markdown 数据字典）`,
    en: `Entities: ${entityNames.join(", ")}\n--format  json-schema (default), ts, or md (a Markdown data dictionary)`,
  },
  options: { format: { type: "string", short: "f" } },
  async run(ctx) {
    const [name, ...extra] = ctx.positionals;
    if (!name || extra.length > 0 || !(entityNames as string[]).includes(name)) {
      throw new UsageError({
        "zh-CN": `请给出一种数据类型：${entityNames.join("、")}${name ? `（收到“${[name, ...extra].join(" ")}”）` : ""}`,
        en: `Name one entity: ${entityNames.join(", ")}${name ? ` (got "${[name, ...extra].join(" ")}")` : ""}`,
      });
    }
    const entity = name as EntityName;
    const format = (ctx.values.format as string | undefined) ?? "json-schema";
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError({
        "zh-CN": `不支持的格式“${format}”，可用：${FORMATS.join("、")}`,
        en: `Unknown format "${format}"; use one of ${FORMATS.join(", ")}`,
      });
    }
    const out =
      format === "ts"
        ? toTypeScript(entity)
        : format === "md"
          ? dataDictionary([entity])
          : `${JSON.stringify(toJSONSchema(entity), null, 2)}\n`;
    ctx.io.stdout.write(out);
    return EXIT.ok;
  },
};
