import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { recordBenchmark, updateDocs } from "./e2e/harness.js";

const root = new URL("../../../", import.meta.url).pathname;
const REACT = ["react", "react-dom", "react/*", "react-dom/*"];
const ZOD = ["zod", "zod/*"];

/** Bundle `export * from "<entry>"` as an app would, minified, leaving `external` out. */
async function gzipSize(entry: string, external: string[]): Promise<number> {
  const alias: Record<string, string> = {};
  for (const p of ["core", "forms", "react"]) {
    const name = `@linli/${p}`;
    if (!external.includes(name)) alias[name] = `${root}packages/${p}/src/index.ts`;
  }
  const result = await build({
    stdin: {
      contents: `export * from "${entry}";`,
      resolveDir: `${root}packages/react`,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    write: false,
    alias,
    external,
    logLevel: "error",
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

describe("@linli/react size", () => {
  it("stays within 10 KB gzip without React (and without @linli/forms, measured on its own)", async () => {
    const own = await gzipSize("@linli/react", [...REACT, "@linli/forms", "@linli/core", ...ZOD]);
    expect(own).toBeLessThanOrEqual(10 * 1024);
    const rows = [
      ["@linli/forms", await gzipSize("@linli/forms", ["@linli/core", ...ZOD])],
      ["@linli/react", own],
      [
        "@linli/react + @linli/forms",
        await gzipSize("@linli/react", [...REACT, "@linli/core", ...ZOD]),
      ],
      [
        "… + the parts of @linli/core they import",
        await gzipSize("@linli/react", [...REACT, ...ZOD]),
      ],
      ["… + zod (everything but React)", await gzipSize("@linli/react", REACT)],
    ] as const;
    const table = [
      "| bundle (esbuild, minified, gzip -9) | gzip bytes | KiB |",
      "| --- | ---: | ---: |",
      ...rows.map(([name, n]) => `| ${name} | ${n} | ${(n / 1024).toFixed(1)} |`),
    ].join("\n");
    console.log(table);
    expect(rows[2][1]).toBeLessThanOrEqual(25 * 1024);
    if (updateDocs) recordBenchmark("forms-size", table);
  });
});
