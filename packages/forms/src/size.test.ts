import { describe, expect, it } from "vitest";
import { bundleSize } from "../../../scripts/docs/bundle.js";

/** Bundle `export * from "@linli/forms"` as an app would, minified, leaving `external` out. */
const bundle = (external: string[]) => bundleSize("@linli/forms", { external });

describe("@linli/forms size", () => {
  it("stays within 15 KB gzip, with the data model (@linli/core and zod) outside", async () => {
    const own = await bundle(["@linli/core", "zod"]);
    const withCore = await bundle(["zod"]);
    console.log(
      `@linli/forms: ${own.gzip} B gzip; with the parts of @linli/core it imports: ${withCore.gzip} B (zod outside)`,
    );
    expect(own.gzip).toBeLessThanOrEqual(15 * 1024);
    // What forms adds to an app already holding the data model is its own code only.
    expect(withCore.gzip).toBeGreaterThan(own.gzip);
  });

  it("generates no code at run time", async () => {
    const { code } = await bundle(["@linli/core", "zod"]);
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    // It parses with zod's plain parser, never the compiled one.
    expect(code).not.toMatch(/\bcompile\b/);
  });
});
