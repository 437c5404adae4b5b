import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsx } from "@linli/adapters";
import { merge } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";
import { mappingSection } from "./details.js";

const dir = mkdtempSync(join(tmpdir(), "linli-empty-columns-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a sheet made 16,384 columns wide by a stray cell at XFD", () => {
  it("keeps its columns with a header or a value, and counts the empty ones", async () => {
    // Before, merged.json and report.html listed all 16,384 columns (1 MB and 1.8 MB for two
    // people), each empty one "kept as an extra column".
    const head = ["姓名", "手机号"];
    while (head.length < 16_383) head.push("");
    head.push("x");
    const file = join(dir, "宽.xlsx");
    writeFileSync(
      file,
      writeXlsx([{ name: "S", rows: [head, ["王伟", "13800138000"], ["李娜", "", "3"]] }]),
    );
    const r = await merge([file], { entity: "resident" });
    expect(r.records).toHaveLength(2);
    const m = r.mapping[0]!;
    expect(m.columns.map((c) => c.header)).toEqual(["姓名", "手机号", "C", "x"]);
    expect(m.emptyColumns).toBe(16_380);
    expect(mappingSection(r, "en")).toContain(
      "16380 empty columns without a header or any value, ignored",
    );
    expect(mappingSection(r, "zh-CN")).toContain("另有 16380 个既无表头也无内容的空列，已忽略");
    expect(mappingSection(r, "en").length).toBeLessThan(5_000);
  });
});
