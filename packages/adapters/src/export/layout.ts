import { type Column, columns, type EntityName, entities } from "@linli/core";
import {
  type ApplyProfileOptions,
  type BuiltinProfileName,
  type RowProfiler,
  rowProfiler,
  type SharingProfile,
} from "@linli/privacy";
import { formatHashtag, parseHashtag } from "../table/hxl.js";
import {
  type Cell,
  type CellMode,
  cellFormatter,
  columnReader,
  compileRow,
  isDateColumn,
} from "./cells.js";
import { columnWidth, defaultColumns, displayWidth, hashtags, headerTexts } from "./headers.js";

/** One written column: a field of the entity, or an unmapped source column kept in `extra`. */
export interface LayoutColumn {
  /** Column key, or the header text for an `extra` column. */
  readonly key: string;
  readonly header: string;
  /** The entity's column; absent for `extra` columns. */
  readonly column?: Column;
  readonly width: number;
  /** Holds dates written as serial numbers (XLSX). */
  readonly date: boolean;
  /** HXL hashtag, when the field has one that leads back to it. */
  readonly hashtag?: string;
}

/** The columns of a flat export and how a record becomes a row of cells. */
export interface Layout {
  readonly columns: readonly LayoutColumn[];
  toRow(record: unknown): Cell[];
  /** Extra headers met in records that have no column (seen after the header was written). */
  readonly late: Set<string>;
  /** `canonical` when nothing was changed by a sharing profile. */
  readonly view: "canonical" | "shared";
}

/** What a layout is built from. */
export interface LayoutOptions extends CellMode {
  readonly entity: EntityName;
  readonly columns?: readonly string[];
  /** Headers of `extra` columns, in order; a header repeated is a second column of that name. */
  readonly extraHeaders: readonly string[];
  /** HXL hashtags of `extra` columns by header (what the source file tagged them with). */
  readonly extraHashtags?: ReadonlyMap<string, string>;
  readonly profile?: SharingProfile | BuiltinProfileName;
  readonly profileOptions?: ApplyProfileOptions;
}

const EXTRA = "\u0000extra\u0000";

/** The chosen columns, checked against the entity. */
export function chosenColumns(entity: EntityName, keys?: readonly string[]): readonly Column[] {
  if (!keys) return defaultColumns(entity);
  const byKey = new Map(columns(entities[entity]).map((c) => [c.key, c]));
  return keys.map((k) => {
    const c = byKey.get(k);
    if (!c) {
      throw new RangeError(
        `exportRecords: "${k}" is no column of ${entity}; columns: ${[...byKey.keys()].join(", ")}`,
      );
    }
    return c;
  });
}

/** Build the layout of a flat export. */
export function layout(options: LayoutOptions): Layout {
  const { entity, lang } = options;
  const cols = chosenColumns(entity, options.columns);
  const headers = headerTexts(entity, lang);
  const tags = hashtags(entity);
  const share: RowProfiler | undefined = options.profile
    ? rowProfiler(entity, options.profile, options.profileOptions)
    : undefined;
  const shared = share ? new Map(share.plan.columns.map((c) => [c.key, c])) : undefined;
  const keptCols = shared ? cols.filter((c) => shared.has(c.key)) : cols;
  const keepExtra = share ? Object.hasOwn(share({ [`${EXTRA}0`]: "x" }), `${EXTRA}0`) : true;
  const extras = keepExtra ? options.extraHeaders : [];

  const out: LayoutColumn[] = keptCols.map((c) => {
    const s = shared?.get(c.key);
    const changed = s !== undefined && s.form !== "value";
    const header = s ? s.label[lang] : (headers.get(c.key) ?? c.label[lang]);
    const tag = tags.get(c.key);
    return {
      key: c.key,
      header,
      column: c,
      width: columnWidth(c, header, lang),
      date: options.serialDates && !changed && isDateColumn(c),
      ...(tag && !changed ? { hashtag: tag } : {}),
    };
  });
  for (const h of extras) {
    const tag = options.extraHashtags?.get(h);
    out.push({
      key: h,
      header: h,
      width: Math.max(8, Math.min(30, displayWidth(h) + 4)),
      date: false,
      ...(tag ? { hashtag: tag } : {}),
    });
  }

  const readers = keptCols.map(columnReader);
  const formats = keptCols.map((c) => {
    const s = shared?.get(c.key);
    return s && s.form !== "value" ? plain : cellFormatter(c, options);
  });
  const n = keptCols.length;
  const fill = compileRow(keptCols, formats);
  // Slot of each extra column: header + occurrence, so repeated headers keep their order.
  const slot = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const h of extras) {
    const k = (seen.get(h) ?? 0) + 1;
    seen.set(h, k);
    slot.set(`${h}\u0000${k}`, slot.size);
  }
  const late = new Set<string>();
  const count = new Map<string, number>();
  const extraCells = (record: unknown, put: (i: number, v: unknown) => void) => {
    const list = (record as { extra?: unknown }).extra;
    if (!Array.isArray(list) || list.length === 0) return;
    count.clear();
    for (const e of list as { header: string; value: unknown }[]) {
      const k = (count.get(e.header) ?? 0) + 1;
      count.set(e.header, k);
      const i = slot.get(`${e.header}\u0000${k}`);
      if (i === undefined) {
        if (keepExtra && e.value !== null && e.value !== "") late.add(e.header);
        continue;
      }
      put(n + i, e.value);
    }
  };

  const toRow = share
    ? (record: unknown): Cell[] => {
        const input: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const v = readers[i]!(record);
          if (v !== undefined) input[keptCols[i]!.key] = v;
        }
        const row: Cell[] = new Array(out.length);
        extraCells(record, (i, v) => {
          input[`${EXTRA}${i - n}`] = v;
        });
        const result = share(input);
        for (let i = 0; i < n; i++) row[i] = formats[i]!(result[keptCols[i]!.key]);
        for (let i = n; i < out.length; i++) row[i] = plain(result[`${EXTRA}${i - n}`]);
        return row;
      }
    : (record: unknown): Cell[] => {
        const row: Cell[] = new Array(out.length);
        fill(record, row);
        extraCells(record, (i, v) => {
          row[i] = plain(v);
        });
        return row;
      };
  return {
    columns: out,
    toRow,
    late,
    view: share ? share.plan.view : "canonical",
  };
}

/** An unmapped source value (or a value a profile changed) as a cell: text, or a number. */
function plain(v: unknown): Cell {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.join("、");
  return JSON.stringify(v);
}

/** Headers of `extra` columns across records, in order of first appearance. */
export function collectExtraHeaders(records: Iterable<unknown>, into: string[] = []): string[] {
  const have = new Map<string, number>();
  for (const h of into) have.set(h, (have.get(h) ?? 0) + 1);
  const count = new Map<string, number>();
  for (const r of records) {
    const list = (r as { extra?: unknown } | null)?.extra;
    if (!Array.isArray(list)) continue;
    count.clear();
    for (const e of list as { header: string }[]) {
      const k = (count.get(e.header) ?? 0) + 1;
      count.set(e.header, k);
      if (k > (have.get(e.header) ?? 0)) {
        have.set(e.header, k);
        into.push(e.header);
      }
    }
  }
  return into;
}

/**
 * The HXL hashtags of `extra` columns by header: the one the source gave (`hxl`), or the
 * header itself when it is a hashtag (a file with hashtags and no header row).
 */
export function collectExtraHashtags(
  records: Iterable<unknown>,
  into: Map<string, string> = new Map(),
): Map<string, string> {
  for (const r of records) {
    const list = (r as { extra?: unknown } | null)?.extra;
    if (!Array.isArray(list)) continue;
    for (const e of list as { header: string; hxl?: unknown }[]) {
      if (into.has(e.header)) continue;
      const tag = typeof e.hxl === "string" ? parseHashtag(e.hxl) : parseHashtag(e.header);
      if (tag) into.set(e.header, formatHashtag(tag));
    }
  }
  return into;
}
