import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../", import.meta.url));

describe("pnpm start (the README's main job)", () => {
  it("merges the three example communities, writes the outputs and says where they are", () => {
    const out = join(mkdtempSync(join(tmpdir(), "linli-start-")), "结果");
    // What `pnpm start -- --out <dir>` runs, in a child process as a user would.
    const stdout = execFileSync(
      join(repo, "node_modules/.bin/tsx"),
      ["scripts/start.ts", "--out", out],
      {
        cwd: repo,
        env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    expect(stdout).toContain(
      "Merged 3 sources: 156 rows read = 150 accepted in full + 3 accepted with withheld cells + 1 rejected + 2 empty. Result: 146 records",
    );
    expect(stdout).toContain("3 cells could not be read and were withheld (their rows kept)");
    expect(stdout).toContain(`The results are in ${out}:`);
    for (const f of [
      "merged.csv",
      "merged.xlsx",
      "merged.json",
      "clusters.json",
      "issues.json",
      "report.html",
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    // Files are named as a person in the data folder would name them.
    const clusters = JSON.parse(readFileSync(join(out, "clusters.json"), "utf8"));
    expect(clusters[0].rows[0]).toEqual({ file: "丈八社区居民登记.csv", row: 2 });
  });
});
