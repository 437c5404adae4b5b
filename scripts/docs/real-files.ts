/**
 * The table of the real files in fixtures/realworld/, kept in docs/real-files.md: for each
 * file the entity guessed from its columns, the rows in, kept, with withheld cells and
 * rejected, and every withheld cell and rejection with its reason. `pnpm run real-files`
 * rewrites it; tests/real-files.test.ts fails when it no longer says what an import does.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  detectEntity,
  type HsdsTable,
  hsdsPackageFiles,
  importHsdsPackage,
  importRecords,
  type RowIssue,
} from "@linli/adapters";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "../..");
/** The folder of the real files. */
export const FOLDER = join(root, "fixtures/realworld");
/** The generated document. */
export const DOC = join(root, "docs/real-files.md");

/** What importing one real file gave. */
export interface RealFileRow {
  readonly file: string;
  readonly entity?: string;
  readonly confidence: number;
  /** Non-empty rows. */
  readonly rowsIn: number;
  readonly kept: number;
  /** Kept rows with cells withheld (counted in `kept` too). */
  readonly withheldRows: number;
  readonly withheldCells: number;
  readonly rejected: number;
  readonly withheld: readonly RowIssue[];
  readonly rejections: readonly RowIssue[];
  /** Read as a table of an Open Referral HSDS package, joined with the others by id. */
  readonly hsds?: HsdsTable;
}

// What each HSDS table becomes in linli.
const HSDS_INTO: Partial<Record<HsdsTable, string>> = {
  organizations: "organization",
  locations: "location",
  services: "service → its organization",
  phones: "phone → its organization, location or service, or on its own",
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? files(join(dir, d.name))
        : d.name.endsWith(".md")
          ? []
          : [join(dir, d.name)],
    )
    .sort();
}

/** The tables of each folder that holds an HSDS package, read together. */
async function packages(paths: readonly string[]): Promise<Map<string, RealFileRow>> {
  const out = new Map<string, RealFileRow>();
  for (const folder of new Set(paths.map((p) => dirname(p)))) {
    const tables = hsdsPackageFiles(paths.filter((p) => dirname(p) === folder));
    if (!tables) continue;
    const r = await importHsdsPackage(
      tables.map((p) => ({ name: relative(FOLDER, p), bytes: readFileSync(p) })),
    );
    for (const t of r.tables) {
      const mine = r.issues.filter((i) => i.file === t.file);
      out.set(join(FOLDER, t.file), {
        file: t.file,
        entity: HSDS_INTO[t.table] ?? t.table,
        confidence: 1,
        rowsIn: t.rows,
        kept: t.kept,
        withheldRows: t.withheldRows,
        withheldCells: t.withheldCells,
        rejected: t.rejected,
        withheld: mine.filter((i) => i.severity === "withheld"),
        rejections: mine.filter((i) => i.severity === "error"),
        hsds: t.table,
      });
    }
  }
  return out;
}

/** Import every real file as the entity guessed for it (an HSDS package's tables together). */
export async function measure(): Promise<RealFileRow[]> {
  const out: RealFileRow[] = [];
  const all = files(FOLDER);
  const inPackage = await packages(all);
  for (const path of all) {
    const file = relative(FOLDER, path);
    const joined = inPackage.get(path);
    if (joined) {
      out.push(joined);
      continue;
    }
    const bytes = readFileSync(path);
    const guess = await detectEntity(bytes, { fileName: file });
    if (!guess.entity) {
      const rows = await importRecords(bytes, { entity: "resident", fileName: file }).summary();
      out.push({
        file,
        confidence: 0,
        rowsIn: rows.rowsRead - rows.emptySkipped,
        kept: 0,
        withheldRows: 0,
        withheldCells: 0,
        rejected: 0,
        withheld: [],
        rejections: [],
      });
      continue;
    }
    const run = importRecords(bytes, { entity: guess.entity, fileName: file });
    const withheld: RowIssue[] = [];
    const rejections: RowIssue[] = [];
    for await (const r of run) {
      if (r.kind === "record")
        for (const w of r.warnings) if (w.severity === "withheld") withheld.push(w);
      if (r.kind === "rejected") rejections.push(r.issues[0]!);
    }
    const s = await run.summary();
    out.push({
      file,
      entity: guess.entity,
      confidence: guess.confidence,
      rowsIn: s.rowsRead - s.emptySkipped,
      kept: s.accepted,
      withheldRows: s.withheldRows,
      withheldCells: s.withheldCells,
      rejected: s.rejected,
      withheld,
      rejections,
    });
  }
  return out;
}

const pct = (n: number, of: number) => (of === 0 ? "—" : `${((100 * n) / of).toFixed(1)}%`);
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").slice(0, 160);

/** docs/real-files.md for the rows measured. */
export function render(rows: readonly RealFileRow[]): string {
  const sum = (k: "rowsIn" | "kept" | "withheldRows" | "withheldCells" | "rejected") =>
    rows.reduce((n, r) => n + r[k], 0);
  const lines = [
    "<!-- Generated by `pnpm run real-files` (scripts/docs/real-files.ts). Do not edit. -->",
    "",
    "# Real files · 真实文件",
    "",
    "What `linli validate` does with the real public files in `fixtures/realworld/` (see its",
    "README for where they come from), with no option given: the entity is guessed from the",
    "columns (and the file name), then every row is imported. *Rows in* counts non-empty rows;",
    "*kept* rows are accepted, those *with withheld cells* among them (unreadable cells left out",
    "of the record and kept in its `meta.withheld`); *rejected* rows lack what identifies the",
    "entity. A file",
    "whose rows are of no entity is refused with the candidates listed (entity “—”). The tables",
    "of an Open Referral HSDS package (a folder of organizations, services, locations and phones",
    "tables) are read together (`linli validate <folder>`, `importHsdsPackage`): services go into",
    "their organisation's record, phones into the record of the organisation, location or service",
    "they belong to (*kept* counts those joined). A phone whose parent is nowhere in the package",
    "(HSDS makes every parent key of a phone optional) is kept on its own, the reference that",
    "leads nowhere withheld (`hsds.dangling`): a row kept with a withheld cell. Another row",
    "whose parent is nowhere is listed with its reason, as a rejected row.",
    "",
    "| file | entity (confidence) | rows in | kept | kept % | with withheld cells | withheld cells | rejected |",
    "|---|---|--:|--:|--:|--:|--:|--:|",
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.hsds ? `${r.entity} (HSDS package)` : r.entity ? `${r.entity} (${Math.round(r.confidence * 100)}%)` : "— (refused)"} | ${r.rowsIn} | ${r.kept} | ${pct(r.kept, r.rowsIn)} | ${r.withheldRows} | ${r.withheldCells} | ${r.rejected} |`,
    ),
    `| **all** | | **${sum("rowsIn")}** | **${sum("kept")}** | **${pct(sum("kept"), sum("rowsIn"))}** | **${sum("withheldRows")}** | **${sum("withheldCells")}** | **${sum("rejected")}** |`,
    "",
    "## Withheld cells and rejected rows, with their reasons",
    "",
  ];
  for (const r of rows) {
    if (r.withheld.length === 0 && r.rejections.length === 0) continue;
    lines.push(`### ${r.file}`, "");
    for (const i of r.rejections) lines.push(`- rejected: ${cell(i.message.en)}`);
    for (const i of r.withheld) lines.push(`- withheld (\`${i.code}\`): ${cell(i.message.en)}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  writeFileSync(DOC, render(await measure()));
  console.log(`wrote ${relative(root, DOC)}`);
}
