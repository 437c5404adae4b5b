import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbook } from "@linli/adapters";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

const tmp = mkdtempSync(join(tmpdir(), "linli-template-"));

const io = (lang = "zh_CN.UTF-8") => memoryIo({ cwd: tmp, env: { LANG: lang } });

const header = (file: string) => {
  const wb = openWorkbook(readFileSync(join(tmp, file)), file, {});
  return { sheets: wb.sheets.map((s) => s.name), header: [...wb.rows(wb.sheets[0]!)][0]!.cells };
};

describe("linli template", () => {
  it("writes the template under its own name by default", async () => {
    const t = io();
    expect(await main(["template", "resident"], t.io)).toBe(0);
    expect(t.out()).toMatch(/^已将居民录入模板写入 居民信息录入模板\.xlsx：共 \d+ 列。\n$/);
    const { sheets, header: h } = header("居民信息录入模板.xlsx");
    expect(sheets).toEqual(["居民", "填写说明", "选项"]);
    expect(h.slice(0, 3)).toEqual(["姓名", "性别", "出生日期"]);
  });

  it("takes the language, the columns and the output file", async () => {
    const t = io();
    expect(
      await main(
        [
          "template",
          "need",
          "--lang",
          "en",
          "--columns",
          "requesterName,category,status",
          "-o",
          "needs.xlsx",
        ],
        t.io,
      ),
    ).toBe(0);
    expect(header("needs.xlsx").header).toEqual(["Requester", "Category", "Status"]);
    const j = io();
    expect(await main(["template", "volunteer", "-o", "v.xlsx", "--json"], j.io)).toBe(0);
    expect(JSON.parse(j.out())).toMatchObject({ entity: "volunteer", file: join(tmp, "v.xlsx") });
  });

  it("explains an unknown kind of data or column, exit 2", async () => {
    const t = io();
    expect(await main(["template", "person"], t.io)).toBe(2);
    expect(t.err()).toMatch(/请给出一种数据类型：resident、household/);
    const c = io("en_US.UTF-8");
    expect(await main(["template", "need", "--columns", "catgory", "-o", "n.xlsx"], c.io)).toBe(2);
    expect(c.err()).toMatch(/--columns: “catgory” is not a column key.*Did you mean “category”\?/);
    expect(existsSync(join(tmp, "n.xlsx"))).toBe(false);
  });
});
