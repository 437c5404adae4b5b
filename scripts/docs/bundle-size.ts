/**
 * The bundle-size table of every package entry point, kept in docs/bundle-size.md.
 * `pnpm run size` rewrites it; tests/bundle-size.test.ts fails when a figure has moved by
 * more than the tolerance, so the table never goes stale unnoticed.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleSize, root } from "./bundle.js";

/** One row of the table. */
export interface SizeRow {
  entry: string;
  platform: "browser" | "node";
  /** Minified bytes with its dependencies (peer dependencies left out). */
  bytes: number;
  /** The same, gzipped. */
  gzip: number;
  /** Gzipped bytes of the entry's own code: every dependency left out. */
  own: number;
}

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Every JavaScript entry point of every public package, with what to leave out. */
export function entryPoints(): { entry: string; platform: "browser" | "node"; pkg: Manifest }[] {
  const out: { entry: string; platform: "browser" | "node"; pkg: Manifest }[] = [];
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    let pkg: Manifest;
    try {
      pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    } catch {
      continue;
    }
    if (pkg.private) continue;
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      if (!target || typeof target !== "object") continue;
      const entry = sub === "." ? pkg.name : `${pkg.name}/${sub.slice(2)}`;
      const node = sub === "./node" || sub === "./duckdb" || pkg.name === "@linli/cli";
      out.push({ entry, platform: node ? "node" : "browser", pkg });
    }
  }
  return out;
}

/** Measure every entry point. */
export async function measure(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  const entries = entryPoints();
  // A peer of any linli package is never bundled, also where another package brings it in
  // (the umbrella package re-exports @linli/dedupe, whose DuckDB engine loads @duckdb/node-api).
  const allPeers = new Set(entries.flatMap(({ pkg }) => Object.keys(pkg.peerDependencies ?? {})));
  for (const { entry, platform, pkg } of entries) {
    const peers = [...allPeers];
    const deps = [...peers, ...Object.keys(pkg.dependencies ?? {})];
    const whole = await bundleSize(entry, { external: peers, platform });
    const own = await bundleSize(entry, { external: deps, platform });
    rows.push({ entry, platform, bytes: whole.bytes, gzip: whole.gzip, own: own.gzip });
  }
  return rows;
}

const kib = (n: number) => (n / 1024).toFixed(1);

/** docs/bundle-size.md for these rows. */
export function render(rows: readonly SizeRow[]): string {
  return [
    "# Bundle size · 打包体积",
    "",
    "<!-- Written by `pnpm run size` (scripts/docs/bundle-size.ts); tests/bundle-size.test.ts checks it. -->",
    "",
    'What each entry point adds to an app: `export * from "<entry>"` bundled by esbuild',
    "(ES2022, minified), gzip level 9. *With dependencies* includes everything the entry imports",
    "except peer dependencies (React, Effect, fast-check); *own code* leaves every dependency out,",
    "other linli packages included. Apps that import only some names get less: the packages",
    "have no side effects, so bundlers drop what is not used. Node-only entries are bundled for Node.",
    "",
    "每个入口打包后的体积（esbuild 压缩，gzip -9）。“含依赖”不含 peer 依赖（React、Effect、",
    "fast-check）；“自身代码”不含任何依赖。只导入部分函数时体积更小。",
    "",
    "| entry point | platform | with dependencies, min | with dependencies, gzip | own code, gzip |",
    "| --- | --- | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| \`${r.entry}\` | ${r.platform} | ${kib(r.bytes)} KiB | ${kib(r.gzip)} KiB | ${kib(r.own)} KiB |`,
    ),
    "",
  ].join("\n");
}

/** The rows of a docs/bundle-size.md text (sizes in KiB as written). */
export function parse(text: string): Map<string, { bytes: number; gzip: number; own: number }> {
  const out = new Map<string, { bytes: number; gzip: number; own: number }>();
  for (const m of text.matchAll(
    /^\| `([^`]+)` \| \w+ \| ([\d.]+) KiB \| ([\d.]+) KiB \| ([\d.]+) KiB \|$/gm,
  )) {
    out.set(m[1]!, {
      bytes: Number(m[2]) * 1024,
      gzip: Number(m[3]) * 1024,
      own: Number(m[4]) * 1024,
    });
  }
  return out;
}

/** Path of the table. */
export const TABLE = join(root, "docs/bundle-size.md");

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const rows = await measure();
  writeFileSync(TABLE, render(rows));
  console.log(render(rows));
}
