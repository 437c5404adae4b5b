import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../scripts/docs/bundle.js";
import { publicManifests } from "../scripts/docs/dependencies.js";

// The release flow: every linli package is released together (changesets `fixed` group), and
// the published JSON Schemas carry the major version of @linli/core in their `$id`.
const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const major = (v: string) => v.split(".")[0];

describe("the repository as it is", () => {
  it("gives every public package one version, in one fixed group", () => {
    const pkgs = publicManifests().map((m) => m.pkg);
    expect(new Set(pkgs.map((p) => p.version)).size).toBe(1);
    const config = JSON.parse(read(root, ".changeset/config.json"));
    const group: string[] = config.fixed[0];
    for (const p of pkgs)
      expect(
        group.some((g) => g === p.name || (g.endsWith("/*") && p.name.startsWith(g.slice(0, -1)))),
        p.name,
      ).toBe(true);
  });

  it("publishes schemas whose $id names the major version of @linli/core", () => {
    const core = JSON.parse(read(root, "packages/core/package.json"));
    expect(read(root, "packages/core/src/generated/version.ts")).toContain(
      `SCHEMA_VERSION = "${core.version}"`,
    );
    const files = readdirSync(join(root, "schemas")).filter((f) => f.endsWith(".schema.json"));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files)
      expect(JSON.parse(read(root, `schemas/${f}`)).$id).toBe(
        `https://linli-data.github.io/linli/schemas/v${major(core.version)}/${f}`,
      );
  });
});

// `pnpm run version` in a copy of the repository (the working tree is never touched), with a
// breaking change added to the pending changesets.
describe("pnpm run version, in a copy of the repository", () => {
  let copy = "";
  const before = new Map<string, string>();

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "linli-release-"));
    const files = execFileSync(
      "git",
      ["ls-files", "--cached", "--others", "--exclude-standard", "-z"],
      { cwd: root, encoding: "utf8" },
    )
      .split("\0")
      // Benchmarks and examples play no part in a release.
      .filter((f) => f && !/^(bench|examples)\//.test(f) && existsSync(join(root, f)));
    for (const f of files) cpSync(join(root, f), join(copy, f), { recursive: true });
    // Installed packages are shared, not copied.
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    for (const { dir } of publicManifests()) {
      const rel = dir.slice(root.length);
      if (existsSync(join(dir, "node_modules")))
        symlinkSync(join(dir, "node_modules"), join(copy, rel, "node_modules"));
    }
    for (const f of readdirSync(join(copy, ".changeset")))
      if (f.endsWith(".md") && f !== "README.md")
        before.set(f, read(copy, `.changeset/${f}`).replace(/^---[\s\S]*?---\s*/, ""));
    writeFileSync(
      join(copy, ".changeset/breaking-test.md"),
      '---\n"@linli/core": major\n---\n\nRecords use the new shape (a test of the release flow).\n',
    );
    execFileSync("pnpm", ["run", "version"], {
      cwd: copy,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CI: "true" },
    });
  }, 180_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it("bumps every package together to the next major", () => {
    for (const { dir, pkg } of publicManifests()) {
      const next = JSON.parse(read(copy, `${dir.slice(root.length)}/package.json`));
      expect(next.version, pkg.name).toBe(`${Number(major(pkg.version)) + 1}.0.0`);
    }
  });

  it("writes a CHANGELOG for every package with each change once", () => {
    for (const { dir, pkg } of publicManifests()) {
      const next = JSON.parse(read(copy, `${dir.slice(root.length)}/package.json`));
      const log = read(copy, `${dir.slice(root.length)}/CHANGELOG.md`);
      expect(log.startsWith(`# ${pkg.name}\n\n## ${next.version}\n`), pkg.name).toBe(true);
      // Every list line says something, and none is repeated.
      const items = log.split("\n").filter((l) => l.startsWith("- "));
      expect(items.length, pkg.name).toBeGreaterThan(0);
      expect(new Set(items).size, `${pkg.name}: repeated lines`).toBe(items.length);
      if (!log.includes("### Minor Changes") && !log.includes("### Major Changes"))
        expect(log, pkg.name).toMatch(/- Updated dependencies:\n {2}- @?linli/);
    }
    const core = read(copy, "packages/core/CHANGELOG.md");
    expect(core).toContain("### Major Changes\n\n- Records use the new shape");
    for (const [file, summary] of before) {
      const front = read(root, `.changeset/${file}`);
      if (!front.includes('"@linli/core"')) continue;
      expect(core, file).toContain(summary.split("\n")[0]);
    }
  });

  it("consumes the changesets", () => {
    expect(readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md"))).toEqual([
      "README.md",
    ]);
  });

  it("moves SCHEMA_VERSION and the schemas' $id to the new major", () => {
    const version = JSON.parse(read(copy, "packages/core/package.json")).version;
    expect(read(copy, "packages/core/src/generated/version.ts")).toContain(
      `SCHEMA_VERSION = "${version}"`,
    );
    const id = JSON.parse(read(copy, "schemas/resident.schema.json")).$id;
    expect(id).toBe(
      `https://linli-data.github.io/linli/schemas/v${major(version)}/resident.schema.json`,
    );
    expect(read(copy, "docs/data-dictionary.md")).toContain(`(v${version})`);
    // And the copy is consistent: gen --check agrees.
    execFileSync("pnpm", ["gen:check"], { cwd: copy, stdio: "ignore" });
  });
});
