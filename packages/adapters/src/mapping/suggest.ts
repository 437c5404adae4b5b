import {
  type Column,
  columns,
  type EntityName,
  entities,
  expectArgument,
  expectEntity,
} from "@linli/core";
import { adapterMessage } from "../messages.js";
import { parseHashtag } from "../table/hxl.js";
import { columnLetter } from "../xlsx/write.js";
import { cleanHeader, headerVariants, similarity } from "./header-text.js";
import { detectPreset, PRESET_COLUMNS, type SurveyPreset } from "./presets.js";
import type { ColumnMapping, MappingNote, MappingReport, SavedMapping } from "./types.js";

/** Options of {@link suggestMapping}. */
export interface SuggestOptions {
  /** HXL hashtags by column, when the file has a hashtag row. */
  readonly hashtags?: readonly (string | null)[];
  /** `"auto"` (default) recognises 问卷星 and 金数据 exports; `"none"` turns presets off. */
  readonly preset?: "auto" | SurveyPreset | "none";
  /** A saved mapping whose choices win over suggestions. */
  readonly mapping?: SavedMapping;
  /** Used in notes. */
  readonly fileName?: string;
}

interface Index {
  readonly byName: Map<string, Column>;
  readonly names: readonly [string, Column][];
  readonly hxl: readonly { tag: string; attrs: ReadonlySet<string>; column: Column }[];
  readonly byKey: Map<string, Column>;
}

const indexes = new Map<string, Index>();

// Record metadata that is not data: the version is set by the importer, submission details
// come only from survey presets.
const NOT_AUTO = (c: Column) =>
  c.key === "meta.schemaVersion" || c.key.startsWith("meta.submission.");

function indexOf(entity: EntityName): Index {
  const hit = indexes.get(entity);
  if (hit) return hit;
  const byName = new Map<string, Column>();
  const byKey = new Map<string, Column>();
  const hxl: { tag: string; attrs: Set<string>; column: Column }[] = [];
  for (const c of columns(entities[entity])) {
    byKey.set(c.key, c);
    if (NOT_AUTO(c)) continue;
    const names = [...c.aliases, c.label["zh-CN"], c.label.en, c.key];
    for (const n of names) {
      const k = cleanHeader(n);
      if (k !== "" && !byName.has(k)) byName.set(k, c);
    }
    const h = c.hxl ? parseHashtag(c.hxl.replace(/\s+/g, "")) : undefined;
    if (h) hxl.push({ tag: h.tag, attrs: new Set(h.attributes), column: c });
  }
  const index = { byName, byKey, hxl, names: [...byName.entries()] };
  indexes.set(entity, index);
  return index;
}

/** The columns of an entity by key, including those never suggested automatically. */
export function columnsByKey(entity: EntityName): ReadonlyMap<string, Column> {
  return indexOf(entity).byKey;
}

// Attributes that say which language or vocabulary a value is in (+es, +i_zh, +v_pcode),
// not what it is: a column tagged #org+es is the organisation's name, in Spanish.
const LANGUAGE =
  /^(?:ar|en|es|fa|fr|ps|sw|tl|uk|ur|zh|ru|pt|de|it|ja|ko|hi|bn|tr|so|am|ha|my|i_[a-z]{2,3}|v_[a-z0-9_]+)$/;
// Hashtags whose value is a name when no attribute says what it is (#org, #adm1, #loc…).
const NAMED = new Set([
  "#org",
  "#adm1",
  "#adm2",
  "#adm3",
  "#adm4",
  "#adm5",
  "#loc",
  "#item",
  "#beneficiary",
  "#contact",
  "#service",
  "#activity",
  "#event",
  "#crisis",
  "#group",
  "#region",
  "#respondee",
]);

function matchTag(
  index: Index,
  tag: string,
  attrs: ReadonlySet<string>,
  anyLanguage = false,
): { column: Column; confidence: number } | undefined {
  let best: { column: Column; confidence: number; size: number } | undefined;
  for (const c of index.hxl) {
    const own = anyLanguage ? [...c.attrs].filter((a) => !LANGUAGE.test(a)) : [...c.attrs];
    if (c.tag !== tag || !own.every((a) => attrs.has(a))) continue;
    const exact = c.attrs.size === attrs.size;
    const score = { column: c.column, confidence: exact ? 1 : 0.9, size: c.attrs.size };
    if (!best || score.size > best.size) best = score;
  }
  return best && { column: best.column, confidence: best.confidence };
}

function byHashtag(index: Index, text: string): { column: Column; confidence: number } | undefined {
  const h = parseHashtag(text);
  if (!h) return undefined;
  const given = new Set(h.attributes);
  const hit = matchTag(index, h.tag, given);
  if (hit) return hit;
  // The same without language and vocabulary attributes, then with the default +name.
  const plain = new Set(h.attributes.filter((a) => !LANGUAGE.test(a)));
  const again = plain.size < given.size ? matchTag(index, h.tag, plain) : undefined;
  if (again) return { column: again.column, confidence: Math.min(again.confidence, 0.95) };
  if (!NAMED.has(h.tag) || plain.size > 0) return undefined;
  const named = matchTag(index, h.tag, new Set(["name"]), true);
  return named && { column: named.column, confidence: 0.9 };
}

function byName(
  index: Index,
  header: string,
): { column: Column; confidence: number; fuzzy: boolean } | undefined {
  const variants = headerVariants(header);
  for (const [i, v] of variants.entries()) {
    const c = index.byName.get(v);
    if (c) return { column: c, confidence: i === 0 ? 1 : 0.95, fuzzy: false };
  }
  const whole = variants[0];
  if (!whole) return undefined;
  const words = latinWords(header);
  // organization_id, staff_no: a reference or a number, never the name the words start with.
  const reference = words !== undefined && REFERENCE.test(words[words.length - 1] ?? "");
  let best: { column: Column; confidence: number } | undefined;
  for (const [name, column] of index.names) {
    if (words && (reference || !/[a-z]/.test(name)) && !sameWords(words, name)) continue;
    // The distance is at least the difference in length: skip names that cannot reach 0.7.
    const longer = Math.max(whole.length, name.length);
    const reachable = 1 - Math.abs(whole.length - name.length) / longer >= 0.7;
    let score = reachable ? similarity(whole, name) : 0;
    if (name.length >= 2 && whole.includes(name) && (!words || wordsContain(words, name)))
      score = Math.max(score, 0.6 + (0.3 * name.length) / whole.length);
    // Latin words a letter or two apart are other words (department, apartment).
    const floor = words && !whole.includes(name) ? 0.85 : 0.7;
    if (score >= floor && (!best || score > best.confidence))
      best = { column, confidence: Math.round(score * 100) / 100 };
  }
  return best && { ...best, fuzzy: true };
}

const REFERENCE = /^(?:id|ids|uuid|code|no|number|num|ref)$/;

/** The words of a header written in Latin letters (snake_case, camelCase, spaces), else undefined. */
function latinWords(header: string): string[] | undefined {
  const h = header.normalize("NFKC").trim();
  if (!/^[A-Za-z][A-Za-z0-9 _./&:'-]*$/.test(h)) return undefined;
  const words = h
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/** Whether a cleaned name is the header's words run together (exact, after cleaning). */
function sameWords(words: readonly string[], name: string): boolean {
  return words.join("") === name;
}

/** Whether a cleaned name is a run of whole words of the header ("unit" in "unit_price"). */
function wordsContain(words: readonly string[], name: string): boolean {
  for (let i = 0; i < words.length; i++) {
    let s = "";
    for (let j = i; j < words.length && s.length < name.length; j++) {
      s += words[j];
      if (s === name) return true;
    }
  }
  return false;
}

const ADDRESS_PARTS = [
  "address.province",
  "address.city",
  "address.district",
  "address.street",
  "address.community",
  "address.compound",
  "address.building",
  "address.unit",
  "address.floor",
  "address.room",
];

/**
 * Suggest how the columns of a file map to an entity's fields: from a saved mapping first,
 * then HXL hashtags, survey presets (问卷星, 金数据), the schema's aliases and labels
 * (after removing numbering, bracketed notes and survey phrasing; either half of a bilingual
 * header), and fuzzy matching. Two columns never map to one field: the weaker one stays
 * unmapped, with a note. A full-address column is split into its parts unless the file has
 * separate columns for them.
 *
 * @example
 * ```ts
 * import { suggestMapping } from "@linli/adapters";
 * const report = suggestMapping(["1、姓名", "联系电话（必填）", "Name/姓名", "家庭住址"], "resident");
 * report.columns.map((c) => c.field); // ["name", "phone", undefined, "address.line"]
 * ```
 */
export function suggestMapping(
  headers: readonly string[],
  entity: EntityName,
  options: SuggestOptions = {},
): MappingReport {
  expectArgument("suggestMapping", "headers", "texts", headers);
  expectEntity("suggestMapping", "entity", entity);
  expectArgument("suggestMapping", "options", "options", options);
  const index = indexOf(entity);
  const cleaned = headers.map(cleanHeader);
  const preset =
    options.preset === "wjx" || options.preset === "jinshuju"
      ? options.preset
      : options.preset === "none"
        ? undefined
        : detectPreset(cleaned);
  const saved = options.mapping?.columns;
  const out: ColumnMapping[] = headers.map((raw, i) => {
    const header = raw !== "" ? raw : (options.hashtags?.[i] ?? columnLetter(i));
    if (saved && Object.hasOwn(saved, header)) {
      const key = saved[header];
      return key
        ? { index: i, header, field: key, confidence: 1, reason: "user" as const }
        : { index: i, header, confidence: 1, reason: "user" as const };
    }
    const tag = options.hashtags?.[i];
    if (tag) {
      const m = byHashtag(index, tag);
      if (m)
        return {
          index: i,
          header,
          field: m.column.key,
          confidence: m.confidence,
          reason: "hxl" as const,
        };
    }
    if (preset) {
      const key = PRESET_COLUMNS[preset][cleaned[i]!];
      if (key) return { index: i, header, field: key, confidence: 1, reason: "preset" as const };
    }
    if (raw.trim() === "") return { index: i, header, confidence: 0, reason: "unmapped" as const };
    const m = byName(index, raw);
    if (m)
      return {
        index: i,
        header,
        field: m.column.key,
        confidence: m.confidence,
        reason: m.fuzzy ? ("fuzzy" as const) : ("alias" as const),
      };
    return { index: i, header, confidence: 0, reason: "unmapped" as const };
  });

  const notes: MappingNote[] = [];
  const owner = new Map<string, number>();
  out.forEach((c, i) => {
    if (!c.field) return;
    const prev = owner.get(c.field);
    if (prev === undefined) {
      owner.set(c.field, i);
      return;
    }
    const keepNew =
      c.reason === "user"
        ? out[prev]!.reason !== "user"
        : c.confidence > out[prev]!.confidence && out[prev]!.reason !== "user";
    const [winner, loser] = keepNew ? [i, prev] : [prev, i];
    owner.set(c.field, winner);
    const l = out[loser]!;
    notes.push({
      code: "mapping.duplicate",
      message: adapterMessage("mapping.duplicate", {
        file: options.fileName ?? "(input)",
        first: out[winner]!.header,
        column: l.header,
        field: label(index, c.field),
      }),
    });
    out[loser] = { index: l.index, header: l.header, confidence: 0, reason: "unmapped" };
  });

  const line = owner.get("address.line");
  if (line !== undefined) {
    const split = ADDRESS_PARTS.filter((k) => !owner.has(k) && index.byKey.has(k));
    if (split.length > 0) out[line] = { ...out[line]!, split };
  }
  return { entity, ...(preset ? { preset } : {}), columns: out, notes };
}

function label(index: Index, key: string) {
  return index.byKey.get(key)?.label ?? { "zh-CN": key, en: key };
}

/**
 * Turn a mapping report into a plain-JSON saved mapping, to store and pass back later.
 *
 * @example
 * ```ts
 * import { saveMapping, suggestMapping } from "@linli/adapters";
 * saveMapping(suggestMapping(["姓名", "备用"], "resident"));
 * // { entity: "resident", columns: { "姓名": "name", "备用": null } }
 * ```
 */
export function saveMapping(report: MappingReport): SavedMapping {
  expectArgument("saveMapping", "report", "object", report);
  const columns: Record<string, string | null> = Object.create(null);
  for (const c of report.columns)
    if (!Object.hasOwn(columns, c.header)) columns[c.header] = c.field ?? null;
  return { entity: report.entity, columns: { ...columns } };
}

/**
 * A header-row scorer for an entity: how many cells of a row name one of its fields exactly
 * (after cleaning), or 0 below two. Used to find the header under title rows.
 *
 * @example
 * ```ts
 * import { headerScorer } from "@linli/adapters";
 * const score = headerScorer("resident");
 * score(["XX社区居民登记表"]); // 0
 * score(["姓名", "身份证号", "联系电话"]); // 3
 * ```
 */
export function headerScorer(entity: EntityName): (cells: readonly string[]) => number {
  expectEntity("headerScorer", "entity", entity);
  const index = indexOf(entity);
  return (cells) => {
    let n = 0;
    for (const c of cells) {
      if (c.trim() === "" || c.length > 60) continue;
      const cleaned = cleanHeader(c);
      if (
        index.byName.has(cleaned) ||
        detectPreset([cleaned]) ||
        PRESET_COLUMNS.wjx[cleaned] ||
        PRESET_COLUMNS.jinshuju[cleaned]
      )
        n++;
    }
    return n >= 2 ? n : 0;
  };
}
