import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../packages/", import.meta.url));
const built = readdirSync(packages).filter((p) => existsSync(join(packages, p, "dist")));

// `pnpm test` builds first; this runs publint on what would be published.
describe.each(built)("packages/%s", (dir) => {
  it("is clean under publint", async () => {
    const pkgDir = join(packages, dir);
    const { messages, pkg } = await publint({ pkgDir, level: "suggestion", strict: true });
    const text = messages.map((m) => formatMessage(m, pkg) ?? m.code);
    expect(text).toEqual([]);
  });
});

it("finds built packages to check", () => {
  expect(built).toContain("core");
});
