import { checkArgument } from "@linli/core";
import type { MergeResult as LinkageResult } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import { LinliError } from "../messages.js";
import { crc32, crcHex } from "./crc32.js";
import { type MergedCheck, MergedJsonReader } from "./merged-reader.js";
import type { Sharing } from "./share.js";

const BATCH = 2000;

/** A JSON array, one element per line, in pieces (results can be far larger than a string). */
/** Told how many items of a file have been written. */
export type Written = (done: number) => void;

function* jsonArray(
  items: readonly unknown[],
  map: (x: unknown) => unknown = (x) => x,
  written?: Written,
) {
  yield "[\n";
  for (let i = 0; i < items.length; i += BATCH) {
    const end = Math.min(items.length, i + BATCH);
    const part: string[] = [];
    for (let j = i; j < end; j++) part.push(JSON.stringify(map(items[j])));
    written?.(end);
    yield part.join(",\n");
    yield end < items.length ? ",\n" : "\n";
  }
  yield "]";
}

/**
 * A cluster as `merged.json` stores it: a record merged from one row is that row with a new
 * id, so the row keeps only its own id (`recordId`) instead of a second copy of the values.
 */
function compactCluster(c: unknown): unknown {
  const cluster = c as MergeResult["clusters"][number];
  if (cluster.rows.length !== 1) return cluster;
  const { record, ...row } = cluster.rows[0]!;
  return { ...cluster, rows: [{ ...row, recordId: record.meta.id }] };
}

/** Provenance of a cluster with every value shared as its field is. */
function sharedProvenance(
  provenance: NonNullable<MergeResult["clusters"][number]["provenance"]>,
  share: Sharing,
) {
  const out: Record<string, unknown> = {};
  for (const [field, p] of Object.entries(provenance)) {
    const values = (list: readonly { value: unknown; rows: readonly number[] }[] | undefined) =>
      list?.map((v) => ({ value: share.value(field, v.value), rows: v.rows }));
    out[field] = {
      rule: p.rule,
      from: p.from,
      ...(p.variants ? { variants: values(p.variants) } : {}),
      ...(p.elements
        ? {
            elements: p.elements.map((e) => ({
              value: share.value(field, e.value),
              rows: e.rows,
              ...(e.variants ? { variants: values(e.variants) } : {}),
            })),
          }
        : {}),
    };
  }
  return out;
}

/**
 * A cluster under a sharing profile: source rows by reference (rows of merged clusters with
 * their shared record), provenance values shared, IDs only where the profile keeps them.
 */
function sharedCluster(c: MergeResult["clusters"][number], share: Sharing): unknown {
  const several = c.rows.length > 1;
  return {
    ...(share.ids ? { id: c.id } : {}),
    rows: c.rows.map((r) => ({
      source: r.source,
      file: r.file,
      ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
      row: r.row,
      ...(several ? { record: share.record(r.record) } : {}),
    })),
    ...(share.ids && c.aliases ? { aliases: c.aliases } : {}),
    ...(share.ids && c.splitFrom ? { splitFrom: c.splitFrom } : {}),
    ...(c.provenance ? { provenance: sharedProvenance(c.provenance, share) } : {}),
    ...(c.evidence ? { evidence: c.evidence } : {}),
    ...(c.possible ? { possible: true } : {}),
  };
}

/** What `merged.json` says about the sharing profile it was written under. */
export interface ProfileMark {
  readonly name: string;
  readonly view: "canonical" | "shared";
}

/**
 * `merged.json`: the whole merge result — records, clusters with their source rows (and the
 * values they were accepted with), provenance and evidence, conflicts, issues, summary,
 * mapping and near misses (not in a shared view) — one element per line, in UTF-8 bytes. `merge` takes it back as an input (see
 * {@link parseMergeResult}). Written last, a check line gives the number of records,
 * clusters, conflicts and issues and the CRC-32 of every byte before it, so that a file cut
 * short or changed is refused when read back. Under a sharing profile the head names it
 * (`"profile"`) and, for a shared view, every value goes through the profile; such a file is
 * refused as input.
 */
export function* mergedJson(
  result: MergeResult,
  written?: Written,
  share?: Sharing,
  mark?: ProfileMark,
): Generator<Uint8Array> {
  const { records, clusters, conflicts, issues, ...head } = result;
  const encoder = new TextEncoder();
  let crc = 0;
  const bytes = (text: string) => {
    const b = encoder.encode(text);
    crc = crc32(b, crc);
    return b;
  };
  yield bytes(`{"format":"linli-merge","version":1,"entity":${JSON.stringify(head.entity)},\n`);
  if (mark) yield bytes(`"profile":${JSON.stringify({ name: mark.name, view: mark.view })},\n`);
  yield bytes(`"summary":${JSON.stringify(head.summary)},\n`);
  const mapping = share ? head.mapping.map(share.mapping) : head.mapping;
  yield bytes(`"mapping":${JSON.stringify(mapping)},\n`);
  yield bytes(`"stats":${JSON.stringify(head.stats)},\n`);
  // Near misses name rows and record ids: kept for the hub's own view, not in a shared one.
  if (head.nearMisses && !share) yield bytes(`"nearMisses":${JSON.stringify(head.nearMisses)},\n`);
  yield bytes(`"records":`);
  for (const s of jsonArray(
    records,
    share?.record,
    written && ((n) => written(Math.round(n / 2))),
  )) {
    yield bytes(s);
  }
  yield bytes(`,\n"clusters":`);
  for (const s of jsonArray(
    clusters,
    share ? (c) => sharedCluster(c as MergeResult["clusters"][number], share) : compactCluster,
    written && ((n) => written(Math.round((records.length + n) / 2))),
  )) {
    yield bytes(s);
  }
  yield bytes(`,\n"conflicts":`);
  for (const s of jsonArray(
    conflicts,
    share && ((c) => share.conflict(c as MergeResult["conflicts"][number])),
  )) {
    yield bytes(s);
  }
  yield bytes(`,\n"issues":`);
  for (const s of jsonArray(
    issues,
    share && ((i) => share.issue(i as MergeResult["issues"][number])),
  )) {
    yield bytes(s);
  }
  yield bytes(",\n");
  const check: MergedCheck = {
    records: records.length,
    clusters: clusters.length,
    conflicts: conflicts.length,
    issues: issues.length,
    crc32: crcHex(crc),
  };
  yield encoder.encode(`"check":${JSON.stringify(check)}}\n`);
}

/**
 * `clusters.json`: for each merged record, its id and the source rows behind it, each as
 * `{"file": <file name as given>, "row": <row as the spreadsheet shows it>}` (plus `"sheet"`
 * for workbooks read sheet by sheet), and `"possible": true` when only a possible match holds
 * the rows together. Without the id when a sharing profile drops record IDs.
 */
export function* clustersJson(
  result: MergeResult,
  written?: Written,
  share?: Sharing,
): Generator<string> {
  const ids = share?.ids ?? true;
  const several = filesWithSheets(result);
  yield* jsonArray(
    result.clusters,
    (c) => {
      const { id, rows, possible } = c as MergeResult["clusters"][number];
      return {
        ...(ids ? { id } : {}),
        rows: rows.map((r) =>
          r.sheet !== undefined && several.has(r.file)
            ? { file: r.file, sheet: r.sheet, row: r.row }
            : { file: r.file, row: r.row },
        ),
        // Held together by name, birth date and sex alone: to be checked by a person.
        ...(possible ? { possible: true } : {}),
      };
    },
    written,
  );
  yield "\n";
}

/** Files whose rows come from more than one sheet: only there does a row need its sheet. */
export function filesWithSheets(result: MergeResult): Set<string> {
  const sheets = new Map<string, string | undefined>();
  const several = new Set<string>();
  for (const c of result.clusters) {
    for (const r of c.rows) {
      if (!sheets.has(r.file)) sheets.set(r.file, r.sheet);
      else if (sheets.get(r.file) !== r.sheet) several.add(r.file);
    }
  }
  return several;
}

/**
 * `issues.json`: every rejected or warned row — file, row, column, field, code, severity,
 * message in zh-CN and en, the cell's value — and warnings about merged records. Under a
 * sharing profile, raw cells and the messages quoting them are withheld (see `Sharing.issue`).
 */
export function* issuesJson(result: MergeResult, share?: Sharing): Generator<string> {
  yield* jsonArray(
    result.issues,
    share && ((i) => share.issue(i as MergeResult["issues"][number])),
  );
  yield "\n";
}

/**
 * A merge result as `merged.json` stores it, made whole again: rows of one-row clusters get
 * their values back from the merged record. Results that are already whole pass unchanged.
 */
export function expandMergeResult<T extends LinkageResult>(value: T): T {
  let compact = false;
  for (const c of value.clusters) {
    if (c.rows.length === 1 && !("record" in c.rows[0]!)) {
      compact = true;
      break;
    }
  }
  if (!compact) return value;
  type Row = Record<string, unknown> & { recordId?: string };
  const clusters = value.clusters.map((c, i) => {
    const row = c.rows[0] as unknown as Row;
    if (c.rows.length !== 1 || "record" in row) return c;
    const { recordId, ...rest } = row;
    const merged = value.records[i] as { meta: Record<string, unknown> };
    return {
      ...c,
      rows: [{ ...rest, record: { ...merged, meta: { ...merged.meta, id: recordId } } }],
    };
  });
  return { ...value, clusters } as T;
}

/**
 * Read a `merged.json` (its text) back as a merge result, to merge new files into it. The
 * file must be whole and unchanged: its check line (written last) must match its records,
 * clusters, conflicts, issues and checksum, and its records and clusters must go in pairs;
 * otherwise a `LinliError` says what is wrong (`merge.mergedCut`, `merge.mergedCount`,
 * `merge.mergedChecksum`…). In Node, `readMergeResult` from `linli/node` reads the file
 * itself, however large.
 *
 * @example
 * ```ts
 * import { merge, parseMergeResult } from "linli";
 * const earlier = parseMergeResult(await (await fetch("/合并结果/merged.json")).text());
 * const next = await merge([earlier, new File(["姓名\n王伟\n"], "新登记.csv")]);
 * ```
 */
export function parseMergeResult(text: string, file = "merged.json"): MergeResult {
  checkArgument(typeof text === "string", "parseMergeResult", "text", "text", text);
  checkArgument(typeof file === "string", "parseMergeResult", "file", "text", file);
  const reader = new MergedJsonReader(file);
  reader.pushText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return reader.end();
}

/**
 * Refuse a `merged.json` written under a sharing profile that changed its values: it is a
 * shared view, and merging it again would pass masked or dropped values off as records.
 */
export function refuseShared(value: unknown, file: string): void {
  const mark = (value as { profile?: { name?: unknown; view?: unknown } } | null)?.profile;
  if (typeof mark === "object" && mark !== null && mark.view !== "canonical") {
    throw new LinliError("merge.sharedJson", { file, profile: String(mark.name) });
  }
}
