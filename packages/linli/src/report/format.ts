import {
  columns,
  describe,
  type EntityName,
  entities,
  entityMeta,
  expectArgument,
  expectEntity,
  type Locale,
  type Localized,
  type Node,
} from "@linli/core";
import type { SourceRowRef } from "@linli/dedupe";
import type { LinliMessageCode } from "../locales/en.js";
import { linliMessage } from "../messages.js";

/** Escape text for HTML. */
export const esc = (s: unknown) =>
  String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** A report text in one language. */
export const t = (
  lang: Locale,
  code: LinliMessageCode,
  params: Record<string, string | number> = {},
) => linliMessage(code, params)[lang];

/** Numbers as people read them: 1,234,567. */
export const num = (n: number) => n.toLocaleString("en-US");

/** The entity's name for people, e.g. 居民 / resident. */
export function entityLabel(entity: EntityName, lang: Locale): string {
  expectEntity("entityLabel", "entity", entity);
  expectArgument("entityLabel", "lang", "locale", lang);
  const label = entityMeta(entities[entity])?.label[lang] ?? entity;
  return lang === "en" ? label.toLowerCase() : label;
}

function nodeAt(entity: EntityName, path: readonly string[]): Node | undefined {
  let node: Node | undefined = describe(entities[entity]);
  for (const k of path) {
    if (node?.kind !== "object") return undefined;
    node = node.properties.find((p) => p.key === k)?.node;
  }
  return node;
}

/** A field's label: a column key (`citizenId`, `address.building`) or a path (`address`). */
export function fieldLabel(entity: EntityName, key: string, lang: Locale): string {
  const col = columns(entities[entity]).find((c) => c.key === key);
  if (col) return col.label[lang];
  return nodeAt(entity, key.split("."))?.meta?.label[lang] ?? key;
}

/** Hide the middle of a citizen ID or phone number: 610113********0025, 138****8000. */
export function maskId(s: string): string {
  if (/^\d{17}[\dX]$/.test(s)) return `${s.slice(0, 6)}********${s.slice(14)}`;
  if (/^\+?\d{7,}$/.test(s)) return `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
  return s;
}

const ADDRESS: [string, Localized][] = [
  ["province", { "zh-CN": "", en: "" }],
  ["city", { "zh-CN": "", en: "" }],
  ["district", { "zh-CN": "", en: "" }],
  ["street", { "zh-CN": "", en: "" }],
  ["community", { "zh-CN": "", en: "" }],
  ["compound", { "zh-CN": "", en: "" }],
  ["building", { "zh-CN": "号楼", en: "Bldg " }],
  ["unit", { "zh-CN": "单元", en: "Unit " }],
  ["floor", { "zh-CN": "层", en: "Floor " }],
  ["room", { "zh-CN": "室", en: "Room " }],
];

/** A value of a field as text for people: choices by label, addresses as one line. */
export function valueText(
  entity: EntityName,
  key: string,
  v: unknown,
  lang: Locale,
  mask: boolean,
): string {
  if (v === undefined || v === null || v === "") return "—";
  const col = columns(entities[entity]).find((c) => c.key === key);
  const node = nodeAt(entity, key.split("."));
  const options = col?.options ?? node?.meta?.options;
  const scalar = (x: unknown): string => {
    if (typeof x === "string") {
      const label = options?.[x]?.[lang];
      if (label) return label;
      return mask ? maskId(x) : x;
    }
    if (typeof x === "boolean")
      return x ? (lang === "zh-CN" ? "是" : "yes") : lang === "zh-CN" ? "否" : "no";
    if (typeof x === "object" && x !== null) return objectText(x as Record<string, unknown>);
    return String(x);
  };
  const objectText = (o: Record<string, unknown>): string => {
    if (typeof o.number === "string") return scalar(o.number);
    if (typeof o.scheme === "string" && typeof o.value === "string") return scalar(o.value);
    if (typeof o.header === "string") return `${o.header}: ${String(o.value ?? "")}`;
    if ("building" in o || "compound" in o || "line" in o || "room" in o) {
      // The floor is read off the room number; showing both says it twice.
      const parts = ADDRESS.filter(
        ([k]) => o[k] !== undefined && o[k] !== "" && !(k === "floor" && o.room),
      ).map(([k, unit]) =>
        lang === "zh-CN"
          ? `${o[k]}${/^\d+$/.test(String(o[k])) ? unit["zh-CN"] : ""}`
          : `${/^\d+$/.test(String(o[k])) ? unit.en : ""}${o[k]}`,
      );
      const line = typeof o.line === "string" ? o.line : "";
      return parts.length > 0 ? parts.join(lang === "zh-CN" ? "" : ", ") : line;
    }
    return Object.entries(o)
      .filter(([, x]) => x !== undefined && x !== "")
      .map(([k, x]) => `${k}: ${typeof x === "object" ? JSON.stringify(x) : String(x)}`)
      .join(", ");
  };
  if (Array.isArray(v)) return v.map(scalar).join(lang === "zh-CN" ? "、" : ", ");
  return scalar(v);
}

/** A row reference: 丈八社区.csv 第 3 行 (with the sheet for files read sheet by sheet). */
export function rowText(
  r: Pick<SourceRowRef, "file" | "row" | "sheet">,
  lang: Locale,
  several: ReadonlySet<string> = new Set(),
): string {
  const file =
    r.sheet !== undefined && several.has(r.file)
      ? `${r.file}${lang === "zh-CN" ? `「${r.sheet}」` : ` [${r.sheet}]`}`
      : r.file;
  return t(lang, "report.row", { file, row: r.row });
}

/**
 * An issue's message without the "file, row, column:" it starts with, for lists that already
 * say where (the import writes messages that stand alone).
 */
export function issueText(
  i: { file: string; row: number; column?: string; message: Localized },
  lang: Locale,
): string {
  const m = i.message[lang];
  if (!m.startsWith(i.file)) return m;
  const cut = lang === "zh-CN" ? m.indexOf("：") : m.indexOf(": ");
  return cut > 0 ? m.slice(cut + (lang === "zh-CN" ? 1 : 2)) : m;
}
