import {
  type Localized,
  type MessageCode,
  message,
  type Node,
  phoneWritingPattern,
} from "@linli/core";
import type { FieldSpec } from "../fields/spec.js";
import type { Condition } from "../rules/conditions.js";
import { xlsFormMessage } from "./messages.js";

/** A question a rule reads: its XLSForm name and whether several values can be chosen. */
export interface Ref {
  readonly name: string;
  readonly multiple: boolean;
  readonly repeat: boolean;
}

const quote = (s: string) => (s.includes("'") ? `"${s}"` : `'${s}'`);

/** A linli rule condition as an XLSForm expression (`relevant`, `required`). */
export function conditionExpr(c: Condition, ref: (field: string) => Ref): string {
  if ("all" in c) return c.all.map((x) => `(${conditionExpr(x, ref)})`).join(" and ") || "true()";
  if ("any" in c) return c.any.map((x) => `(${conditionExpr(x, ref)})`).join(" or ") || "false()";
  if ("not" in c) return `not(${conditionExpr(c.not, ref)})`;
  const r = ref(c.field);
  const v = `\${${r.name}}`;
  if ("filled" in c) {
    if (r.repeat) return c.filled ? `count(${v}) > 0` : `count(${v}) = 0`;
    return c.filled ? `${v} != ''` : `${v} = ''`;
  }
  const one = (x: string) => (r.multiple ? `selected(${v}, ${quote(x)})` : `${v} = ${quote(x)}`);
  return c.in.map(one).join(" or ") || "false()";
}

// GB 11643: the check character is "10X98765432"[Σ digit × weight mod 11].
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CITIZEN_ID = [
  "regex(., '^[0-9]{17}[0-9Xx]$')",
  `substring('10X98765432', (${WEIGHTS.map((w, i) => `substring(., ${i + 1}, 1) * ${w}`).join(" + ")}) mod 11 + 1, 1) = translate(substring(., 18, 1), 'x', 'X')`,
].join(" and ");

// Every number linli reads, as written (core's definition); the import checks the rest.
const PHONE = `regex(., '${phoneWritingPattern()}')`;
const EMAIL = "regex(., '^[^@ ]+@[^@ ]+[.][^@ ]+$')";
const URL = "regex(., '^https?://')";

/** A constraint and its message. */
export interface Constraint {
  readonly expr: string;
  readonly message: Localized;
}

const join = (parts: Constraint[]): Constraint | undefined =>
  parts.length === 0
    ? undefined
    : {
        expr: parts.map((p) => (parts.length > 1 ? `(${p.expr})` : p.expr)).join(" and "),
        message: {
          "zh-CN": parts.map((p) => p.message["zh-CN"]).join("；"),
          en: parts.map((p) => p.message.en).join("; "),
        },
      };

/** Patterns an XPath regex reads the same way: no flags, lookarounds or escapes of classes. */
const portable = (r: RegExp) => !r.flags && !/\(\?|\\[dDwWsSbBpu]|'/.test(r.source);

/** What the model checks in one value, as an XLSForm constraint with messages in both languages. */
export function constraintOf(spec: FieldSpec): Constraint | undefined {
  const n: Node = spec.node.kind === "array" ? spec.node.item : spec.node;
  const field = spec.label;
  if (spec.widget === "citizen-id")
    return { expr: CITIZEN_ID, message: xlsFormMessage("xlsform.citizenId") };
  if (spec.widget === "tel") return { expr: PHONE, message: xlsFormMessage("xlsform.phone") };
  if (spec.widget === "email") return { expr: EMAIL, message: xlsFormMessage("xlsform.email") };
  if (spec.widget === "url") return { expr: URL, message: xlsFormMessage("xlsform.url") };
  const parts: Constraint[] = [];
  if (n.kind === "string" && !n.format && !spec.multiple) {
    if (n.maxLength !== undefined)
      parts.push({
        expr: `string-length(.) <= ${n.maxLength}`,
        message: xlsFormMessage("xlsform.maxLength", { maximum: n.maxLength }),
      });
    if (n.minLength !== undefined && n.minLength > 1)
      parts.push({
        expr: `string-length(.) >= ${n.minLength}`,
        message: xlsFormMessage("xlsform.minLength", { minimum: n.minLength }),
      });
    for (const p of n.patterns.filter(portable))
      parts.push({
        expr: `regex(., '${p.source}')`,
        message: xlsFormMessage("xlsform.format", { field }),
      });
  }
  if (n.kind === "number") {
    const bound = (op: string, x: number, code: MessageCode, key: string) =>
      parts.push({ expr: `. ${op} ${x}`, message: message(code, { field, [key]: x }) });
    if (n.minimum !== undefined) bound(">=", n.minimum, "schema.tooSmall", "minimum");
    if (n.exclusiveMinimum !== undefined)
      bound(">", n.exclusiveMinimum, "schema.tooSmallExclusive", "minimum");
    if (n.maximum !== undefined) bound("<=", n.maximum, "schema.tooBig", "maximum");
  }
  return join(parts);
}
