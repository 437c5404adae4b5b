import { writeXlsx } from "@linli/adapters";
import { synthesizeResidents } from "@linli/dedupe/benchmark";
import { merge } from "linli";
import { describe, expect, it } from "vitest";

// One person in registers of different shapes links as the same rows typed into one shape
// would: what the files' conventions do to a value (an address in parts or in one line, an
// old 15-digit ID, an ID the import could not read) must not keep the rows apart. The rows
// sit among a district's generated registers, so that the model is estimated as at scale.
const base = synthesizeResidents({ records: 3000, seed: 5, scenario: "district" }).records;

const csv = (name: string, rows: string[][]) =>
  new File([rows.map((r) => r.join(",")).join("\n")], name);

const HEADER = ["姓名", "性别", "出生日期", "身份证号", "联系电话", "住址"];

describe("one person in registers of different shapes", async () => {
  const lines = csv("丈八社区.csv", [
    HEADER,
    // An old 15-digit ID with a typo (…169 20 for …916 290X): upgraded, it looks valid.
    ["熊娟梅", "女", "1981-09-16", "610102810916920", "15339823367", "长安新村16号楼4单元2503"],
    // A compound's section written in one line, no ID, no phone.
    ["谭纯琳", "女", "1987-10-21", "", "", "科技南区30号楼4单元2904"],
    // An ID with an impossible birth date (a typo): withheld from the record. Registered
    // after moving house, a digit of the birth date mistyped: without the ID, the two rows
    // share too little to link.
    ["马瑾爽", "女", "2020-08-17", "610114202001811462", "", "朱雀里3号楼1单元101"],
  ]);
  const parts = new File(
    [
      // Copied into a plain ArrayBuffer, as File takes.
      new Uint8Array(
        writeXlsx([
          {
            name: "登记",
            rows: [
              ["小寨社区居民登记台账"],
              [
                "姓名",
                "性别",
                "出生年月",
                "证件号码",
                "手机号码",
                "小区",
                "楼栋",
                "单元",
                "门牌号",
              ],
              [
                "熊娟梅",
                "女",
                "1981-09-16",
                "61010219810916290X",
                "15339823367",
                "长安新村",
                "16号楼",
                "4单元",
                "2503",
              ],
              [
                "谭纯琳",
                "女",
                "1987-10-21",
                "61011519871021002X",
                "",
                "科技南区",
                "30号楼",
                "4单元",
                "2904",
              ],
              [
                "马瑾爽",
                "女",
                "2020-08-11",
                "610114202008111462",
                "15290424371",
                "唐延新村",
                "26号楼",
                "6单元",
                "603",
              ],
            ],
          },
        ]),
      ),
    ],
    "小寨社区.xlsx",
  );
  const r = await merge([lines, parts, { name: "district", data: base }]);
  // Records and clusters go in pairs: the clusters holding a row of the two files, by name.
  const cluster = (name: string) =>
    r.clusters.filter(
      (c, i) => r.records[i]!.name === name && c.rows.some((m) => m.source !== "district"),
    );
  const record = (name: string) =>
    r.records.filter(
      (x, i) => x.name === name && r.clusters[i]!.rows.some((m) => m.source !== "district"),
    );

  it("links an old 15-digit ID with a typo to the full ID, and keeps the full one", () => {
    const c = cluster("熊娟梅")!;
    expect(c).toHaveLength(1);
    expect(c[0]!.rows.map((m) => m.source)).toEqual(["丈八社区", "小寨社区"]);
    const [x] = record("熊娟梅");
    // Both IDs are kept, the one written in full first, and neither marked upgraded but the
    // one the import computed.
    expect(x!.identifiers).toContainEqual({ scheme: "cn-citizen-id", value: "61010219810916290X" });
    expect(x!.identifiers).toContainEqual({
      scheme: "cn-citizen-id",
      value: "610102198109169204",
      upgraded: true,
    });
  });

  it("reads a compound's section in one line as the 小区 column gives it, and links", () => {
    const c = cluster("谭纯琳")!;
    expect(c).toHaveLength(1);
    expect(c[0]!.rows).toHaveLength(2);
    const [x] = record("谭纯琳");
    expect(x!.address).toMatchObject({ compound: "科技南区", building: "30", room: "2904" });
    expect(x!.address).not.toHaveProperty("district");
  });

  it("compares an ID the import withheld, one typo from the other row's", () => {
    const c = cluster("马瑾爽")!;
    expect(c).toHaveLength(1);
    expect(c[0]!.rows).toHaveLength(2);
    const [x] = record("马瑾爽");
    expect(x!.identifiers).toEqual([{ scheme: "cn-citizen-id", value: "610114202008111462" }]);
  });
});
