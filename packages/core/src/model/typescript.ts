import { expectEntity } from "../schemas/expect-entity.js";
import { type EntityName, entities, entityMeta } from "../schemas/index.js";
import { describe, type Node } from "./ir.js";

const pascal = (s: string) => s.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));

function doc(node: Node, indent: string): string {
  const m = node.meta;
  if (!m) return "";
  const lines = [`${m.label.en} · ${m.label["zh-CN"]}`];
  if (m.description) lines.push(m.description.en);
  if (m.hxl) lines.push(`HXL: ${m.hxl}`);
  return `${indent}/** ${lines.join(". ")} */\n`;
}

function type(node: Node, indent: string): string {
  switch (node.kind) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "literal":
      return JSON.stringify(node.value);
    case "enum":
      return node.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array": {
      const inner = type(node.item, indent);
      const many =
        node.item.kind === "union" || (node.item.kind === "enum" && node.item.values.length > 1);
      return many ? `(${inner})[]` : `${inner}[]`;
    }
    case "record":
      return `Record<string, ${type(node.value, indent)}>`;
    case "union":
      return node.options.map((o) => type(o, indent)).join(" | ");
    case "object": {
      const inner = `${indent}  `;
      const props = node.properties.map(
        (p) =>
          `${doc(p.node, inner)}${inner}${key(p.key)}${p.required ? "" : "?"}: ${type(p.node, inner)};`,
      );
      return `{\n${props.join("\n")}\n${indent}}`;
    }
  }
}

/**
 * TypeScript declarations of an entity's record type, written from the schema, with the
 * labels as doc comments. `linli schema <entity> --format ts` prints this.
 *
 * @example
 * ```ts
 * import { toTypeScript } from "@linli/core";
 * toTypeScript("supply-item").startsWith("/**"); // true
 * ```
 */
export function toTypeScript(name: EntityName): string {
  expectEntity("toTypeScript", "name", name);
  const schema = entities[name];
  const meta = entityMeta(schema)!;
  return `/** ${meta.label.en} · ${meta.label["zh-CN"]}: ${meta.description.en} */\nexport interface ${pascal(name)} ${type(describe(schema), "")}\n`;
}
