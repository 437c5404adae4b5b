import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

const dir = mkdtempSync(join(tmpdir(), "linli-vocab-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const registerA = file(
  "a.csv",
  "姓名,性别,与户主关系,住房性质\n王伟,男,内人,合租\n李娜,Femlae,户主,自住\n",
);
const registerB = file("b.csv", "姓名,性别,与户主关系,住房性质\n王伟,男,内人,合租\n");
const vocab = file(
  "words.json",
  '{"relationToHead": {"spouse": ["内人"]}, "tenure": {"rented": ["合租"]}}',
);
const io = (lang = "en_GB.UTF-8") => memoryIo({ env: { LANG: lang }, cwd: dir });

describe("--vocab", () => {
  it("linli validate reads the user's words; what is still unknown is withheld with a suggestion", async () => {
    const without = io();
    await main(["validate", registerA, "--json"], without.io);
    expect(JSON.parse(without.out()).files[0]).toMatchObject({ accepted: 2, withheldCells: 3 });
    const t = io();
    expect(await main(["validate", registerA, "--vocab", "words.json", "--json"], t.io)).toBe(0);
    const [report] = JSON.parse(t.out()).files;
    expect(report).toMatchObject({ rowsRead: 2, accepted: 2, rejected: 0, withheldCells: 1 });
    expect(report.issues[0]).toMatchObject({ row: 3, column: "性别", severity: "withheld" });
    expect(report.issues[0].message.en).toContain("did you mean “Female”?");
    expect(report.issues[0].message["zh-CN"]).toContain("是不是“女”？");
  });

  it("linli convert and linli merge take it too", async () => {
    const c = io();
    const out = join(dir, "out.json");
    await main(["convert", registerA, "-o", out, "--vocab", vocab], c.io);
    const records = JSON.parse(readFileSync(out, "utf8"));
    expect(records[0].household).toEqual({ relationToHead: "spouse", tenure: "rented" });
    const m = io();
    await main(["merge", registerA, registerB, "-o", join(dir, "merged"), "--vocab", vocab], m.io);
    const merged = JSON.parse(readFileSync(join(dir, "merged", "merged.json"), "utf8"));
    const wang = merged.records.find((r: { name: string }) => r.name === "王伟");
    expect(wang.household).toEqual({ relationToHead: "spouse", tenure: "rented" });
  });

  it("refuses a vocabulary the model does not know, in the user's language", async () => {
    const bad = file("bad.json", '{"gender": {"woman": ["娘子"]}}');
    const t = io("zh_CN.UTF-8");
    expect(await main(["validate", registerA, "--vocab", bad], t.io)).toBe(2);
    expect(t.err()).toContain("bad.json：词表为“woman”给出了文字，但它不是");
    const e = io();
    expect(
      await main(["merge", registerA, "-o", join(dir, "m2"), "--vocab", "nope.json"], e.io),
    ).toBe(2);
    expect(e.err()).toContain("nope.json");
  });

  it("--set reads the user's words too, in validate, convert and merge", async () => {
    const needs = file("needs.csv", "求助人,物资名称,数量\n王伟,大米,2\n李娜,面粉,1\n");
    const words = file("needs-words.json", '{"category": {"food": ["口粮"]}}');
    const bare = io();
    expect(
      await main(["validate", needs, "--entity", "need", "--set", "category=口粮"], bare.io),
    ).toBe(2);
    expect(bare.err()).toContain("口粮");
    for (const args of [
      ["validate", needs, "--json"],
      ["convert", needs, "-o", join(dir, "needs.json")],
      ["merge", needs, "-o", join(dir, "needs-merged")],
    ]) {
      const t = io();
      const code = await main(
        [...args, "--entity", "need", "--set", "category=口粮", "--vocab", words],
        t.io,
      );
      expect([args[0], code, t.err()]).toEqual([args[0], 0, ""]);
    }
    const records = JSON.parse(readFileSync(join(dir, "needs.json"), "utf8"));
    expect(records.map((r: { category: string }) => r.category)).toEqual(["food", "food"]);
  });
});
