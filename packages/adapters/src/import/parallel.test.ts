// Importing a CSV file in pieces (built elsewhere and sent back compactly) gives exactly what
// importing it row by row gives: the same results in the same order, the same summary, and the
// same error after the same rows.
import { columns, getColumn, Resident } from "@linli/core";
import { resident } from "@linli/core/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeText } from "../encoding/encode.js";
import { sourceHead } from "../table/open.js";
import type { ImportLimits } from "../types.js";
import { type ImportOptions, importRecords, importRecordsWith } from "./import-records.js";
import { type ParallelOptions, parallelProcessor } from "./parallel.js";

const flat = columns(Resident).filter((c) => !c.key.startsWith("meta."));
const header = [...flat.map((c) => c.label["zh-CN"]), "序号"];

const quote = (cell: string) => (/[,"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const cellOf = (v: unknown) => (v === undefined ? "" : Array.isArray(v) ? v.join("、") : String(v));

/** Lines other than records: broken, blank, multi-line, footers, formulas. */
const odd = fc.constantFrom(
  "",
  ",,,",
  "合计：4人",
  "填表人：赵敏",
  "注：本表仅供社区使用",
  '王伟,"多\n行,""引号""",x',
  "'=1+1,'-5,@x",
  '"没有闭合的引号,王伟',
  "王伟,男,abc,6.10113E+17",
  '王伟,="11010519491231002X",="13800138000",138****8000,nan',
  '"=""11010519491231002X""",="他说""好""",=A1',
  "\u3000",
);

/** Bytes the text takes at least, in UTF-8 as in GB18030 (two for any non-ASCII character). */
const leastBytes = (line: string) => line.length + (line.match(/[^\p{ASCII}]/gu)?.length ?? 0);

/**
 * CSV text of at least `bytes` bytes (so that rows are left after the head, read with the
 * header before any piece): the rows are repeated, the last ones once. Up to three rows are
 * written once, as a file read whole with its header.
 */
const csvText = (bytes: number) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: resident.map((r) => flat.map((c) => cellOf(getColumn(r, c)))) },
          { weight: 1, arbitrary: odd.map((line) => [line]) },
        ),
        { minLength: 1, maxLength: 60 },
      ),
      fc.constantFrom("\r\n", "\n"),
      fc.boolean(),
    )
    .map(([rows, newline, title]) => {
      const lines = rows.map((cells, i) =>
        cells.length === 1 ? cells[0]! : [...cells.map(quote), String(i + 1)].join(","),
      );
      const body: string[] = [];
      for (let size = 0; size < bytes; ) {
        for (const line of lines.slice(0, -3)) {
          body.push(line);
          // The line break counts too: lines may all be empty.
          size += leastBytes(line) + 1;
        }
        if (lines.length <= 3) break;
      }
      for (const x of lines.slice(-3)) body.push(x);
      return [...(title ? ["居民登记表"] : []), header.join(","), ...body].join(newline) + newline;
    });

/** The bytes in chunks of random sizes, as a stream would bring them. */
function chunked(bytes: Uint8Array, sizes: number[]): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      let at = 0;
      for (let i = 0; at < bytes.length; i++) {
        const n = sizes[i % sizes.length]!;
        yield bytes.subarray(at, at + n);
        at += n;
      }
    },
  };
}

type Outcome = { results: unknown[]; summary?: unknown; error?: string };

async function collect(
  bytes: Uint8Array,
  sizes: number[],
  options: ImportOptions<"resident">,
  parallel?: ParallelOptions,
): Promise<Outcome> {
  const source = chunked(bytes, sizes);
  const run = parallel
    ? importRecordsWith(source, options, parallelProcessor(parallel))
    : importRecords(source, options);
  const results: unknown[] = [];
  try {
    for await (const r of run) results.push(r);
    return { results, summary: await run.summary() };
  } catch (e) {
    return { results, error: String(e) };
  }
}

/**
 * The head read before any piece, in the tests of what comes after it (64 KiB when reading
 * files): pieces, their seams and the takeover after the header are the same code whatever
 * its size, and each case then reads 20 KB rather than 80.
 */
const HEAD = 4096;

const plan = fc.record({
  // Rows for several pieces after the head (pieces hold up to 4,000 characters).
  text: csvText(HEAD + 12_000),
  encoding: fc.constantFrom("utf-8", "gb18030") as fc.Arbitrary<"utf-8" | "gb18030">,
  sizes: fc.oneof(
    fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
    fc.array(fc.integer({ min: 40, max: 3000 }), { minLength: 1, maxLength: 5 }),
  ),
  pieceChars: fc.integer({ min: 1, max: 4000 }),
});

async function same(
  p: { text: string; encoding: "utf-8" | "gb18030"; sizes: number[]; pieceChars: number },
  limits?: ImportLimits,
  bytes = encodeText(p.text, p.encoding),
) {
  const options: ImportOptions<"resident"> = {
    entity: "resident",
    fileName: "居民.csv",
    ...(limits ? { limits } : {}),
  };
  const expected = await collect(bytes, p.sizes, options);
  const got = await collect(bytes, p.sizes, options, { inline: true, pieceChars: p.pieceChars });
  expect(got).toStrictEqual(expected);
  expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  return expected;
}

describe("importing CSV in pieces", () => {
  const fileHead = sourceHead.bytes;
  beforeAll(() => {
    sourceHead.bytes = HEAD;
  });
  afterAll(() => {
    sourceHead.bytes = fileHead;
  });

  it("gives the rows, records, issues and summary of importing row by row", async () => {
    await fc.assert(
      fc.asyncProperty(plan, (p) => same(p).then(() => {})),
      { numRuns: 150 },
    );
  });

  it("stops after the same rows when there are too many", async () => {
    await fc.assert(
      fc.asyncProperty(plan, fc.double({ min: 0.4, max: 1.1, noNaN: true }), async (p, share) => {
        const lines = p.text.split("\n").length;
        await same(p, { rows: Math.max(1, Math.floor(lines * share)) });
      }),
      { numRuns: 25 },
    );
  });

  it("stops after the same rows at text that cannot be decoded", async () => {
    await fc.assert(
      fc.asyncProperty(plan, fc.double({ min: 0, max: 1, noNaN: true }), async (p, where) => {
        const good = encodeText(p.text, "utf-8");
        // Mostly after the head, which is read before the pieces.
        const at = Math.floor(good.length * (0.3 + 0.7 * where));
        const bad = new Uint8Array([...good.subarray(0, at), 0xff, 0xfe, ...good.subarray(at)]);
        await same({ ...p, encoding: "utf-8" }, undefined, bad);
      }),
      { numRuns: 25 },
    );
  });
});

// At the head read from files (64 KiB), as users run it.
describe("importing CSV in pieces on threads", () => {
  it("reads pieces on worker threads", async () => {
    const text = fc.sample(csvText(70_000), { numRuns: 1, seed: 7 })[0]!.repeat(3);
    const bytes = encodeText(text, "gb18030");
    const options: ImportOptions<"resident"> = { entity: "resident", fileName: "居民.csv" };
    const expected = await collect(bytes, [4096], options);
    const where: string[] = [];
    const got = await collect(bytes, [4096], options, {
      threads: 2,
      pieceChars: 2000,
      awaitThreads: true,
      onPiece: (w) => where.push(w),
    });
    expect(got).toStrictEqual(expected);
    expect((expected.results as unknown[]).length).toBeGreaterThan(500);
    expect(where.filter((w) => w === "thread").length).toBeGreaterThan(10);
  }, 60_000);

  it("lets the threads go when iteration stops early", async () => {
    const text = fc.sample(csvText(70_000), { numRuns: 1, seed: 3 })[0]!.repeat(3);
    const run = importRecordsWith(
      chunked(encodeText(text, "utf-8"), [1000]),
      { entity: "resident" },
      parallelProcessor({ threads: 1, pieceChars: 500 }),
    );
    let n = 0;
    for await (const _ of run) if (++n === 5) break;
    expect(n).toBe(5);
  }, 60_000);
});
