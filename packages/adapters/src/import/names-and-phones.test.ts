import { describe, expect, it } from "vitest";
import { importFile } from "./import-file.js";

const csv = (text: string) => new TextEncoder().encode(text);

describe("names in parts", () => {
  it("composes 姓 + 名 without a space, and keeps the parts", async () => {
    const r = await importFile(csv("姓,名,性别\n王,伟,男\n欧阳,娜娜,女\n"), { entity: "resident" });
    expect(r.mapping.columns.map((c) => c.field)).toEqual([
      "nameParts.family",
      "nameParts.given",
      "gender",
    ]);
    expect(r.mapping.notes).toEqual([]);
    expect(r.records.map((x) => [x.name, x.nameParts])).toEqual([
      ["王伟", { family: "王", given: "伟" }],
      ["欧阳娜娜", { family: "欧阳", given: "娜娜" }],
    ]);
  });

  it("composes First, Middle and Last Name given name first; a full name column wins", async () => {
    const r = await importFile(
      csv("Sex,First Name,Middle Name,Last Name\nM,Jigme,Thinlye,Namgyal\nF,Druk,,Namgyel\n"),
      { entity: "volunteer" },
    );
    expect(r.rejected).toEqual([]);
    expect(r.records.map((x) => x.name)).toEqual(["Jigme Thinlye Namgyal", "Druk Namgyel"]);
    expect(r.records[0]!.nameParts).toEqual({
      given: "Jigme",
      middle: "Thinlye",
      family: "Namgyal",
    });
    const full = await importFile(csv("姓名,姓,名\n王小明,王,伟\n"), { entity: "resident" });
    expect(full.records[0]).toMatchObject({
      name: "王小明",
      nameParts: { family: "王", given: "伟" },
    });
  });
});

describe("contact cells", () => {
  it("become phones with kind, contact name and note; the row is kept", async () => {
    const r = await importFile(
      csv(
        [
          "姓名,联系电话",
          "甲,江老师 13971986663",
          "乙,唐莉:189 8607 2142",
          "丙,18908691003（值班）",
          "丁,0711-3251382、029-88886666",
          "戊,95338",
          "己,400-820-8820",
          "庚,12345",
          "辛,+852 9123 4567",
          "壬,13800138000 13900139000",
        ].join("\n"),
      ),
      { entity: "resident" },
    );
    expect(r.rejected).toEqual([]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.phones)).toEqual([
      [{ number: "13971986663", kind: "mobile", name: "江老师" }],
      [{ number: "18986072142", kind: "mobile", name: "唐莉" }],
      [{ number: "18908691003", kind: "mobile", note: "值班" }],
      [
        { number: "07113251382", kind: "landline" },
        { number: "02988886666", kind: "landline" },
      ],
      [{ number: "95338", kind: "service" }],
      [{ number: "4008208820", kind: "service" }],
      [{ number: "12345", kind: "service" }],
      [{ number: "+85291234567", kind: "mobile" }],
      [
        { number: "13800138000", kind: "mobile" },
        { number: "13900139000", kind: "mobile" },
      ],
    ]);
  });

  it("puts a second phone column after every phone of the first", async () => {
    const r = await importFile(
      csv("姓名,联系电话,备用电话\n甲,江老师 13971986663；13800138000,029-88886666\n"),
      {
        entity: "resident",
      },
    );
    expect(r.records[0]!.phones?.map((p) => p.number)).toEqual([
      "13971986663",
      "13800138000",
      "02988886666",
    ]);
  });

  it("withholds a cell with no number, and reports digits it could not read", async () => {
    const r = await importFile(csv("姓名,联系电话\n甲,江老师\n乙,13800138000，1380013800\n"), {
      entity: "resident",
    });
    expect(r.records).toHaveLength(2);
    expect(r.records[0]!.meta.withheld).toEqual([
      { column: "联系电话", field: "phone", value: "江老师", code: "phone.invalid" },
    ]);
    expect(r.records[1]!.phones).toEqual([{ number: "13800138000", kind: "mobile" }]);
    expect(r.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, "phone.invalid", "withheld"],
      [3, "phone.unread", "warning"],
    ]);
  });
});
