import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinReports } from "./builtin.js";
import { movements, needs, residents } from "./fixtures.js";
import { parseReportDefinition, ReportDefinitionError } from "./parse.js";
import { runReport } from "./run.js";
import type { ReportDefinition } from "./types.js";

const params = { community: "丈八社区", date: "2022-01-05" };
const col = (rows: readonly (readonly unknown[])[], k: number) => rows.map((r) => r[k]);

describe("shipped report definitions", () => {
  it("are the JSON files in reports/, and each is a valid definition", () => {
    const dir = fileURLToPath(new URL("../../reports/", import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual([
      "floating-population.json",
      "quarantine-daily.json",
      "supplies-ledger.json",
    ]);
    for (const f of files) {
      const def = parseReportDefinition(readFileSync(`${dir}${f}`, "utf8"));
      expect(builtinReports[def.id as keyof typeof builtinReports]).toEqual(def);
    }
  });
});

describe("居家隔离人员日报表 (quarantine-daily)", () => {
  const report = runReport(builtinReports["quarantine-daily"], residents, { params });
  const [list, byBuilding] = report.sheets;

  it("lists the seven residents in home quarantine or monitoring, by building, unit and room", () => {
    expect(list!.title).toEqual(["丈八社区居家隔离人员日报表", "统计日期：2022-01-05"]);
    expect(list!.header).toEqual([
      "序号",
      "姓名",
      "性别",
      "年龄",
      "身份证号",
      "联系电话",
      "住址",
      "隔离状态",
      "开始日期",
      "预计解除日期",
      "隔离第几天",
      "特殊人群",
      "备注",
    ]);
    // 刘洋 is quarantined in a hotel, 陈静 released, the rest not in quarantine.
    expect(col(list!.rows, 1)).toEqual(["杨帆", "黄丽", "李娜", "王伟", "孙悦", "张敏", "徐强"]);
    expect(col(list!.rows, 0)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Ages on 2022-01-05; 杨帆 turns 27 the next day; 李娜's comes from her ID (1990-01-01).
    expect(col(list!.rows, 3)).toEqual([26, 33, 32, 72, 21, 36, 43]);
    // Day 1 is the start day.
    expect(col(list!.rows, 10)).toEqual([2, 1, 3, 5, 6, 8, 4]);
    expect(list!.rows[3]).toEqual([
      4,
      "王伟",
      "男",
      72,
      "11010519491231002X",
      "13800138000",
      "绿地世纪城3号楼2单元301",
      "隔离中",
      "2022-01-01",
      "2022-01-14",
      5,
      "独居老人",
      null,
    ]);
    expect(list!.totals?.slice(0, 2)).toEqual(["合计（人）", 7]);
    expect(list!.formats[8]).toBe("date");
    expect(list!.footer[0]).toMatch(/^填表人：/);
  });

  it("counts them by building and status", () => {
    expect(byBuilding!.header).toEqual(["楼栋", "隔离中", "健康监测", "合计"]);
    expect(byBuilding!.rows).toEqual([
      ["2", 0, 1, 1],
      ["3", 3, 1, 4],
      ["10", 1, 1, 2],
    ]);
    expect(byBuilding!.totals).toEqual(["合计", 4, 3, 7]);
  });

  it("takes one building when the parameter is given, and speaks English", () => {
    const b3 = runReport(builtinReports["quarantine-daily"], residents, {
      params: { ...params, building: "3" },
      lang: "en",
    });
    expect(col(b3.sheets[0]!.rows, 1)).toEqual(["黄丽", "李娜", "王伟", "孙悦"]);
    expect(b3.sheets[0]!.title[0]).toBe("丈八社区 home quarantine daily report");
    expect(b3.sheets[0]!.rows[2]![7]).toBe("In quarantine");
    expect(b3.sheets[0]!.rows[2]![6]).toBe("绿地世纪城, Building 3, Unit 2, Room 301");
    expect(b3.sheets[1]!.totals).toEqual(["Total", 3, 1, 4]);
  });
});

describe("流动人口登记表 (floating-population)", () => {
  it("lists the floating population and counts everyone by building and type", () => {
    const report = runReport(builtinReports["floating-population"], residents, { params });
    const [list, structure] = report.sheets;
    expect(col(list!.rows, 1)).toEqual(["陈静", "杨帆", "李娜", "孙悦", "周杰"]);
    expect(col(list!.rows, 7)).toEqual([
      "河南省郑州市",
      "四川省成都市",
      "湖北省武汉市",
      "甘肃省兰州市",
      "陕西省宝鸡市",
    ]);
    expect(list!.rows[2]!.slice(9, 12)).toEqual(["绿地世纪城3号楼1单元102", "张建国", "租户"]);
    expect(list!.totals?.[1]).toBe(5);
    expect(structure!.header).toEqual([
      "楼栋",
      "户籍人口",
      "常住人口（非户籍）",
      "流动人口",
      "合计",
    ]);
    expect(structure!.rows).toEqual([
      ["2", 1, 0, 2, 3],
      ["3", 2, 1, 2, 5],
      ["10", 1, 2, 0, 3],
      ["（空白）", 0, 0, 1, 1],
    ]);
    expect(structure!.totals).toEqual(["合计", 4, 3, 5, 12]);
  });

  it("takes arrivals since a day", () => {
    const since = runReport(builtinReports["floating-population"], residents, {
      params: { ...params, since: "2021-12-01" },
    });
    expect(col(since.sheets[0]!.rows, 1)).toEqual(["杨帆", "李娜", "孙悦"]);
  });
});

describe("物资发放台账 (supplies-ledger)", () => {
  it("lists the five distributions in time order and totals them by item", () => {
    const report = runReport(builtinReports["supplies-ledger"], movements, { params });
    const [ledger, byItem] = report.sheets;
    expect(ledger!.rows.map((r) => r.slice(0, 7))).toEqual([
      [1, "2022-01-03", "大米", "B1", 10, "袋", "王伟"],
      [2, "2022-01-03", "口罩", null, 50, "只", "3号楼"],
      [3, "2022-01-04", "蔬菜包", null, 20, "份", "10号楼"],
      [4, "2022-01-04", "大米", null, 5, "袋", "李娜"],
      [5, "2022-01-05", "口罩", null, 30, "只", "2号楼"],
    ]);
    expect(ledger!.totals?.slice(0, 2)).toEqual(["合计（笔）", 5]);
    expect(byItem!.header).toEqual(["物资名称", "单位", "发放数量", "发放笔数"]);
    expect(byItem!.rows).toEqual([
      ["大米", "袋", 15, 2],
      ["口罩", "只", 80, 2],
      ["蔬菜包", "份", 20, 1],
    ]);
    const from = runReport(builtinReports["supplies-ledger"], movements, {
      params: { ...params, from: "2022-01-04" },
    });
    expect(col(from.sheets[0]!.rows, 2)).toEqual(["蔬菜包", "大米", "口罩"]);
  });
});

const needsReport: ReportDefinition = {
  linli: "report",
  version: 1,
  id: "needs",
  name: "求助需求统计",
  entity: "need",
  sheets: [
    {
      type: "groupBy",
      name: "按类别和状态",
      rows: [{ by: "category" }],
      columns: { by: "status", values: ["open", "assigned", "fulfilled"] },
    },
  ],
};

describe("group-by counts and small counts", () => {
  it("counts needs by category and status", () => {
    const s = runReport(needsReport, needs).sheets[0]!;
    expect(s.header).toEqual(["需求类别", "待处理", "已分派", "已完成", "合计"]);
    expect(s.rows).toEqual([
      ["生活物资代购配送", 2, 0, 2, 4],
      ["药品", 2, 1, 0, 3],
      ["就医", 1, 0, 0, 1],
    ]);
    expect(s.totals).toEqual(["合计", 5, 1, 2, 8]);
    expect(s.note).toBeUndefined();
  });

  it("minCount suppresses small cells, and enough others that none can be worked out", () => {
    const s = runReport(needsReport, needs, { minCount: 2 }).sheets[0]!;
    const table = [...s.rows, s.totals!];
    // No count from 1 to minCount - 1 is shown.
    for (const row of table)
      for (const v of row.slice(1)) expect(v === "*" || v === 0 || (v as number) >= 2).toBe(true);
    // Every row and column (totals included) hides none or at least two of its cells.
    for (const row of table) expect(row.slice(1).filter((v) => v === "*").length).not.toBe(1);
    for (let c = 1; c < 5; c++) expect(table.filter((row) => row[c] === "*").length).not.toBe(1);
    // 药品 · 已分派 and 就医 · 待处理 are 1; the others go with them (worked through by hand).
    expect(s.rows).toEqual([
      ["生活物资代购配送", "*", 0, "*", 4],
      ["药品", 2, "*", 0, "*"],
      ["就医", "*", 0, 0, "*"],
    ]);
    expect(s.totals).toEqual(["合计", 5, "*", "*", 8]);
    expect(s.note).toMatch(/^标“\*”的数字已隐藏：小于 2 的数字/);
  });

  it("minCount can flag instead, keeping every count", () => {
    const s = runReport(needsReport, needs, { minCount: 2, smallCounts: "flag" }).sheets[0]!;
    expect(s.rows[1]![2]).toBe(1);
    expect(s.flagged).toContainEqual([1, 2]);
    expect(s.flagged).toContainEqual([2, 1]);
    expect(s.note).toMatch(/小于 2 的数字已标出/);
  });

  it("groups a multi-choice field by each of its values, and lists every choice on request", () => {
    const def: ReportDefinition = {
      ...needsReport,
      entity: "resident",
      sheets: [
        { type: "groupBy", name: "特殊人群", rows: [{ by: "vulnerabilities" }], totals: false },
      ],
    };
    const s = runReport(def, residents).sheets[0]!;
    expect(s.rows).toEqual([
      ["独居老人", 1],
      ["残疾人", 1],
      ["慢性病患者", 1],
      ["孕产妇", 1],
      ["（空白）", 8],
    ]);
    const every = runReport(
      {
        ...def,
        sheets: [
          {
            type: "groupBy",
            name: "特殊人群",
            rows: [{ by: "vulnerabilities", allChoices: true }],
          },
        ],
      },
      residents,
    ).sheets[0]!;
    expect(every.rows).toHaveLength(13);
    expect(every.rows.slice(0, 3)).toEqual([
      ["独居老人", 1],
      ["高龄老人（80岁以上）", 0],
      ["残疾人", 1],
    ]);
    // Totals count people, not values: 12 residents.
    expect(every.totals).toEqual(["合计", 12]);
  });
});

describe("parseReportDefinition", () => {
  const base = { linli: "report", version: 1, id: "x", name: "x", entity: "resident" };
  const error = (def: unknown) => {
    try {
      parseReportDefinition(def);
    } catch (e) {
      expect(e).toBeInstanceOf(ReportDefinitionError);
      return (e as ReportDefinitionError).localized;
    }
    throw new Error("no error");
  };

  it("names the place and the problem, in both languages", () => {
    expect(
      error({ ...base, sheets: [{ type: "list", name: "a", columns: [{ value: "nmae" }] }] })[
        "zh-CN"
      ],
    ).toMatch(/^sheets\[0\]\.columns\[0\]\.value：“nmae”不是居民的字段/);
    expect(error({ ...base, sheets: [{ type: "list", name: "a", colums: [] }] }).en).toMatch(
      /sheets\[0\]: unknown key “colums”/,
    );
    expect(
      error({ ...base, sheets: [{ type: "list", name: "{where}", columns: [{ value: "name" }] }] })
        .en,
    ).toMatch(/“where” is no parameter/);
    expect(error({ ...base, sheets: [{ type: "chart", name: "a" }] }).en).toMatch(
      /“list” or “groupBy”/,
    );
    expect(error('{"linli": "report",').en).toMatch(/not valid JSON/);
    expect(error({ ...base, version: 2, sheets: [] }).en).toMatch(/not a linli report definition/);
    expect(error({ ...base, entity: "person", sheets: [] }).en).toMatch(/unknown entity “person”/);
  });

  it("refuses parameters a report does not have, and asks for required ones", () => {
    expect(() => runReport(needsReport, needs, { params: { buliding: "3" } })).toThrow(
      /“buliding” is no parameter/,
    );
    const required: ReportDefinition = {
      ...needsReport,
      parameters: { community: { label: "社区", required: true } },
    };
    expect(() => runReport(required, needs)).toThrow(/needs the parameter “community”/);
  });

  it("never changes the records", () => {
    const before = structuredClone(residents);
    runReport(builtinReports["floating-population"], residents, { params });
    expect(residents).toEqual(before);
  });
});
