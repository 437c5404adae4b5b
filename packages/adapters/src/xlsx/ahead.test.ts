import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { openWorkbook, openWorkbookAhead } from "./read.js";
import { writeXlsx } from "./write.js";
import { extract, inflateAhead, listZip } from "./zip.js";

const budget = () => ({ remaining: 1e9, limit: 1e9 });
const rowsOf = (wb: ReturnType<typeof openWorkbook>, sheet = 0) =>
  [...wb.rows(wb.sheets[sheet]!)].map((r) => [r.row, ...r.cells]);
const code = async (f: () => Promise<unknown>) =>
  f().then(
    () => "no error",
    (e: unknown) => (e instanceof ImportError ? e.code : String(e)),
  );

// A part that inflates to 5 MB of zeros from a few kilobytes.
const bomb = zipSync({ "_rels/.rels": new Uint8Array(5_000_000) });

describe("parts inflated ahead by the runtime (DecompressionStream)", () => {
  const book = writeXlsx([
    {
      name: "居民",
      rows: [
        ["姓名", "电话"],
        ...Array.from({ length: 800 }, (_, i) => [`王伟${i}`, `1380000${i}`]),
      ],
    },
    { name: "说明", rows: [["每行一人"]] },
  ]);

  it("gives every part the same bytes as inflating in JavaScript", async () => {
    const entries = listZip(book, "a.xlsx");
    const ahead = await inflateAhead(book, entries, () => true, 1e9);
    const deflated = [...entries.values()].filter((e) => e.method === 8);
    expect(deflated.length).toBeGreaterThan(3);
    expect([...ahead.keys()].sort()).toEqual(deflated.map((e) => e.name).sort());
    for (const e of deflated)
      expect(ahead.get(e.name)).toEqual(extract(book, e, budget(), "a.xlsx"));
  });

  it("takes only the parts asked for, up to the limit in all, and leaves out what fails", async () => {
    const entries = listZip(book, "a.xlsx");
    const xml = await inflateAhead(book, entries, (e) => e.name.endsWith(".rels"), 1e9);
    expect([...xml.keys()].every((k) => k.endsWith(".rels"))).toBe(true);
    expect(xml.size).toBeGreaterThan(0);
    const sheet = entries.get("xl/worksheets/sheet1.xml")!;
    const small = await inflateAhead(book, entries, () => true, sheet.size - 1);
    expect(small.has("xl/worksheets/sheet1.xml")).toBe(false);
    // A part whose deflate stream is cut short is left to the JavaScript inflater.
    const broken = book.slice();
    broken.fill(0xff, sheet.offset + 60, sheet.offset + 90);
    const some = await inflateAhead(broken, listZip(broken, "b.xlsx"), () => true, 1e9);
    expect(some.has("xl/worksheets/sheet1.xml")).toBe(false);
    expect(some.has("xl/workbook.xml")).toBe(true);
    // A zip bomb stops at the limit, whatever size it declares.
    const none = await inflateAhead(bomb, listZip(bomb, "bomb.xlsx"), () => true, 1_000_000);
    expect(none.size).toBe(0);
  });

  it("opens a workbook with the same sheets and rows, and the same errors, as openWorkbook", async () => {
    const ahead = await openWorkbookAhead(book, "a.xlsx");
    const plain = openWorkbook(book, "a.xlsx");
    expect(ahead.sheets).toEqual(plain.sheets);
    expect(rowsOf(ahead)).toEqual(rowsOf(plain));
    // Read again (a part is taken from the ahead set once, then inflated here).
    expect(rowsOf(ahead)).toEqual(rowsOf(plain));
    expect(rowsOf(ahead, 1)).toEqual([[1, "每行一人"]]);
    expect(
      await code(() => openWorkbookAhead(book, "a.xlsx", { decompressed: 4000 }).then(rowsOf)),
    ).toBe("limit.decompressed");
    expect(
      await code(() => openWorkbookAhead(bomb, "bomb.xlsx", { decompressed: 1_000_000 })),
    ).toBe("limit.decompressed");
    expect(await code(() => openWorkbookAhead(zipSync({ "a.txt": strToU8("hi") }), "c.xlsx"))).toBe(
      "xlsx.invalid",
    );
  });
});
