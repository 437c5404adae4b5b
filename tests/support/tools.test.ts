import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findTool, toolPlan } from "./tools.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));

describe("programs tests need", () => {
  it("run where found, are skipped where missing, and fail in CI where missing", () => {
    expect(toolPlan("/usr/bin/chromium", {})).toBe("run");
    expect(toolPlan("/usr/bin/chromium", { CI: "true" })).toBe("run");
    expect(toolPlan(undefined, {})).toBe("skip");
    expect(toolPlan(undefined, { CI: "false" })).toBe("skip");
    expect(toolPlan(undefined, { CI: "true" })).toBe("fail");
    expect(toolPlan(undefined, { CI: "1" })).toBe("fail");
  });

  it("are found on PATH, or only where their variable says", () => {
    const bin = mkdtempSync(join(tmpdir(), "linli-tools-"));
    const soffice = join(bin, "soffice");
    writeFileSync(soffice, "#!/bin/sh\n", { mode: 0o755 });
    expect(findTool("libreoffice", { PATH: bin })).toBe(soffice);
    expect(findTool("libreoffice", { PATH: "" })).toBeUndefined();
    // A variable naming nothing hides the program, to see what a machine without it does.
    expect(findTool("libreoffice", { PATH: bin, SOFFICE_PATH: "none" })).toBeUndefined();
    expect(findTool("libreoffice", { PATH: "", SOFFICE_PATH: soffice })).toBe(soffice);
    // Not executable: not a program.
    const dir = join(bin, "other");
    mkdirSync(dir);
    writeFileSync(join(dir, "soffice"), "text");
    expect(findTool("libreoffice", { PATH: dir })).toBeUndefined();
  });
});

/** Test files of the repository. */
function testFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!["node_modules", "dist", ".git", "fixtures"].includes(e.name)) walk(p);
      } else if (/\.test\.tsx?$/.test(e.name)) out.push(p);
    }
  };
  for (const d of ["packages", "tests", "scripts"]) walk(join(repo, d));
  return out;
}

describe("the suite", () => {
  it("skips nothing on its own: only describeWith skips, by name, for a missing program", () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(50);
    const skipping =
      /\b(describe|it|test|suite)\s*\.\s*(skip|skipIf|runIf|todo)\b|\bctx\.skip\(|\.skip\(\)/;
    const self = fileURLToPath(import.meta.url);
    const bad = files
      .filter((f) => f !== self)
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .map((line, i) => [i, line] as const)
          .filter(([, line]) => skipping.test(line))
          .map(([i, line]) => `${relative(repo, f)}:${i + 1}: ${line.trim()}`),
      );
    expect(bad).toEqual([]);
  });

  it("reads nothing outside the repository", () => {
    const outside = /\/work\/|shared\/datasets|homedir\(\)/;
    const bad = testFiles().filter((f) => outside.test(readFileSync(f, "utf8")));
    expect(bad.map((f) => relative(repo, f))).toEqual([]);
  });
});
