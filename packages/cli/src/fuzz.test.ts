import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeText, writeXlsx } from "@linli/adapters";
import { citizenIdCheckChar } from "@linli/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MergedJsonReader } from "../../linli/src/outputs/merged-reader.js";
import { JOURNAL_FILE, LOCK_FILE, TEMP } from "../../linli/src/write/lock.js";
import type { OutputFs } from "../../linli/src/write/output-fs.js";
import { failingRenames, failingWrites } from "../../linli/src/write/testing.js";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

// The command line under random flags, random files (real ones from fixtures/, generated ones,
// broken ones) and random faults injected into its writes, with a fixed seed and a budget of
// a few seconds. The invariant (docs/reliability.md): the exit code and the files agree —
// a run that exits 0 or 1 has written every output whole; any other exit leaves the output
// folder exactly as it was; nothing half-made (temporary files, a lock) is ever left behind.
const SEED = 20261206;
const tmp = mkdtempSync(join(tmpdir(), "linli-fuzz-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const root = new URL("../../../", import.meta.url).pathname;
const fixture = (path: string) => readFileSync(join(root, "fixtures/realworld", path));

function citizenId(i: number): string {
  const first = `110101${1950 + (i % 60)}${String((i % 12) + 1).padStart(2, "0")}${String((i % 28) + 1).padStart(2, "0")}${String(i % 1000).padStart(3, "0")}`;
  return first + citizenIdCheckChar(first);
}
function residents(n: number, from = 0): string[][] {
  const names = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强"];
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return [
      names[i % names.length]!,
      citizenId(i),
      `138${String(i).padStart(8, "0")}`,
      `${(i % 9) + 1}号楼`,
    ];
  });
}
const HEAD = ["姓名", "身份证号", "手机号", "住址"];
const csv = (rows: string[][]) => `${rows.map((r) => r.join(",")).join("\n")}\n`;

/** Input files: name → bytes. Real, generated and broken. */
const FILES: Record<string, () => Uint8Array> = {
  "居民.csv": () => encodeText(csv([HEAD, ...residents(12)]), "utf-8"),
  "居民-gb.csv": () => encodeText(csv([HEAD, ...residents(8, 4)]), "gb18030"),
  "有错行.csv": () => encodeText(csv([HEAD, ...residents(5), ["", "123", "1", ""]]), "utf-8"),
  "无表头.csv": () => encodeText(csv(residents(4, 30)), "utf-8"),
  "引号未闭合.csv": () => encodeText(`${csv([HEAD, ...residents(3)])}"王五,1\n李四,2\n`, "utf-8"),
  "空.csv": () => new Uint8Array(),
  "乱码.csv": () => Uint8Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256),
  "居民.xlsx": () => writeXlsx([{ name: "居民", rows: [HEAD, ...residents(6, 50)] }]),
  "截断.xlsx": () => writeXlsx([{ name: "居民", rows: [HEAD, ...residents(6)] }]).slice(0, 400),
  "merged.json": () => encodeText('{"entity":"resident","records":[{"meta":{"id":"x"', "utf-8"),
  "persons.csv": () => fixture("sahana-eden/BRCMS_Standard_Demo_person.csv"),
  "organizations.csv": () => fixture("openreferral/simple_organizations.csv"),
  "donations.json": () => fixture("wuhan2020/fe_donation_data.json"),
};
const names = Object.keys(FILES);

/** A merge output folder from an earlier successful run, copied into a case's folder. */
let earlier = "";
beforeAll(async () => {
  const dir = join(tmp, "inputs");
  mkdirSync(dir);
  for (const [name, make] of Object.entries(FILES)) writeFileSync(join(dir, name), make());
  earlier = join(tmp, "earlier");
  const t = memoryIo({ env: { LANG: "en_US.UTF-8" } });
  expect(await main(["merge", join(dir, "居民.csv"), "-o", earlier], t.io)).toBe(0);
});

const fault = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.record({
    kind: fc.constant("write" as const),
    at: fc.integer({ min: 1, max: 12 }),
    code: fc.constantFrom("ENOSPC", "EIO", "EDQUOT"),
  }),
  fc.record({ kind: fc.constant("rename" as const), at: fc.integer({ min: 1, max: 8 }) }),
);
const good = fc.subarray([
  ["--json"],
  ["--lang", "zh-CN"],
  ["--profile", "public-statistics"],
  ["--profile", "partner-ngo"],
  ["--entity", "organization"],
  ["--threshold", "0.9"],
]);
// Now and then a mistake on the command line: refused before anything is read.
const bad = fc.oneof(
  { weight: 6, arbitrary: fc.constant([] as string[][]) },
  fc.constantFrom([["--entity", "people"]], [["--threshold", "abc"]], [["--no-such-flag"]]),
);
const flags = fc.tuple(good, bad).map(([g, b]) => [...g, ...b]);
const command = fc.oneof(
  fc.record({
    name: fc.constant("merge" as const),
    files: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }),
    flags,
    start: fc.constantFrom("none", "empty", "earlier"),
  }),
  fc.record({
    name: fc.constant("convert" as const),
    files: fc.constantFrom(...names).map((n) => [n]),
    out: fc.constantFrom("out.csv", "out.xlsx", "out.json", "out.ndjson", "out.txt"),
    flags,
    start: fc.constantFrom("none", "empty", "earlier"),
  }),
);

/** Every file of a folder (one level, as outputs are written), with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let list: string[];
  try {
    list = readdirSync(dir);
  } catch {
    return out;
  }
  for (const f of list.sort()) out.set(f, readFileSync(join(dir, f)).toString("base64"));
  return out;
}

/** Whether an output file is whole, as far as its format says. */
async function whole(path: string): Promise<string | undefined> {
  const bytes = readFileSync(path);
  // NDJSON of no records is rightly empty; every other output has at least its frame.
  if (bytes.length === 0) return path.endsWith(".ndjson") ? undefined : "empty";
  if (path.endsWith("merged.json")) {
    // Its check line: counts and the CRC-32 of every byte (a shared view included).
    const reader = new MergedJsonReader(path);
    reader.push(bytes);
    try {
      reader.end();
    } catch (e) {
      // Refused for merging again only after its counts and checksum were found right.
      if ((e as { code?: string }).code !== "merge.sharedJson") return (e as Error).message;
    }
    return undefined;
  }
  if (path.endsWith(".xlsx")) {
    const end = bytes.subarray(bytes.length - 22);
    return end.readUInt32LE(0) === 0x06054b50 ? undefined : "no end of ZIP";
  }
  if (path.endsWith(".json")) {
    JSON.parse(bytes.toString("utf8"));
    return undefined;
  }
  if (path.endsWith(".html"))
    return bytes.toString("utf8").trimEnd().endsWith("</html>") ? undefined : "cut HTML";
  return undefined;
}

function withFault(
  f: { kind: "write"; at: number; code: string } | { kind: "rename"; at: number } | undefined,
): OutputFs | undefined {
  if (!f) return undefined;
  return f.kind === "write" ? failingWrites(f.at, f.code) : failingRenames(f.at);
}

let n = 0;
/** How the runs ended, to show that the budget reaches every kind of outcome. */
const outcomes = new Map<string, number>();
const tally = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
describe("linli under random flags, files and faults", () => {
  it("exit code and files agree: every output whole, or the folder as it was", async () => {
    const inputs = join(tmp, "inputs");
    await fc.assert(
      fc.asyncProperty(command, fault, async (cmd, f) => {
        const caseDir = join(tmp, `case${++n}`);
        mkdirSync(caseDir);
        const out = join(caseDir, "out");
        if (cmd.start === "empty") mkdirSync(out);
        if (cmd.start === "earlier") cpSync(earlier, out, { recursive: true });
        const target = cmd.name === "merge" ? out : join(out, cmd.out);
        const argv = [
          cmd.name,
          ...cmd.files.map((x) => join(inputs, x)),
          "-o",
          target,
          ...cmd.flags.flat(),
        ];
        const before = snapshot(out);
        const t = memoryIo({ env: { LANG: "en_US.UTF-8" } });
        const fs = withFault(f);
        const code = await main(argv, { ...t.io, ...(fs ? { fs } : {}) });
        const after = snapshot(out);
        const what = `${argv.join(" ")} (fault ${JSON.stringify(f)}) → ${code}\n${t.err().slice(0, 400)}`;
        for (const name of after.keys()) {
          expect(
            TEMP.test(name) || name === LOCK_FILE || name === JOURNAL_FILE,
            `${name} left: ${what}`,
          ).toBe(false);
        }
        expect(t.err(), what).not.toMatch(/Something went wrong|出错了/);
        tally(`${cmd.name} ${code}${f ? ` ${f.kind} fault` : ""}`);
        if (code === 0 || code === 1) {
          const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
          expect(changed.length, `nothing written: ${what}`).toBeGreaterThan(0);
          for (const k of changed)
            expect(await whole(join(out, k)), `${k}: ${what}`).toBeUndefined();
          if (cmd.name === "merge" && cmd.flags.some((x) => x[0] === "--json")) {
            const listed = JSON.parse(t.out()) as { files: { path: string; bytes: number }[] };
            for (const x of listed.files) expect(statSync(x.path).size, what).toBe(x.bytes);
          }
        } else {
          expect([2], what).toContain(code);
          expect(t.err().trim(), what).not.toBe("");
          expect(after, what).toEqual(before);
        }
      }),
      { seed: SEED, numRuns: 100, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
    const seen = [...outcomes.keys()];
    // Whole outputs, refusals, and faults that were hit, for both commands.
    for (const want of [/^merge [01]$/, /^convert [01]$/, /^merge 2 write fault$/, /^merge 2$/])
      expect(
        seen.some((k) => want.test(k)),
        `${want} among ${seen.join(", ")}`,
      ).toBe(true);
  });
});
