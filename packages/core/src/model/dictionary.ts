import { expectArgument } from "../i18n/argument.js";
import { type EntityName, entities, entityMeta, entityNames } from "../schemas/index.js";
import { columns } from "./columns.js";
import { describe, type Node } from "./ir.js";

interface Row {
  path: string;
  node: Node;
  required: boolean;
  /** Types of the same path in the other options of a union. */
  alternatives?: Node[];
}

function rows(node: Node, path: string, required: boolean, out: Row[]): void {
  // Elements of arrays of objects are described by their properties.
  if (path && !(path.endsWith("[]") && !node.meta)) out.push({ path, node, required });
  if (node.kind === "object") {
    for (const p of node.properties)
      rows(p.node, path ? `${path}.${p.key}` : p.key, p.required, out);
  } else if (node.kind === "array" && (node.item.kind === "object" || node.item.kind === "union")) {
    rows(node.item, `${path}[]`, true, out);
  } else if (node.kind === "union") {
    // The options of a union share paths; list each property once, keeping the first meta.
    const byPath = new Map<string, Row>();
    for (const o of node.options) {
      const merged: Row[] = [];
      rows(o, path, required, merged);
      for (const r of merged) {
        const first = byPath.get(r.path);
        if (!first) byPath.set(r.path, { ...r, alternatives: [] });
        else if (typeOf(r.node) !== typeOf(first.node)) first.alternatives!.push(r.node);
      }
    }
    for (const r of byPath.values()) if (r.path !== path) out.push(r);
  }
}

function typeOf(n: Node): string {
  switch (n.kind) {
    case "string": {
      if (n.format === "date-partial") return "date, year-month or year";
      if (n.format) return n.format === "date" ? "date" : "date-time";
      const len =
        n.minLength !== undefined || n.maxLength !== undefined
          ? ` (${n.minLength ?? 0}–${n.maxLength ?? "∞"})`
          : "";
      return n.patterns.length
        ? `text, pattern \`${n.patterns[0]!.source.replaceAll("|", "\\|")}\``
        : `text${len}`;
    }
    case "number": {
      const lo =
        n.minimum ?? (n.exclusiveMinimum !== undefined ? `>${n.exclusiveMinimum}` : undefined);
      const hi =
        n.maximum ?? (n.exclusiveMaximum !== undefined ? `<${n.exclusiveMaximum}` : undefined);
      const range =
        lo !== undefined || hi !== undefined
          ? ` ${lo ?? ""}…${hi === Number.MAX_SAFE_INTEGER ? "" : (hi ?? "")}`
          : "";
      return `${n.integer ? "integer" : "number"}${range}`;
    }
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "literal":
      return `\`${n.value}\``;
    case "enum":
      return `one of ${n.values.map((v) => `\`${v}\``).join(", ")}`;
    case "array":
      return n.item.kind === "object" || n.item.kind === "union"
        ? "list"
        : `list of ${typeOf(n.item)}`;
    case "object":
      return "object";
    case "record":
      return `map of ${typeOf(n.value)}`;
    case "union":
      return n.options.map(typeOf).join(" or ");
  }
}

/** The options of the entity's choice columns with the codes, synonyms and hints imports read. */
function choices(schema: (typeof entities)[EntityName], out: string[]): void {
  const withWords = columns(schema).filter((c) => c.options && c.vocabulary);
  if (withWords.length === 0) return;
  out.push(
    "",
    "Choices (value → labels, and the codes, synonyms and hints² recognised on import):",
    "",
    "| Column | Value | 中文 | English | Codes | Synonyms | Hints² |",
    "|---|---|---|---|---|---|---|",
  );
  for (const c of withWords) {
    for (const [value, label] of Object.entries(c.options!)) {
      const w = c.vocabulary?.[value];
      out.push(
        `| \`${c.key}\` | \`${value}\` | ${cell(label["zh-CN"])} | ${cell(label.en)} | ${cell(w?.codes?.join(", "))} | ${cell(w?.synonyms?.join(", "))} | ${cell(w?.hints?.join(", "))} |`,
      );
    }
  }
  out.push("", "² A hint only suggests the value: an import reads it with a warning.");
}

const cell = (s: string | undefined) => (s ?? "").replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * The data dictionary of the model as Markdown: for each entity, a table of every field with
 * its zh-CN and en label, type, whether it is required, HXL hashtag and PII class, and the
 * flat spreadsheet columns with their header aliases. `docs/data-dictionary.md` is this output.
 *
 * @example
 * ```ts
 * import { dataDictionary } from "@linli/core";
 * const md = dataDictionary(["resident"]);
 * md.startsWith("## Resident"); // true
 * ```
 */
export function dataDictionary(names: readonly EntityName[] = entityNames): string {
  if (names !== undefined) expectArgument("dataDictionary", "names", "list", names);
  const out: string[] = [];
  for (const name of names) {
    const schema = entities[name];
    const meta = entityMeta(schema)!;
    out.push(`## ${meta.label.en} · ${meta.label["zh-CN"]} (\`${name}\`)`, "");
    out.push(`${meta.description["zh-CN"]}  `, `${meta.description.en}`, "");
    out.push(`JSON Schema: [\`schemas/${name}.schema.json\`](../schemas/${name}.schema.json)`, "");
    out.push(
      "| Field | 中文 | English | Type | Required¹ | HXL | PII |",
      "|---|---|---|---|---|---|---|",
    );
    const list: Row[] = [];
    rows(describe(schema), "", true, list);
    for (const r of list) {
      const m = r.node.meta;
      out.push(
        `| \`${r.path}\` | ${cell(m?.label["zh-CN"])} | ${cell(m?.label.en)} | ${cell([r.node, ...(r.alternatives ?? [])].map(typeOf).join(" / "))} | ${r.required ? "yes" : ""} | ${cell(m?.hxl ? `\`${m.hxl}\`` : "")} | ${m?.pii ?? ""} |`,
      );
    }
    out.push(
      "",
      "¹ Required within its parent: `quarantine.status` is required only when `quarantine` is given.",
    );
    out.push("", "Spreadsheet columns (key → header aliases recognised on import):", "");
    out.push("| Column | 中文 | Aliases |", "|---|---|---|");
    for (const c of columns(schema)) {
      if (c.aliases.length === 0) continue;
      out.push(`| \`${c.key}\` | ${cell(c.label["zh-CN"])} | ${cell(c.aliases.join(", "))} |`);
    }
    choices(schema, out);
    out.push("");
  }
  return out.join("\n");
}
