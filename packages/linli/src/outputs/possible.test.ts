import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { merge, writeMergeOutputs } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "linli-possible-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One person in two lists with name, birth date and sex alone (no ID, phone or address), among
// others whose names tell the data how common a name is.
function lists() {
  const head = "姓名,性别,出生日期,电话";
  const others = Array.from(
    { length: 40 },
    (_, k) =>
      `李${"伟静敏娜强磊军洋勇艳"[k % 10]}${"华明芳平"[k % 4]},男,19${40 + k}-0${1 + (k % 9)}-1${k % 10},1390000${String(1000 + k)}`,
  );
  const a = join(dir, "甲社区.csv");
  const b = join(dir, "乙社区.csv");
  writeFileSync(a, [head, "欧阳韵溪,女,1979-10-30,", ...others, ""].join("\n"));
  writeFileSync(b, [head, "欧阳韵溪,女,1979-10-30,", ""].join("\n"));
  return [a, b];
}

describe("merge outputs: possible matches", async () => {
  const result = await merge(lists());
  const plain = await writeMergeOutputs(result, join(dir, "plain"));
  const partner = await writeMergeOutputs(result, join(dir, "partner"), {
    profile: "partner-ngo",
  });
  const json = (w: { dir: string }, name: string) =>
    JSON.parse(readFileSync(join(w.dir, name), "utf8"));

  it("merged.json and clusters.json say which clusters rest on a possible match", () => {
    const joined = result.clusters.filter((c) => c.rows.length > 1);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.possible).toBe(true);
    for (const w of [plain, partner]) {
      const merged = json(w, "merged.json").clusters.filter(
        (c: { rows: unknown[] }) => c.rows.length > 1,
      );
      expect(merged.map((c: { possible?: boolean }) => c.possible)).toEqual([true]);
      const clusters = json(w, "clusters.json");
      expect(clusters.filter((c: { possible?: boolean }) => c.possible)).toHaveLength(1);
      expect(clusters.filter((c: { rows: unknown[] }) => c.rows.length > 1)[0].possible).toBe(true);
    }
  });
});
