import type { EntityName } from "@linli/core";
import { MergeError, mergeMessage } from "./messages.js";
import { canonicalOrder, dedupeIssues } from "./order.js";
import type {
  ImportCounts,
  MemberRow,
  MergeIssue,
  MergeResult,
  MergeSource,
  SourceSummary,
} from "./types.js";
import { stableJson } from "./units.js";

/** A distinct input row. */
export type Row = MemberRow;

/** What is known of a row besides itself (kept aside: most rows are fresh and new). */
export interface RowInfo {
  /** Read in this run (not carried from an earlier merged result). */
  fresh: boolean;
  earlier?: string[];
  aliases?: string[];
}

const FRESH: RowInfo = { fresh: true };

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
  /** Rows carried from earlier results, or holding earlier ids, by key. */
  readonly info: Map<string, RowInfo>;
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

/**
 * Refuse an earlier result whose records and clusters do not go in pairs: its rows are what
 * is carried over, so a result with its clusters emptied would shrink to the new rows alone.
 */
function wholeResult(input: MergeResult): void {
  const { records, clusters } = input;
  const fail = (detail: string) => {
    throw new MergeError("merge.inconsistentResult", {
      records: Array.isArray(records) ? records.length : 0,
      clusters: clusters.length,
      detail,
    });
  };
  if (!Array.isArray(records) || records.length !== clusters.length) fail("≠");
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i]!;
    const id = (records[i] as { meta?: { id?: unknown } } | undefined)?.meta?.id;
    if (!Array.isArray(c?.rows) || c.rows.length === 0 || c.id !== id)
      fail(`${i + 1}: ${String(id)}`);
  }
}

const zero = (): ImportCounts => ({
  rowsRead: 0,
  accepted: 0,
  rejected: 0,
  emptySkipped: 0,
  withheldRows: 0,
  withheldCells: 0,
  warnings: 0,
});

const add = (a: ImportCounts, b: Partial<ImportCounts>): ImportCounts => ({
  rowsRead: a.rowsRead + (b.rowsRead ?? 0),
  accepted: a.accepted + (b.accepted ?? 0),
  rejected: a.rejected + (b.rejected ?? 0),
  emptySkipped: a.emptySkipped + (b.emptySkipped ?? 0),
  withheldRows: a.withheldRows + (b.withheldRows ?? 0),
  withheldCells: a.withheldCells + (b.withheldCells ?? 0),
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
  progress?: (done: number) => void,
): Collected {
  let seen = 0;
  const byKey = new Map<string, Row>();
  const infos = new Map<string, RowInfo>();
  const infoOf = (r: Row) => infos.get(r.key) ?? FRESH;
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

  const put = (row: Row, info: RowInfo) => {
    if (progress && (++seen & 0xffff) === 0) progress(seen);
    const had = byKey.get(row.key);
    if (!had) {
      byKey.set(row.key, row);
      if (info !== FRESH) infos.set(row.key, info);
      return;
    }
    const hi = infoOf(had);
    if (info.fresh) tallyOf(row.source).repeated++;
    const earlier = [...new Set([...(hi.earlier ?? []), ...(info.earlier ?? [])])];
    const aliases = [...new Set([...(hi.aliases ?? []), ...(info.aliases ?? [])])];
    const sameValues = stableJson(had.record) === stableJson(row.record);
    let keep: Row;
    if (sameValues) {
      keep = hi.fresh !== info.fresh ? (info.fresh ? row : had) : refLess(row, had) ? row : had;
    } else {
      const [tr, th] = [timeOf(row.record), timeOf(had.record)];
      keep =
        hi.fresh !== info.fresh
          ? info.fresh
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
    const fresh = keep === row ? info.fresh : hi.fresh;
    if (fresh && earlier.length === 0 && aliases.length === 0) infos.delete(row.key);
    else {
      infos.set(row.key, {
        fresh,
        ...(earlier.length > 0 ? { earlier: earlier.sort() } : {}),
        ...(aliases.length > 0 ? { aliases: aliases.sort() } : {}),
      });
    }
    byKey.set(row.key, keep);
  };

  // Issues can repeat only when a source is read twice or an earlier result comes back.
  const names = new Set<string>();
  let mayRepeat = false;
  inputs.forEach((input, index) => {
    if (isMergeResult(input)) {
      mayRepeat = true;
      if (input.entity !== entity) {
        throw new MergeError("merge.entityMismatch", { found: input.entity, entity });
      }
      wholeResult(input);
      for (const s of input.summary) {
        const had = carriedSummaries.get(s.source);
        if (!had || s.rowsRead > had.rowsRead) carriedSummaries.set(s.source, s);
        for (const f of s.files) fileSource.set(f, s.source);
      }
      for (const x of input.issues) carriedIssues.push(x);
      for (const c of input.clusters) {
        for (const m of c.rows) {
          put(
            {
              source: m.source,
              file: m.file,
              ...(m.sheet !== undefined ? { sheet: m.sheet } : {}),
              row: m.row,
              key: m.key,
              record: m.record,
            },
            {
              fresh: false,
              earlier: [c.id],
              ...(c.aliases?.length ? { aliases: [...c.aliases] } : {}),
            },
          );
        }
      }
      return;
    }
    const name = input.name;
    if (typeof name !== "string" || name.trim() === "") {
      throw new MergeError("merge.sourceName", { index: index + 1 });
    }
    const file = input.file ?? name;
    if (names.has(name)) mayRepeat = true;
    names.add(name);
    const t = tallyOf(name);
    t.files.add(file);
    let given = 0;
    let bad = 0;
    const seen = new Map<string, number>();
    for (const r of input.rows) {
      given++;
      // A hole in the list is that row's problem, never the others'.
      if (
        typeof r !== "object" ||
        r === null ||
        typeof r.record !== "object" ||
        r.record === null
      ) {
        bad++;
        issues.push({
          file,
          row: typeof r?.row === "number" ? r.row : given,
          code: "merge.badRow",
          severity: "error",
          message: mergeMessage("merge.badRow", { file, index: given }),
        });
        continue;
      }
      const rawId = (r.record as { meta?: { id?: unknown } }).meta?.id;
      const id = typeof rawId === "string" ? rawId : `#${r.row}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      put(
        {
          source: name,
          file,
          ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
          row: r.row,
          key: n === 1 ? `${name}\u0000${id}` : `${name}\u0000${id}\u0000${n}`,
          record: r.record as Record<string, unknown>,
        },
        FRESH,
      );
    }
    const c = input.counts ?? {};
    t.counts = add(t.counts, {
      rowsRead: c.rowsRead ?? given,
      accepted: c.accepted ?? given - bad,
      rejected: (c.rejected ?? 0) + bad,
      emptySkipped: c.emptySkipped ?? 0,
      withheldRows: c.withheldRows ?? 0,
      withheldCells: c.withheldCells ?? 0,
      warnings: c.warnings ?? 0,
    });
    for (const x of input.issues ?? []) issues.push(x);
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
        // Summaries written before withheld cells existed have none.
        withheldRows: s.withheldRows ?? 0,
        withheldCells: s.withheldCells ?? 0,
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
  return {
    rows: canonicalOrder([...byKey.values()], progress && (() => progress(seen))),
    info: infos,
    tally,
    issues: dedupeIssues(issues, mayRepeat),
  };
}
