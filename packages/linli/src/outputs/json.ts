import type { MergeResult } from "../merge/types.js";

const BATCH = 2000;

/** A JSON array, one element per line, in pieces (results can be far larger than a string). */
function* jsonArray(items: readonly unknown[], map: (x: unknown) => unknown = (x) => x) {
  yield "[\n";
  for (let i = 0; i < items.length; i += BATCH) {
    const end = Math.min(items.length, i + BATCH);
    const part: string[] = [];
    for (let j = i; j < end; j++) part.push(JSON.stringify(map(items[j])));
    yield part.join(",\n");
    yield end < items.length ? ",\n" : "\n";
  }
  yield "]";
}

/**
 * `merged.json`: the whole merge result — records, clusters with their source rows (and the
 * values they were accepted with), provenance and evidence, conflicts, issues, summary and
 * mapping — one element per line. `merge` takes it back as an input.
 */
export function* mergedJson(result: MergeResult): Generator<string> {
  const { records, clusters, conflicts, issues, ...head } = result;
  yield `{"format":"linli-merge","version":1,"entity":${JSON.stringify(head.entity)},\n`;
  yield `"summary":${JSON.stringify(head.summary)},\n`;
  yield `"mapping":${JSON.stringify(head.mapping)},\n`;
  yield `"stats":${JSON.stringify(head.stats)},\n`;
  yield `"records":`;
  yield* jsonArray(records);
  yield `,\n"clusters":`;
  yield* jsonArray(clusters);
  yield `,\n"conflicts":`;
  yield* jsonArray(conflicts);
  yield `,\n"issues":`;
  yield* jsonArray(issues);
  yield "}\n";
}

/**
 * `clusters.json`: for each merged record, its id and the source rows behind it, each as
 * `{"file": <file name as given>, "row": <row as the spreadsheet shows it>}` (plus `"sheet"`
 * for workbooks read sheet by sheet).
 */
export function* clustersJson(result: MergeResult): Generator<string> {
  const several = filesWithSheets(result);
  yield* jsonArray(result.clusters, (c) => {
    const { id, rows } = c as MergeResult["clusters"][number];
    return {
      id,
      rows: rows.map((r) =>
        r.sheet !== undefined && several.has(r.file)
          ? { file: r.file, sheet: r.sheet, row: r.row }
          : { file: r.file, row: r.row },
      ),
    };
  });
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
 * message in zh-CN and en, the cell's value — and warnings about merged records.
 */
export function* issuesJson(result: MergeResult): Generator<string> {
  yield* jsonArray(result.issues);
  yield "\n";
}
