/**
 * `pnpm run pack:all`: one tarball per public package in `packs/`, to install linli from the
 * repository while it is not on npm (`npm install ../linli/packs/*.tgz`, see
 * docs/guides/getting-started.md). Builds first when a package's build is missing or older
 * than its sources.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { publicPackages } from "./packages.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The newest modification time under `path` (a file or a folder), 0 when it is missing. */
function newest(path: string): number {
  let s: ReturnType<typeof statSync>;
  try {
    s = statSync(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/** The oldest modification time of the files under `dir`, 0 when there are none. */
function oldest(dir: string): number {
  let t = Number.POSITIVE_INFINITY;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else t = Math.min(t, statSync(join(d, e.name)).mtimeMs);
    }
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return Number.isFinite(t) ? t : 0;
}

/** Whether some package's build is missing or older than what it is built from. */
export function buildIsStale(): boolean {
  return publicPackages().some(({ dir }) => {
    const built = oldest(join(dir, "dist"));
    let sources = 0;
    for (const p of ["src", "package.json", "tsup.config.ts", "tsconfig.build.json"]) {
      sources = Math.max(sources, newest(join(dir, p)));
    }
    return built === 0 || built < sources;
  });
}

/** Pack every public package into `dest` (emptied first); returns package name → tarball path. */
export function packAll(dest: string): Record<string, string> {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const out: Record<string, string> = {};
  for (const p of publicPackages()) {
    const printed = execFileSync("pnpm", ["pack", "--pack-destination", dest], {
      cwd: p.dir,
      encoding: "utf8",
    });
    out[p.name] = printed.trim().split("\n").pop()!.trim();
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (buildIsStale()) execFileSync("pnpm", ["build"], { cwd: root, stdio: "inherit" });
  const dest = join(root, "packs");
  const files = packAll(dest);
  console.log(
    `Packed ${Object.keys(files).length} packages into ${relative(process.cwd(), dest) || "."}:`,
  );
  for (const f of Object.values(files)) console.log(`  ${relative(dest, f)}`);
}
