// Tests that an entry of a package runs in browsers: the source files it loads, following
// relative imports, and whether one of them imports a Node built-in.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const NODE_IMPORT =
  /from\s+["']node:|require\(["']node:|from\s+["'](fs|path|stream|os|url|buffer|worker_threads|readline)["']/;

/** Whether the source file imports a Node built-in. */
export const importsNode = (file: string): boolean => NODE_IMPORT.test(readFileSync(file, "utf8"));

/** The source files (absolute paths) that `entry` loads, itself included. */
export function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      visit(fileURLToPath(new URL(`${m[1]}.ts`, `file://${file}`)));
    }
  };
  visit(entry);
  return seen;
}

/** Every source file below `dir` (ending in a slash), tests apart. */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(`${dir}${d.name}/`)
      : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts")
        ? [`${dir}${d.name}`]
        : [],
  );
}
