import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportRecords } from "@linli/adapters";
import { importFile } from "@linli/adapters/node";
import type { Allocation, DeliveryTask, Need, StockMovement } from "@linli/core";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { EXAMPLE_DATA as data, EXAMPLE_ARGS } from "../testing/lockdown-day.js";
import { memoryIo } from "../testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-match-cli-"));

const io = (lang = "zh_CN.UTF-8") => memoryIo({ env: { LANG: lang } });
const json = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

describe("linli match on examples/lockdown-day", () => {
  const dir = join(tmp, "配送计划");
  let plan: { allocations: Allocation[]; tasks: DeliveryTask[]; needs: Need[] };

  it("reads every file, writes the plan folder and says what it did", async () => {
    const t = io();
    expect(await main(["match", ...EXAMPLE_ARGS, "-o", dir], t.io)).toBe(0);
    const out = t.out();
    expect(out).toMatch(/读取需求 82 条（82 项物资）/);
    expect(out).toMatch(/优先级分配：待分配的 82 项物资中已分配 \d+ 项（紧急 \d+ 项中 \d+ 项）/);
    expect(out).toContain(`计划已写入 ${dir}：`);
    expect(out).toContain("份配送单，每位志愿者每个班次一份（XLSX 和 HTML）");
    for (const f of [
      "allocations.csv",
      "allocations.xlsx",
      "allocations.json",
      "tasks.xlsx",
      "tasks.json",
      "unmet.csv",
      "unmet.xlsx",
      "rollup.xlsx",
      "rollup.html",
      "needs.json",
      "stock.json",
      "run.json",
      "issues.json",
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    const sheets = readdirSync(join(dir, "sheets"));
    expect(sheets.filter((f) => f.endsWith(".xlsx")).length).toBe(
      sheets.filter((f) => f.endsWith(".html")).length,
    );
    expect(sheets.length).toBeGreaterThanOrEqual(12);
    plan = {
      allocations: json(join(dir, "allocations.json")),
      tasks: json(join(dir, "tasks.json")),
      needs: json(join(dir, "needs.json")),
    };
    expect(plan.allocations.length).toBeGreaterThan(30);
    expect(plan.allocations.every((a) => a.reasons?.length)).toBe(true);
    // The overlapping booking is reported, not silently dropped.
    expect(readFileSync(join(dir, "issues.json"), "utf8")).toContain("时间重叠");
    const csv = readFileSync(join(dir, "unmet.csv"), "utf8");
    expect(csv.split("\n")[0]).toContain(
      "需求编号,社区,小区,物资,需要,已分配,缺口,单位,紧急,优先分,已等待（小时）,原因",
    );
  });

  it("prints one JSON document with --json, and the same plan for the same files", async () => {
    const t = io("en_US.UTF-8");
    const again = join(tmp, "again");
    expect(await main(["match", ...EXAMPLE_ARGS, "-o", again, "--json"], t.io)).toBe(0);
    const doc = JSON.parse(t.out());
    expect(doc.run.mode).toBe("priority");
    expect(doc.files.map((f: { name: string }) => f.name)).toContain("rollup.html");
    expect(readFileSync(join(again, "allocations.json"), "utf8")).toBe(
      readFileSync(join(dir, "allocations.json"), "utf8"),
    );
  });

  it("feeds back delivery outcomes from the filled-in tasks.xlsx: needs and stock follow, nothing allocated twice", async () => {
    // A coordinator marks the first three tasks delivered and the fourth failed, in Excel.
    const read = await importFile(join(dir, "tasks.xlsx"), { entity: "delivery-task" });
    expect(read.summary.rejected).toBe(0);
    const filled = read.records.map((t, i) =>
      i < 3
        ? {
            ...t,
            status: "delivered" as const,
            deliveredAt: "2022-01-05T11:20:00+08:00",
            proof: { kind: "signature" as const, receivedBy: "本人" },
          }
        : i === 3
          ? { ...t, status: "failed" as const }
          : t,
    );
    const back = join(tmp, "回执.xlsx");
    writeFileSync(
      back,
      await exportRecords(filled, { entity: "delivery-task", format: "xlsx" }).bytes(),
    );
    const next = join(tmp, "下午计划");
    const t = io();
    expect(
      await main(
        [
          "match",
          "--previous",
          dir,
          "--tasks",
          back,
          "--as-of",
          "2022-01-05T13:00+08:00",
          "-o",
          next,
        ],
        t.io,
      ),
    ).toBe(0);
    expect(t.out()).toContain("为回填的配送写入出库记录");
    const stock = json<StockMovement[]>(join(next, "stock.json"));
    const written = stock.filter((m) => m.meta.id.startsWith("mv-"));
    const delivered = filled.slice(0, 3).flatMap((x) => x.allocationIds);
    expect(written.map((m) => m.meta.id).sort()).toEqual(
      plan.allocations
        .filter((a) => delivered.includes(a.meta.id) && a.sourceKind === "stock")
        .map((a) => `mv-${a.meta.id}`)
        .sort(),
    );
    const needs = json<Need[]>(join(next, "needs.json"));
    const doneNeed = needs.find((n) => n.meta.id === filled[0]!.needId)!;
    expect(doneNeed).toMatchObject({ status: "fulfilled", fulfilment: "complete" });
    // Every lot: what earlier allocations still hold, plus what was delivered, plus this run's, fits in it.
    const all = json<Allocation[]>(join(next, "allocations.json")).filter(
      (a) => a.status !== "cancelled" && a.status !== "failed",
    );
    const first = json<{ lots?: unknown }>(join(dir, "run.json"));
    expect(first).toBeDefined();
    const perLot = new Map<string, number>();
    for (const a of all)
      if (a.lotId)
        perLot.set(a.lotId, (perLot.get(a.lotId) ?? 0) + (a.sourceQuantity ?? a.quantity));
    const original = await importFile(join(data, "库存台账.xlsx"), { entity: "stock-movement" });
    const inTotal = original.records
      .filter((m) => m.kind?.endsWith("-in"))
      .reduce((s, m) => s + m.quantity, 0);
    const allocatedTotal = [...perLot.values()].reduce((s, q) => s + q, 0);
    expect(allocatedTotal).toBeLessThanOrEqual(inTotal);

    // The next plan never overwrites the plan it reads: the folder stays as it was.
    const before = readFileSync(join(next, "allocations.json"), "utf8");
    const same = io();
    expect(await main(["match", "--previous", next, "-o", next], same.io)).toBe(2);
    expect(readFileSync(join(next, "allocations.json"), "utf8")).toBe(before);

    // Running the same feedback again writes no movement twice.
    const third = join(tmp, "再一次");
    expect(
      await main(
        ["match", "--previous", next, "--as-of", "2022-01-05T13:00+08:00", "-o", third],
        io().io,
      ),
    ).toBe(0);
    const stock3 = json<StockMovement[]>(join(third, "stock.json"));
    expect(stock3.filter((m) => m.meta.id.startsWith("mv-")).length).toBe(written.length);
  });

  it("explains bad options in both languages", async () => {
    const t = io();
    expect(await main(["match", "--needs", join(data, "丈八社区需求登记.xlsx")], t.io)).toBe(2);
    expect(t.err()).toContain("请用 -o 指定计划写到哪里");
    const e = io("en_US.UTF-8");
    expect(
      await main(
        ["match", ...EXAMPLE_ARGS.slice(0, 2), "--as-of", "tomorrow", "-o", join(tmp, "x")],
        e.io,
      ),
    ).toBe(2);
    expect(e.err()).toContain("--as-of “tomorrow” is not a time");
    const w = join(tmp, "weights.json");
    writeFileSync(w, '{"urgency":{"urgent":"very"}}');
    const bad = io();
    expect(
      await main(
        ["match", ...EXAMPLE_ARGS.slice(0, 2), "--weights", w, "-o", join(tmp, "y")],
        bad.io,
      ),
    ).toBe(2);
    expect(bad.err()).toContain("无法使用");
    const missing = io();
    expect(
      await main(["match", "--previous", join(tmp, "nowhere"), "-o", join(tmp, "z")], missing.io),
    ).toBe(2);
    expect(missing.err()).toContain("不是计划文件夹");
  });

  it("runs fair mode with --fair and changes the score with --weights", async () => {
    const w = join(tmp, "weights-ok.json");
    writeFileSync(w, '{"urgency":{"urgent":40},"perHour":0.2}');
    const t = io("en_US.UTF-8");
    const fair = join(tmp, "fair");
    expect(
      await main(["match", ...EXAMPLE_ARGS, "--fair", "--weights", w, "-o", fair, "--json"], t.io),
    ).toBe(0);
    const run = JSON.parse(t.out()).run;
    expect(run.mode).toBe("fair");
    expect(run.parameters).toEqual(
      expect.arrayContaining([
        { name: "urgency.urgent", value: 40 },
        { name: "wait.perHour", value: 0.2 },
      ]),
    );
  });
});
