import type { $ZodIssue } from "zod/v4/core";
import { expectArgument } from "../i18n/argument.js";
import type { Issue } from "../i18n/issue.js";
import { issue } from "../i18n/message.js";
import type { Localized } from "../i18n/types.js";
import type { Node } from "../model/ir.js";
import { expectedFormat } from "../schemas/patterns.js";
import { nodeAt, pathLabel } from "./labels.js";

const TYPE_NAMES: Record<string, Localized> = {
  string: { "zh-CN": "文本", en: "text" },
  number: { "zh-CN": "数字", en: "a number" },
  boolean: { "zh-CN": "是/否", en: "true or false" },
  array: { "zh-CN": "列表", en: "a list" },
  object: { "zh-CN": "对象", en: "an object" },
  null: { "zh-CN": "空值", en: "null" },
  undefined: { "zh-CN": "空", en: "nothing" },
};
const typeName = (t: string): Localized => TYPE_NAMES[t] ?? { "zh-CN": t, en: t };

function received(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "NaN";
  return typeof input;
}

function optionList(node: Node | undefined): Localized | undefined {
  if (!node || (node.kind !== "enum" && node.kind !== "literal")) return undefined;
  const values = node.kind === "enum" ? node.values : [node.value];
  const labels = node.meta?.options;
  return {
    "zh-CN": values.map((v) => labels?.[v]?.["zh-CN"] ?? v).join("、"),
    en: values.map((v) => labels?.[v]?.en ?? v).join(", "),
  };
}

/**
 * Turn one zod issue into a linli {@link Issue} with a message a community worker can act
 * on, in zh-CN and en, naming the field by its label.
 *
 * @example
 * ```ts
 * import { describe, entities, fromZodIssue } from "@linli/core";
 * const parsed = entities.resident.safeParse({ meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "" });
 * if (!parsed.success) fromZodIssue(describe(entities.resident), parsed.error.issues[0]!).message["zh-CN"];
 * ```
 */
export function fromZodIssue(root: Node, z: $ZodIssue): Issue {
  expectArgument("fromZodIssue", "root", "object", root);
  expectArgument("fromZodIssue", "z", "object", z);
  const path = z.path;
  const field = pathLabel(root, path);
  const node = nodeAt(root, path);
  const at = path as (string | number)[];
  const input = (z as { input?: unknown }).input;
  switch (z.code) {
    case "invalid_type":
      if (input === undefined) return issue("schema.required", "error", { field }, at);
      if (z.expected === "int" && typeof input === "number") {
        return issue("schema.notInteger", "error", { field }, at);
      }
      return issue(
        "schema.type",
        "error",
        { field, expected: typeName(z.expected), received: typeName(received(input)) },
        at,
      );
    case "too_small": {
      const minimum = Number(z.minimum);
      if (z.origin === "string") {
        return minimum <= 1
          ? issue("schema.empty", "error", { field }, at)
          : issue("schema.tooShort", "error", { field, minimum }, at);
      }
      if (z.origin === "array") return issue("schema.tooFew", "error", { field, minimum }, at);
      return issue(
        z.inclusive ? "schema.tooSmall" : "schema.tooSmallExclusive",
        "error",
        { field, minimum },
        at,
      );
    }
    case "too_big": {
      const maximum = Number(z.maximum);
      if (z.origin === "string") {
        const length = typeof input === "string" ? input.length : undefined;
        return issue("schema.tooLong", "error", { field, maximum, length }, at);
      }
      if (z.origin === "array") return issue("schema.tooMany", "error", { field, maximum }, at);
      return issue("schema.tooBig", "error", { field, maximum }, at);
    }
    case "invalid_format": {
      if (node?.kind === "string" && node.format === "date")
        return issue("schema.formatDate", "error", { field }, at);
      if (node?.kind === "string" && node.format === "date-partial")
        return issue("schema.formatPartialDate", "error", { field }, at);
      if (node?.kind === "string" && node.format === "date-time") {
        return issue("schema.formatDateTime", "error", { field }, at);
      }
      const hint = node?.meta?.form?.placeholder;
      // Without an example of its own, a web or e-mail address says what it should look like.
      const expected: Localized = hint
        ? { "zh-CN": `，示例：${hint["zh-CN"]}`, en: `, e.g. ${hint.en}` }
        : ((node?.kind === "string" ? expectedFormat(node.patterns) : undefined) ?? {
            "zh-CN": "",
            en: "",
          });
      return issue("schema.format", "error", { field, expected }, at);
    }
    case "not_multiple_of":
      return issue("schema.notInteger", "error", { field }, at);
    case "invalid_value": {
      if (input === undefined && "input" in z)
        return issue("schema.required", "error", { field }, at);
      const options = optionList(node) ?? {
        "zh-CN": z.values.map(String).join("、"),
        en: z.values.map(String).join(", "),
      };
      return issue("schema.option", "error", { field, options }, at);
    }
    case "unrecognized_keys":
      return issue("schema.unknownField", "error", { keys: z.keys.join(", ") }, at);
    case "invalid_union": {
      const disc = (z as { discriminator?: string }).discriminator;
      const parent = disc ? nodeAt(root, at.slice(0, -1)) : undefined;
      if (disc && parent?.kind === "union") {
        const opts = parent.options.map((o) =>
          o.kind === "object" ? o.properties.find((p) => p.key === disc)?.node : undefined,
        );
        const values: string[] = [];
        const labels: Record<string, Localized> = {};
        for (const n of opts) {
          if (n?.kind === "literal") values.push(n.value);
          if (n?.kind === "enum") for (const x of n.values) values.push(x);
          Object.assign(labels, n?.meta?.options);
        }
        const options = optionList({
          kind: "enum",
          values,
          meta: { label: field, pii: "none", options: labels },
        });
        return issue("schema.option", "error", { field, options }, at);
      }
      return issue("schema.union", "error", { field }, at);
    }
    case "custom": {
      const params = (z as { params?: { linli?: string; fields?: Localized } }).params;
      if (params?.linli === "record.identity" && params.fields)
        return issue("record.identity", "error", { fields: params.fields }, at);
      return issue("schema.invalid", "error", { field, detail: z.message }, at);
    }
    default:
      return issue("schema.invalid", "error", { field, detail: z.message }, at);
  }
}
