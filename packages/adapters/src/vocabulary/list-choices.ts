// Choices inside lists of objects (a household's members' relationship): no spreadsheet
// column of their own, but read from ODK repeats and JSON, so a vocabulary may name them.
import { type Column, describe, entities, entityNames, type Node } from "@linli/core";

/** A choice property as a column, for reading its cells. */
export function choiceColumn(key: string, node: Node): Column | undefined {
  const meta = node.meta;
  if (!meta?.options || node.kind !== "enum") return undefined;
  return {
    key,
    path: key.split("."),
    label: meta.label ?? { "zh-CN": key, en: key },
    context: [],
    pii: meta.pii ?? "none",
    aliases: [],
    options: meta.options,
    ...(meta.vocabulary ? { vocabulary: meta.vocabulary } : {}),
    node,
    required: false,
  };
}

function walk(node: Node, path: string[], inList: boolean, out: Column[]) {
  if (node.kind === "array") return walk(node.item, path, true, out);
  if (node.kind !== "object") {
    const c = inList ? choiceColumn(path.join("."), node) : undefined;
    if (c) out.push(c);
    return;
  }
  for (const p of node.properties) walk(p.node, [...path, p.key], inList, out);
}

/** Every choice inside a list of objects, in every entity (`household.members.relationship`). */
export function listChoiceColumns(): Column[] {
  const out: Column[] = [];
  for (const e of entityNames) walk(describe(entities[e]), [], false, out);
  return out;
}
