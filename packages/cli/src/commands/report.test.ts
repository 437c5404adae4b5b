import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportRecords, openWorkbook } from "@linli/adapters";
import type { Resident } from "@linli/core";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-report-"));

const io = (lang = "zh_CN.UTF-8") => memoryIo({ cwd: tmp, env: { LANG: lang } });

const meta = (id: string) => ({ id, schemaVersion: "0.0.0" });
const residents: Resident[] = [
  {
    meta: meta("r-1"),
    name: "王伟",
    gender: "male",
    birthDate: "1949-12-31",
    address: { building: "3", room: "301" },
    quarantine: { status: "in-quarantine", place: "home", start: "2022-01-01" },
  },
  {
    meta: meta("r-2"),
    name: "李娜",
    gender: "female",
    address: { building: "2", room: "101" },
    residencyType: "floating",
    quarantine: { status: "health-monitoring", place: "home", start: "2022-01-04" },
  },
  {
    meta: meta("r-3"),
    name: "张敏",
    gender: "female",
    address: { building: "3", room: "302" },
    quarantine: { status: "released", place: "home" },
  },
];

/** A row of an exported CSV with `text` under 性别 and nothing else. */
const underGender = (csv: Uint8Array, text: string) =>
  new TextDecoder()
    .decode(csv)
    .replace(/^\ufeff/, "")
    .split("\r\n")[0]!
    .split(",")
    .map((h) => (h === "性别" ? text : ""))
    .join(",");

const rows = (file: string, sheet = 0) => {
  const wb = openWorkbook(readFileSync(join(tmp, file)), file, {});
  return [...wb.rows(wb.sheets[sheet]!)].map((r) => r.cells);
};

beforeAll(async () => {
  // The register as a community would hand it over: a spreadsheet, plus a row with no name.
  const csv = await exportRecords(residents, { entity: "resident", format: "csv" }).bytes();
  const header = new TextDecoder()
    .decode(csv)
    .replace(/^\ufeff/, "")
    .split("\r\n")[0]!
    .split(",");
  const noName = header.map((h) => (h === "性别" ? "男" : "")).join(",");
  writeFileSync(
    join(tmp, "居民.csv"),
    new Uint8Array([...csv, ...new TextEncoder().encode(`${noName}\r\n`)]),
  );
});

describe("linli report", () => {
  it("runs a shipped report over a register and writes the workbook", async () => {
    const t = io();
    const argv = [
      "report",
      "quarantine-daily",
      "居民.csv",
      "-o",
      "日报.xlsx",
      "--param",
      "community=丈八社区",
      "-p",
      "date=2022-01-05",
    ];
    expect(await main(argv, t.io)).toBe(1); // one row of the register was rejected
    expect(t.out()).toContain(
      "已将“居家隔离人员日报表”写入 日报.xlsx：居家隔离人员名单（2 行）、按楼栋统计（2 行）。",
    );
    expect(t.out()).toContain(
      "居民.csv：读取 4 行 = 完整接受 3 + 接受但有暂缓单元格 0 + 拒绝 1 + 跳过空行 0",
    );
    const list = rows("日报.xlsx");
    expect(list[0]![0]).toBe("丈八社区居家隔离人员日报表");
    expect(list.slice(3, 5).map((r) => r.slice(0, 4))).toEqual([
      ["1", "李娜", "女", ""],
      ["2", "王伟", "男", "72"],
    ]);
    expect(rows("日报.xlsx", 1).slice(2)).toEqual([
      ["楼栋", "隔离中", "健康监测", "合计"],
      ["2", "0", "1", "1"],
      ["3", "1", "0", "1"],
      ["合计", "1", "1", "2"],
    ]);
  });

  it("takes a definition file, writes CSV, hides small counts", async () => {
    const def = {
      linli: "report",
      version: 1,
      id: "by-building",
      name: "按楼栋统计",
      entity: "resident",
      sheets: [
        { type: "groupBy", name: "楼栋", rows: [{ by: "address.building", label: "楼栋" }] },
      ],
    };
    writeFileSync(join(tmp, "楼栋.json"), JSON.stringify(def));
    const t = io();
    expect(
      await main(["report", "楼栋.json", "居民.csv", "-o", "楼栋.csv", "--min-count", "2"], t.io),
    ).toBe(1);
    const text = readFileSync(join(tmp, "楼栋.csv"), "utf8")
      .replace(/^\ufeff/, "")
      .split("\r\n");
    // Building 2 has one resident; building 3's two are hidden too, or 3 − 2 would give it away.
    expect(text.slice(0, 4)).toEqual(["楼栋,数量", "2,*", "3,*", "合计,3"]);
  });

  it("--json prints the report's sheets and inputs", async () => {
    const t = io();
    await main(["report", "floating-population", "居民.csv", "-o", "流动.xlsx", "--json"], t.io);
    const doc = JSON.parse(t.out());
    expect(doc.report).toBe("floating-population");
    expect(doc.sheets[0]).toMatchObject({ name: "流动人口登记表", rows: 1 });
    expect(doc.inputs[0]).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1 });
  });

  it("--profile shows what the profile shares, logs the export and withholds rejected cells", async () => {
    const id = "11010519491231002X";
    const phone = "13800138000";
    const register = await exportRecords(
      [
        {
          ...residents[0]!,
          identifiers: [{ scheme: "cn-citizen-id", value: id }],
          phones: [{ number: phone }],
        },
        residents[1]!,
      ],
      { entity: "resident", format: "csv" },
    ).bytes();
    // A row without a name whose gender cell holds another citizen ID: rejected, with that
    // cell in issues.
    const other = "610113198501010016";
    writeFileSync(
      join(tmp, "带证件.csv"),
      new Uint8Array([
        ...register,
        ...new TextEncoder().encode(`${underGender(register, other)}\r\n`),
      ]),
    );
    const run = async (profile: string, out: string) => {
      const t = io();
      const argv = ["report", "quarantine-daily", "带证件.csv", "-o", out, "-p", "date=2022-01-05"];
      expect(await main([...argv, "--profile", profile], t.io)).toBe(1);
      const written = [
        ...rows(out).flat(),
        readFileSync(join(tmp, `${out}.带证件.csv.issues.json`), "utf8"),
        t.out(),
        t.err(),
      ].join("\n");
      return { t, written };
    };
    const shared = await run("partner-ngo", "共享.xlsx");
    for (const secret of [id, phone, other, "王伟"]) expect(shared.written).not.toContain(secret);
    expect(rows("共享.xlsx")[4]!.slice(1, 7)).toEqual([
      "王*",
      "男",
      "70-79",
      "",
      "138****8000",
      "3号楼",
    ]);
    const log = JSON.parse(readFileSync(join(tmp, "共享.xlsx.log.json"), "utf8"));
    expect(log).toMatchObject({ profile: { name: "partner-ngo" }, count: 2, file: "共享.xlsx" });
    expect(shared.t.out()).toContain("共享.xlsx.log.json");

    const full = await run("internal", "全部.xlsx");
    for (const secret of [id, phone, other, "王伟"]) expect(full.written).toContain(secret);
  });

  it("explains a missing or wrong definition, parameter or option, exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["report"], /请给出报表：quarantine-daily, floating-population, supplies-ledger/],
      [["report", "daily"], /请给出报表/],
      [["report", "quarantine-daily", "-o", "x.xlsx"], /请给出要统计的数据文件/],
      [["report", "quarantine-daily", "居民.csv"], /请用 -o 指定输出文件/],
      [
        ["report", "quarantine-daily", "居民.csv", "-o", "x.xlsx", "--param", "buliding=3"],
        /“buliding”不是本报表的参数/,
      ],
      [
        ["report", "quarantine-daily", "居民.csv", "-o", "x.xlsx", "--param", "oops"],
        /--param 的格式为 名称=值/,
      ],
      [
        ["report", "quarantine-daily", "居民.csv", "-o", "x.xlsx", "--min-count", "0"],
        /--min-count 应为不小于 1 的整数/,
      ],
    ];
    for (const [argv, message] of cases) {
      const t = io();
      expect([argv.join(" "), await main(argv, t.io)]).toEqual([argv.join(" "), 2]);
      expect(t.err()).toMatch(message);
    }
    writeFileSync(
      join(tmp, "bad.json"),
      JSON.stringify({
        linli: "report",
        version: 1,
        id: "x",
        name: "x",
        entity: "resident",
        sheets: [{ type: "list", name: "a", columns: [{ value: "nmae" }] }],
      }),
    );
    const bad = io("en_US.UTF-8");
    expect(await main(["report", "bad.json", "居民.csv", "-o", "x.xlsx"], bad.io)).toBe(2);
    expect(bad.err()).toMatch(
      /bad\.json: sheets\[0\]\.columns\[0\]\.value: “nmae” is no field of Resident/,
    );
    // A data file given as the definition: the message names it, in both languages.
    writeFileSync(join(tmp, "名单.json"), '[{"姓名":"王伟"}]');
    for (const [lang, message] of [
      ["en_US.UTF-8", "名单.json: (definition): not a linli report definition"],
      ["zh_CN.UTF-8", "名单.json：(definition)：不是 linli 报表定义"],
    ] as const) {
      const t = io(lang);
      expect(await main(["report", "名单.json", "居民.csv", "-o", "x.xlsx"], t.io)).toBe(2);
      expect(t.err()).toContain(message);
    }
  });
});
