import {
  type EntityName,
  entities,
  entityNames,
  expectArgument,
  identityColumns,
  type Localized,
} from "@linli/core";
import { type HsdsTable, hsdsTableOf } from "../hsds/package-tables.js";
import { adapterMessage } from "../messages.js";
import type { ByteSource } from "../source/bytes.js";
import { openSource } from "../table/open.js";
import { type ReadTableOptions, type TableInfo, tableOf } from "../table/read-table.js";
import { FILE_WORDS, PERSON_EVIDENCE } from "./entity-words.js";
import { type NameLook, nameLooks } from "./name-look.js";
import { columnsByKey, headerScorer, suggestMapping } from "./suggest.js";
import type { ColumnMapping } from "./types.js";

/**
 * How well one entity fits a table's columns.
 *
 * @example
 * ```ts
 * import type { EntityCandidate } from "@linli/adapters";
 * const c: EntityCandidate = { entity: "organization", score: 2.5, columns: ["机构名称", "统一社会信用代码"], identity: true };
 * ```
 */
export interface EntityCandidate {
  readonly entity: EntityName;
  /** Evidence: columns weighted by how few entities they fit, and the file name's words. */
  readonly score: number;
  /** The headers that map to a field of the entity. */
  readonly columns: readonly string[];
  /** Whether the columns give what identifies a row of the entity (a name, an ID…). */
  readonly identity: boolean;
}

/**
 * The entity a table most likely holds, guessed from its headers (and HXL hashtags) and the
 * words of its file name, with the other candidates best first.
 *
 * @example
 * ```ts
 * import type { EntityGuess } from "@linli/adapters";
 * const g: EntityGuess = { entity: "resident", confidence: 0.8, candidates: [] };
 * ```
 */
export interface EntityGuess {
  /** The best fit; absent when no entity's identifying columns are among the headers. */
  readonly entity?: EntityName;
  /** From 0 to 1: how far the best fit is ahead of the next (1 when nothing else fits). */
  readonly confidence: number;
  /** Every entity with some evidence, best first. */
  readonly candidates: readonly EntityCandidate[];
  /** The entity the file name names (居民, 物资需求, staff, warehouse_stock), if any. */
  readonly fileHint?: EntityName;
  /**
   * An Open Referral HSDS table whose rows belong to records of other tables by id
   * (services, phones, schedules…): no entity is guessed, the table is read with its
   * package (`importHsdsPackage`).
   */
  readonly hsdsTable?: HsdsTable;
  /** For such a table, what to say: give it with its package (zh-CN and en). */
  readonly hsdsMessage?: Localized;
}

/**
 * Options of {@link guessEntity}.
 *
 * @example
 * ```ts
 * import type { GuessEntityOptions } from "@linli/adapters";
 * const o: GuessEntityOptions = { fileName: "医院名单.csv", rows: [["鄂州市中心医院", "0711-3251382"]] };
 * ```
 */
export interface GuessEntityOptions {
  readonly hashtags?: readonly (string | null)[];
  /** The file's name: its words are weak evidence (居民登记表.xlsx, hrm_staff.csv). */
  readonly fileName?: string;
  /** The first data rows (cells by column): what the names look like is evidence too. */
  readonly rows?: readonly (readonly string[])[];
}

// A column that fits one entity only says more than one that every entity has (name, notes).
const FUZZY_WEIGHT = 0.4;
// Without its identifying columns every row of the entity would be rejected.
const NO_IDENTITY = 0.25;
const FILE_WORD = 1.5;
// A name column whose values all look like organisations (or places, or people).
const NAME_LOOK: Record<NameLook, number> = { organization: 1.5, place: 1.5, person: 0.75 };
// Address parts fit every entity with an address: they count for less than its own fields.
const NESTED_ADDRESS = 0.5;
const UNEXPLAINED = 0.5;
// Less than this is a guess on one generic column (type, notes): no guess at all.
const MIN_SCORE = 0.5;
const PEOPLE: ReadonlySet<EntityName> = new Set(["resident", "volunteer"]);
const PERSON_NAME_PART =
  /^(?:(?:first|last|middle|given|family|sur|fore)[ _-]?names?|surname|姓|名|姓氏|名字)$/i;
// A header that says residents or volunteers (与户主关系, Head of Family; 技能, Job Title).
const PERSON_WORD = 1;
// People registers are the common case: a tie between person entities goes to residents.
const PRIOR: Partial<Record<EntityName, number>> = { resident: 0.05 };

/** What the values of a name field are names of, by its HXL hashtag. */
function lookOf(hxl: string | undefined): NameLook | undefined {
  if (!hxl || !/\+name\b/.test(hxl)) return undefined;
  if (hxl.startsWith("#org")) return "organization";
  if (hxl.startsWith("#loc")) return "place";
  if (/^#(?:beneficiary|contact)/.test(hxl)) return "person";
  return undefined;
}

/** The entity the words of a file name name: the last one named (hrm_staff → staff). */
function fileHint(fileName: string | undefined): EntityName | undefined {
  if (!fileName) return undefined;
  const base = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.[a-z0-9]+$/i, "")
    .toLowerCase();
  let best: { entity: EntityName; end: number; length: number } | undefined;
  for (const [entity, words] of Object.entries(FILE_WORDS) as [EntityName, readonly string[]][]) {
    for (const w of words) {
      const latin = /^[a-z]/.test(w);
      const re = latin
        ? new RegExp(`(?:^|[^a-z])${w}(?=$|[^a-z])`, "g")
        : new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g");
      for (const m of base.matchAll(re)) {
        const end = (m.index ?? 0) + m[0].length;
        if (!best || end > best.end || (end === best.end && w.length > best.length)) {
          best = { entity, end, length: w.length };
        }
      }
    }
  }
  return best?.entity;
}

// HSDS tables that are parts of organisations or locations, not records of their own.
const HSDS_OWN: ReadonlySet<HsdsTable> = new Set(["organizations", "locations"]);
const HSDS_LINK = /^(?:organization|service|location|contact|service_at_location)_id$/;

/**
 * The HSDS table of a file that has no entity of its own: its name or columns say which
 * table, and it has the `id` and `…_id` columns that join it to its parents.
 */
function hsdsChild(headers: readonly string[], fileName: string | undefined) {
  const lower = headers.map((h) => h.trim().toLowerCase());
  if (!lower.includes("id") || !lower.some((h) => HSDS_LINK.test(h))) return undefined;
  const table = hsdsTableOf(fileName ?? "", lower);
  return table && !HSDS_OWN.has(table) ? table : undefined;
}

/**
 * Guess the entity of a table from its headers (and HXL hashtags): each column that maps to
 * a field of an entity counts for it, the more so the fewer entities it fits; an entity whose
 * identifying columns (a name, an ID) are missing counts for little; the file name's words
 * (居民, 志愿者, 物资需求, organisation, warehouse_stock) tip the balance. No entity is
 * returned when none has its identifying columns, nor for an Open Referral HSDS table whose
 * rows are parts of other records (services, phones: see `hsdsTable`).
 *
 * @example
 * ```ts
 * import { guessEntity } from "@linli/adapters";
 * guessEntity(["机构名称", "统一社会信用代码", "联系人", "联系电话"]).entity; // "organization"
 * guessEntity(["姓名", "性别", "身份证号", "与户主关系"]).entity; // "resident"
 * guessEntity(["Type", "Comments"]).entity; // undefined
 * ```
 */
export function guessEntity(
  headers: readonly string[],
  options: GuessEntityOptions = {},
): EntityGuess {
  expectArgument("guessEntity", "headers", "texts", headers);
  expectArgument("guessEntity", "options", "options", options);
  const hsds = hsdsChild(headers, options.fileName);
  if (hsds) {
    const file = options.fileName ?? "(input)";
    const hsdsMessage = adapterMessage("hsds.childAlone", { file, table: hsds });
    return { confidence: 0, candidates: [], hsdsTable: hsds, hsdsMessage };
  }
  const hint = fileHint(options.fileName);
  const looks = new Map<number, Record<NameLook, number>>();
  const looksAt = (i: number) => {
    let l = looks.get(i);
    if (!l) {
      l = nameLooks((options.rows ?? []).map((r) => r[i] ?? ""));
      looks.set(i, l);
    }
    return l;
  };
  const mapped = new Map<EntityName, readonly ColumnMapping[]>();
  const fits = new Array<number>(headers.length).fill(0);
  const strong = new Set<number>();
  for (const entity of entityNames) {
    const report = suggestMapping(headers, entity, {
      preset: "none",
      ...(options.hashtags ? { hashtags: options.hashtags } : {}),
    });
    const cols = report.columns.filter((c) => c.field && !c.field.startsWith("meta."));
    mapped.set(entity, cols);
    for (const c of cols) {
      fits[c.index]! += 1;
      if (c.reason !== "fuzzy") strong.add(c.index);
    }
  }
  // Parts of a person's name (First Name, 姓) say the rows are people, whichever entity
  // of people they are.
  const nameParts = headers.flatMap((h, i) => (PERSON_NAME_PART.test(h.trim()) ? [i] : []));
  // What the headers say about which people a list of people holds.
  const said = { resident: 0, volunteer: 0 };
  for (const h of headers) {
    for (const k of ["resident", "volunteer"] as const) if (PERSON_EVIDENCE[k].test(h)) said[k]++;
  }
  const candidates: EntityCandidate[] = [];
  for (const entity of entityNames) {
    const cols = mapped.get(entity)!;
    const keys = new Set(cols.map((c) => c.field!));
    // A name in parts (姓 + 名, First + Last Name) is composed into the name on import.
    for (const k of keys) if (k.startsWith("nameParts.")) keys.add("name");
    const identity = identityColumns(entities[entity]).some((alt) =>
      alt.every((c) => keys.has(c.key)),
    );
    const ids = new Set(identityColumns(entities[entity]).flatMap((alt) => alt.map((c) => c.key)));
    const byKey = columnsByKey(entity);
    let score = 0;
    for (const c of cols) {
      let w = c.reason === "fuzzy" ? FUZZY_WEIGHT * c.confidence : c.confidence;
      if (/^(?:delivery)?address\./i.test(c.field!)) w *= NESTED_ADDRESS;
      score += w / fits[c.index]!;
      const look = ids.has(c.field!) ? lookOf(byKey.get(c.field!)?.hxl) : undefined;
      if (look && options.rows) score += NAME_LOOK[look] * looksAt(c.index)[look];
    }
    // Columns other entities read and this one cannot (性别 in a list said to be of
    // organisations) count against it.
    const own = new Set(cols.map((c) => c.index));
    for (let i = 0; i < fits.length; i++) {
      if (!own.has(i) && fits[i]! > 0 && strong.has(i)) score -= UNEXPLAINED / fits[i]!;
    }
    for (const i of nameParts) {
      if (PEOPLE.has(entity)) score += 1 / PEOPLE.size;
      else if (!own.has(i)) score -= UNEXPLAINED / PEOPLE.size;
    }
    if (entity === "resident" || entity === "volunteer") {
      const other = entity === "resident" ? "volunteer" : "resident";
      score += PERSON_WORD * said[entity] - (PERSON_WORD / 2) * said[other];
    }
    score = Math.max(0, score);
    if (!identity) score *= NO_IDENTITY;
    if (hint === entity) score += FILE_WORD;
    if (score > 0) score += PRIOR[entity] ?? 0;
    if (score <= 0) continue;
    candidates.push({
      entity,
      score: Math.round(score * 1000) / 1000,
      columns: cols.map((c) => c.header),
      identity,
    });
  }
  candidates.sort((a, b) => b.score - a.score || Number(b.identity) - Number(a.identity));
  const fitting = candidates.filter((c) => c.identity && c.score >= MIN_SCORE);
  const best = fitting[0];
  if (!best) return { confidence: 0, candidates, ...(hint ? { fileHint: hint } : {}) };
  const next = candidates.find((c) => c !== best)?.score ?? 0;
  const confidence = Math.round((best.score / (best.score + next)) * 100) / 100;
  return { entity: best.entity, confidence, candidates, ...(hint ? { fileHint: hint } : {}) };
}

/**
 * Options of {@link detectEntity}: where the table is (sheet, header row, encoding).
 *
 * @example
 * ```ts
 * import type { DetectEntityOptions } from "@linli/adapters";
 * const o: DetectEntityOptions = { fileName: "登记表.xlsx", sheet: 1 };
 * ```
 */
export type DetectEntityOptions = Omit<ReadTableOptions, "score">;

/**
 * Read a file's header (and its first rows) and guess its entity with {@link guessEntity}:
 * the header row is the one that best fits any entity.
 *
 * @example
 * ```ts
 * import { detectEntity } from "@linli/adapters";
 * const csv = "机构名称,统一社会信用代码,联系人\n鄂州市中心医院,12420700420900183X,江老师\n";
 * const guess = await detectEntity(new TextEncoder().encode(csv), { fileName: "医院.csv" });
 * guess.entity; // "organization"
 * ```
 */
export async function detectEntity(
  source: ByteSource,
  options: DetectEntityOptions = {},
): Promise<EntityGuess & { readonly info: TableInfo }> {
  const scorers = entityNames.map((e) => headerScorer(e));
  const score = (cells: readonly string[]) => scorers.reduce((m, f) => Math.max(m, f(cells)), 0);
  const opened = await openSource(source, { ...options, recordKeys: score });
  // No sheet named: the first visible one with anything in it whose kind is clear (a cover
  // page or instructions before the register are passed over), as an import reads.
  const visible =
    options.sheet === undefined && opened.format === "xlsx"
      ? opened.sheets.filter((x) => !opened.hiddenSheets.includes(x))
      : [];
  const sheets = visible.length > 0 ? visible : [options.sheet];
  let first: (EntityGuess & { readonly info: TableInfo }) | undefined;
  let last: (EntityGuess & { readonly info: TableInfo }) | undefined;
  for (const sheet of sheets) {
    const table = tableOf(opened, { ...options, score, ...(sheet !== undefined ? { sheet } : {}) });
    const info = await table.info();
    const filled = info.headers.some((h) => h.trim() !== "") || info.hashtags || info.headerless;
    if (!filled && (first || sheet !== sheets[sheets.length - 1])) continue;
    last = await guessTable(table, info, options.fileName);
    if (last.entity) return last;
    first ??= last;
  }
  return first ?? last!;
}

/** The guess of a table's kind from its header and first rows. */
async function guessTable(
  table: ReturnType<typeof tableOf>,
  info: TableInfo,
  fileName: string | undefined,
): Promise<EntityGuess & { readonly info: TableInfo }> {
  const rows: string[][] = [];
  for await (const batch of table.batches()) {
    for (const r of batch) {
      rows.push(r.cells);
      if (rows.length >= SAMPLE) break;
    }
    break;
  }
  const headers = info.headers.length > 0 ? info.headers : (info.hashtags ?? []).map(() => "");
  const guess = guessEntity(headers, {
    ...(info.hashtags ? { hashtags: info.hashtags } : {}),
    ...(fileName ? { fileName } : {}),
    rows,
  });
  return { ...guess, info };
}

const SAMPLE = 50;
