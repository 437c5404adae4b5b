import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The repository root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * esbuild aliases from every package entry point (`@linli/core`, `@linli/core/divisions`,
 * `linli/node`…) to its source file, read from the package.json exports maps, minus the
 * packages left `external`.
 */
function sourceAliases(external: readonly string[]): Record<string, string> {
  const alias: Record<string, string> = {};
  for (const dir of readdirSync(join(root, "packages"))) {
    let pkg: { name: string; exports?: Record<string, unknown> };
    try {
      pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    } catch {
      continue;
    }
    if (external.includes(pkg.name)) continue;
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      const js =
        target && typeof target === "object" ? (target as { default?: string }).default : undefined;
      if (!js?.startsWith("./dist/")) continue;
      const file = js.slice("./dist/".length).replace(/\.js$/, "");
      alias[sub === "." ? pkg.name : `${pkg.name}/${sub.slice(2)}`] = join(
        root,
        "packages",
        dir,
        "src",
        existsSync(join(root, "packages", dir, "src", `${file}.tsx`))
          ? `${file}.tsx`
          : `${file}.ts`,
      );
    }
  }
  return alias;
}

/** Options of {@link bundleSize}. */
export interface BundleOptions {
  /** Package names left out of the bundle (peer dependencies, other packages measured apart). */
  external?: readonly string[];
  /** `browser` (default) for front-end entries, `node` for Node-only ones. */
  platform?: "browser" | "node";
}

/** A measured bundle: the minified code, its size and its size gzipped at level 9. */
export interface BundleSize {
  code: string;
  bytes: number;
  gzip: number;
}

/**
 * Bundle `export * from "<entry>"` as an app would (esbuild, ES2022, minified, from the
 * workspace sources) and measure it.
 */
export async function bundleSize(entry: string, options: BundleOptions = {}): Promise<BundleSize> {
  const external = [...(options.external ?? [])];
  const alias = sourceAliases(external);
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: options.platform ?? "browser",
    target: "es2022",
    jsx: "automatic",
    write: false,
    alias,
    external: external.flatMap((e) => [e, `${e}/*`]),
    logLevel: "error",
  });
  const bytes = result.outputFiles[0]!.contents;
  return {
    code: new TextDecoder().decode(bytes),
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}
