import type { EntityName } from "@linli/core";
import { MergeError, mergeMessage } from "./messages.js";
import type {
  ImportCounts,
  MemberRow,
  MergeIssue,
  MergeResult,
  MergeSource,
  SourceSummary,
} from "./types.js";
import { stableJson } from "./units.js";

/** A distinct input row on its way through the merge. */
export interface Row extends MemberRow {
  /** Read in this run (not carried from an earlier merged result). */
  fresh: boolean;
  earlier?: string[];
  aliases?: string[];
}

/** What a source name contributed before clustering. */
export interface SourceTally {
  counts: ImportCounts;
  files: Set<string>;
  repeated: number;
  carried: boolean;
}

/** The distinct rows of every input, in key order, with per-source tallies and issues. */
export interface Collected {
  readonly rows: Row[];
  readonly tally: Map<string, SourceTally>;
  readonly issues: MergeIssue[];
}

/**
 * Whether a value is a {@link MergeResult} (an earlier merge given back as an input).
 *
 * @example
 * ```ts
 * import { isMergeResult, merge } from "@linli/dedupe";
 * isMergeResult(merge([])); // true
 * ```
 */
export function isMergeResult(x: unknown): x is MergeResult {
  return (
    typeof x === "object" &&
    x !== null &&
    (x as { format?: unknown }).format === "linli-merge" &&
    Array.isArray((x as { clusters?: unknown }).clusters)
  );
}

const zero = (): ImportCounts => ({
  rowsRead: 0,
  accepted: 0,
  rejected: 0,
  emptySkipped: 0,
  warnings: 0,
});

const add = (a: ImportCounts, b: Partial<ImportCounts>): ImportCounts => ({
  rowsRead: a.rowsRead + (b.rowsRead ?? 0),
  accepted: a.accepted + (b.accepted ?? 0),
  rejected: a.rejected + (b.rejected ?? 0),
  emptySkipped: a.emptySkipped + (b.emptySkipped ?? 0),
  warnings: a.warnings + (b.warnings ?? 0),
});

function timeOf(record: unknown): number {
  const meta = (record as { meta?: { updatedAt?: unknown; createdAt?: unknown } }).meta;
  const t = Date.parse(String(meta?.updatedAt ?? meta?.createdAt ?? ""));
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

const refLess = (a: Row, b: Row) => (a.file === b.file ? a.row < b.row : a.file < b.file);

/**
 * Gather the rows of fresh sources and of earlier merged results. A row is known by its
 * key; a key seen again with the same values is the same row (it adds nothing), with other
 * values the newer read wins (fresh over carried, then the later update) and a warning says so.
 */
export function collectRows(
  inputs: readonly (MergeSource | MergeResult)[],
  entity: EntityName,
): Collected {
  const byKey = new Map<string, Row>();
  const tally = new Map<string, SourceTally>();
  const issues: MergeIssue[] = [];
  const carriedSummaries = new Map<string, SourceSummary>();
  const carriedIssues: MergeIssue[] = [];
  const fileSource = new Map<string, string>();
  const tallyOf = (name: string) => {
    let t = tally.get(name);
    if (!t) {
      t = { counts: zero(), files: new Set(), repeated: 0, carried: false };
      tally.set(name, t);
    }
    return t;
  };

  const put = (row: Row) => {
    const had = byKey.get(row.key);
    if (!had) {
      byKey.set(row.key, row);
      return;
    }
    if (row.fresh) tallyOf(row.source).repeated++;
    const earlier = [...new Set([...(had.earlier ?? []), ...(row.earlier ?? [])])];
    const aliases = [...new Set([...(had.aliases ?? []), ...(row.aliases ?? [])])];
    const sameValues = stableJson(had.record) === stableJson(row.record);
    let keep: Row;
    if (sameValues)
      keep = had.fresh !== row.fresh ? (row.fresh ? row : had) : refLess(row, had) ? row : had;
    else {
      const [tr, th] = [timeOf(row.record), timeOf(had.record)];
      keep =
        had.fresh !== row.fresh
          ? row.fresh
            ? row
            : had
          : tr !== th
            ? tr > th
              ? row
              : had
            : stableJson(row.record) < stableJson(had.record)
              ? row
              : had;
      const other = keep === row ? had : row;
      issues.push({
        file: other.file,
        ...(other.sheet !== undefined ? { sheet: other.sheet } : {}),
        row: other.row,
        code: "merge.keyConflict",
        severity: "warning",
        value: stableJson(other.record),
        message: mergeMessage("merge.keyConflict", {
          file: other.file,
          row: other.row,
          otherFile: keep.file,
          otherRow: keep.row,
          source: keep.source,
          id: String((keep.record as { meta?: { id?: unknown } }).meta?.id ?? ""),
          keptFile: keep.file,
          keptRow: keep.row,
        }),
      });
    }
    if (earlier.length > 0) keep.earlier = earlier.sort();
    if (aliases.length > 0) keep.aliases = aliases.sort();
    byKey.set(row.key, keep);
  };

  inputs.forEach((input, index) => {
    if (isMergeResult(input)) {
      if (input.entity !== entity) {
        throw new MergeError("merge.entityMismatch", { found: input.entity, entity });
      }
      for (const s of input.summary) {
        const had = carriedSummaries.get(s.source);
        if (!had || s.rowsRead > had.rowsRead) carriedSummaries.set(s.source, s);
        for (const f of s.files) fileSource.set(f, s.source);
      }
      carriedIssues.push(...input.issues);
      for (const c of input.clusters) {
        for (const m of c.rows) {
          put({
            source: m.source,
            file: m.file,
            ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
            row: m.row,
            key: m.key,
            record: m.record,
            fresh: false,
            earlier: [c.id],
            ...(c.aliases?.length ? { aliases: [...c.aliases] } : {}),
          });
        }
      }
      return;
    }
    const name = input.name;
    if (typeof name !== "string" || name.trim() === "") {
      throw new MergeError("merge.sourceName", { index: index + 1 });
    }
    const file = input.file ?? name;
    const t = tallyOf(name);
    t.files.add(file);
    let given = 0;
    const seen = new Map<string, number>();
    for (const r of input.rows) {
      given++;
      const rawId = (r.record as { meta?: { id?: unknown } }).meta?.id;
      const id = typeof rawId === "string" ? rawId : `#${r.row}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      put({
        source: name,
        file,
        ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
        row: r.row,
        key: n === 1 ? `${name}\u0000${id}` : `${name}\u0000${id}\u0000${n}`,
        record: r.record as Record<string, unknown>,
        fresh: true,
      });
    }
    const c = input.counts ?? {};
    t.counts = add(t.counts, {
      rowsRead: c.rowsRead ?? given,
      accepted: c.accepted ?? given,
      rejected: c.rejected ?? 0,
      emptySkipped: c.emptySkipped ?? 0,
      warnings: c.warnings ?? 0,
    });
    issues.push(...(input.issues ?? []));
  });

  // Sources not read again keep the counts and issues of the earlier merge.
  for (const [name, s] of carriedSummaries) {
    if (tally.has(name)) continue;
    tally.set(name, {
      counts: {
        rowsRead: s.rowsRead,
        accepted: s.accepted,
        rejected: s.rejected,
        emptySkipped: s.emptySkipped,
        warnings: s.warnings,
      },
      files: new Set(s.files),
      repeated: s.repeated,
      carried: true,
    });
  }
  for (const i of carriedIssues) {
    const source = fileSource.get(i.file);
    if (source === undefined || tally.get(source)?.carried) issues.push(i);
  }
  for (const r of byKey.values()) tallyOf(r.source);
  const rows = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows, tally, issues: dedupeIssues(issues) };
}

/** Issues in row order, each once (a source read twice reports its problems twice). */
function dedupeIssues(issues: MergeIssue[]): MergeIssue[] {
  const seen = new Set<string>();
  const out: MergeIssue[] = [];
  for (const i of issues) {
    const k = stableJson(i);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(i);
  }
  return out.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      ((a.sheet ?? "") < (b.sheet ?? "") ? -1 : (a.sheet ?? "") > (b.sheet ?? "") ? 1 : 0) ||
      a.row - b.row,
  );
}
