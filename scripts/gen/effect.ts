import {
  type Column,
  describe,
  entities,
  entityMeta,
  entityNames,
  identityColumns,
  identityLabel,
  type Node,
} from "@linli/core";
import { type Code, code, Hoister, join, pascal, regex } from "./util.js";

const SAFE = Number.MAX_SAFE_INTEGER;
const lit = (s: string): Code => ({ key: s, code: s });

function checked(base: Code, checks: string[]): Code {
  return checks.length ? code`${base}.check(${checks.join(", ")})` : base;
}

function expr(node: Node, h: Hoister): Code {
  switch (node.kind) {
    case "string": {
      const checks: string[] = [];
      if (node.minLength !== undefined) checks.push(`Schema.isMinLength(${node.minLength})`);
      if (node.maxLength !== undefined) checks.push(`Schema.isMaxLength(${node.maxLength})`);
      for (const p of node.patterns) checks.push(`Schema.isPattern(${regex(p)})`);
      return h.use(checked(lit("Schema.String"), checks));
    }
    case "number": {
      // zod numbers reject NaN and ±Infinity, and `.int()` means a safe integer.
      const checks: string[] = [];
      if (node.integer) checks.push("Schema.isInt()");
      const min =
        node.minimum ?? (node.integer && node.exclusiveMinimum === undefined ? -SAFE : undefined);
      const max =
        node.maximum ?? (node.integer && node.exclusiveMaximum === undefined ? SAFE : undefined);
      if (min !== undefined) checks.push(`Schema.isGreaterThanOrEqualTo(${min})`);
      if (node.exclusiveMinimum !== undefined)
        checks.push(`Schema.isGreaterThan(${node.exclusiveMinimum})`);
      if (max !== undefined) checks.push(`Schema.isLessThanOrEqualTo(${max})`);
      if (node.exclusiveMaximum !== undefined)
        checks.push(`Schema.isLessThan(${node.exclusiveMaximum})`);
      return checked(lit("Schema.Finite"), checks);
    }
    case "boolean":
      return lit("Schema.Boolean");
    case "null":
      return lit("Schema.Null");
    case "literal":
      return lit(`Schema.Literal(${JSON.stringify(node.value)})`);
    case "enum":
      return h.use(lit(`Schema.Literals(${JSON.stringify(node.values)})`));
    case "array": {
      const checks: string[] = [];
      if (node.minItems !== undefined) checks.push(`Schema.isMinLength(${node.minItems})`);
      if (node.maxItems !== undefined) checks.push(`Schema.isMaxLength(${node.maxItems})`);
      return h.use(checked(code`Schema.Array(${expr(node.item, h)})`, checks));
    }
    case "object": {
      const fields = node.properties.map((p) => {
        const inner = expr(p.node, h);
        return p.required
          ? code`${JSON.stringify(p.key)}: ${inner}`
          : code`${JSON.stringify(p.key)}: Schema.optional(${inner})`;
      });
      return h.use(code`Schema.Struct({ ${join(fields, ", ")} })`);
    }
    case "record":
      return h.use(code`Schema.Record(Schema.String, ${expr(node.value, h)})`);
    case "union":
      return h.use(
        code`Schema.Union([${join(
          node.options.map((o) => expr(o, h)),
          ", ",
        )}])`,
      );
  }
}

/** JavaScript testing that record `r` has a value for the column, as `hasColumnValue` does. */
function presentCode(c: Column): string {
  const at = `r${c.path.map((k) => `?.[${JSON.stringify(k)}]`).join("")}`;
  const p = c.projection;
  if (!p) return `(${at} !== undefined && ${at} !== null && ${at} !== "")`;
  const match = Object.entries(p.match ?? {}).map(
    ([k, v]) => `x[${JSON.stringify(k)}] === ${JSON.stringify(v)}`,
  );
  const test = [...match, `x[${JSON.stringify(p.property)}] !== undefined`].join(" && ");
  return `(Array.isArray(${at}) && ${at}.some((x: any) => typeof x === "object" && x !== null && ${test}))`;
}

/** The check that a record holds the minimum that identifies it, if the entity needs one. */
function identityCheck(name: (typeof entityNames)[number]): string {
  const alts = identityColumns(entities[name]);
  if (alts.length === 0) return "";
  const test = alts.map((alt) => alt.map(presentCode).join(" && ")).join(" || ");
  const words = identityLabel(entities[name]).en;
  return `.check(Schema.makeFilter((r: any) => ${test}, { message: ${JSON.stringify(`A record needs at least a ${words}`)} }))`;
}

/** The Effect Schema module mirroring every entity. */
export function effectModule(): string {
  const h = new Hoister("_");
  for (const name of entityNames) expr(describe(entities[name]), h);
  h.emit();
  const out: string[] = [];
  for (const name of entityNames) {
    const schema = entities[name];
    const meta = entityMeta(schema)!;
    const id = pascal(name);
    const body = expr(describe(schema), h).code;
    out.push(
      "/**",
      ` * ${meta.label.en} (${meta.label["zh-CN"]}): ${meta.description.en}.`,
      " *",
      " * @example",
      " * ```ts",
      ' * import { Schema } from "effect";',
      ` * import { ${id}, parseOptions } from "@linli/core/effect";`,
      ` * const decode = Schema.decodeUnknownExit(${id}, parseOptions);`,
      " * ```",
      " */",
      `export const ${id} = ${body}${identityCheck(name)}.annotate({ identifier: ${JSON.stringify(id)}, title: ${JSON.stringify(meta.label.en)} });`,
      `/** A ${meta.label.en.toLowerCase()} record. */`,
      `export type ${id} = typeof ${id}.Type;`,
      "",
    );
  }
  return [
    "// Generated by `pnpm gen` from the zod schemas in packages/core/src/schemas. Do not edit.",
    'import { Schema } from "effect";',
    "",
    ...h.declarations(),
    "",
    ...out,
    "/**",
    " * Parse options that give the same verdict as the zod schemas and the JSON Schemas:",
    " * unknown keys are errors, and every problem is reported.",
    " *",
    " * @example",
    " * ```ts",
    ' * import { Schema } from "effect";',
    ' * import { Resident, parseOptions } from "@linli/core/effect";',
    ' * Schema.decodeUnknownSync(Resident, parseOptions)({ meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" });',
    " * ```",
    " */",
    'export const parseOptions = { onExcessProperty: "error", errors: "all" } as const;',
    "",
    "/**",
    " * Every entity's Effect Schema by entity name.",
    " *",
    " * @example",
    " * ```ts",
    ' * import { Schema } from "effect";',
    ' * import { entities, parseOptions } from "@linli/core/effect";',
    " * Schema.decodeUnknownSync(entities.need, parseOptions);",
    " * ```",
    " */",
    `export const entities = { ${entityNames.map((n) => `${JSON.stringify(n)}: ${pascal(n)}`).join(", ")} } as const;`,
    "",
  ].join("\n");
}
