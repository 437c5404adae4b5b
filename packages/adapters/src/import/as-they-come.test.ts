import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { parseJsonTable } from "../json/parse.js";
import { headerScorer } from "../mapping/suggest.js";
import { twoRowHeader } from "../table/two-row.js";
import { writeXlsx } from "../xlsx/write.js";
import { importFile } from "./import-file.js";

const enc = (s: string) => new TextEncoder().encode(s);

// An HSDS 3.0 organisation as its API gives it: one record with lists inside.
const HSDS_ORG = {
  id: "1899600a-649c-11e6-8b77-86f30ca893d3",
  name: "Sanctuary Example City",
  description: "Sanctuary assists homeless individuals.",
  email: "sanctuary@example.com",
  website: "http://example.com",
  languages: [
    { id: "l1", name: "English", code: "en" },
    { id: "l2", name: "Spanish", code: "es" },
  ],
  funding: [{ id: "f1", source: "State grant" }],
  services: [
    {
      id: "s1",
      name: "Never Homeless Helpline",
      description: "Referrals",
      email: "a@example.com",
      languages: [{ name: "English" }],
    },
    {
      id: "s2",
      name: "Young Minds",
      description: "Education",
      email: "b@example.com",
      languages: [],
    },
  ],
};

describe("JSON as it comes: lists inside records are never the records", () => {
  it("reads an HSDS organisation as one organisation, its lists as columns, and says so", async () => {
    const { records, summary } = await importFile(enc(JSON.stringify(HSDS_ORG)), {
      entity: "organization",
      fileName: "org.json",
    });
    expect(records.map((r) => r.name)).toEqual(["Sanctuary Example City"]);
    const extra = records[0]!.extra!.map((e) => e.header);
    expect(extra).toEqual(expect.arrayContaining(["languages", "funding", "services"]));
    const note = summary.mapping.notes.find((n) => n.code === "json.records");
    expect(note?.message.en).toContain(
      "the records are the list “(top)” (other lists in the file: languages, funding, services",
    );
  });

  it("finds the records by the entity's fields among several lists, or takes --path", async () => {
    const doc = {
      meta: { count: 2 },
      languages: [{ code: "en" }, { code: "es" }],
      data: {
        results: [
          { 姓名: "王伟", 性别: "男", 联系电话: "13800138000" },
          { 姓名: "李娜", 性别: "女", 联系电话: "13900139000" },
        ],
      },
    };
    const r = await importFile(enc(JSON.stringify(doc)), {
      entity: "resident",
      fileName: "a.json",
    });
    expect(r.records.map((x) => x.name)).toEqual(["王伟", "李娜"]);
    const services = await importFile(enc(JSON.stringify(HSDS_ORG)), {
      entity: "organization",
      fileName: "org.json",
      path: "services",
    });
    expect(services.records.map((x) => x.name)).toEqual(["Never Homeless Helpline", "Young Minds"]);
    await expect(
      importFile(enc(JSON.stringify(HSDS_ORG)), {
        entity: "organization",
        fileName: "o.json",
        path: "contacts",
      }),
    ).rejects.toThrow(
      /nothing at “contacts”.*lists in the file are at \(top\), languages, funding, services/,
    );
  });

  it("keeps the old reading of plain arrays and of a wrapper with one list", () => {
    const t = parseJsonTable('{"status":"OK","results":[{"a":1}]}', "a.json");
    expect(t.rows[0]!.cells).toEqual(["a"]);
    expect(t.path).toBe("results");
    expect(parseJsonTable('[{"a":1}]', "a.json").path).toBeUndefined();
    expect(() => parseJsonTable('{"a":1}', "a.json")).toThrow(ImportError);
    const picked = parseJsonTable(JSON.stringify(HSDS_ORG), "o.json", {
      score: headerScorer("organization"),
    });
    expect(picked.path).toBe("");
  });
});

describe("workbooks as they come", () => {
  it("reads a two-row header: group labels (merged) over column names", async () => {
    const xlsx = writeXlsx([
      {
        name: "登记",
        rows: [
          ["姓名", "联系方式", "联系方式", "住址"],
          ["姓名", "手机", "备用电话", "住址"],
          ["王伟", "13800138000", "13900139000", "绿地世纪城3号楼"],
        ],
        merges: ["A1:A2", "B1:C1", "D1:D2"],
      },
    ]);
    const { records, summary } = await importFile(xlsx, {
      entity: "resident",
      fileName: "登记.xlsx",
    });
    expect(summary.mapping.columns.map((c) => [c.header, c.field])).toEqual([
      ["姓名", "name"],
      ["手机（联系方式）", "phone"],
      ["备用电话（联系方式）", "phone2"],
      ["住址", "address.line"],
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]!.phones?.map((p) => p.number)).toEqual(["13800138000", "13900139000"]);
  });

  it("reads a grouped header row above the real header, and a header row followed by text data", async () => {
    const xlsx = writeXlsx([
      {
        name: "s",
        rows: [
          ["基本信息", "", "", "联系方式"],
          ["姓名", "性别", "身份证号", "联系电话"],
          ["王伟", "男", "11010519491231002X", "13800138000"],
        ],
        merges: ["A1:C1"],
      },
    ]);
    const r = await importFile(xlsx, { entity: "resident", fileName: "a.xlsx" });
    expect(r.summary.accepted).toBe(1);
    expect(r.summary.withheldCells).toBe(0);
    expect(r.summary.mapping.columns.map((c) => c.field)).toEqual([
      "name",
      "gender",
      "citizenId",
      "phone",
    ]);
    expect(twoRowHeader(["姓名", "备注", ""], ["王伟", "独居", "老人"])).toBeUndefined();
    expect(twoRowHeader(["姓名", "电话"], ["王伟", "13800138000"])).toBeUndefined();
  });

  it("goes on to the first sheet with data after an empty first sheet, with a notice", async () => {
    const xlsx = writeXlsx([
      { name: "Sheet1", rows: [] },
      {
        name: "居民",
        rows: [
          ["姓名", "电话"],
          ["王伟", "13800138000"],
        ],
      },
    ]);
    const { records, summary } = await importFile(xlsx, { entity: "resident", fileName: "a.xlsx" });
    expect(records.map((r) => r.name)).toEqual(["王伟"]);
    expect(summary.sheet).toBe("居民");
    const note = summary.mapping.notes.find((n) => n.code === "sheet.emptySkipped");
    expect(note?.message["zh-CN"]).toBe(
      "a.xlsx：工作表“Sheet1”是空的，已改读第一个有数据的工作表“居民”。可用 --sheet 指定工作表",
    );
  });

  it("passes over a cover page or instructions before the register, with a notice", async () => {
    // Before, the cover's title was read as the only column: every row rejected, or no column
    // of the kind, and the people on the next sheet never read.
    const register = {
      name: "居民",
      rows: [
        ["姓名", "手机号"],
        ["王伟", "13800138000"],
        ["李娜", "13912345678"],
      ],
    };
    const cover = { name: "封面", rows: [["2020年居民登记册"], [], ["填报单位：丈八社区"]] };
    const help = { name: "说明", rows: [["填表说明"], ["1. 姓名必填"], ["2. 手机号填11位"]] };
    const xlsx = writeXlsx([cover, { name: "空", rows: [] }, help, register]);
    const { records, rejected, summary } = await importFile(xlsx, {
      entity: "resident",
      fileName: "a.xlsx",
    });
    expect(records.map((r) => r.name)).toEqual(["王伟", "李娜"]);
    expect(rejected).toEqual([]);
    expect(summary.sheet).toBe("居民");
    const note = summary.mapping.notes.find((n) => n.code === "sheet.coverSkipped");
    expect(note?.message.en).toBe(
      "a.xlsx: sheet “封面”“说明” has no column giving a Name, Citizen ID, Passport number, HK/Macao permit number, Taiwan permit number or Foreign permanent resident ID (a cover page or instructions?); read sheet “居民”, the first that has one. Name a sheet with --sheet",
    );
    expect(note?.message["zh-CN"]).toContain("a.xlsx：工作表“封面”“说明”没有给出姓名、身份证号");
    expect(summary.mapping.notes.find((n) => n.code === "sheet.emptySkipped")).toBeDefined();
    // No sheet identifies a record: the first with content is read, as before, and said so.
    const only = await importFile(writeXlsx([cover, help]), {
      entity: "resident",
      fileName: "b.xlsx",
    });
    expect(only.summary.sheet).toBe("封面");
    expect(only.summary.mapping.notes.map((n) => n.code)).toContain("mapping.identity");
    expect(only.summary.mapping.notes.map((n) => n.code)).not.toContain("sheet.coverSkipped");
    // A named sheet is read as named.
    const named = await importFile(xlsx, { entity: "resident", fileName: "a.xlsx", sheet: "说明" });
    expect(named.summary.sheet).toBe("说明");
  });

  it("says when later sheets hold records too and were not read (一号楼, 二号楼)", async () => {
    // Before, the second building's people were left out without a word.
    const sheet = (name: string, who: string) => ({
      name,
      rows: [
        ["姓名", "手机号"],
        [who, "13800138000"],
      ],
    });
    const xlsx = writeXlsx([
      sheet("一号楼", "王伟"),
      { name: "字典", rows: [["性别"], ["男"], ["女"]] },
      sheet("二号楼", "李娜"),
      sheet("三号楼", "张三"),
    ]);
    const { records, summary } = await importFile(xlsx, { entity: "resident", fileName: "a.xlsx" });
    expect(records.map((r) => r.name)).toEqual(["王伟"]);
    const note = summary.mapping.notes.find((n) => n.code === "sheet.othersUnread");
    expect(note?.message.en).toBe(
      "a.xlsx: read sheet “一号楼” only; sheet “二号楼”“三号楼” has records too and was not read. Read every sheet with --sheet all, or name one with --sheet",
    );
    expect(note?.message["zh-CN"]).toBe(
      "a.xlsx：只读取了工作表“一号楼”；工作表“二号楼”“三号楼”也有记录，未读取。可用 --sheet all 读取所有工作表，或用 --sheet 指定工作表",
    );
    // Named or all, nothing is left unread: no note.
    const all = await importFile(xlsx, { entity: "resident", fileName: "a.xlsx", sheet: "all" });
    expect(all.records).toHaveLength(3);
    expect(all.summary.mapping.notes.map((n) => n.code)).not.toContain("sheet.othersUnread");
    // A lookup sheet (no column that identifies a record) is no register: no note.
    const one = await importFile(
      writeXlsx([sheet("居民", "王伟"), { name: "字典", rows: [["性别"], ["男"]] }]),
      {
        entity: "resident",
        fileName: "b.xlsx",
      },
    );
    expect(one.summary.mapping.notes.map((n) => n.code)).not.toContain("sheet.othersUnread");
  });

  it("says when a hidden sheet holds records, and reads it when named", async () => {
    // Before, a register kept on a hidden sheet was passed over without a word.
    const register = (who: string) => [
      ["姓名", "手机号"],
      [who, "13800138000"],
    ];
    const xlsx = writeXlsx([
      { name: "居民", rows: register("王伟") },
      { name: "旧名单", rows: register("李娜"), hidden: true },
      { name: "选项", rows: [["性别"], ["男"], ["女"]], hidden: true },
    ]);
    const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);
    for (const sheet of [undefined, "all"] as const) {
      const { records, summary } = await importFile(xlsx, {
        entity: "resident",
        fileName: "a.xlsx",
        ...(sheet ? { sheet } : {}),
      });
      expect(records.map((r) => r.name)).toEqual(["王伟"]);
      const note = summary.mapping.notes.find((n) => n.code === "sheet.hiddenUnread");
      expect(note?.message.en).toBe(
        "a.xlsx: sheet “旧名单” is hidden in the workbook and holds records too; it was not read. Name it with --sheet to read it",
      );
      expect(note?.message["zh-CN"]).toBe(
        "a.xlsx：工作表“旧名单”（共 1 个）在工作簿中被隐藏，其中也有记录，未读取。如需读取，请用 --sheet 指定工作表",
      );
    }
    const named = await importFile(xlsx, {
      entity: "resident",
      fileName: "a.xlsx",
      sheet: "旧名单",
    });
    expect(named.records.map((r) => r.name)).toEqual(["李娜"]);
    expect(codes(named.summary.mapping.notes)).not.toContain("sheet.hiddenUnread");
    // A hidden sheet of dropdown choices is no register: no note.
    const choices = await importFile(
      writeXlsx([
        { name: "居民", rows: register("王伟") },
        { name: "选项", rows: [["性别"], ["男"]], hidden: true },
      ]),
      { entity: "resident", fileName: "b.xlsx" },
    );
    expect(codes(choices.summary.mapping.notes)).not.toContain("sheet.hiddenUnread");
  });

  it("--sheet all: each sheet's mapping, and the sheet named in every issue", async () => {
    const xlsx = writeXlsx([
      {
        name: "东区",
        rows: [
          ["姓名", "身份证号"],
          ["王伟", "110105194912310021"],
        ],
      },
      {
        name: "西区",
        rows: [
          ["名字", "手机"],
          ["", "13800138000"],
        ],
      },
    ]);
    const { summary, issues } = await importFile(xlsx, {
      entity: "resident",
      fileName: "a.xlsx",
      sheet: "all",
    });
    expect(summary.sheets?.map((s) => [s.sheet, s.mapping.columns.map((c) => c.field)])).toEqual([
      ["东区", ["name", "citizenId"]],
      ["西区", ["name", "phone"]],
    ]);
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(i.sheet).toBeDefined();
      expect(i.message.en).toContain(`a.xlsx, sheet “${i.sheet}”, row`);
    }
  });
});
