import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const folder = fileURLToPath(
  new URL("../../../../fixtures/realworld/openreferral", import.meta.url),
);
const io = (lang = "en_GB.UTF-8") => memoryIo({ env: { LANG: lang } });

describe("linli validate of an Open Referral HSDS package", () => {
  it("reads a folder as one package: services and phones joined, the dangling phone listed", async () => {
    const t = io();
    expect(await main(["validate", folder, "--json"], t.io)).toBe(1);
    const doc = JSON.parse(t.out());
    expect(doc.files).toEqual([]);
    const [p] = doc.packages;
    expect(p.records).toEqual({ organizations: 10, services: 13, phones: 0, locations: 10 });
    const phones = p.tables.find((x: { table: string }) => x.table === "phones");
    expect(phones).toMatchObject({ rows: 5, kept: 4, rejected: 1, withheldCells: 4 });
    expect(p.issues.filter((i: { code: string }) => i.code === "hsds.dangling")).toHaveLength(1);
  });

  it("reads the tables given together as one package, and says so in Chinese", async () => {
    const t = io("zh_CN.UTF-8");
    const files = ["simple_organizations.csv", "simple_services.csv", "simple_phones.csv"];
    expect(await main(["validate", ...files.map((f) => `${folder}/${f}`)], t.io)).toBe(1);
    expect(t.out()).toContain("Open Referral HSDS 数据包，共 3 张表");
    expect(t.out()).toContain("simple_phones.csv（phones）：5 行 = 已保留 3 行 + 未能关联 2 行");
    // Without locations.csv the phone of a location has nowhere to go: listed, not lost.
    expect(t.out()).toContain("在数据包中找不到");
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
