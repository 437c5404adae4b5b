/**
 * Runs the benchmarks: every `bench/<area>/run.ts`, or only the areas named on the command
 * line (`pnpm bench validate import`). Each runs in its own process so that peak memory is
 * its own. Results are printed as Markdown tables to paste into docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const areas = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, "run.ts")))
  .map((d) => d.name)
  .filter((a) => wanted.length === 0 || wanted.includes(a));

for (const area of areas) {
  console.log(`\n## ${area}\n`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(here, area, "run.ts")], {
    stdio: "inherit",
  });
  if (r.status !== 0) process.exitCode = 1;
}
