import type { EntityName } from "@linli/core";
import { formatCsv } from "../csv/write.js";
import {
  CENTRAL_OWN,
  isMultiple,
  keyOfPath,
  keysOf,
  SUBMISSION_META,
  splitChoice,
} from "./headers.js";
import { isBlank, type SubmissionTable } from "./tables.js";

/** A repeat sheet: its rows name the submission they belong to. */
export const isChild = (t: SubmissionTable) =>
  ["_parent_index", "_submission__uuid", "PARENT_KEY"].some((h) => t.headers.includes(h));

/** Submission time without an offset is UTC in Kobo and ODK Central exports. */
const utc = (t: string) => (t && !/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? `${t.replace(" ", "T")}Z` : t);

/**
 * The main sheet as a flat table whose columns map to linli column keys where they can: a
 * group path keeps its header (`address/compound`) with the key in the mapping, the columns
 * of one choice each become one column of codes. Every row stays at its number in the sheet
 * (gaps filled with blank lines, counted in `padding`), so messages name the rows people see.
 */
export function flatten(
  main: SubmissionTable,
  entity: EntityName,
  channel: string,
  chosen: Readonly<Record<string, string | null>> = {},
) {
  const keys = keysOf(entity);
  const columns: { header: string; from: number[]; key?: string | null; code?: string[] }[] = [];
  const byKey = new Map<string, (typeof columns)[number]>();
  main.headers.forEach((h, i) => {
    if (h in chosen) {
      // The user's mapping wins.
      columns.push({ header: h, from: [i], key: chosen[h] ?? null });
      return;
    }
    const meta = SUBMISSION_META[h];
    const key = meta ?? keyOfPath(h, keys);
    if (key && byKey.has(key)) return; // _uuid wins over meta/instanceID, the list over its parts
    const split = key ? undefined : splitChoice(h, keys);
    if (split) {
      const c = byKey.get(split.key);
      if (c?.code) {
        c.from.push(i);
        c.code.push(split.code);
      } else if (!c) {
        const col = { header: split.key, from: [i], key: split.key, code: [split.code] };
        byKey.set(split.key, col);
        columns.push(col);
      }
      return;
    }
    // Headers as labels with their group path (住址/小区): the last part is the label.
    const header = key ? h : h.includes("/") ? h.slice(h.lastIndexOf("/") + 1) : h;
    const col = { header, from: [i], ...(key ? { key } : {}) };
    if (key) byKey.set(key, col);
    columns.push(col);
  });
  const channelCol = !byKey.has("meta.submission.channel");
  const head = [
    ...columns.map((c) => c.header),
    ...(channelCol ? ["meta.submission.channel"] : []),
  ];
  const mapping: Record<string, string | null> = {};
  // Kobo's and Central's own columns (_id, _index, ReviewState, …) stay unmapped, kept as extra.
  for (const c of columns) {
    if (c.key !== undefined) mapping[c.header] = c.key;
    else if (/^_/.test(c.header) || CENTRAL_OWN.has(c.header)) mapping[c.header] = null;
  }
  if (channelCol) mapping["meta.submission.channel"] = "meta.submission.channel";
  const stats = { padding: 0 };
  const cellsOf = (r: readonly string[]) => {
    const row = columns.map((c) => {
      if (c.code) {
        // A selected choice reads 1, True or yes in the column of its own.
        const on = c.from.filter((i) => /^(1|true|yes)$/i.test((r[i] ?? "").trim()));
        return on.map((i) => c.code![c.from.indexOf(i)]).join(",");
      }
      const v = r[c.from[0]!] ?? "";
      if (c.key === "meta.submission.at") return utc(v.trim());
      if (c.key && isMultiple(c.key, keys)) return v.trim().split(/\s+/).join(",");
      return v;
    });
    if (channelCol) row.push(channel);
    return row;
  };
  /** The table's lines, made as they are read, so that no copy of the whole sheet is held. */
  function* lines(): Generator<string[]> {
    let at = 0;
    for (; at < main.headerRow - 1; at++) yield [];
    yield head;
    at++;
    if (main.hashtags) {
      yield [
        ...columns.map((c) => (c.code ? "" : (main.hashtags![c.from[0]!] ?? ""))),
        ...(channelCol ? [""] : []),
      ];
      at++;
    }
    for (let n = 0; n < main.rows.length; n++) {
      for (; at + 1 < main.rowNumbers[n]!; at++) {
        stats.padding++;
        yield [];
      }
      const r = main.rows[n]!;
      at++;
      yield isBlank(r) ? [] : cellsOf(r);
    }
  }
  return { lines, mapping, stats };
}

/** CSV text of lines, encoded, a batch at a time. */
export async function* csvChunks(lines: Iterable<readonly string[]>): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  let batch: (readonly string[])[] = [];
  for (const l of lines) {
    batch.push(l);
    if (batch.length >= 2000) {
      yield enc.encode(formatCsv(batch));
      batch = [];
    }
  }
  if (batch.length > 0) yield enc.encode(formatCsv(batch));
}

/** Set a value at a dotted path, making the objects on the way. */
export function setAt(record: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let cur = record;
  for (const p of parts.slice(0, -1)) {
    if (typeof cur[p] !== "object" || cur[p] === null) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}
