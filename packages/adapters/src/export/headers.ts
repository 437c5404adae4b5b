import { type Column, columns, type EntityName, entities, type Locale } from "@linli/core";
import { suggestMapping } from "../mapping/suggest.js";
import { formatHashtag, parseHashtag } from "../table/hxl.js";

/**
 * The columns an export writes by default: the data fields in schema order, then the record
 * metadata people use (ID, source, created and updated). The schema version is set by every
 * import, and survey submission details only come from survey exports, so neither is a column.
 */
export function defaultColumns(entity: EntityName): readonly Column[] {
  const all = columns(entities[entity]);
  const data = all.filter((c) => !c.key.startsWith("meta."));
  const meta = all.filter(
    (c) =>
      c.key.startsWith("meta.") &&
      c.key !== "meta.schemaVersion" &&
      !c.key.startsWith("meta.submission."),
  );
  return [...data, ...meta];
}

const headerCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * Header text per column key, in a language: the field's label where importing maps it back
 * to that field with full confidence, else the first alias that does, else the key itself.
 * A file written with these headers re-imports with no mapping questions.
 */
export function headerTexts(entity: EntityName, lang: Locale): ReadonlyMap<string, string> {
  const cacheKey = `${entity}\u0000${lang}`;
  const hit = headerCache.get(cacheKey);
  if (hit) return hit;
  const cols = columns(entities[entity]).filter(
    (c) => c.key !== "meta.schemaVersion" && !c.key.startsWith("meta.submission."),
  );
  const other: Locale = lang === "zh-CN" ? "en" : "zh-CN";
  const out = new Map<string, string>();
  const mapsBack = (text: string, key: string) => {
    const m = suggestMapping([text], entity, { preset: "none" }).columns[0];
    return m?.field === key && m.confidence === 1;
  };
  const first = suggestMapping(
    cols.map((c) => c.label[lang]),
    entity,
    { preset: "none" },
  );
  cols.forEach((c, i) => {
    const m = first.columns[i];
    if (m?.field === c.key && m.confidence === 1) {
      out.set(c.key, c.label[lang]);
      return;
    }
    const used = new Set(out.values());
    const candidates = [...c.aliases, c.label[other], c.key];
    const pick = candidates.find((a) => !used.has(a) && mapsBack(a, c.key)) ?? c.key;
    out.set(c.key, pick);
  });
  headerCache.set(cacheKey, out);
  return out;
}

const tagCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * HXL hashtag per column key (`#beneficiary+name`), for the columns whose hashtag leads back
 * to them alone; a hashtag shared by two fields is written only for the first (the label
 * row names the other).
 */
export function hashtags(entity: EntityName): ReadonlyMap<string, string> {
  const hit = tagCache.get(entity);
  if (hit) return hit;
  const cols = columns(entities[entity]).filter((c) => c.hxl);
  const tags = cols.map((c) => {
    const h = parseHashtag(c.hxl!.replace(/\s+/g, ""));
    return h ? formatHashtag(h) : null;
  });
  const report = suggestMapping(
    cols.map(() => ""),
    entity,
    { preset: "none", hashtags: tags },
  );
  const out = new Map<string, string>();
  cols.forEach((c, i) => {
    const m = report.columns[i];
    if (tags[i] && m?.field === c.key && m.confidence === 1) out.set(c.key, tags[i]!);
  });
  tagCache.set(entity, out);
  return out;
}

/** Display width of text in a spreadsheet, counting CJK and full-width characters as two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xffdc) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

/** A sensible column width (in characters) from the header and what the column holds. */
export function columnWidth(column: Column, header: string, lang: Locale): number {
  const node = column.node;
  let content = 10;
  if (node.kind === "string") {
    if (node.format === "date" || node.format === "date-partial") content = 11;
    else if (node.format === "date-time") content = 20;
    else if (column.form?.widget === "tel") content = 14;
    else if (node.patterns.length > 0) content = Math.min(22, (node.maxLength ?? 18) + 2);
    else if ((node.maxLength ?? 0) >= 1000) content = 36;
    else if ((node.maxLength ?? 0) >= 200) content = 24;
    else content = 14;
  } else if (node.kind === "enum" || node.kind === "array") {
    const opts =
      column.options ?? (node.kind === "array" ? node.item.meta?.options : undefined) ?? {};
    const widest = Object.values(opts).reduce((m, l) => Math.max(m, displayWidth(l[lang])), 0);
    content = node.kind === "array" ? Math.max(16, widest * 2) : widest + 2;
  } else if (node.kind === "number") content = 10;
  return Math.max(8, Math.min(48, Math.max(content, displayWidth(header) + 2)));
}
