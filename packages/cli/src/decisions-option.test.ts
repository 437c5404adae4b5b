import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

const data = fileURLToPath(new URL("../../../examples/merge-communities/data/", import.meta.url));
const FILES = ["丈八社区居民登记.csv", "小寨社区重点人群台账.xlsx"].map((f) => join(data, f));
const tmp = mkdtempSync(join(tmpdir(), "linli-decisions-cli-"));

type Clusters = { rows: { file: string; row: number }[] }[];
const clusterOf = (clusters: Clusters, row: number) =>
  clusters.find((c) => c.rows.some((r) => r.file === FILES[1] && r.row === row))!;

describe("linli merge --decisions", () => {
  it("keeps apart the rows a reviewer split, and links the rows a reviewer joined", async () => {
    // 赵敏 twice in 小寨 (rows 4 and 5, one ID with a typo): one record without decisions.
    const plain = join(tmp, "plain");
    await main(["merge", ...FILES, "-o", plain], memoryIo().io);
    const before: Clusters = JSON.parse(readFileSync(join(plain, "clusters.json"), "utf8"));
    expect(clusterOf(before, 4)).toBe(clusterOf(before, 5));

    const decisions = join(tmp, "核查决定.json");
    writeFileSync(
      decisions,
      JSON.stringify({
        format: "linli-decisions",
        version: 1,
        entity: "resident",
        mustLink: [
          [
            { source: "丈八社区居民登记", row: 3 },
            { source: "小寨社区重点人群台账", row: 8, sheet: "重点人群" },
          ],
        ],
        cannotLink: [
          [
            { source: "小寨社区重点人群台账", row: 4, sheet: "重点人群" },
            { source: "小寨社区重点人群台账", row: 5, sheet: "重点人群" },
          ],
        ],
      }),
    );
    const dir = join(tmp, "decided");
    await main(["merge", ...FILES, "-o", dir, "--decisions", decisions], memoryIo().io);
    const after: Clusters = JSON.parse(readFileSync(join(dir, "clusters.json"), "utf8"));
    expect(clusterOf(after, 4)).not.toBe(clusterOf(after, 5));
    expect(after.length).toBe(before.length);
    expect(clusterOf(after, 8).rows).toContainEqual({ file: FILES[0], row: 3 });
  });

  it("says what is wrong with a decisions file, in both languages, and writes nothing", async () => {
    const bad = join(tmp, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ format: "linli-decisions", version: 1, cannotLink: [[{ row: 2 }]] }),
    );
    const zh = memoryIo({ env: { LANG: "zh_CN.UTF-8" } });
    expect(await main(["merge", ...FILES, "-o", join(tmp, "x"), "--decisions", bad], zh.io)).toBe(
      2,
    );
    expect(zh.err()).toContain("“cannotLink[0][0].source”");
    const en = memoryIo({ env: { LANG: "en_US.UTF-8" } });
    const missing = join(tmp, "missing.json");
    expect(
      await main(["merge", ...FILES, "-o", join(tmp, "y"), "--decisions", missing], en.io),
    ).toBe(2);
    expect(en.err()).toContain("Cannot use the decisions file");
  });
});
