import { describe, expect, it } from "vitest";
import { bundleSize } from "../../../scripts/docs/bundle.js";
import { recordBenchmark, updateDocs } from "./e2e/harness.js";

const REACT = ["react", "react-dom"];
const ZOD = ["zod"];

/** Bundle `export * from "<entry>"` as an app would, minified, leaving `external` out. */
async function gzipSize(entry: string, external: string[]): Promise<number> {
  return (await bundleSize(entry, { external })).gzip;
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
