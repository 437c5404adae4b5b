import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../scripts/docs/bundle.js";
import { directDependencies, installedThirdParty } from "../scripts/docs/dependencies.js";

// docs/dependencies.md lists every dependency of every public package with its licence and
// why it is there; this keeps it true. On a mismatch the expected rows are printed: copy them
// and write the reason for any new one.
const doc = readFileSync(join(root, "docs/dependencies.md"), "utf8");

/** Cells of the Markdown table rows that have `columns` cells, header and rule left out. */
function rows(text: string, columns: number): string[][] {
  return text
    .split("\n")
    .filter((l) => l.startsWith("|"))
    .map((l) =>
      l
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    )
    .filter(
      (c) =>
        c.length === columns && !/^-+$/.test(c[0]!) && c[0] !== "package" && c[0] !== "dependency",
    );
}

describe("docs/dependencies.md", () => {
  it("lists every direct dependency with its version, kind, licence and a reason", () => {
    const table = rows(doc, 6);
    const expected = directDependencies().map((d) => [d.pkg, d.name, d.range, d.kind, d.license]);
    const documented = table.map((r) => r.slice(0, 5));
    const key = (r: string[]) => r.join(" | ");
    expect(documented.map(key).sort(), "rows of the direct dependencies table").toEqual(
      expected.map(key).sort(),
    );
    for (const r of table) expect(r[5], `why ${r[0]} depends on ${r[1]}`).toMatch(/\w{3}/);
  });

  it("lists every third-party package an install brings, with its licence", () => {
    const expected = installedThirdParty().map((p) => [
      p.name,
      p.version,
      p.license,
      p.by.sort().join(", "),
    ]);
    const documented = rows(doc, 4).map((r) => [
      r[0]!,
      r[1]!,
      r[2]!,
      r[3]!.split(", ").sort().join(", "),
    ]);
    expect(documented).toEqual(expected);
  });

  it("allows only permissive licences", () => {
    for (const p of installedThirdParty())
      expect(p.license, p.name).toMatch(
        /^(MIT|Apache-2\.0|ISC|BSD-[23]-Clause)( AND (MIT|Apache-2\.0|ISC|BSD-[23]-Clause))*$/,
      );
  });
});
