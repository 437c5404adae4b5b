import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publicPackages } from "../../scripts/packages.js";
import { TOOLS } from "../support/tools.js";
import { repo } from "./markdown.js";

// The README's claims that drift when something is added: the package table, what the test
// command needs, and that linli is not on npm yet (while no package has been released).
const readme = readFileSync(join(repo, "README.md"), "utf8");

describe("README.md", () => {
  it("lists every public package in its package table", () => {
    const table = readme.slice(readme.indexOf("## Packages"), readme.indexOf("## Develop"));
    for (const p of publicPackages()) expect(table, p.name).toContain(`[\`${p.name}\`](packages/`);
  });

  it("says what the test command needs: Node, and each program some tests drive", () => {
    const top = readme.slice(0, readme.indexOf("## Install"));
    expect(top).toMatch(/Node\.js 20\.19/);
    for (const t of Object.values(TOOLS)) {
      expect(top, t.label).toContain(t.label.split(" ")[0]!);
      expect(top, t.env).toContain(t.env);
      expect(top, t.install).toContain(t.install.replace("apt-get install ", ""));
    }
  });

  it("says that the packages are not on npm, while none has been released", () => {
    // Until the first release every package is at 0.0.0; after it, the note must go.
    const released = publicPackages().some((p) => p.version !== "0.0.0");
    expect(/linli is not on npm yet/.test(readme), "English note").toBe(!released);
    expect(/尚未发布到 npm/.test(readme), "Chinese note").toBe(!released);
  });
});
