import { dataDictionary, entityNames, toJSONSchema, toTypeScript } from "@linli/core";
import { type Command, EXIT } from "../command.js";
import { entityArgument } from "../data-files.js";

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
  options: { format: { type: "string", short: "f", choices: FORMATS } },
  async run(ctx) {
    const entity = entityArgument(ctx);
    const format = (ctx.values.format as string | undefined) ?? "json-schema";
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
