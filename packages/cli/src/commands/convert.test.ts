import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeText, importFile } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import type { Io } from "../command.js";
import { main } from "../main.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-convert-"));

function io(lang = "zh_CN.UTF-8") {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    isTTY: false,
    cwd: tmp,
    env: { LANG: lang },
  };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

// A register as communities keep them: a title row, GB18030, one row the importer refuses.
const REGISTER = [
  "丈八社区居民登记表",
  "姓名,性别,身份证号,联系电话,楼栋,备注",
  "王伟,男,11010519491231002X,13800138000,3号楼,=行动不便",
  "李娜,女,,13900139000,5,",
  ",男,,,,没有姓名",
].join("\r\n");
writeFileSync(join(tmp, "居民.csv"), encodeText(REGISTER, "gb18030"));

describe("linli convert", () => {
  it("converts a register to XLSX, reports the mapping and the rejected row, exits 1", async () => {
    const t = io();
    expect(await main(["convert", "居民.csv", "-o", "居民.xlsx"], t.io)).toBe(1);
    expect(t.out()).toContain("居民.csv：读取 3 行，接受 2 行，拒绝 1 行");
    expect(t.out()).toContain("姓名 → 姓名，性别 → 性别，身份证号 → 身份证号");
    expect(t.out()).toContain("已将 2 条记录写入 居民.xlsx（xlsx）。");
    expect(t.out()).toContain("拒绝 1 行；所有问题见 居民.xlsx.issues.json");
    const issues = JSON.parse(readFileSync(join(tmp, "居民.xlsx.issues.json"), "utf8"));
    expect(issues.rejected[0].row).toBe(5);
    const back = await importFile(readFileSync(join(tmp, "居民.xlsx")), { entity: "resident" });
    expect(back.records.map((r) => [r.name, r.gender, r.address?.building, r.notes])).toEqual([
      ["王伟", "male", "3号楼", "=行动不便"],
      ["李娜", "female", "5", undefined],
    ]);
  });

  it("writes linli records as JSON and reads them back as records", async () => {
    expect(await main(["convert", "居民.csv", "-o", "居民.json"], io().io)).toBe(1);
    const records = JSON.parse(readFileSync(join(tmp, "居民.json"), "utf8"));
    expect(records[0]).toMatchObject({
      name: "王伟",
      identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
    });
    const t = io("en_US.UTF-8");
    expect(
      await main(
        ["convert", "居民.json", "-o", "residents.csv", "--columns", "name,gender,phone"],
        t.io,
      ),
    ).toBe(0);
    expect(t.out()).toContain("居民.json: 2 linli records read — 0 rejected");
    expect(readFileSync(join(tmp, "residents.csv"), "utf8").split("\r\n")).toEqual([
      "\ufeffName,Gender,Phone",
      "王伟,Male,13800138000",
      "李娜,Female,13900139000",
      "",
    ]);
  });

  it("writes TSV for a .tsv output", async () => {
    expect(
      await main(["convert", "居民.json", "-o", "d.tsv", "--columns", "name,gender"], io().io),
    ).toBe(0);
    expect(readFileSync(join(tmp, "d.tsv"), "utf8")).toBe(
      "\ufeff姓名\t性别\r\n王伟\t男\r\n李娜\t女\r\n",
    );
  });

  it("writes HXL, GB18030 and NDJSON tables on request", async () => {
    expect(
      await main(
        ["convert", "居民.json", "-o", "a.csv", "--format", "hxl", "--columns", "name,gender"],
        io().io,
      ),
    ).toBe(0);
    expect(readFileSync(join(tmp, "a.csv"), "utf8").split("\r\n")[1]).toBe(
      "#beneficiary+name,#beneficiary+gender",
    );
    await main(
      ["convert", "居民.json", "-o", "b.csv", "--encoding", "gb18030", "--columns", "name"],
      io().io,
    );
    expect(new TextDecoder("gb18030").decode(readFileSync(join(tmp, "b.csv")))).toBe(
      "姓名\r\n王伟\r\n李娜\r\n",
    );
    await main(
      [
        "convert",
        "居民.json",
        "-o",
        "c.ndjson",
        "--shape",
        "table",
        "--values",
        "code",
        "--columns",
        "name,gender",
      ],
      io().io,
    );
    expect(readFileSync(join(tmp, "c.ndjson"), "utf8")).toBe(
      '{"name":"王伟","gender":"male"}\n{"name":"李娜","gender":"female"}\n',
    );
  });

  it("applies a sharing profile and writes the export log beside the output", async () => {
    const t = io();
    expect(
      await main(["convert", "居民.json", "-o", "共享.csv", "--profile", "partner-ngo"], t.io),
    ).toBe(0);
    expect(t.out()).toContain("共享视图");
    const text = readFileSync(join(tmp, "共享.csv"), "utf8");
    expect(text).toContain("王*");
    expect(text).not.toContain("11010519491231002X");
    const log = JSON.parse(readFileSync(join(tmp, "共享.csv.log.json"), "utf8"));
    expect(log).toMatchObject({
      linli: "export-log",
      entity: "resident",
      count: 2,
      format: "csv",
      view: "shared",
    });
    expect(log.profile.name).toBe("partner-ngo");
  });

  it("writes Open Referral HSDS for organisations", async () => {
    const orgs = [
      {
        meta: { id: "o-1", schemaVersion: "0.1.0" },
        name: "丈八社区居民委员会",
        services: [
          {
            id: "s-1",
            name: "代购药品",
            status: "active",
            schedules: [{ days: ["MO"], opensAt: "09:00" }],
          },
        ],
      },
    ];
    writeFileSync(join(tmp, "orgs.json"), JSON.stringify(orgs));
    expect(
      await main(
        ["convert", "orgs.json", "-o", "hsds.json", "--format", "hsds", "--entity", "organization"],
        io().io,
      ),
    ).toBe(0);
    const hsds = JSON.parse(readFileSync(join(tmp, "hsds.json"), "utf8"));
    expect(hsds.organizations[0].name).toBe("丈八社区居民委员会");
    expect(hsds.services[0].schedules[0]).toMatchObject({ byday: "MO", opens_at: "09:00+08:00" });
  });

  it("--json prints one document", async () => {
    const t = io();
    expect(await main(["convert", "居民.csv", "-o", "j.json", "--json"], t.io)).toBe(1);
    const doc = JSON.parse(t.out());
    expect(doc.input).toMatchObject({ kind: "table", rowsRead: 3, accepted: 2, rejected: 1 });
    expect(doc.output).toMatchObject({ format: "json", count: 2, view: "canonical" });
    expect(doc.output.issues).toMatch(/j\.json\.issues\.json$/);
    expect(doc.issues.length).toBeGreaterThan(0);
  });

  it("explains what is missing or wrong, exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["convert", "居民.csv"], /请用 -o 指定输出文件/],
      [["convert", "居民.csv", "-o", "x.txt"], /无法从“.*x\.txt”判断输出格式/],
      [["convert", "居民.csv", "-o", "x.csv", "--format", "pdf"], /不支持的格式“pdf”/],
      [["convert", "居民.csv", "-o", "x.json", "--format", "hsds"], /HSDS 输出只适用于组织机构/],
      [["convert", "居民.csv", "-o", "x.csv", "--columns", "nmae"], /--columns：nmae/],
      [
        ["convert", "居民.csv", "-o", "x.csv", "--profile", "nope.json"],
        /无法使用共享方案“nope\.json”/,
      ],
      [["convert", "没有.csv", "-o", "x.csv"], /没有.csv/],
    ];
    for (const [argv, message] of cases) {
      const t = io();
      expect([argv.join(" "), await main(argv, t.io)]).toEqual([argv.join(" "), 2]);
      expect(t.err()).toMatch(message);
    }
    expect(existsSync(join(tmp, "x.csv"))).toBe(false);
  });
});
