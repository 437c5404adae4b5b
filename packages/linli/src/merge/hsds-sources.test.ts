import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { merge as mergeFiles } from "../node.js";
import { merge } from "./index.js";

const folder = fileURLToPath(
  new URL("../../../../fixtures/realworld/openreferral", import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), "linli-merge-hsds-"));
const extra = join(dir, "partners.csv");
writeFileSync(
  extra,
  "名称,电子邮箱,网址\nSanctuary Example City,sanctuary@example.com,http://example.com\n丈八社区居民委员会,,\n",
);

describe("merge of an Open Referral HSDS package", () => {
  it("reads a folder as one source of organisations, merges it with other files and reports dangling references", async () => {
    const r = await mergeFiles<"organization">([folder, extra]);
    expect(r.entity).toBe("organization");
    const sources = r.summary.map((s) => s.source);
    expect(sources).toEqual(["openreferral", "partners"]);
    const pkg = r.summary.find((s) => s.source === "openreferral")!;
    // Every table's rows: 10 organisations, 10 locations, 13 services, 5 phones.
    expect(pkg).toMatchObject({ rowsRead: 38, accepted: 38, rejected: 0, withheldCells: 6 });
    // The organisation in both files is one record; its services came with the package.
    const sanctuary = r.records.filter((x) => x.name === "Sanctuary Example City");
    expect(sanctuary).toHaveLength(1);
    expect(sanctuary[0]!.services?.map((s) => s.name)).toEqual(["Never Homeless Helpline"]);
    expect(r.records).toHaveLength(11);
    const dangling = r.issues.filter((i) => i.code === "hsds.dangling");
    expect(dangling).toMatchObject([
      { file: join(folder, "simple_phones.csv"), row: 6, column: "service_at_location_id" },
    ]);
    const phones = r.issues.find((i) => i.code === "merge.hsdsPhones")!;
    expect(phones.message.en).toContain("e9c19752-c8d4-494f-b527-b65c9c86c8ce");
    expect(phones.message["zh-CN"]).toContain("不属于数据包中任何机构");
  });

  it("reads the tables given as Files together (browser), and as locations when asked", async () => {
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => new File([readFileSync(join(folder, f))], `openreferral/${f}`));
    const r = await merge<"organization">(files);
    expect(r.entity).toBe("organization");
    expect(r.records).toHaveLength(10);
    expect(r.records.flatMap((o) => o.services ?? [])).toHaveLength(13);
    const places = await merge(files, { entity: "location" });
    // Ten location rows; "The Example Center" and "Example City Hall" are named twice.
    expect(places.summary[0]).toMatchObject({ source: "openreferral", rows: 10 });
    expect(places.records).toHaveLength(8);
  });

  it("refuses to merge a package as another kind of data, in both languages", async () => {
    const e = await mergeFiles([folder], { entity: "resident" }).catch((x) => x);
    expect(e.code).toBe("merge.hsdsEntity");
    expect(e.localized.en).toContain("cannot be merged as resident");
    expect(e.localized["zh-CN"]).toContain("不能按 resident 合并");
  });
});
