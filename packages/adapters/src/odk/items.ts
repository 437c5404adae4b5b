import { type Column, checkCitizenId, type Node } from "@linli/core";
import { converterFor } from "../record/convert.js";
import { choiceColumn } from "../vocabulary/list-choices.js";
import { type UserVocabulary, wordsFor } from "../vocabulary/vocabulary.js";

type ObjectNode = Extract<Node, { kind: "object" }>;

/** A repeat row's cell as the value of an item property, or why it cannot be one. */
export function itemValue(node: Node, text: string): { value?: unknown; problem?: string } {
  const t = text.trim();
  if (t === "") return {};
  switch (node.kind) {
    case "number": {
      const n = Number(t);
      return Number.isFinite(n) ? { value: n } : { problem: "not a number" };
    }
    case "boolean":
      return /^(1|true|yes)$/i.test(t) ? { value: true } : { value: false };
    case "array":
      return { value: t.split(/\s+/) };
    case "string": {
      if (node.meta?.form?.widget === "citizen-id") {
        const r = checkCitizenId(t);
        return r.ok ? { value: r.value } : { value: t };
      }
      if (node.format === "date-time" && !/[zZ]|[+-]\d\d:?\d\d$/.test(t)) return { value: `${t}Z` };
      return { value: t };
    }
    default:
      return { value: t };
  }
}

/**
 * The item property a repeat column names: the header's last segment (`items/quantity`,
 * Central's `items-quantity`), or, for a question linli's XLSForm named after its repeat to
 * keep names unique, what follows the repeat's name (`items_category` in repeat `items`).
 */
export function itemProperty(
  item: ObjectNode,
  header: string,
  repeat?: string,
): ObjectNode["properties"][number] | undefined {
  const find = (name: string) => item.properties.find((p) => p.key === name);
  const seg = header.slice(header.lastIndexOf("/") + 1);
  for (const name of [seg, seg.slice(seg.lastIndexOf("-") + 1)]) {
    const hit =
      find(name) ??
      (repeat && name.startsWith(`${repeat}_`) ? find(name.slice(repeat.length + 1)) : undefined);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A choice of a repeat row read as the cells of a sheet are: by value, label, code or synonym,
 * and the user's words for it; the text itself when nothing matches (the check then says why).
 */
function choiceValue(key: string, node: Node, text: string, vocabulary?: UserVocabulary) {
  const column = choiceColumn(key, node);
  if (!column) return undefined;
  const r = converterFor(column, wordsFor(vocabulary, column))(text);
  return r.ok ? { value: r.value } : undefined;
}

/** A phone property (a member's phone) as a column, for reading its cells. */
function phoneColumn(key: string, node: Node): Column | undefined {
  const meta = node.meta;
  if (node.kind !== "string" || !(meta?.hxl?.includes("+phone") || meta?.form?.widget === "tel")) {
    return undefined;
  }
  return {
    key,
    path: [key],
    label: meta.label ?? { "zh-CN": key, en: key },
    context: [],
    pii: meta.pii ?? "none",
    aliases: [],
    ...(meta.hxl ? { hxl: meta.hxl } : {}),
    ...(meta.form ? { form: meta.form } : {}),
    node,
    required: false,
  };
}

/**
 * A phone number of a repeat row read as phone cells are (spaces, a country code, a landline
 * whose 0 was lost, `phoneCountry`); the text itself when it is not one plain number (the
 * check then says why).
 */
function phoneValue(key: string, node: Node, text: string, phoneCountry?: string) {
  const column = phoneColumn(key, node);
  if (!column) return undefined;
  const r = converterFor(column, undefined, phoneCountry ? { phoneCountry } : {})(text);
  return r.ok && typeof r.value === "string" ? { value: r.value } : undefined;
}

/** How the cells of repeat rows are read: the user's words, where phone numbers are from. */
export interface ItemOptions {
  readonly vocabulary?: UserVocabulary;
  /** Checked and upper-cased (see `checkPhoneCountry`). */
  readonly phoneCountry?: string;
}

/** The item a repeat row describes: properties by the last segment of each header. */
export function buildItem(
  item: ObjectNode,
  headers: readonly string[],
  cells: readonly string[],
  repeat?: string,
  read: ItemOptions = {},
): { item: Record<string, unknown>; cells: Map<string, { column: string; value: string }> } {
  const out: Record<string, unknown> = {};
  const where = new Map<string, { column: string; value: string }>();
  headers.forEach((h, i) => {
    const prop = itemProperty(item, h, repeat);
    if (!prop) return;
    const name = prop.key;
    const text = (cells[i] ?? "").trim();
    const v =
      (text !== ""
        ? (choiceValue(name, prop.node, text, read.vocabulary) ??
          phoneValue(name, prop.node, text, read.phoneCountry))
        : undefined) ?? itemValue(prop.node, cells[i] ?? "");
    if (v.value === undefined) return;
    out[name] = v.value;
    where.set(name, { column: h, value: cells[i] ?? "" });
  });
  return { item: out, cells: where };
}
