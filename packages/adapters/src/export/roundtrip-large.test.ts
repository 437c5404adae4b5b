// A large CSV export (above the size from which Node imports read delimited text on several
// threads, where there are cores for them) comes back the same: the apostrophes put before
// formula-like text are removed on every reading path, one thread or several.
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Resident } from "@linli/core";
import { afterAll, describe, expect, it } from "vitest";
import { importRecordsWith } from "../import/import-records.js";
import { parallelProcessor } from "../import/parallel.js";
import { importRecords } from "../node.js";
import { exportRecords } from "./export-records.js";

const NOTES = [
  "=SUM(A1:A9)",
  "+1 同住",
  "-行动不便",
  "@网格员",
  "'=保留",
  "行动不便，需要上门服务",
];
const dir = mkdtempSync(join(tmpdir(), "linli-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a large CSV export", () => {
  it("imports back with the same text, formula-like or not", async () => {
    const n = 60_000;
    const residents: Resident[] = Array.from({ length: n }, (_, i) => ({
      meta: { id: `r-${i}`, schemaVersion: "0.0.0" },
      name: `居民${i}`,
      address: {
        compound: "绿地世纪城",
        building: String(1 + (i % 30)),
        room: String(101 + (i % 900)),
      },
      notes: `${NOTES[i % NOTES.length]}（第${i}户，${"需要每周送菜，".repeat(3)}）`,
    }));
    const file = join(dir, "居民.csv");
    writeFileSync(
      file,
      await exportRecords(residents, { entity: "resident", format: "csv" }).bytes(),
    );
    expect(statSync(file).size).toBeGreaterThan(8 << 20);
    const runs = {
      "this machine's choice": importRecords(file, { entity: "resident" }),
      threads: importRecordsWith(
        createReadStream(file) as AsyncIterable<Uint8Array>,
        { entity: "resident", fileName: "居民.csv" },
        parallelProcessor({ threads: 2 }),
      ),
    };
    for (const [path, run] of Object.entries(runs)) {
      let k = 0;
      let differ = 0;
      for await (const r of run) {
        if (r.kind !== "record") continue;
        if (r.record.notes !== residents[k]!.notes) differ++;
        k++;
      }
      expect([path, k, differ]).toEqual([path, n, 0]);
    }
  });
});
