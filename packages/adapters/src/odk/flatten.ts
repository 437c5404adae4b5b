import type { EntityName } from "@linli/core";
import { formatCsv } from "../csv/write.js";
import { isMultiple, keyOfPath, keysOf, SUBMISSION_META, splitChoice } from "./headers.js";
import type { SubmissionTable } from "./tables.js";

/** A repeat sheet: its rows name the submission they belong to. */
export const isChild = (t: SubmissionTable) =>
  ["_parent_index", "_submission__uuid", "PARENT_KEY"].some((h) => t.headers.includes(h));

/** Submission time without an offset is UTC in Kobo and ODK Central exports. */
const utc = (t: string) => (t && !/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? `${t.replace(" ", "T")}Z` : t);

/** The main sheet as a flat table whose headers are linli column keys where they can be. */
export function flatten(main: SubmissionTable, entity: EntityName, channel: string) {
  const keys = keysOf(entity);
  const columns: { header: string; from: number[]; key?: string; code?: string[] }[] = [];
  const byKey = new Map<string, (typeof columns)[number]>();
  main.headers.forEach((h, i) => {
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
    const header = key ?? (h.includes("/") ? h.slice(h.lastIndexOf("/") + 1) : h);
    const col = { header, from: [i], ...(key ? { key } : {}) };
    if (key) byKey.set(key, col);
    columns.push(col);
  });
  const channelCol = !byKey.has("meta.submission.channel");
  const head = [
    ...columns.map((c) => c.header),
    ...(channelCol ? ["meta.submission.channel"] : []),
  ];
  const out: string[][] = [head];
  if (main.hashtags)
    out.push([
      ...columns.map((c) => (c.code ? "" : (main.hashtags![c.from[0]!] ?? ""))),
      ...(channelCol ? [""] : []),
    ]);
  for (const r of main.rows) {
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
    out.push(channelCol ? [...row, channel] : row);
  }
  const mapping: Record<string, string | null> = {};
  // Kobo's and Central's own columns (_id, _index, __version__, …) stay unmapped, kept as extra.
  for (const c of columns) mapping[c.header] = c.key ?? (/^_/.test(c.header) ? null : undefined)!;
  for (const k of Object.keys(mapping)) if (mapping[k] === undefined) delete mapping[k];
  if (channelCol) mapping["meta.submission.channel"] = "meta.submission.channel";
  return { csv: formatCsv(out), mapping };
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
