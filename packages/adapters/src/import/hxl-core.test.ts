// Every hashtag of the HXL core dictionary (fixtures/hxl/core-hashtag.hxl.csv), with the
// attributes people write: read as the field it names, or kept with its hashtag.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { entityNames } from "@linli/core";
import { describe, expect, it } from "vitest";
import { exportRecords } from "../export/export-records.js";
import { suggestMapping } from "../mapping/suggest.js";
import { parseHashtag } from "../table/hxl.js";
import { importFile } from "./import-file.js";

const dir = fileURLToPath(new URL("../../../../fixtures/hxl/", import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);
const csvCells = (line: string) =>
  [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, ""));

const core = readFileSync(`${dir}core-hashtag.hxl.csv`, "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.startsWith("#"))
  .map(csvCells);
const tags = core.map((c) => c[0]!);
// Each hashtag's example in the dictionary, e.g. "#adm1 +code".
const examples = core.map((c) => c[8]!).filter((e) => parseHashtag(e));

describe("the HXL core dictionary", () => {
  it("has its 40-odd hashtags and examples", () => {
    expect(tags.length).toBeGreaterThan(40);
    expect(examples.length).toBeGreaterThan(30);
  });

  it.each([...tags, ...examples])(
    "%s: every entity either maps it or keeps it with its hashtag",
    async (tag) => {
      for (const entity of entityNames) {
        const m = suggestMapping(["", ""], entity, { hashtags: [tag, "#meta+note"] });
        expect(m.columns).toHaveLength(2);
      }
      const csv = `名称,其他\n${tag},#meta+note\n鄂州市中心医院,x\n`;
      const { summary, records } = await importFile(enc(csv), {
        entity: "organization",
        fileName: "a.csv",
      });
      expect(summary.rowsRead).toBe(1);
      const mapped = summary.mapping.columns[0]!.field;
      if (!mapped && records[0]) {
        expect(records[0].extra?.find((e) => e.header === "名称")?.hxl).toBe(
          tag.replace(/\s+/g, "").toLowerCase(),
        );
      }
    },
  );

  it.each<[string, string, string]>([
    ["#org", "organization", "name"],
    ["#org+name", "organization", "name"],
    ["#org+es", "organization", "name"],
    ["#org +name +fr", "organization", "name"],
    ["#org+type", "organization", "kind"],
    ["#org+code+uscc", "organization", "creditCode"],
    ["#adm1", "resident", "address.province"],
    ["#adm1+name", "location", "province"],
    ["#adm2+i_zh", "organization", "address.city"],
    ["#geo+lat", "location", "geo.lat"],
    ["#geo+lon", "location", "geo.lon"],
    ["#contact+phone", "organization", "phone"],
    ["#contact+phone+mobile", "resident", "phone"],
    ["#contact+email", "organization", "email"],
    ["#contact", "organization", "contactName"],
    ["#loc", "location", "name"],
    ["#item", "supply-item", "name"],
    ["#item+name+en", "supply-item", "nameEn"],
    ["#item+name+zh", "supply-item", "name"],
    ["#beneficiary", "resident", "name"],
    ["#date+birth", "resident", "birthDate"],
    ["#need+type", "need", "category"],
    ["#status", "need", "status"],
  ])("%s → %s.%s", (tag, entity, field) => {
    const m = suggestMapping([""], entity as never, { hashtags: [tag] });
    expect(m.columns[0]!.field).toBe(field);
  });

  it("does not read a code as a name: #adm1+code is no province", () => {
    expect(
      suggestMapping([""], "resident", { hashtags: ["#adm1+code"] }).columns[0]!.field,
    ).toBeUndefined();
  });
});

describe("hashtag-keyed JSON and HXL exports of extra columns", () => {
  it("reads objects keyed by hashtags", async () => {
    const json = JSON.stringify([
      {
        "#org+name": "鄂州市中心医院",
        "#adm1+name": "湖北",
        "#sector+es": "Salud",
        "#geo+lat": "30.4",
      },
    ]);
    const { records, summary } = await importFile(enc(json), {
      entity: "organization",
      fileName: "a.json",
    });
    expect(summary.mapping.columns.map((c) => c.field ?? null)).toEqual([
      "name",
      "address.province",
      null,
      "address.geo.lat",
    ]);
    expect(records[0]!.extra).toEqual([
      { header: "#sector+es", value: "Salud", hxl: "#sector+es" },
    ]);
  });

  it("writes the hashtags of the extra columns it carries", async () => {
    const csv =
      "机构名称,领域,资金\n#org+name,#sector+es,#value+funding\n鄂州市中心医院,Salud,100\n";
    const { records } = await importFile(enc(csv), { entity: "organization", fileName: "a.csv" });
    expect(records[0]!.extra).toEqual([
      { header: "领域", value: "Salud", hxl: "#sector+es" },
      { header: "资金", value: "100", hxl: "#value+funding" },
    ]);
    const bytes = await exportRecords(records, {
      entity: "organization",
      format: "hxl",
      lang: "zh-CN",
    }).bytes();
    const out = new TextDecoder().decode(bytes);
    const [head, hashtags] = out.replace(/^\ufeff/, "").split(/\r?\n/);
    const at = head!.split(",").indexOf("领域");
    expect(at).toBeGreaterThan(0);
    expect(hashtags!.split(",")[at]).toBe("#sector+es");
    expect(hashtags!.split(",")[at + 1]).toBe("#value+funding");
    // And back: the same columns, the same hashtags.
    const again = await importFile(enc(out), { entity: "organization", fileName: "b.csv" });
    expect(again.records[0]!.extra).toEqual(records[0]!.extra);
  });
});
