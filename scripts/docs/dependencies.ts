/**
 * What each public package depends on at run time, read from the package.json files and the
 * installed packages: the facts behind docs/dependencies.md, which
 * tests/dependencies.test.ts compares with them.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { root } from "./bundle.js";

/** How a package gets a dependency. */
export type DependencyKind = "runtime" | "peer" | "optional peer" | "bundled";

/** One direct dependency of a public package. */
export interface Dependency {
  pkg: string;
  name: string;
  /** The range in package.json (`workspace:*` for linli's own packages). */
  range: string;
  kind: DependencyKind;
  /** Licence of the installed package (SPDX expression). */
  license: string;
}

/** A third-party package that installing linli brings in, directly or through another. */
export interface Installed {
  name: string;
  version: string;
  license: string;
  /** The linli packages that bring it in. */
  by: string[];
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const read = (file: string): Manifest => JSON.parse(readFileSync(file, "utf8"));

/** The installed copy of `name` as seen from `from` (Node's lookup through node_modules). */
function resolveFrom(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dir === dirname(dir)) throw new Error(`${name} is not installed (seen from ${from})`);
  }
}

/** Public packages: folder and manifest. */
export function publicManifests(): { dir: string; pkg: Manifest }[] {
  return readdirSync(join(root, "packages"))
    .sort()
    .map((d) => join(root, "packages", d))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, pkg: read(join(dir, "package.json")) }))
    .filter(({ pkg }) => !pkg.private);
}

/**
 * Packages a build copies into dist (tsup `noExternal`): they ship inside linli, so their
 * licence travels with it.
 */
function bundled(dir: string): string[] {
  const config = join(dir, "tsup.config.ts");
  if (!existsSync(config)) return [];
  const line = /noExternal:\s*\[([^\]]*)\]/.exec(readFileSync(config, "utf8"))?.[1] ?? "";
  return [...line.matchAll(/\^([@a-z0-9][\w@.-]*(?:\\?\/[\w.-]+)?)/g)].map((m) =>
    m[1]!.replace(/\\\//g, "/").replace(/\/dist$/, ""),
  );
}

/** Every direct dependency of every public package. */
export function directDependencies(): Dependency[] {
  const out: Dependency[] = [];
  for (const { dir, pkg } of publicManifests()) {
    const add = (name: string, range: string, kind: DependencyKind) =>
      out.push({
        pkg: pkg.name,
        name,
        range,
        kind,
        license: read(join(resolveFrom(dir, name), "package.json")).license ?? "UNKNOWN",
      });
    for (const [name, range] of Object.entries(pkg.dependencies ?? {})) add(name, range, "runtime");
    for (const [name, range] of Object.entries(pkg.peerDependencies ?? {}))
      add(name, range, pkg.peerDependenciesMeta?.[name]?.optional ? "optional peer" : "peer");
    for (const name of bundled(dir)) {
      const version = read(join(resolveFrom(dir, name), "package.json")).version;
      add(name, version, "bundled");
    }
  }
  return out;
}

/**
 * Every third-party package a production install of the public packages brings in
 * (dependencies of dependencies included, peer dependencies not).
 */
export function installedThirdParty(): Installed[] {
  const found = new Map<string, Installed>();
  const names = new Set(publicManifests().map((m) => m.pkg.name));
  for (const { dir, pkg } of publicManifests()) {
    const queue: [string, string][] = Object.keys(pkg.dependencies ?? {}).map((n) => [dir, n]);
    const seen = new Set<string>();
    while (queue.length) {
      const [from, name] = queue.shift()!;
      const at = resolveFrom(from, name);
      if (seen.has(at)) continue;
      seen.add(at);
      const m = read(join(at, "package.json"));
      for (const dep of Object.keys(m.dependencies ?? {})) queue.push([at, dep]);
      if (names.has(m.name)) continue;
      const key = `${m.name}@${m.version}`;
      const entry = found.get(key) ?? {
        name: m.name,
        version: m.version,
        license: m.license ?? "UNKNOWN",
        by: [],
      };
      if (!entry.by.includes(pkg.name)) entry.by.push(pkg.name);
      found.set(key, entry);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
