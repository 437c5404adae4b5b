import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** `schemaVersion: "0.0.0"` and `"schemaVersion": "0.0.0"`, in code, JSON and prose. */
const LITERAL = /(\bschemaVersion"?\s*:\s*)"(\d+\.\d+\.\d+)"/g;

/** Set every literal schema version in `text` to `version`. */
export function withSchemaVersion(text: string, version: string): string {
  return text.replace(LITERAL, (_, key: string) => `${key}"${version}"`);
}

/**
 * The repository's files whose literal schema versions (samples in the docs and READMEs,
 * JSDoc examples, test records, the JSON examples of the schemas) differ from `version`,
 * the one version of the data model, each with its text rewritten: [path, text]. Files of
 * others (fixtures) and the changelogs, which record history, are left alone.
 */
export function schemaVersionLiterals(root: string, version: string): [string, string][] {
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter(
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
