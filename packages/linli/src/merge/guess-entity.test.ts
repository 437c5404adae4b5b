import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinliError, merge } from "linli";
import { merge as mergeFiles } from "linli/node";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "linli-guess-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const needsA = "求助人,联系电话,需求类别,物资名称,数量\n王伟,13800138000,药品,降压药,2\n";
const needsB = "求助人,联系电话,需求类别,物资名称,数量\n王 伟,138 0013 8000,药品,降压药,2\n";

describe("merge() without an entity guesses it per file, like linli merge", () => {
  it("reads need lists as needs, from paths and from Files", async () => {
    const r = await mergeFiles([file("丈八需求.csv", needsA), file("小寨需求.csv", needsB)]);
    expect(r.entity).toBe("need");
    expect(r.summary.map((s) => s.accepted)).toEqual([1, 1]);
    const f = await merge([new File([needsA], "丈八需求.csv"), new File([needsB], "小寨需求.csv")]);
    expect(f.entity).toBe("need");
  });

  it("refuses files of different kinds, naming each, in both languages", async () => {
    const people = file("居民.csv", "姓名,性别,身份证号,与户主关系\n王伟,男,,户主\n");
    const e = await mergeFiles([people, file("需求.csv", needsA)]).catch((x) => x);
    expect(e).toBeInstanceOf(LinliError);
    expect(e.code).toBe("merge.mixedEntities");
    expect(e.message).toContain("居民.csv: Resident (resident)");
    expect(e.localized["zh-CN"]).toContain("需求.csv: 需求 (need)");
  });

  it("keeps residents when nothing says otherwise, and the entity given always wins", async () => {
    const rows = await merge([{ name: "x", data: [{ 姓名: "王伟" }] }]);
    expect(rows.entity).toBe("resident");
    const given = await mergeFiles([file("a.csv", needsA)], { entity: "need" });
    expect(given.entity).toBe("need");
  });
});
