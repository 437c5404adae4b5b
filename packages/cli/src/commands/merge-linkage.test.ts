import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { citizenIdCheckChar, creditCodeCheckChar, type EntityName } from "@linli/core";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-merge-linkage-"));
const io = (lang = "zh_CN.UTF-8") => memoryIo({ env: { LANG: lang }, isTTY: false });
const id = (first17: string) => first17 + citizenIdCheckChar(first17);
const code = (first17: string) => first17 + creditCodeCheckChar(first17);

/**
 * A small list of each entity, headers in Chinese: rows 1 and 3 are one record typed twice
 * (re-typed where the profile compares by evidence), row 2 is another.
 */
const LISTS: Record<EntityName, string[]> = {
  resident: [
    "姓名,性别,出生日期,身份证号,联系电话",
    `王建国,男,1990-03-07,${id("61011319900307123")},13991234567`,
    `李秀英,女,1985-11-02,${id("61011319851102124")},13891234568`,
    `王 建国,男,1990/3/7,${id("61011319900307123")},139 9123 4567`,
  ],
  volunteer: [
    "姓名,出生日期,联系电话",
    "张静,1998-05-01,13700001111",
    "刘洋,1995-02-11,13700002222",
    "張靜,1998/5/1,137-0000-1111",
  ],
  organization: [
    "机构名称,统一社会信用代码,联系电话",
    `西安市雁塔区丈八街道社区卫生服务中心,${code("12610113MB2970108")},029-88881234`,
    `西安市碑林区张家村街道社区卫生服务中心,${code("12610103MB2970203")},029-88885678`,
    `雁塔区丈八街道社区卫生服务中心,${code("12610113MB2970108")},029-88881234`,
  ],
  location: [
    "地点名称,详细地址",
    "丈八东路物资集散点,陕西省西安市雁塔区丈八东路12号",
    "小寨西路物资集散点,陕西省西安市雁塔区小寨西路200号",
    "丈八东路物资集散点,西安市雁塔区丈八东路12号",
  ],
  household: [
    "户主姓名,小区,楼栋,单元,房号,联系电话",
    "王建国,丈八小区,3,2,501,13991234567",
    "李秀英,丈八小区,3,2,502,13891234568",
    "王 建国,丈八小区,3号楼,2单元,501室,13991234567",
  ],
  need: [
    "求助人,联系电话,需求类别,物资名称,处理状态,求助时间",
    "张静,13800138000,药品,布洛芬,待处理,2022-01-05 09:00",
    "张静,13800138000,生活物资代购配送,大米,待处理,2022-01-05 09:30",
    "张静,138 0013 8000,药品,布洛芬,待处理,2022/1/5 15:20",
  ],
  "supply-item": [
    "物资名称,规格型号,单位",
    "医用外科口罩,YY 0469-2010,只",
    "医用防护口罩,GB 19083-2010,只",
    "医用外科口罩,YY0469-2010,只",
  ],
  "stock-movement": [
    "出入库类型,物资名称,数量,单位,日期,调入方",
    "捐赠入库,大米,100,袋,2022-01-05,丈八社区",
    "捐赠入库,大米,100,袋,2022-01-06,丈八社区",
    "捐赠入库,大米,100,袋,2022-01-05,丈八社区",
  ],
  shift: [
    "值守地点,开始时间,结束时间,岗位,值班人员",
    "丈八小区东门,2022-01-05 08:00,2022-01-05 12:00,卡口值守,张静",
    "丈八小区东门,2022-01-05 12:00,2022-01-05 16:00,卡口值守,张静",
    "丈八小区东门,2022-01-05 08:00,2022-01-05 12:00,卡口值守,张静",
  ],
  "health-check": [
    "姓名,检测时间,体温（℃）",
    "王建国,2022-01-05 08:30,36.5",
    "王建国,2022-01-06 08:30,36.6",
    "王建国,2022/1/5 8:30,36.5",
  ],
  commitment: [
    "认捐方,物资名称,数量,单位,可提供时间",
    "丈八爱心超市,大米,100,袋,2022-01-05 09:00",
    "丈八爱心超市,食用油,50,桶,2022-01-05 09:00",
    "丈八爱心超市,大米,100,袋,2022/1/5 9:00",
  ],
  allocation: [
    "需求编号,物资行,物资名称,来源类型,库存批次,分配数量,单位,状态",
    "n-001,0,大米,库存,lot-7,2,袋,拟分配",
    "n-001,1,食用油,库存,lot-9,1,桶,拟分配",
    "n-001,0,大米,库存,lot-7,2,袋,已预留",
  ],
  "delivery-task": [
    "任务状态,分配编号,收件人,配送志愿者",
    "待分派,a-001,张静,刘洋",
    "待分派,a-002,李娜,刘洋",
    "已分派,a-001,张静,刘洋",
  ],
  "match-run": [
    "分配方式,算法,算法版本,输入摘要,计算时点",
    "优先级分配,linli-priority,1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,2022-01-05 08:00",
    "优先级分配,linli-priority,1,bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,2022-01-05 08:00",
    "priority,linli-priority,1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,2022/1/5 8:00",
  ],
};

const EXACT: readonly EntityName[] = [
  "supply-item",
  "stock-movement",
  "shift",
  "health-check",
  "commitment",
  "allocation",
  "delivery-task",
  "match-run",
];

describe("linli merge --entity", () => {
  it.each(Object.keys(LISTS) as EntityName[])("%s: finds the row typed twice", async (entity) => {
    const file = join(tmp, `${entity}.csv`);
    writeFileSync(file, `${LISTS[entity].join("\n")}\n`);
    const t = io("en_US.UTF-8");
    const code = await main(
      ["merge", file, "--entity", entity, "-o", join(tmp, `out-${entity}`), "--json"],
      t.io,
    );
    expect(t.err()).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.figures).toMatchObject({ accepted: 3, rejected: 0, records: 2 });
    expect(doc.linkage.profile).toBe(entity);
    expect(doc.linkage.exactKeys === true).toBe(EXACT.includes(entity));
    const clusters = JSON.parse(readFileSync(join(tmp, `out-${entity}`, "clusters.json"), "utf8"));
    const rows = clusters.map((c: { rows: { row: number }[] }) => c.rows.map((r) => r.row));
    expect(rows).toContainEqual([2, 4]);
  });

  it("says when rows match only on exact keys", async () => {
    const file = join(tmp, "物资.csv");
    writeFileSync(file, `${LISTS["supply-item"].join("\n")}\n`);
    const t = io();
    expect(
      await main(["merge", file, "--entity", "supply-item", "-o", join(tmp, "物资")], t.io),
    ).toBe(0);
    expect(t.out()).toContain(
      "只有关键信息完全一致的行才算重复：物资编码相同，或名称、规格、单位完全一致",
    );
  });
});

describe("linli merge --profile (linkage)", () => {
  const needs = join(tmp, "needs.csv");
  writeFileSync(needs, `${LISTS.need.join("\n")}\n`);

  it("finds duplicates with a profile file, beside a sharing profile", async () => {
    // By phone alone, whatever the category: the first two requests become one.
    const file = join(tmp, "按电话.json");
    writeFileSync(
      file,
      JSON.stringify({
        name: "by-phone-and-day",
        fields: [
          { name: "phone", anyOf: ["phone", "phone2"], comparator: "phone" },
          {
            name: "when",
            column: "reportedAt",
            comparator: "time",
            options: { withinHours: [24] },
          },
        ],
        blocking: [{ name: "phone", on: ["phone"], transform: "last8" }],
        threshold: 0.5,
      }),
    );
    const t = io("en_US.UTF-8");
    const dir = join(tmp, "by-phone");
    const args = ["merge", needs, "--entity", "need", "-o", dir, "--json"];
    expect(await main([...args, "--profile", file, "--profile", "partner-ngo"], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.linkage.profile).toBe("by-phone-and-day");
    expect(doc.figures.records).toBe(1);
    expect(doc.profile).toEqual({ name: "partner-ngo", view: "shared" });
  });

  it("explains a bad profile with the place of every problem, and refuses two of a kind", async () => {
    const file = join(tmp, "坏的.json");
    writeFileSync(
      file,
      JSON.stringify({
        name: "bad",
        fields: [{ name: "phone", column: "phon", comparator: "phone" }],
        blocking: [{ name: "phone", on: ["phone"], transform: "lastEight" }],
      }),
    );
    const t = io("en_US.UTF-8");
    const args = ["merge", needs, "--entity", "need", "-o", join(tmp, "bad")];
    expect(await main([...args, "--profile", file], t.io)).toBe(2);
    expect(t.err()).toContain(`Cannot use the linkage profile “${file}”`);
    expect(t.err()).toContain("fields[0].column: “phon” is no column of need");
    const zh = io();
    expect(await main([...args, "--profile", file], zh.io)).toBe(2);
    expect(zh.err()).toContain("fields[0].column：need数据没有“phon”这一列");
    const two = io("en_US.UTF-8");
    expect(await main([...args, "--profile", "partner-ngo", "--profile", "internal"], two.io)).toBe(
      2,
    );
    expect(two.err()).toContain("at most one sharing profile and one linkage profile");
  });
});
