import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CommandLineError, type Context } from "./command.js";
import { vocabOption } from "./data-files.js";
import { importOptions } from "./import-options.js";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

const dir = mkdtempSync(join(tmpdir(), "linli-import-options-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const en = () => memoryIo({ env: { LANG: "en_US.UTF-8" } });
const zh = () => memoryIo({ env: { LANG: "zh_CN.UTF-8" } });

const hospitals = file(
  "list.csv",
  "名称,地址,联系人,联系电话\n鄂州市中心医院,湖北省鄂州市文星路9号,江老师,13971986663\n鄂州市中医医院,湖北省鄂州市南浦路,李老师,13971986664\n",
);
const needs = file(
  "needs.csv",
  "求助人,联系电话,物资名称,数量\n王伟,13800138000,胰岛素,2\n李娜,13900139000,口罩,10\n",
);
const places = file("places.csv", "地点名称,纬度,经度\n丈八社区物资发放点,34.2,108.9\n");

describe("entity detection in the CLI", () => {
  it("reads a hospital list as organisations and says so, with the confidence", async () => {
    const t = en();
    expect(await main(["validate", hospitals], t.io)).toBe(0);
    expect(t.out()).toMatch(
      /list\.csv: read as Organization \(organization\), guessed from the columns 名称, 地址, 联系人, 联系电话 \(confidence \d+%/,
    );
    const j = en();
    await main(["validate", hospitals, "--json"], j.io);
    const doc = JSON.parse(j.out());
    expect(doc.entity).toBe("organization");
    expect(doc.files[0].entity).toBe("organization");
    expect(doc.files[0].guess.confidence).toBeGreaterThan(0.5);
    expect(doc.files[0].accepted).toBe(2);
    // --entity wins and nothing is guessed.
    const r = en();
    await main(["validate", hospitals, "--entity", "location", "--json"], r.io);
    expect(JSON.parse(r.out()).files[0].guess).toBeUndefined();
  });

  it("refuses a file whose rows are of no kind, listing the candidates, in zh-CN and en", async () => {
    const f = file("phones.csv", "id,number,extension,type,language\n1,(0123) 4567,42,voice,en\n");
    const t = en();
    expect(await main(["validate", f], t.io)).toBe(2);
    expect(t.err()).toContain("phones.csv: it is not clear what the rows are");
    expect(t.err()).toContain("Say which with --entity, e.g. --entity");
    const z = zh();
    expect(await main(["validate", f], z.io)).toBe(2);
    expect(z.err()).toContain("phones.csv：看不出每行是什么数据");
  });

  it("merge guesses one entity for all files and refuses files of different kinds", async () => {
    const t = en();
    const out = join(dir, "merged");
    expect(await main(["merge", hospitals, needs, "-o", out], t.io)).toBe(2);
    expect(t.err()).toContain("The files hold different kinds of data:");
    expect(t.err()).toContain("list.csv organization");
    expect(t.err()).toContain("needs.csv need");
    const m = en();
    expect(await main(["merge", needs, "-o", out, "--set", "category=药品"], m.io)).toBe(0);
    expect(m.out()).toContain("needs.csv: read as Need (need)");
    const merged = JSON.parse(readFileSync(join(out, "merged.json"), "utf8"));
    expect(merged.records.map((r: { category?: string }) => r.category)).toEqual([
      "medicine",
      "medicine",
    ]);
  });
});

describe("--set and --crs", () => {
  it("--set gives a constant for the whole file; a cell of the file wins", async () => {
    const f = file("need2.csv", "求助人,物资名称,需求类别\n王伟,胰岛素,\n李娜,口罩,防护用品\n");
    const out = join(dir, "need2.json");
    const t = en();
    expect(
      await main(
        ["convert", f, "-o", out, "--set", "category=medicine", "--set", "priority=urgent"],
        t.io,
      ),
    ).toBe(0);
    const records = JSON.parse(readFileSync(out, "utf8"));
    expect(records.map((r: { category: string }) => r.category)).toEqual([
      "medicine",
      "protective-supplies",
    ]);
    expect(records.every((r: { priority: string }) => r.priority === "urgent")).toBe(true);
  });

  it("names an unknown field with a did-you-mean, and a value its field cannot take", async () => {
    const t = en();
    expect(
      await main(["validate", needs, "--entity", "need", "--set", "categroy=药品"], t.io),
    ).toBe(2);
    expect(t.err()).toContain("--set categroy=药品: “categroy” is not a field of need");
    expect(t.err()).toContain("Did you mean “category”?");
    const v = zh();
    expect(
      await main(["validate", needs, "--entity", "need", "--set", "priority=很急很急"], v.io),
    ).toBe(2);
    expect(v.err()).toContain("--set priority=很急很急：");
    const f = en();
    expect(await main(["validate", needs, "--set", "category"], f.io)).toBe(2);
    expect(f.err()).toContain("--set takes field=value");
    // Without --entity, the field is checked against the entity guessed.
    const g = en();
    expect(await main(["validate", needs, "--set", "colour=red"], g.io)).toBe(2);
    expect(g.err()).toContain("“colour” is not a field of need");
  });

  it("--crs states the coordinate system: no WGS-84 notice, and the records say which", async () => {
    const plain = en();
    await main(["validate", places, "--entity", "location"], plain.io);
    expect(plain.out()).toContain("read as WGS-84");
    const t = en();
    await main(["validate", places, "--entity", "location", "--crs", "gcj02"], t.io);
    expect(t.out()).not.toContain("read as WGS-84");
    const out = join(dir, "places.json");
    expect(await main(["convert", places, "-o", out, "--crs", "bd09"], en().io)).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))[0].geo).toEqual({
      lat: 34.2,
      lon: 108.9,
      crs: "BD-09",
    });
    const bad = en();
    expect(await main(["validate", places, "--crs", "gcj"], bad.io)).toBe(2);
    expect(bad.err()).toContain("gcj02");
  });
});

describe("importOptions", () => {
  const vocab = file("words.json", JSON.stringify({ priority: { urgent: ["十万火急"] } }));
  const ctx = (values: Context["values"]): Context => ({
    values,
    positionals: [],
    lang: "en",
    json: false,
    io: en().io,
    t: (text) => text.en,
  });
  const all = {
    sheet: "2",
    set: ["priority=十万火急"],
    crs: "gcj02",
    "phone-country": "us",
    path: " data.results ",
    vocab: [vocab],
  };

  it("reads every option of a file of an entity, as the importers take them", async () => {
    const words = await vocabOption(ctx({ vocab: [vocab] }));
    expect(words).toBeDefined();
    // The word of --vocab is a value --set may use: the vocabulary is read first.
    expect(await importOptions(ctx(all), "need")).toStrictEqual({
      sheet: 2,
      defaults: { priority: "十万火急" },
      crs: "GCJ-02",
      phoneCountry: "US",
      path: "data.results",
      vocabulary: words,
    });
    expect(await importOptions(ctx({ sheet: "居民" }), "resident")).toStrictEqual({
      sheet: "居民",
    });
  });

  it("gives only what was given: no key at all for the rest", async () => {
    expect(await importOptions(ctx({}), "resident")).toStrictEqual({});
    expect(await importOptions(ctx({ path: "  " }), "resident")).toStrictEqual({});
    expect(await importOptions(ctx({}))).toStrictEqual({});
  });

  it("for an HSDS package (no entity): only --vocab, --crs and --phone-country", async () => {
    const words = await vocabOption(ctx({ vocab: [vocab] }));
    const o = await importOptions(ctx({ ...all, set: ["colour=red"], sheet: "" }));
    expect(o).toStrictEqual({ crs: "GCJ-02", phoneCountry: "US", vocabulary: words });
  });

  it("refuses what the command line cannot mean, as each option does alone", async () => {
    await expect(importOptions(ctx({ "phone-country": "Narnia" }))).rejects.toThrow(
      "--phone-country Narnia",
    );
    // --set values are read in the plan of --phone-country: not a number in the UK's.
    const phone = { set: ["phone=(202) 555-0142"] };
    await expect(
      importOptions(ctx({ ...phone, "phone-country": "gb" }), "organization"),
    ).rejects.toThrow("phone=(202) 555-0142");
    expect(await importOptions(ctx({ ...phone, "phone-country": "us" }), "organization")).toEqual({
      defaults: { phone: "(202) 555-0142" },
      phoneCountry: "US",
    });
    await expect(importOptions(ctx({ set: ["colour=red"] }), "need")).rejects.toThrow(
      "not a field of need",
    );
    // Without the vocabulary the word is no priority.
    await expect(importOptions(ctx({ set: ["priority=十万火急"] }), "need")).rejects.toBeInstanceOf(
      CommandLineError,
    );
    await expect(importOptions(ctx({ sheet: " " }), "need")).rejects.toBeInstanceOf(
      CommandLineError,
    );
  });
});
