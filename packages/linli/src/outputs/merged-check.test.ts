import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { mergeOutputFiles, parseMergeResult } from "linli";
import { merge, readMergeResult } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";
import { crc32, crcHex } from "./crc32.js";
import { MergedJsonReader } from "./merged-reader.js";

// merged.json proves itself whole: a file cut at a line boundary was accepted and lost every
// record after the cut while the summary still claimed them; one whose clusters were emptied
// gave 15 → 1 records. Now every such file is refused, with what is wrong.
const tmp = mkdtempSync(join(tmpdir(), "linli-merged-check-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const people = ["王伟", "李娜", "张敏", "刘洋", "陈静", "王伟"].map((name, i) => ({
  姓名: name,
  手机号: i === 5 ? "13800138000" : `1390000000${i}`,
}));
people[0]!.手机号 = "13800138000";

async function mergedText(): Promise<string> {
  const result = await merge([
    { name: "甲社区", data: people },
    {
      name: "乙社区",
      data: [
        { 姓名: "赵雷", 手机号: "13512345678" },
        { 姓名: "", 手机号: "x" },
      ],
    },
  ]);
  const file = mergeOutputFiles(result, { formats: ["json"] })[0]!;
  const parts: Uint8Array[] = [];
  for await (const c of file.chunks()) parts.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(parts).toString("utf8");
}
const text = await mergedText();
const lines = text.split("\n");
const codeOf = (f: () => unknown) => {
  try {
    f();
    return "accepted";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

/** The text with its check line made to agree with its (changed) content. */
function rechecked(body: string, counts: Record<string, number>): string {
  const end = body.lastIndexOf('"check":');
  const head = body.slice(0, end);
  const check = { ...counts, crc32: crcHex(crc32(new TextEncoder().encode(head))) };
  return `${head}"check":${JSON.stringify(check)}}\n`;
}

describe("merged.json", () => {
  it("ends with a check line: counts and the CRC-32 of every byte before it", () => {
    const check = JSON.parse(/^"check":(.*)\}$/.exec(lines.at(-2)!)![1]!);
    const r = parseMergeResult(text);
    expect(check).toMatchObject({
      records: r.records.length,
      clusters: r.clusters.length,
      conflicts: r.conflicts.length,
      issues: r.issues.length,
    });
    const before = text.slice(0, text.lastIndexOf('"check":'));
    expect(check.crc32).toBe(crcHex(crc32(Buffer.from(before))));
    // The standard CRC-32 (zlib, gzip, PNG), so that anyone can check a file.
    expect(crcHex(crc32(Buffer.from("123456789")))).toBe("cbf43926");
  });

  it("reads back the same result, however the bytes are cut into pieces", async () => {
    const whole = parseMergeResult(text);
    expect(whole.records.length).toBeGreaterThan(3);
    const bytes = Buffer.from(text);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const reader = new MergedJsonReader("merged.json");
          let at = 0;
          for (const c of [...cuts].sort((a, b) => a - b)) {
            reader.push(bytes.subarray(at, c));
            at = c;
          }
          reader.push(bytes.subarray(at));
          expect(reader.end()).toEqual(whole);
        },
      ),
      { seed: 13, numRuns: 60 },
    );
    const path = join(tmp, "merged.json");
    writeFileSync(path, text);
    expect(await readMergeResult(path)).toEqual(whole);
  });

  it("cut at any line or in the middle of one: refused, never read as fewer records", async () => {
    for (let n = 1; n < lines.length - 1; n++) {
      const cut = `${lines.slice(0, n).join("\n")}\n`;
      expect(["merge.mergedCut", "merge.mergedNoCheck"]).toContain(
        codeOf(() => parseMergeResult(cut)),
      );
    }
    for (const at of [10, Math.floor(text.length / 2), text.length - 3]) {
      expect(codeOf(() => parseMergeResult(text.slice(0, at)))).not.toBe("accepted");
    }
    // Read from a file, as a large merged.json always is.
    const path = join(tmp, "cut.json");
    const recordsEnd = lines.indexOf("],");
    writeFileSync(path, `${lines.slice(0, recordsEnd - 2).join("\n")}\n`);
    await expect(readMergeResult(path)).rejects.toMatchObject({ code: "merge.mergedCut" });
  });

  it("edited, with lines removed, or joined to another file: refused, saying so", () => {
    const record = lines.findIndex((l) => l.includes('"name":"李娜"'));
    const edited = lines.map((l, i) => (i === record ? l.replace("李娜", "李四") : l)).join("\n");
    expect(codeOf(() => parseMergeResult(edited))).toBe("merge.mergedChecksum");
    const dropped = lines.filter((_, i) => i !== record).join("\n");
    expect(codeOf(() => parseMergeResult(dropped))).toBe("merge.mergedCount");
    expect(codeOf(() => parseMergeResult(`${text}${text}`))).toBe("merge.mergedAfterEnd");
    const messages = (() => {
      try {
        parseMergeResult(edited, "合并结果/merged.json");
      } catch (e) {
        return (e as { localized: { "zh-CN": string; en: string } }).localized;
      }
    })();
    expect(messages?.en).toContain("was changed after linli wrote it");
    expect(messages?.["zh-CN"]).toContain("被改动过");
    // Pretty-printed by another tool: not the file linli wrote.
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(codeOf(() => parseMergeResult(pretty))).not.toBe("accepted");
  });

  it("records without their clusters (an emptied list) are refused even with a matching check", () => {
    const start = lines.indexOf('"clusters":[');
    const end = lines.indexOf("],", start);
    const emptied = [...lines.slice(0, start + 1), ...lines.slice(end)].join("\n");
    const r = parseMergeResult(text);
    const counts = {
      records: r.records.length,
      clusters: 0,
      conflicts: r.conflicts.length,
      issues: r.issues.length,
    };
    expect(codeOf(() => parseMergeResult(rechecked(emptied, counts)))).toBe("merge.mergedClusters");
  });

  it("a merge of an inconsistent result object is refused, not shrunk to fewer records", async () => {
    const r = parseMergeResult(text);
    const broken = { ...r, clusters: [] };
    await expect(
      merge([broken, { name: "丙社区", data: [{ 姓名: "孙丽" }] }]),
    ).rejects.toMatchObject({
      code: "merge.inconsistentResult",
    });
  });
});
