import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const folder = fileURLToPath(
  new URL("../../../../fixtures/realworld/openreferral", import.meta.url),
);
const io = (lang = "en_GB.UTF-8") => memoryIo({ env: { LANG: lang } });

describe("linli validate of an Open Referral HSDS package", () => {
  it("reads a folder as one package: services and phones joined, the dangling phone kept", async () => {
    const t = io();
    expect(await main(["validate", folder, "--json"], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.files).toEqual([]);
    const [p] = doc.packages;
    expect(p.records).toEqual({
      organizations: 10,
      services: 13,
      phones: 0,
      locations: 10,
      unattachedPhones: 1,
    });
    const phones = p.tables.find((x: { table: string }) => x.table === "phones");
    expect(phones).toMatchObject({ rows: 5, kept: 5, rejected: 0, withheldCells: 6 });
    const dangling = p.issues.filter((i: { code: string }) => i.code === "hsds.dangling");
    expect(dangling).toMatchObject([{ severity: "withheld", column: "service_at_location_id" }]);
    expect(p.unattached[0].id).toBe("e9c19752-c8d4-494f-b527-b65c9c86c8ce");
    const text = io();
    await main(["validate", folder], text.io);
    expect(text.out()).toContain("1 phone of no organisation, service or location in the package");
  });

  it("reads the tables given together as one package, and says so in Chinese", async () => {
    const t = io("zh_CN.UTF-8");
    const files = ["simple_organizations.csv", "simple_services.csv", "simple_phones.csv"];
    expect(await main(["validate", ...files.map((f) => `${folder}/${f}`)], t.io)).toBe(0);
    expect(t.out()).toContain("Open Referral HSDS 数据包，共 3 张表");
    expect(t.out()).toContain("simple_phones.csv（phones）：5 行 = 已保留 5 行 + 未能关联 0 行");
    // Without locations.csv the phone of a location has no parent: kept on its own, said so.
    expect(t.out()).toContain("数据包中找不到 30b84570-64a1-11e6-8b77-86f30ca893d3");
    expect(t.out()).toContain("另有不属于包中任何机构、服务或地点的电话 2 个");
  });

  it("refuses a child table alone, naming the package it belongs with", async () => {
    const t = io();
    expect(await main(["validate", `${folder}/simple_services.csv`], t.io)).toBe(2);
    expect(t.err()).toContain("is the HSDS services table");
    expect(t.err()).toContain("Give the package folder");
  });

  it("still refuses a folder that holds no package", async () => {
    const t = io();
    const other = fileURLToPath(
      new URL("../../../../fixtures/realworld/sahana-eden", import.meta.url),
    );
    expect(await main(["validate", other], t.io)).toBe(2);
    expect(t.err()).toContain("is a folder");
  });
});
