import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;

/** Bundle `export * from "@linli/forms"` as an app would, minified, leaving `external` out. */
async function bundle(external: string[]) {
  const alias: Record<string, string> = { "@linli/forms": `${root}packages/forms/src/index.ts` };
  if (!external.includes("@linli/core")) alias["@linli/core"] = `${root}packages/core/src/index.ts`;
  const result = await build({
    stdin: {
      contents: 'export * from "@linli/forms";',
      resolveDir: `${root}packages/forms`,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    alias,
    external,
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.contents;
  return { code: new TextDecoder().decode(code), gzip: gzipSync(code, { level: 9 }).length };
}

describe("@linli/forms size", () => {
  it("stays within 15 KB gzip, with the data model (@linli/core and zod) outside", async () => {
    const own = await bundle(["@linli/core", "zod", "zod/*"]);
    const withCore = await bundle(["zod", "zod/*"]);
    console.log(
      `@linli/forms: ${own.gzip} B gzip; with the parts of @linli/core it imports: ${withCore.gzip} B (zod outside)`,
    );
    expect(own.gzip).toBeLessThanOrEqual(15 * 1024);
    // What forms adds to an app already holding the data model is its own code only.
    expect(withCore.gzip).toBeGreaterThan(own.gzip);
  });

  it("generates no code at run time", async () => {
    const { code } = await bundle(["@linli/core", "zod", "zod/*"]);
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    // It parses with zod's plain parser, never the compiled one.
    expect(code).not.toMatch(/\bcompile\b/);
  });
});
