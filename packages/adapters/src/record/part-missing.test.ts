import { describe, expect, it } from "vitest";
import { importFile } from "../import/import-file.js";

const read = (csv: string) =>
  importFile(new TextEncoder().encode(csv), { entity: "need", fileName: "需求.csv" });

describe("a list entry without a required part", () => {
  it("says that the file has no item column when a quantity comes alone", async () => {
    const { records, summary, issues } = await read(
      "需求人,物资数量,联系电话\n张三,3,13800138000\n李四,2,13900139000\n",
    );
    // Reject cells, not people: both kept, the quantity withheld.
    expect(summary).toMatchObject({ accepted: 2, rejected: 0, withheldCells: 2 });
    expect(records.map((r) => r.requesterName)).toEqual(["张三", "李四"]);
    const [first] = issues;
    expect(first).toMatchObject({ row: 2, column: "物资数量", severity: "withheld" });
    expect(first!.message.en).toBe(
      "需求.csv, row 2, column “物资数量”: withheld, the rest of the row kept: this Quantity has no Item to go with, so it cannot be recorded: no column of the file holds the Item (headers such as “物资名称” or “item” are read as Item); add one, or map the column that holds it to Item",
    );
    expect(first!.message["zh-CN"]).toBe(
      "需求.csv 第 2 行「物资数量」列：暂缓录入（该行其余内容已保留）：这项数量没有对应的物资名称，无法录入：文件中没有物资名称列（表头如“物资名称”“item”都会读作物资名称）；请添加这一列，或在列对应中把填有物资名称的列对应到物资名称",
    );
  });

  it("says that the row's item cell is empty when the file has the column", async () => {
    const { records, issues } = await read("需求人,物资名称,数量\n张三,口罩,3\n李四,,2\n");
    expect(records).toHaveLength(2);
    expect(records[0]!.items).toEqual([expect.objectContaining({ name: "口罩", quantity: 3 })]);
    const held = issues.filter((i) => i.severity === "withheld");
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ row: 3, column: "数量" });
    expect(held[0]!.message.en).toContain(
      "this Quantity has no Item to go with, so it cannot be recorded: the Item cell of this row (column “物资名称”) is empty",
    );
    expect(held[0]!.message["zh-CN"]).toContain("本行的物资名称（“物资名称”列）为空");
  });

  it("keeps the row when its item is withheld, and withholds the quantity with it", async () => {
    const { records, summary, issues } = await read(
      `需求人,物资名称,数量\n张三,${"口".repeat(600)},3\n`,
    );
    expect(summary).toMatchObject({ accepted: 1, rejected: 0, withheldCells: 2 });
    expect(records[0]!.meta.withheld?.map((w) => w.column)).toEqual(["物资名称", "数量"]);
    expect(issues.map((i) => i.code)).toEqual(["schema.tooLong", "schema.required"]);
    expect(issues[1]!.message.en).toContain(
      "the Item of this row (column “物资名称”) could not be read: see its own message",
    );
    expect(issues[1]!.message["zh-CN"]).toContain(
      "本行的物资名称（“物资名称”列）无法读取，见该列的提示",
    );
  });

  it("takes a survey's skipped answer for an empty item", async () => {
    const csv =
      "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的姓名：,2、所需物资,3、数量\n" +
      "1,2022/1/5 14:30:21,125秒,微信,N/A,113.200.1.1(陕西-西安),王伟,(跳过),3\n";
    const { records, mapping, issues } = await read(csv);
    expect(mapping.preset).toBe("wjx");
    expect(records).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.en).toContain(
      "the Item cell of this row (column “2、所需物资”) is empty",
    );
  });
});
