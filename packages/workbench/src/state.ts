import type { CellFix, SavedMapping } from "@linli/adapters";
import type { EntityName, Localized } from "@linli/core";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { recall, remember } from "./logic/remember.js";
import { sourceName } from "./logic/sources.js";
import { startWorker, type WorkerClient } from "./worker/client.js";
import type { Decisions, FileReport, MergeView, Progress, RowRef } from "./worker/protocol.js";

/** One file on the page. */
export interface FileEntry {
  readonly id: string;
  readonly file: File;
  readonly source: string;
  readonly status: "reading" | "ready" | "error";
  readonly progress?: Progress;
  readonly report?: FileReport;
  readonly error?: Localized;
  /** The mapping the file is read with (the user's choices); absent: suggested. */
  readonly mapping?: SavedMapping;
  /** The entity chosen for the file; absent: the best match. */
  readonly entity?: EntityName;
  readonly fixes: readonly CellFix[];
  /** The mapping came from an earlier file with the same headers. */
  readonly remembered?: boolean;
}

/** The state of a merge: running (with progress), done, or failed. */
export interface MergeState {
  readonly running: boolean;
  readonly progress?: Progress;
  readonly view?: MergeView;
  readonly error?: Localized;
  /** The decisions the shown result was made with. */
  readonly applied?: Decisions;
}

const storage = () => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

const NO_DECISIONS: Decisions = { mustLink: [], cannotLink: [] };

const sameRef = (a: RowRef, b: RowRef) =>
  a.source === b.source && a.row === b.row && (a.sheet ?? "") === (b.sheet ?? "");

let worker: WorkerClient | undefined;
/** The page's one worker, started with the page or when first needed. */
const client = () => {
  worker ??= startWorker();
  return worker;
};

/** The page's state and what can be done to it. */
export function useWorkbench() {
  const [files, setFiles] = useState<readonly FileEntry[]>([]);
  const [merge, setMerge] = useState<MergeState>({ running: false });
  const [decisions, setDecisions] = useState<Decisions>(NO_DECISIONS);
  const counter = useRef(0);

  // Started with the page rather than with the first file: the worker loads the libraries
  // (a few hundred ms) while the user picks the files.
  useEffect(() => {
    if (typeof Worker !== "undefined") client();
  }, []);

  const update = useCallback((id: string, change: (f: FileEntry) => FileEntry) => {
    setFiles((list) => list.map((f) => (f.id === id ? change(f) : f)));
  }, []);

  const read = useCallback(
    async (entry: FileEntry, recalled = false): Promise<void> => {
      // The card keeps showing what was read before until the new reading is done.
      update(entry.id, (f) => {
        const { progress: _, error: __, report: ___, ...base } = entry;
        return { ...base, status: "reading", ...(f.report ? { report: f.report } : {}) };
      });
      const answer = await client().ask(
        {
          type: "read",
          id: entry.id,
          file: entry.file,
          source: entry.source,
          ...(entry.entity ? { entity: entry.entity } : {}),
          ...(entry.mapping ? { mapping: entry.mapping } : {}),
          fixes: entry.fixes,
        },
        (p) => update(entry.id, (f) => ({ ...f, progress: p })),
      );
      if (answer.type === "error") {
        update(entry.id, (f) => ({ ...f, status: "error", error: answer.message }));
        return;
      }
      if (answer.type !== "read") return;
      const report = answer.report;
      // A file shaped like one the user mapped before is read with that mapping.
      if (!entry.mapping && !recalled) {
        const saved = recall(storage(), report.entity, report.headers);
        if (saved) {
          await read({ ...entry, mapping: saved, remembered: true }, true);
          return;
        }
      }
      // A report draws a lot at once (mapping editor, issues table, merge step): as a
      // transition React draws it in slices of a few ms, so the page answers input between them.
      startTransition(() =>
        update(entry.id, (f) => {
          const { progress: _, error: __, ...rest } = f;
          return { ...rest, status: "ready", report };
        }),
      );
    },
    [update],
  );

  const addFiles = useCallback(
    (list: readonly File[]) => {
      const taken = new Set(files.map((f) => f.source));
      const added: FileEntry[] = [];
      for (const file of list) {
        const source = sourceName(file.name, taken);
        taken.add(source);
        added.push({ id: `f${++counter.current}`, file, source, status: "reading", fixes: [] });
      }
      setFiles((old) => [...old, ...added]);
      // All asked at once: the worker reads them in turn and each card fills in as it is done.
      for (const e of added) void read(e);
    },
    [files, read],
  );

  const removeFile = useCallback((id: string) => {
    setFiles((list) => list.filter((f) => f.id !== id));
    void client().ask({ type: "forget", id });
  }, []);

  const find = (id: string) => files.find((f) => f.id === id);

  /** Map a column to a field (or to none), remember it for such files, read again. */
  const setField = (id: string, header: string, field: string | null) => {
    const f = find(id);
    if (!f?.report) return;
    const columns: Record<string, string | null> = {};
    for (const c of f.report.columns) columns[c.header] = c.field ?? null;
    columns[header] = field;
    const mapping: SavedMapping = { entity: f.report.entity, columns };
    remember(storage(), f.report.headers, mapping);
    void read({ ...f, mapping, entity: f.report.entity, remembered: false }, true);
  };

  const setMapping = (id: string, mapping: SavedMapping) => {
    const f = find(id);
    if (!f) return;
    if (f.report) remember(storage(), f.report.headers, mapping);
    void read({ ...f, mapping, entity: mapping.entity, remembered: false }, true);
  };

  const setEntity = (id: string, entity: EntityName) => {
    const f = find(id);
    if (!f) return;
    const { mapping: _, ...rest } = f;
    void read({ ...rest, entity, remembered: false });
  };

  const fixCell = (id: string, fixes: readonly CellFix[]) => {
    const f = find(id);
    if (!f) return;
    // Read again as what it was read as: the entity need not be guessed again.
    void read({ ...f, fixes, ...(f.report ? { entity: f.report.entity } : {}) }, true);
  };

  const entities = useMemo(() => {
    const count = new Map<EntityName, number>();
    for (const f of files)
      if (f.report) count.set(f.report.entity, (count.get(f.report.entity) ?? 0) + 1);
    return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  }, [files]);

  const runMerge = async (entity: EntityName) => {
    const ready = files.filter((f) => f.status === "ready");
    setMerge((m) => ({ ...m, running: true, error: undefined as never }));
    const snapshot = decisions;
    const answer = await client().ask(
      { type: "merge", entity, ids: ready.map((f) => f.id), decisions: snapshot },
      (p) => setMerge((m) => ({ ...m, progress: p })),
    );
    // The result (cluster cards, near misses) drawn in slices too, like a file's report.
    if (answer.type === "merged")
      startTransition(() => setMerge({ running: false, view: answer.view, applied: snapshot }));
    else if (answer.type === "error")
      setMerge((m) => ({ ...m, running: false, error: answer.message }));
  };

  /** Keep `row` apart from every other row of its cluster. */
  const splitOff = (row: RowRef, others: readonly RowRef[]) => {
    setDecisions((d) => ({
      mustLink: d.mustLink.filter((g) => !g.some((r) => sameRef(r, row))),
      cannotLink: [
        ...d.cannotLink,
        ...others.filter((o) => !sameRef(o, row)).map((o) => [strip(row), strip(o)]),
      ],
    }));
  };

  /** Two rows kept apart are the same: they must link. */
  const join = (a: RowRef, b: RowRef) => {
    setDecisions((d) => ({
      mustLink: [...d.mustLink, [strip(a), strip(b)]],
      cannotLink: d.cannotLink.filter(
        (g) => !(g.some((r) => sameRef(r, a)) && g.some((r) => sameRef(r, b))),
      ),
    }));
  };

  const download = (
    kind: Parameters<WorkerClient["ask"]>[0] extends infer A
      ? A extends { type: "download"; kind: infer K }
        ? K
        : never
      : never,
    lang: "zh-CN" | "en",
    profile: string,
    date: string,
  ) => client().ask({ type: "download", kind, lang, profile, date });

  return {
    files,
    merge,
    decisions,
    entities,
    addFiles,
    removeFile,
    setField,
    setMapping,
    setEntity,
    fixCell,
    runMerge,
    splitOff,
    join,
    setDecisions,
    download,
  };
}

const strip = (r: RowRef): RowRef => ({
  source: r.source,
  row: r.row,
  ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
});

/** What {@link useWorkbench} gives the components. */
export type Workbench = ReturnType<typeof useWorkbench>;
