import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeText, importFile, writeXlsx } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-convert-"));

const io = (lang = "zh_CN.UTF-8") => memoryIo({ cwd: tmp, env: { LANG: lang } });

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
  it("counts the empty columns without a header (a stray cell at XFD) instead of listing them", async () => {
    const head = ["姓名", "手机号"];
    while (head.length < 16_383) head.push("");
    head.push("x");
    writeFileSync(
      join(tmp, "宽.xlsx"),
      writeXlsx([{ name: "S", rows: [head, ["王伟", "13800138000"], ["李娜", "", "3"]] }]),
    );
    const t = io("en_US.UTF-8");
    expect(await main(["convert", "宽.xlsx", "-o", "宽.csv", "--entity", "resident"], t.io)).toBe(
      0,
    );
    expect(t.out()).toContain(
      "  Columns: 姓名 → Name, 手机号 → Phone, C → (kept as an extra column), x → (kept as an extra column); 16380 empty columns without a header or any value ignored\n",
    );
    const zh = io();
    expect(await main(["convert", "宽.xlsx", "-o", "宽2.csv", "--entity", "resident"], zh.io)).toBe(
      0,
    );
    expect(zh.out()).toContain("；另有 16380 个既无表头也无内容的空列，已忽略\n");
  });

  it("converts a register to XLSX, reports the mapping and the rejected row, exits 1", async () => {
    const t = io();
    expect(await main(["convert", "居民.csv", "-o", "居民.xlsx"], t.io)).toBe(1);
    expect(t.out()).toContain(
      "居民.csv：读取 3 行 = 完整接受 2 + 接受但有暂缓单元格 0 + 拒绝 1 + 跳过空行 0",
    );
    expect(t.out()).toContain("姓名 → 姓名，性别 → 性别，身份证号 → 身份证号");
    expect(t.out()).toContain("已将 2 条记录写入 居民.xlsx（xlsx）。");
    expect(t.out()).toContain("拒绝 1 行；所有问题见 居民.xlsx.issues.json");
    const issues = JSON.parse(readFileSync(join(tmp, "居民.xlsx.issues.json"), "utf8"));
    expect(issues.rejected[0].row).toBe(5);
    const back = await importFile(readFileSync(join(tmp, "居民.xlsx")), { entity: "resident" });
    expect(back.records.map((r) => [r.name, r.gender, r.address?.building, r.notes])).toEqual([
      ["王伟", "male", "3", "=行动不便"],
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

  describe("rejected rows under a sharing profile", () => {
    // A citizen ID typed into the gender column, a phone into the birth-date column, on rows
    // without a name (so rejected).
    const ID = "610113195604123516";
    const PHONE = "13991234567";
    writeFileSync(
      join(tmp, "错列.csv"),
      [
        "姓名,性别,出生日期,联系电话",
        "王伟,男,1949-12-31,13800138000",
        `,${ID},1956-04-12,13900139000`,
        `,男,${PHONE},`,
      ].join("\n"),
    );
    // Every byte convert writes (into a folder of its own) and prints, text and --json.
    async function run(profile: string, out: string) {
      const dir = join(tmp, `share-${profile}-${out}`);
      mkdirSync(dir);
      const text = io();
      const json = io("en_US.UTF-8");
      const argv = ["convert", "错列.csv", "-o", join(dir, out), "--profile", profile];
      const codes = [await main(argv, text.io), await main([...argv, "--json"], json.io)];
      const files = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
      const printed = [text.out(), text.err(), json.out(), json.err()];
      return { codes, files, all: [...files, ...printed].join("\n"), dir, json: json.out() };
    }

    for (const profile of ["partner-ngo", "public-statistics"]) {
      it(`${profile}: the misplaced ID and phone are in no written byte and no printed line`, async () => {
        for (const out of ["o.csv", "o.json", "o.ndjson"]) {
          const r = await run(profile, out);
          expect(r.codes).toEqual([1, 1]);
          expect(r.files).toHaveLength(3); // the output, its export log and its issues
          expect(r.all).not.toContain(ID);
          expect(r.all).not.toContain(PHONE);
          expect(r.all).not.toContain("13800138000");
          const issues = JSON.parse(readFileSync(join(r.dir, `${out}.issues.json`), "utf8"));
          expect(issues.profile).toBe(profile);
          expect(issues.rejected.map((x: { row: number }) => x.row)).toEqual([3, 4]);
          expect(issues.rejected.some((x: { raw?: unknown }) => x.raw)).toBe(false);
          expect(issues.issues[0].message["zh-CN"]).toContain(`共享方案“${profile}”`);
          expect(JSON.parse(r.json).issues[0].message.en).toContain("withheld");
        }
      });
    }

    it("internal: the rejected cells are all there, in issues.json and --json", async () => {
      const r = await run("internal", "o.csv");
      expect(r.codes).toEqual([1, 1]);
      const issues = readFileSync(join(r.dir, "o.csv.issues.json"), "utf8");
      expect(issues).toContain(ID);
      expect(issues).toContain(PHONE);
      expect(JSON.parse(issues).rejected[0].raw).toMatchObject({ 性别: ID });
      expect(r.json).toContain(ID);
    });
    it("a custom profile that keeps free text shows only the cells of fields it keeps as they are", async () => {
      writeFileSync(
        join(tmp, "无电话.json"),
        JSON.stringify({
          name: "no-phones",
          description: { "zh-CN": "不含电话", en: "No phones" },
          extends: "internal",
          kinds: { phone: "drop" },
        }),
      );
      const r = await run("无电话.json", "o.csv");
      const issues = JSON.parse(readFileSync(join(r.dir, "o.csv.issues.json"), "utf8"));
      // Row 3: its gender cell is kept as the profile keeps gender (the profile's choice);
      // its phone cell is withheld as the profile drops phones.
      expect(issues.rejected[0]).toEqual({
        row: 3,
        raw: { 姓名: "", 性别: ID, 出生日期: "1956-04-12" },
      });
      expect(r.all).not.toContain("13900139000");
    });
  });

  describe("withheld cells under a sharing profile", () => {
    // The same misplaced ID and phone on rows with a name: the rows are kept, the cells withheld.
    const ID = "610113195604123516";
    const PHONE = "13991234567";
    writeFileSync(
      join(tmp, "暂缓.csv"),
      ["姓名,性别,出生日期", `李娜,${ID},1956-04-12`, `张强,男,${PHONE}`].join("\n"),
    );
    it("internal keeps their text in meta.withheld; partner-ngo and public-statistics show it nowhere", async () => {
      const t = io();
      expect(await main(["convert", "暂缓.csv", "-o", "暂缓-internal.json"], t.io)).toBe(0);
      expect(t.out()).toContain("完整接受 0 + 接受但有暂缓单元格 2 + 拒绝 0");
      const kept = JSON.parse(readFileSync(join(tmp, "暂缓-internal.json"), "utf8"));
      expect(kept.map((r: { meta: { withheld: unknown } }) => r.meta.withheld)).toEqual([
        [{ column: "性别", field: "gender", value: ID, code: "cell.enum" }],
        [{ column: "出生日期", field: "birthDate", value: PHONE, code: "date.format" }],
      ]);
      for (const profile of ["partner-ngo", "public-statistics"]) {
        const s = io();
        const out = `暂缓-${profile}.json`;
        expect(await main(["convert", "暂缓.csv", "-o", out, "--profile", profile], s.io)).toBe(0);
        const written = [out, `${out}.issues.json`].map((f) =>
          existsSync(join(tmp, f)) ? readFileSync(join(tmp, f), "utf8") : "",
        );
        const all = [...written, s.out(), s.err()].join("\n");
        expect(all, profile).not.toContain(ID);
        expect(all, profile).not.toContain(PHONE);
      }
    });
  });

  it("refuses HSDS through a profile that changes organisations", async () => {
    const t = io();
    const argv = ["convert", "orgs.json", "-o", "h.json", "--format", "hsds"];
    expect(
      await main([...argv, "--entity", "organization", "--profile", "public-statistics"], t.io),
    ).toBe(2);
    expect(t.err()).toContain("HSDS 输出无法经过共享方案“public-statistics”");
    expect(existsSync(join(tmp, "h.json"))).toBe(false);
  });

  it("writes Open Referral HSDS for organisations", async () => {
    const orgs = [
      {
        meta: { id: "o-1", schemaVersion: "0.0.0" },
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
    // A profile that leaves records canonical (it only drops fields) goes through to HSDS.
    writeFileSync(
      join(tmp, "orgs-contact.json"),
      JSON.stringify([{ ...orgs[0], contacts: [{ name: "李娜", phone: "13800138000" }] }]),
    );
    writeFileSync(
      join(tmp, "无联系人.json"),
      JSON.stringify({
        name: "no-contacts",
        description: { "zh-CN": "不含联系人", en: "No contacts" },
        extends: "internal",
        classes: { direct: "drop" },
      }),
    );
    const argv = ["convert", "orgs-contact.json", "--format", "hsds", "--entity", "organization"];
    expect(await main([...argv, "-o", "hsds-all.json"], io().io)).toBe(0);
    expect(readFileSync(join(tmp, "hsds-all.json"), "utf8")).toContain("13800138000");
    expect(
      await main([...argv, "-o", "hsds-shared.json", "--profile", "无联系人.json"], io().io),
    ).toBe(0);
    const shared = readFileSync(join(tmp, "hsds-shared.json"), "utf8");
    expect(shared).not.toContain("13800138000");
    expect(shared).toContain("丈八社区居民委员会");
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
      [
        ["convert", "居民.csv", "-o", "x.csv", "--format", "pdf"],
        /“pdf”不是 --format 可用的值；可用：csv、xlsx/,
      ],
      [
        ["convert", "居民.csv", "-o", "x.json", "--format", "hsds", "--entity", "resident"],
        /HSDS 输出只适用于组织机构/,
      ],
      [
        ["convert", "居民.csv", "-o", "x.csv", "--columns", "nmae"],
        /--columns：“nmae”不是列名.*是不是想写“name”？/,
      ],
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
