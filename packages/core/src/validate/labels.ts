import { expectArgument } from "../i18n/argument.js";
import type { Localized } from "../i18n/types.js";
import type { Node } from "../model/ir.js";

const ordinal = (i: number): Localized => ({ "zh-CN": `第${i + 1}项`, en: `#${i + 1}` });

/**
 * A readable name for a path inside a record, from the field labels: `["address", "building"]`
 * → 住址 › 楼栋 / Address › Building. Array positions are counted from 1.
 *
 * @example
 * ```ts
 * import { describe, entities, pathLabel } from "@linli/core";
 * pathLabel(describe(entities.resident), ["address", "building"]).en; // "Address › Building"
 * ```
 */
export function pathLabel(root: Node, path: readonly PropertyKey[]): Localized {
  expectArgument("pathLabel", "root", "object", root);
  expectArgument("pathLabel", "path", "list", path);
  const zh: string[] = [];
  const en: string[] = [];
  let node: Node | undefined = root;
  for (const seg of path) {
    if (!node) break;
    if (node.kind === "array" && typeof seg === "number") {
      const o = ordinal(seg);
      zh.push(o["zh-CN"]);
      en.push(o.en);
      node = node.item;
      continue;
    }
    const next: Node | undefined = child(node, String(seg));
    const label = next?.meta?.label;
    zh.push(label?.["zh-CN"] ?? String(seg));
    en.push(label?.en ?? String(seg));
    node = next;
  }
  if (zh.length === 0) return { "zh-CN": "记录", en: "The record" };
  return { "zh-CN": zh.join(" › "), en: en.join(" › ") };
}

/** The node of a property, looking into every option of a union. */
export function child(node: Node, key: string): Node | undefined {
  if (node.kind === "object") return node.properties.find((p) => p.key === key)?.node;
  if (node.kind === "record") return node.value;
  if (node.kind === "union") {
    for (const o of node.options) {
      const c = child(o, key);
      if (c) return c;
    }
  }
  return undefined;
}

/** The node at a path. */
export function nodeAt(root: Node, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    node = node.kind === "array" && typeof seg === "number" ? node.item : child(node, String(seg));
  }
  return node;
}
