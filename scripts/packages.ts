import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Public packages: every folder under packages/ whose package.json is not private. */
export function publicPackages(): { dir: string; name: string; version: string }[] {
  const base = join(root, "packages");
  return readdirSync(base)
    .filter((d) => existsSync(join(base, d, "package.json")))
    .map((d) => {
      const pkg = JSON.parse(readFileSync(join(base, d, "package.json"), "utf8"));
      return { dir: join(base, d), name: pkg.name, version: pkg.version, private: pkg.private };
    })
    .filter((p) => !p.private)
    .map(({ dir, name, version }) => ({ dir, name, version }));
}
