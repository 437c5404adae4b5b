/**
 * Writes every file generated from the zod schemas in packages/core/src/schemas:
 * JSON Schemas, the Effect Schema module, fast-check arbitraries, TypeScript types derived
 * from the JSON Schemas, the schema version and the data dictionary; and sets every literal
 * `schemaVersion` of the repository (samples, examples, test records) to that one version.
 * `--check` writes nothing and fails when any of them is stale.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { outputs } from "./gen/outputs.js";
import { schemaVersionLiterals } from "./gen/schema-version.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

function format(path: string, content: string): string {
  if (!/\.(ts|json)$/.test(path)) return content;
  // Format as if the file lived at the root: generated folders are outside Biome's includes.
  const ext = path.endsWith(".ts") ? "ts" : "json";
  return execFileSync(
    join(root, "node_modules/.bin/biome"),
    ["format", `--stdin-file-path=generated.${ext}`],
    {
      input: content,
      encoding: "utf8",
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

const stale: string[] = [];
for (const [rel, content] of await outputs(root)) {
  const path = join(root, rel);
  const next = format(rel, content);
  let current: string | undefined;
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = undefined;
  }
  if (current === next) continue;
  stale.push(rel);
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, next);
  }
}

// Hand-written files keep their formatting: only the version literals change.
const { version } = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8"));
for (const [rel, next] of schemaVersionLiterals(root, version)) {
  stale.push(rel);
  if (!check) writeFileSync(join(root, rel), next);
}

if (check && stale.length > 0) {
  console.error(`Generated files are stale; run \`pnpm gen\` and commit:\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(
  stale.length
    ? `Wrote ${stale.length} file(s):\n  ${stale.join("\n  ")}`
    : "Generated files are up to date.",
);
