// The delivery sheets and the other workbooks `linli match` writes for the example day open in
// LibreOffice (headless, converted to CSV) with the content the plan holds.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Allocation, DeliveryTask } from "@linli/core";
import { naturalCompare } from "@linli/match";
import { afterAll, beforeAll, expect, it } from "vitest";
import { csvLines, sheetsToCsv } from "../../../../tests/support/libreoffice.js";
import { describeWith } from "../../../../tests/support/tools.js";
import { main } from "../main.js";
import { EXAMPLE_ARGS } from "../testing/lockdown-day.js";
import { memoryIo } from "../testing/memory-io.js";

describeWith("libreoffice", "LibreOffice opens the plan of the example day", (office) => {
  let dir = "";
  let plan = "";
  const csv = (file: string) => csvLines(join(dir, "out", file));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "linli-match-lo-"));
    plan = join(dir, "plan");
    expect(
      await main(
        ["match", ...EXAMPLE_ARGS, "-o", plan],
        memoryIo({ env: { LANG: "zh_CN.UTF-8" } }).io,
      ),
    ).toBe(0);
    const sheets = readdirSync(join(plan, "sheets")).filter((f) => f.endsWith(".xlsx"));
    sheetsToCsv(
      office,
      [
        ...["allocations", "tasks", "unmet", "rollup"].map((f) => join(plan, `${f}.xlsx`)),
        ...sheets.map((f) => join(plan, "sheets", f)),
      ],
      { outDir: join(dir, "out"), profile: join(dir, "profile"), timeout: 180_000 },
    );
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("every delivery sheet: stops in building, unit and room order, masked contacts, a handover line", () => {
    const tasks = new Map(
      (JSON.parse(readFileSync(join(plan, "tasks.json"), "utf8")) as DeliveryTask[]).map((t) => [
        t.meta.id,
        t,
      ]),
    );
    const sheets = readdirSync(join(dir, "out")).filter((f) => f.endsWith("-配送单.csv"));
    expect(sheets.length).toBe(
      readdirSync(join(plan, "sheets")).filter((f) => f.endsWith(".xlsx")).length,
    );
    let stops = 0;
    for (const f of sheets) {
      const lines = csv(f);
      expect(lines[0], f).toMatch(/^配送单 · /);
      expect(lines[1], f).toMatch(/^班次,.+物资点 2022-01-05 \d\d:\d\d–\d\d:\d\d/);
      expect(lines[4]).toBe(
        "站序,楼栋,单元,房号,收件人,电话,物资,取货地点,需在此前送达,优先理由,签收（签字）,交接记录",
      );
      const rows = lines
        .slice(5)
        .filter((l) => /^\d+,/.test(l))
        .map((l) => l.split(","));
      expect(rows.map((r) => Number(r[0]))).toEqual(rows.map((_, i) => i + 1));
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        const order =
          naturalCompare(a[1]!, b[1]!) ||
          naturalCompare(a[2]!, b[2]!) ||
          naturalCompare(a[3]!, b[3]!);
        expect(order, f).toBeLessThanOrEqual(0);
      }
      for (const r of rows) {
        expect(r[4]).toMatch(/\*/);
        expect(r[5]).toMatch(/^1\d\d\*{4}\d{4}$/);
        expect(r[6]).toMatch(/\d/);
      }
      expect(lines.some((l) => l.startsWith("交班记录（交给下一班）："))).toBe(true);
      stops += rows.length;
    }
    expect(stops).toBe([...tasks.values()].filter((t) => t.status === "assigned").length);
  });

  it("the allocations, tasks, unmet needs and roll-up", () => {
    const allocations = JSON.parse(
      readFileSync(join(plan, "allocations.json"), "utf8"),
    ) as Allocation[];
    const a = csv("allocations-物资分配.csv");
    expect(
      a[0]!.startsWith("记录编号,需求编号,物资名称,分配数量,单位,实发物资,来源类型,发货地点"),
    ).toBe(true);
    expect(a[0]!.endsWith("社区,地址,分配理由")).toBe(true);
    expect(a.length - 1).toBe(allocations.length);
    expect(a[1]).toMatch(/紧急 · .*已等待 \d+ 小时/);
    expect(csv("tasks-配送任务.csv")[0]!.startsWith("记录编号,任务状态,配送志愿者")).toBe(true);
    expect(csv("unmet-未满足需求.csv")[0]).toBe(
      "需求编号,社区,小区,物资,需要,已分配,缺口,单位,紧急,优先分,已等待（小时）,原因",
    );
    const r = csv("rollup-资源对接汇总.csv");
    expect(r[0]).toBe(
      "社区,物资类别,需求,已分配,部分分配,已送达,未满足,紧急未满足,最久未满足（小时）",
    );
    const totals = r.filter((l) => l.split(",")[1] === "全部类别");
    expect(totals.map((l) => l.split(",")[0])).toEqual(["电子城社区", "小寨社区", "丈八社区"]);
    expect(totals.reduce((s, l) => s + Number(l.split(",")[2]), 0)).toBe(82);
  });
});
