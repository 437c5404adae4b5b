import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeXlsx } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const data = fileURLToPath(
  new URL("../../../../examples/merge-communities/data/", import.meta.url),
);
const csv = `${data}丈八社区居民登记.csv`;
const xlsx = `${data}小寨社区重点人群台账.xlsx`;

const io = (env: Record<string, string> = { LANG: "zh_CN.UTF-8" }) => memoryIo({ env });

describe("linli validate", () => {
  it("--json: per file rows read, accepted, withheld, rejected, empty skipped, mapping and issues", async () => {
    const t = io();
    expect(await main(["validate", csv, xlsx, "--json"], t.io)).toBe(1);
    expect(t.err()).toBe("");
    const doc = JSON.parse(t.out());
    expect(doc.entity).toBe("resident");
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([csv, xlsx]);
    const [a, b] = doc.files;
    expect(a).toMatchObject({
      rowsRead: 58,
      accepted: 55,
      withheldRows: 1,
      withheldCells: 1,
      rejected: 1,
      emptySkipped: 2,
    });
    expect(b).toMatchObject({
      rowsRead: 46,
      accepted: 46,
      withheldRows: 1,
      rejected: 0,
      emptySkipped: 0,
    });
    expect(a.mapping.columns[1]).toEqual({
      column: "姓名",
      field: "name",
      confidence: 1,
      reason: "alias",
    });
    expect(a.mapping.columns[0]).toMatchObject({ column: "序号", field: null });
    expect(
      a.issues.map((i: { row: number; column?: string; severity: string }) => [
        i.row,
        i.column,
        i.severity,
      ]),
    ).toEqual([
      [56, "身份证号码", "withheld"],
      [57, undefined, "error"],
    ]);
    // Row numbers count the title and header rows: the bad date is on sheet row 48.
    expect(b.issues.find((i: { code: string }) => i.code === "date.invalid").row).toBe(48);
  });

  it("prints a plain summary in the chosen language; exit 1 with rejected rows, else 0", async () => {
    const t = io();
    const wjx = `${data}曲江池社区登记问卷.xlsx`;
    expect(await main(["validate", wjx, "--lang", "en"], t.io)).toBe(0);
    expect(t.out()).toContain(
      "52 rows read = 51 accepted in full + 1 accepted with withheld cells + 0 rejected + 0 empty skipped",
    );
    // Withheld cells are listed apart from rejections and warnings.
    expect(t.out()).toContain("  Withheld cells (1): left out of the record");
    expect(t.out()).not.toContain("Rejected rows");
    expect(t.out()).toContain("Columns: 序号 → Submission ID");
    expect(t.out()).not.toContain("\r");
    const zh = io();
    expect(await main(["validate", csv, "--lang", "zh-CN"], zh.io)).toBe(1);
    expect(zh.out()).toContain(
      "读取 58 行 = 完整接受 54 + 接受但有暂缓单元格 1 + 拒绝 1 + 跳过空行 2",
    );
    expect(zh.out()).toContain("  被拒绝的行（1）：");
    expect(zh.out()).toContain("  暂缓录入的单元格（1）：");
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    writeFileSync(join(dir, "好.csv"), "姓名,联系电话\n王伟,13800138000\n");
    const ok = io();
    expect(await main(["validate", join(dir, "好.csv")], ok.io)).toBe(0);
    expect(ok.out()).toContain("完整接受 1 + 接受但有暂缓单元格 0 + 拒绝 0");
  });

  it("counts in words that agree with the number, in English", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    writeFileSync(join(dir, "一.csv"), "姓名,身份证号\n王伟,110105491231002\n");
    const t = io({ LANG: "en_US.UTF-8" });
    await main(["validate", join(dir, "一.csv")], t.io);
    expect(t.out()).toMatch(
      /1 row read = 1 accepted in full \+ 0 accepted with withheld cells \+ 0 rejected \+ 0 empty skipped; 0 cells withheld, 1 warning$/m,
    );
    expect(t.out()).not.toMatch(/\b1 (rows|warnings|cells)\b/);
  });

  it("counts rejected rows as rows, and says how many problems they have", async () => {
    // One row with two problems was headed "Rejected rows (2)".
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    writeFileSync(join(dir, "二.csv"), "姓名,性别\n#N/A,未知\n,\n王伟,男\n,1\n");
    for (const [lang, head] of [
      ["en_US.UTF-8", "  Rejected rows (2, 4 problems):"],
      ["zh_CN.UTF-8", "  被拒绝的行（2，共 4 个问题）："],
    ] as const) {
      const t = io({ LANG: lang });
      expect(await main(["validate", join(dir, "二.csv"), "--entity", "resident"], t.io)).toBe(1);
      expect(t.out()).toContain(`${head}\n`);
    }
  });

  it("shows a header written on two lines on one line, and keeps it whole in --json", async () => {
    // Government forms often wrap a header in its cell: "姓名" above "(必填)".
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    const file = join(dir, "两行表头.csv");
    writeFileSync(
      file,
      '"姓名\n(必填)",身份证号,"联系\r\n电话"\n张三,11010119900307001X,13800138000\n李四,110101199003070012,13900139000\n',
    );
    const en = io({ LANG: "en_US.UTF-8" });
    await main(["validate", file], en.io);
    expect(en.out()).toContain(
      "  Columns: 姓名↵(必填) → Name, 身份证号 → Citizen ID, 联系↵电话 → Phone\n",
    );
    expect(en.out()).toContain("guessed from the columns 姓名↵(必填), 身份证号, 联系↵电话 (");
    // Every line of the summary is one message: none starts inside a header.
    expect(en.out()).not.toMatch(/^\(必填\)|^电话/m);
    const zh = io();
    await main(["validate", file], zh.io);
    expect(zh.out()).toContain(
      "  列对应：姓名↵(必填) → 姓名，身份证号 → 身份证号，联系↵电话 → 联系电话\n",
    );
    const j = io();
    await main(["validate", file, "--json"], j.io);
    const columns = JSON.parse(j.out()).files[0].mapping.columns;
    // The JSON keeps the header as written: a saved mapping must match it.
    expect(columns.map((c: { column: string }) => c.column)).toEqual([
      "姓名\n(必填)",
      "身份证号",
      "联系\r\n电话",
    ]);
  });

  it("counts empty columns without a header instead of listing them (a stray cell at XFD)", async () => {
    // A stray cell at XFD1 made the header 16,384 columns wide, each listed as "F → (kept…)".
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    const head = ["姓名", "手机号", "", "备注"];
    while (head.length < 16_383) head.push("");
    head.push("x");
    const file = join(dir, "宽.xlsx");
    writeFileSync(
      file,
      writeXlsx([
        { name: "S", rows: [head, ["王伟", "13800138000", "", "好"], ["李娜", "", "3"]] },
      ]),
    );
    const en = io({ LANG: "en_US.UTF-8" });
    expect(await main(["validate", file, "--entity", "resident"], en.io)).toBe(0);
    // C has no header but a value: listed; D… to XFC are empty: counted.
    expect(en.out()).toContain(
      "  Columns: 姓名 → Name, 手机号 → Phone, C → (kept as an extra column), 备注 → Notes, x → (kept as an extra column); 16379 empty columns without a header or any value ignored\n",
    );
    const zh = io();
    expect(await main(["validate", file, "--entity", "resident"], zh.io)).toBe(0);
    expect(zh.out()).toContain("；另有 16379 个既无表头也无内容的空列，已忽略\n");
    const j = io();
    expect(await main(["validate", file, "--entity", "resident", "--json"], j.io)).toBe(0);
    const mapping = JSON.parse(j.out()).files[0].mapping;
    expect(mapping.emptyColumns).toBe(16_379);
    expect(mapping.columns).toHaveLength(16_384);
    expect(mapping.columns[2]).toEqual({
      column: "C",
      field: null,
      confidence: 0,
      reason: "unmapped",
    });
    expect(mapping.columns[4]).toMatchObject({ column: "E", empty: true });
  });

  it("--sheet all with a cover page first: the other sheets' columns count, the file is read", async () => {
    // Before: "No column of a.xlsx is a field of resident (its columns: 登记册)", exit 2, as
    // only the first sheet's columns were looked at.
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    const file = join(dir, "a.xlsx");
    writeFileSync(
      file,
      writeXlsx([
        { name: "封面", rows: [["登记册"]] },
        {
          name: "居民",
          rows: [
            ["姓名", "手机号"],
            ["王伟", "13800138000"],
          ],
        },
      ]),
    );
    const t = io({ LANG: "en_US.UTF-8" });
    expect(await main(["validate", file, "--entity", "resident", "--sheet", "all"], t.io)).toBe(0);
    expect(t.err()).toBe("");
    expect(t.out()).toContain("  Sheet “居民”, columns: 姓名 → Name, 手机号 → Phone\n");
  });

  it("exits 2 for a file none of whose columns is of the kind, and says what to check", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-validate-"));
    writeFileSync(join(dir, "other.csv"), "foo,bar\n1,2\n3,4\n");
    const t = io({ LANG: "en_US.UTF-8" });
    expect(await main(["validate", join(dir, "other.csv"), "--entity", "resident"], t.io)).toBe(2);
    expect(t.err()).toContain(
      "is a field of resident (its columns: foo, bar). Is it the right file",
    );
    // Without --entity, no kind of data fits: said, with what to do.
    const g = io({ LANG: "en_US.UTF-8" });
    expect(await main(["validate", join(dir, "other.csv")], g.io)).toBe(2);
    expect(g.err()).toContain(
      "none of its columns (foo, bar) is a field of any kind of data linli knows. Say which with --entity",
    );
    const pkg = fileURLToPath(new URL("../../package.json", import.meta.url));
    const z = io();
    expect(await main(["validate", pkg], z.io)).toBe(2);
    expect(z.err()).toContain("未能读取");
    const j = io();
    expect(
      await main(["validate", join(dir, "other.csv"), "--json", "--entity", "resident"], j.io),
    ).toBe(2);
    expect(JSON.parse(j.out()).files[0].error.code).toBe("validate.noColumns");
    const k = io();
    expect(await main(["validate", join(dir, "other.csv"), "--json"], k.io)).toBe(2);
    expect(JSON.parse(k.out()).files[0].error.code).toBe("entity.unknown");
  });

  it("shows progress on a terminal or with --progress, never in a pipe or with --json", async () => {
    const run = async (isTTY: boolean, ...flags: string[]) => {
      const t = memoryIo({ env: { LANG: "en_US.UTF-8" }, isTTY });
      await main(["validate", csv, ...flags], t.io);
      return t.err();
    };
    expect(await run(false)).toBe("");
    expect(await run(false, "--json")).toBe("");
    expect(await run(true, "--json")).toBe("");
    expect(await run(true)).toContain("\r\u001b[2KReading");
    const plain = await run(false, "--progress");
    expect(plain).toContain("Reading");
    expect(plain).not.toContain("\r");
  });

  it("explains a missing file, a folder, an unknown entity and an unreadable file (exit 2)", async () => {
    const t = io();
    expect(await main(["validate", "没有这个文件.csv"], t.io)).toBe(2);
    expect(t.err()).toContain("找不到文件“没有这个文件.csv”");
    const f = io({ LANG: "en_US.UTF-8" });
    expect(await main(["validate", data], f.io)).toBe(2);
    expect(f.err()).toMatch(/is a folder/);
    const e = io({ LANG: "en_US.UTF-8" });
    expect(await main(["validate", csv, "--entity", "person"], e.io)).toBe(2);
    expect(e.err()).toMatch(/“person” is not a value of --entity; use one of resident, household/);
    const n = io();
    expect(await main(["validate"], n.io)).toBe(2);
    expect(n.err()).toContain("请至少给出一个文件");
    // Not a spreadsheet: the other file is still checked, and the exit code says I/O error.
    const bin = io({ LANG: "en_US.UTF-8" });
    const png = fileURLToPath(
      new URL("../../../../docs/merge/report-conflict.png", import.meta.url),
    );
    expect(await main(["validate", png, csv, "--json"], bin.io)).toBe(2);
    const doc = JSON.parse(bin.out());
    expect(doc.files[0].error.message.en).toMatch(/looks like .*not a spreadsheet/);
    expect(doc.files[1].accepted).toBe(55);
  });

  it("takes a saved mapping", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-mapping-"));
    writeFileSync(`${dir}/m.json`, JSON.stringify({ entity: "resident", columns: { 备注: null } }));
    const t = io();
    await main(["validate", csv, "--mapping", `${dir}/m.json`, "--json"], t.io);
    const cols = JSON.parse(t.out()).files[0].mapping.columns;
    expect(cols.find((c: { column: string }) => c.column === "备注")).toMatchObject({
      field: null,
      reason: "user",
    });
    const bad = io();
    expect(await main(["validate", csv, "--mapping", `${dir}/none.json`], bad.io)).toBe(2);
    expect(bad.err()).toContain(`找不到文件“${dir}/none.json”`);
  });

  it("says what a mapping file should hold when it holds something else, in zh-CN and en", async () => {
    // Before: "Cannot use the mapping file “x”: {"entity", "columns"}", or Node's
    // "EISDIR: illegal operation on a directory, read".
    const dir = mkdtempSync(join(tmpdir(), "linli-mapping-"));
    writeFileSync(`${dir}/list.json`, "[1, 2]");
    writeFileSync(`${dir}/cut.json`, '{"columns": {');
    writeFileSync(`${dir}/need.json`, JSON.stringify({ entity: "need", columns: {} }));
    const example = '{"entity": "resident", "columns": {"姓名": "name", "联系电话": "phone"}}';
    const cases: [string, string, string][] = [
      [`${dir}/list.json`, "en_US.UTF-8", `: expected an object such as ${example}`],
      [`${dir}/list.json`, "zh_CN.UTF-8", `：应为这样的对象：${example}`],
      [`${dir}/cut.json`, "en_US.UTF-8", "it is not valid JSON ("],
      [dir, "en_US.UTF-8", `“${dir}” is a folder`],
      [
        `${dir}/need.json`,
        "en_US.UTF-8",
        "it maps the columns of need, but the files are read as resident; give --entity need",
      ],
    ];
    for (const [file, lang, message] of cases) {
      const t = io({ LANG: lang });
      const argv = ["validate", csv, "--entity", "resident", "--mapping", file];
      expect([file, await main(argv, t.io)]).toEqual([file, 2]);
      expect(t.err()).toContain(message);
    }
  });
});
