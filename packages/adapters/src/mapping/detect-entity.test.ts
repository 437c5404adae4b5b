import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityName } from "@linli/core";
import { describe, expect, it } from "vitest";
import { writeXlsx } from "../xlsx/write.js";
import { detectEntity, guessEntity } from "./detect-entity.js";
import { nameLook } from "./name-look.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("guessEntity", () => {
  it.each<[string[], EntityName]>([
    [["姓名", "性别", "身份证号", "联系电话", "与户主关系", "楼栋", "房号"], "resident"],
    [["户主姓名", "家庭人数", "楼栋", "单元", "房号"], "household"],
    [["机构名称", "统一社会信用代码", "联系人", "联系电话"], "organization"],
    [["求助人", "联系电话", "需求类别", "需求描述", "紧急程度"], "need"],
    [["物资名称", "规格型号", "单位", "物资类别"], "supply-item"],
    [["日期", "物资名称", "数量", "单位", "捐赠方", "经手人"], "stock-movement"],
    [["姓名", "性别", "所属组织", "技能特长", "可服务时间"], "volunteer"],
    [["值守地点", "开始时间", "结束时间", "岗位", "值班人员"], "shift"],
    [["姓名", "测温时间", "体温", "症状"], "health-check"],
    [["地点名称", "地点类型", "详细地址", "纬度", "经度"], "location"],
  ])("%j → %s", (headers, entity) => {
    const g = guessEntity(headers);
    expect(g.entity).toBe(entity);
    expect(g.confidence).toBeGreaterThan(0.5);
    expect(g.candidates[0]!.entity).toBe(entity);
  });

  it("reads a list of people by name in parts as residents, and says volunteers fit as well", () => {
    const g = guessEntity(["First Name", "Last Name", "Sex", "DOB"]);
    expect(g.entity).toBe("resident");
    expect(g.candidates.map((c) => [c.entity, c.identity])).toEqual([
      ["resident", true],
      ["volunteer", true],
    ]);
    expect(g.confidence).toBeCloseTo(0.5, 1);
  });

  it("reads a list of hospitals as organisations, by what their names look like", () => {
    const headers = ["名称", "地址", "联系电话"];
    const rows = [
      ["鄂州市中心医院", "文星路9号", "0711-3251382"],
      ["鄂州市中医医院", "南浦路", "0711-3222222"],
      ["华容区人民医院", "华容镇", "0711-3333333"],
    ];
    expect(guessEntity(headers, { rows }).entity).toBe("organization");
    const people = [["王伟", "文星路9号", "13800138000"]];
    expect(guessEntity(["姓名", "地址", "联系电话"], { rows: people }).entity).toBe("resident");
  });

  it("takes the file name's words as evidence: the last one named", () => {
    expect(guessEntity(["Type", "Comments"]).entity).toBeUndefined();
    const g = guessEntity(["Type", "Comments"], { fileName: "dvr_need.csv" });
    expect([g.entity, g.fileHint]).toEqual(["need", "need"]);
    expect(guessEntity(["名称", "备注"], { fileName: "居民物资需求.xlsx" }).fileHint).toBe("need");
    expect(guessEntity(["名称"], { fileName: "warehouse_stock.csv" }).fileHint).toBe(
      "stock-movement",
    );
  });

  it("guesses nothing when no entity's identifying columns are there, listing the closest", () => {
    const g = guessEntity(["id", "number", "extension", "language"]);
    expect(g.entity).toBeUndefined();
    expect(g.confidence).toBe(0);
    expect(guessEntity(["foo", "bar"]).candidates).toEqual([]);
  });

  it("tells names of organisations, places and people apart", () => {
    expect(nameLook("武汉大学教育发展基金会")).toBe("organization");
    expect(nameLook("Department of Disaster Management")).toBe("organization");
    expect(nameLook("NROC WAREHOUSE A")).toBe("place");
    expect(nameLook("Batapora Shelter")).toBe("place");
    expect(nameLook("欧阳娜娜")).toBe("person");
    expect(nameLook("Jane Smith")).toBe("person");
    expect(nameLook("N95 口罩 3M 1860")).toBeUndefined();
  });
});

describe("detectEntity", () => {
  it("finds the header under a title row and samples the names", async () => {
    const csv =
      "鄂州市定点医院名单\n名称,地址,联系人,联系电话\n鄂州市中心医院,文星路9号,江老师,13971986663\n";
    const g = await detectEntity(enc(csv), { fileName: "名单.csv" });
    expect(g.entity).toBe("organization");
    expect(g.info.headerRow).toBe(2);
  });

  it("passes over a cover page before the register, as an import does", async () => {
    // Before, the cover's title was the only column: no kind of data, the register unread.
    const xlsx = writeXlsx([
      { name: "封面", rows: [["2020年居民登记册"], [], ["填报单位：丈八社区"]] },
      {
        name: "居民",
        rows: [
          ["姓名", "身份证号", "手机号"],
          ["王伟", "110105194912310021", "13800138000"],
        ],
      },
    ]);
    const g = await detectEntity(xlsx, { fileName: "a.xlsx" });
    expect(g.entity).toBe("resident");
    expect(g.info.sheet).toBe("居民");
    // Nothing clear anywhere: the first sheet with content says what it has.
    const none = await detectEntity(
      writeXlsx([
        { name: "空", rows: [] },
        { name: "封面", rows: [["登记册"]] },
        { name: "说明", rows: [["填表说明"]] },
      ]),
      { fileName: "b.xlsx" },
    );
    expect(none.entity).toBeUndefined();
    expect(none.info.sheet).toBe("封面");
  });
});

// The real files of fixtures/realworld/, each with the entity its rows are.
const REAL: Record<string, EntityName | undefined> = {
  "openreferral/simple_locations.csv": "location",
  "openreferral/simple_organizations.csv": "organization",
  // Phones and services of organisations: HSDS tables of no entity of their own, read
  // with their package (importHsdsPackage), never guessed as organisations.
  "openreferral/simple_phones.csv": undefined,
  "openreferral/simple_services.csv": undefined,
  "sahana-eden/BRCMS_Evac_br_need.csv": "need",
  "sahana-eden/BRCMS_Standard_Demo_person.csv": "resident",
  "sahana-eden/CCC_Demo_organisation.csv": "organization",
  "sahana-eden/CCC_Demo_person.csv": "resident",
  "sahana-eden/CCC_supply_item.csv": "supply-item",
  "sahana-eden/Disease_COVID-19_supply_item.csv": "supply-item",
  "sahana-eden/Logistics_Demo_warehouse.csv": "location",
  "sahana-eden/Logistics_Demo_warehouse_stock.csv": "stock-movement",
  "sahana-eden/SAFIRE_BT_Demo_hrm_staff.csv": "volunteer",
  "sahana-eden/SAFIRE_BT_Demo_inv_item.csv": "stock-movement",
  "sahana-eden/historic_DRKCM_Demo_person.csv": "resident",
  "sahana-eden/historic_DRKCM_dvr_need.csv": "need",
  "sahana-eden/historic_HowCalm_Demo_org_organisation.csv": "organization",
  "sahana-eden/historic_Kashmir_Demo_cr_shelter.csv": "location",
  "sahana-eden/historic_Kashmir_Demo_facility.csv": "location",
  "wuhan2020/fe_donation_data.json": "organization",
  "wuhan2020/fe_hospital_hubei_ezhoushi.json": "organization",
};

describe("the real files of fixtures/realworld", () => {
  const root = fileURLToPath(new URL("../../../../fixtures/realworld/", import.meta.url));
  it("lists every file", () => {
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.endsWith(".md"))
      .map((d) => `${d.parentPath.slice(root.length)}/${d.name}`.replace(/^\//, ""));
    expect(files.sort()).toEqual(Object.keys(REAL).sort());
  });

  it.each(Object.entries(REAL))("%s is guessed as %s", async (file, entity) => {
    const g = await detectEntity(readFileSync(`${root}${file}`), { fileName: file });
    expect(g.entity).toBe(entity);
  });

  it("names the HSDS table of a child table, by its columns whatever the file is called", async () => {
    for (const [file, table] of [
      ["openreferral/simple_services.csv", "services"],
      ["openreferral/simple_phones.csv", "phones"],
    ] as const) {
      const bytes = readFileSync(`${root}${file}`);
      expect((await detectEntity(bytes, { fileName: file })).hsdsTable).toBe(table);
      expect((await detectEntity(bytes, { fileName: "export.csv" })).hsdsTable).toBe(table);
    }
    // A list of organisations with an id column is no HSDS child table.
    expect(guessEntity(["id", "name", "email"], { fileName: "services.csv" }).hsdsTable).toBe(
      undefined,
    );
  });
});

describe("lists of people: residents or volunteers, on the evidence of their columns", () => {
  const root = fileURLToPath(new URL("../../../../fixtures/realworld/", import.meta.url));
  const guessOf = async (file: string) =>
    detectEntity(readFileSync(`${root}${file}`), { fileName: file });

  it("reads the real registers with families as residents, the staff list as volunteers", async () => {
    for (const f of ["BRCMS_Standard_Demo_person.csv", "historic_DRKCM_Demo_person.csv"]) {
      const g = await guessOf(`sahana-eden/${f}`);
      expect(g.entity).toBe("resident");
      expect(g.confidence).toBeGreaterThanOrEqual(0.7);
    }
    const staff = await guessOf("sahana-eden/SAFIRE_BT_Demo_hrm_staff.csv");
    expect(staff.entity).toBe("volunteer");
    expect(staff.confidence).toBeGreaterThanOrEqual(0.75);
  });

  // Generated lists: the columns every list of people has, with one column that says which.
  const bases = [
    ["姓名", "性别", "联系电话"],
    ["Name", "Sex", "Phone"],
    ["First Name", "Last Name", "Mobile"],
    ["姓", "名", "手机号"],
  ];
  const residentWords = [
    "与户主关系",
    "户号",
    "家庭住址",
    "Relationship",
    "Head of Family",
    "Household ID",
    "Tenure",
  ];
  const volunteerWords = [
    "技能",
    "可服务时间",
    "班次",
    "Skills",
    "Availability",
    "Job Title",
    "Shift",
  ];
  it.each(bases)(
    "%s … with a household column is residents, with a skills column volunteers",
    (...base) => {
      for (const w of residentWords) {
        const g = guessEntity([...base, w]);
        expect([w, g.entity, g.confidence >= 0.6]).toEqual([w, "resident", true]);
      }
      for (const w of volunteerWords) {
        const g = guessEntity([...base, w]);
        expect([w, g.entity, g.confidence >= 0.6]).toEqual([w, "volunteer", true]);
      }
    },
  );

  it("says when nothing tells: a bare list of names is residents with low confidence", () => {
    const g = guessEntity(["姓名", "性别", "联系电话"]);
    expect(g.entity).toBe("resident");
    expect(g.confidence).toBeLessThan(0.7);
    expect(g.candidates.map((c) => c.entity)).toContain("volunteer");
  });
});
