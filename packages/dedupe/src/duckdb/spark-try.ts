import { mkdir, readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { expectArgument } from "@linli/core";
import { DedupeOptionError } from "../errors/option-error.js";
import { registerFunctions } from "./functions.js";
import { Session } from "./session.js";
import type { SparkManifest } from "./spark.js";

/** The runner's outputs: statement → folder in `output/`. */
const OUTPUTS: Readonly<Record<string, string>> = {
  edges: "edges",
  apart: "apart",
  output: "pairs",
};

/** The named statements of an emitted `linkage.sql`, split as the PySpark runner splits them. */
export function planStatements(text: string): { name: string; sql: string }[] {
  return text
    .split(/^-- statement: /m)
    .slice(1)
    .map((part) => {
      const nl = part.indexOf("\n");
      return {
        name: part.slice(0, nl).trim(),
        sql: part
          .slice(nl + 1)
          .trim()
          .replace(/;$/, ""),
      };
    });
}

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

/**
 * Run an emitted Spark plan on an embedded DuckDB in Spark's place: the same statements of
 * `linkage.sql` (identifiers quoted for DuckDB) over the same Parquet input, writing the
 * runner's `output/edges`, `output/apart` and `output/pairs`. A try of a plan on a sample
 * before the cluster, and what the tests run where no Spark is (the connected components of
 * `output/clusters` are the runner's alone).
 *
 * @example
 * ```ts
 * import { emitSpark, trySparkPlan } from "@linli/dedupe/duckdb";
 * await emitSpark([{ name: "王伟" }, { name: "王 伟" }], {}, "spark-plan");
 * await trySparkPlan("spark-plan"); // spark-plan/output/{edges,apart,pairs}/part-00000.parquet
 * ```
 */
export async function trySparkPlan(
  folder: string,
  options: { threads?: number } = {},
): Promise<void> {
  expectArgument("trySparkPlan", "folder", "text", folder);
  expectArgument("trySparkPlan", "options", "options", options);
  const dir = resolve(folder);
  let manifest: SparkManifest;
  let text: string;
  try {
    manifest = JSON.parse(await readFile(join(dir, "plan.json"), "utf8")) as SparkManifest;
    text = await readFile(join(dir, "linkage.sql"), "utf8");
  } catch (e) {
    throw new DedupeOptionError("options.pairsMissing", {
      path: dir,
      detail: (e as { code?: string }).code ?? String(e),
    });
  }
  const session = await Session.open({
    path: ":memory:",
    ...(options.threads ? { threads: options.threads } : {}),
  });
  try {
    registerFunctions(session, {});
    for (const t of manifest.inputs) {
      const path = quoted(join(dir, "input", `${t}.parquet`));
      await session.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet(${path})`);
    }
    for (const s of planStatements(text)) {
      await session.create(
        s.name,
        s.sql.replace(
          /`((?:[^`]|``)*)`/g,
          (_, id: string) => `"${id.replaceAll("``", "`").replaceAll('"', '""')}"`,
        ),
      );
      const to = OUTPUTS[s.name];
      if (!to) continue;
      const folderOut = join(dir, "output", to);
      await rm(folderOut, { recursive: true, force: true });
      await mkdir(folderOut, { recursive: true });
      await session.run(
        `COPY ${s.name} TO ${quoted(join(folderOut, "part-00000.parquet"))} (FORMAT parquet)`,
      );
    }
  } finally {
    session.close();
  }
}
