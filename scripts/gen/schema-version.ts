import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** `schemaVersion: "0.0.0"` and `"schemaVersion": "0.0.0"`, in code, JSON and prose. */
const LITERAL = /(\bschemaVersion"?\s*:\s*)"(\d+\.\d+\.\d+)"/g;

/** Set every literal schema version in `text` to `version`. */
export function withSchemaVersion(text: string, version: string): string {
  return text.replace(LITERAL, (_, key: string) => `${key}"${version}"`);
}

const SKIPPED = new Set(["node_modules", "dist", ".git", "packs", "coverage", "out", "data"]);

/**
 * The files of the repository: as git lists them (tracked, or new and not ignored), or, in a
 * copy without git, every file outside build, dependency and output folders.
 */
function repositoryFiles(root: string): string[] {
  try {
    return execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).split("\n");
  } catch {
    const out: string[] = [];
    const walk = (rel: string) => {
      for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIPPED.has(e.name)) walk(path);
        } else if (e.isFile()) out.push(path);
      }
    };
    walk("");
    return out;
  }
}

/**
 * The repository's files whose literal schema versions (samples in the docs and READMEs,
 * JSDoc examples, test records, the JSON examples of the schemas) differ from `version`,
 * the one version of the data model, each with its text rewritten: [path, text]. Files of
 * others (fixtures) and the changelogs, which record history, are left alone.
 */
export function schemaVersionLiterals(root: string, version: string): [string, string][] {
  const files = repositoryFiles(root).filter(
    (f) =>
      /\.(md|ts|tsx|mjs|js|json|py)$/.test(f) &&
      !f.startsWith("fixtures/") &&
      !f.startsWith(".changeset/") &&
      !/(^|\/)CHANGELOG\.md$/.test(f),
  );
  const out: [string, string][] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(join(root, f), "utf8");
    } catch {
      continue; // listed but deleted in the working tree
    }
    if (!text.includes("schemaVersion")) continue;
    const next = withSchemaVersion(text, version);
    if (next !== text) out.push([f, next]);
  }
  return out;
}
