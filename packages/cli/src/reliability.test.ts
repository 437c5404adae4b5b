import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { failingWrites } from "../../linli/src/write/testing.js";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

// What the command line promises about its outputs (docs/reliability.md): no exit 0 where
// anything was not written, no output changed on any failure, the input never overwritten,
// no stale file beside a new export log, one writer per folder, no writing through links.
const tmp = mkdtempSync(join(tmpdir(), "linli-reliability-"));
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) unmount(m);
  rmSync(tmp, { recursive: true, force: true });
});

const CSV =
  "姓名,身份证号,手机号\n王伟,110101199003070774,13800138000\n李娜,110101198512120021,13912345678\n";
// A row with no name and an ID that is none: rejected (an unreadable cell of a row with a name
// would only be withheld).
const BAD = `${CSV},1234,1\n`;
let n = 0;
function folder(files: Record<string, string> = {}): string {
  const dir = join(tmp, `d${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
const run = async (argv: string[], extra: Partial<Parameters<typeof main>[1]> = {}) => {
  const t = memoryIo({ env: { LANG: "en_US.UTF-8" } });
  const code = await main(argv, { ...t.io, ...extra });
  return { code, out: t.out(), err: t.err() };
};

/** Mount a tmpfs of `kb` kilobytes (read-only if asked); undefined where this is not allowed. */
function mount(kb: number, readOnly = false): string | undefined {
  const dir = folder();
  try {
    execFileSync(
      "mount",
      ["-t", "tmpfs", "-o", `size=${kb}k${readOnly ? ",ro" : ""}`, "tmpfs", dir],
      {
        stdio: "ignore",
      },
    );
  } catch {
    return undefined;
  }
  mounts.push(dir);
  return dir;
}
function unmount(dir: string) {
  try {
    execFileSync("umount", [dir], { stdio: "ignore" });
  } catch {
    // Already gone.
  }
}

describe("outputs are all or nothing", () => {
  it("convert onto its own input is refused, and the input is kept", async () => {
    const dir = folder({ "a.csv": CSV });
    const r = await run(["convert", join(dir, "a.csv"), "-o", join(dir, "a.csv")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("never writes over its input");
    expect(contents(dir)).toEqual({ "a.csv": CSV });
  });

  it("merge refuses an output folder holding one of its inputs as an output", async () => {
    const dir = folder({ "merged.csv": CSV });
    const r = await run(["merge", join(dir, "merged.csv"), "-o", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("never writes over its input");
    expect(contents(dir)).toEqual({ "merged.csv": CSV });
  });

  it("a full disk (injected): exit 2, the reason, and every earlier output as it was", async () => {
    const dir = folder({ "in.csv": CSV });
    const out = join(dir, "out");
    expect((await run(["merge", join(dir, "in.csv"), "-o", out])).code).toBe(0);
    const before = contents(out);
    for (const at of [1, 2, 4, 6]) {
      const r = await run(["merge", join(dir, "in.csv"), "-o", out, "--json"], {
        fs: failingWrites(at),
      });
      expect(r.code, `fault at write ${at}`).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain("no space left");
      expect(contents(out)).toEqual(before);
    }
    const c = await run(["convert", join(dir, "in.csv"), "-o", join(out, "merged.csv")], {
      fs: failingWrites(1),
    });
    expect(c.code).toBe(2);
    expect(contents(out)).toEqual(before);
  });

  it("a full disk (a 64 KB tmpfs where one can be mounted, else injected): exit 2, nothing left", async () => {
    const small = mount(64);
    const target = small ?? folder();
    const fs = small ? undefined : failingWrites(1);
    const rows = Array.from({ length: 3000 }, (_, i) => `王${i},,138${String(i).padStart(8, "0")}`);
    const dir = folder({ "in.csv": `${CSV}${rows.join("\n")}\n` });
    const r = await run(
      ["merge", join(dir, "in.csv"), "-o", join(target, "out")],
      fs ? { fs } : {},
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("no space left");
    expect(readdirSync(target)).toEqual([]);
  });

  it("a read-only folder: exit 2, nothing claimed as written", async () => {
    const ro = mount(64, true);
    const target = ro ?? join(folder(), "ro");
    const fs = ro ? undefined : failingWrites(0);
    if (!ro) {
      mkdirSync(target);
      (fs as { mkdir: unknown }).mkdir = async () => {
        throw Object.assign(new Error("read-only"), { code: "EROFS" });
      };
      (fs as { open: unknown }).open = async () => {
        throw Object.assign(new Error("read-only"), { code: "EROFS" });
      };
    }
    const dir = folder({ "in.csv": CSV });
    const r = await run(["merge", join(dir, "in.csv"), "-o", target, "--json"], fs ? { fs } : {});
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("Cannot write into");
    expect(readdirSync(target)).toEqual([]);
  });

  it("a failed convert leaves an existing output untouched", async () => {
    const dir = folder({ "in.csv": CSV, "out.csv": "earlier output" });
    const r = await run(["convert", join(dir, "in.csv"), "-o", join(dir, "out.csv")], {
      fs: failingWrites(1, "EIO"),
    });
    expect(r.code).toBe(2);
    expect(contents(dir)).toEqual({ "in.csv": CSV, "out.csv": "earlier output" });
  });

  it("a convert whose input turns out damaged half-way: exit 2 with the file's reason, not the folder's", async () => {
    // The import stops after 800 KB (a GB18030 line among UTF-8 ones): it was said as
    // "Cannot write into <folder> (encoding.mixed)… Choose a folder you can write to".
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `王${i},138${String(i).padStart(8, "0")}\n`,
    );
    const input = Buffer.concat([
      Buffer.from(`姓名,手机号\n${rows.join("")}`),
      Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x31, 0x0a]), // 张三,1 in GB18030
    ]);
    const dir = folder({ "out.csv": "earlier output" });
    writeFileSync(join(dir, "in.csv"), input);
    const r = await run(["convert", join(dir, "in.csv"), "-o", join(dir, "out.csv")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "in.csv, line 40002: this line is not in the encoding of the lines before it",
    );
    expect(r.err).not.toContain("Cannot write into");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("earlier output");
  });

  it("a symbolic link where an output goes is refused, and its target left alone", async () => {
    const dir = folder({ "in.csv": CSV, "precious.txt": "keep me" });
    const out = join(dir, "out");
    mkdirSync(out);
    symlinkSync(join(dir, "precious.txt"), join(out, "merged.csv"));
    const r = await run(["merge", join(dir, "in.csv"), "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("symbolic link");
    expect(readFileSync(join(dir, "precious.txt"), "utf8")).toBe("keep me");
    expect(readdirSync(out)).toEqual(["merged.csv"]);
  });

  it("two merges into one folder at once: one writes, the other is refused or waits its turn", async () => {
    const dir = folder({ "a.csv": CSV, "b.csv": BAD });
    const out = join(dir, "out");
    const [a, b] = await Promise.all([
      run(["merge", join(dir, "a.csv"), "-o", out]),
      run(["merge", join(dir, "b.csv"), "-o", out]),
    ]);
    const codes = [a.code, b.code].sort();
    // Refused (2, "Another linli run") or written after the other (0 for a.csv, 1 for b.csv).
    expect(codes.every((c) => c === 0 || c === 1 || c === 2)).toBe(true);
    for (const r of [a, b]) if (r.code === 2) expect(r.err, r.err).toContain("Another linli run");
    // Whatever happened, the folder holds one whole merge: every file of the same run.
    const json = JSON.parse(readFileSync(join(out, "merged.json"), "utf8"));
    const csv = readFileSync(join(out, "merged.csv"), "utf8");
    expect(csv.trim().split("\n").length - 1).toBe(json.records.length);
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

describe("no stale file beside a new export log", () => {
  it("a merge without a profile after a partner-ngo merge removes the old export log", async () => {
    const dir = folder({ "in.csv": CSV });
    const out = join(dir, "out");
    await run(["merge", join(dir, "in.csv"), "-o", out, "--profile", "partner-ngo"]);
    expect(existsSync(join(out, "export-log.json"))).toBe(true);
    await run(["merge", join(dir, "in.csv"), "-o", out]);
    expect(existsSync(join(out, "export-log.json"))).toBe(false);
    expect(readFileSync(join(out, "merged.csv"), "utf8")).toContain("王伟");
  });

  it("a profiled merge refuses a folder holding other files", async () => {
    const dir = folder({ "in.csv": CSV });
    const r = await run(["merge", join(dir, "in.csv"), "-o", dir, "--profile", "partner-ngo"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("in.csv");
    expect(contents(dir)).toEqual({ "in.csv": CSV });
  });

  it("a profiled convert with no rejected rows leaves nothing of the earlier raw .issues.json", async () => {
    const dir = folder({ "bad.csv": BAD, "good.csv": CSV });
    const out = join(dir, "out.csv");
    expect((await run(["convert", join(dir, "bad.csv"), "-o", out])).code).toBe(1);
    expect(readFileSync(`${out}.issues.json`, "utf8")).toContain("1234");
    const r = await run(["convert", join(dir, "good.csv"), "-o", out, "--profile", "partner-ngo"]);
    expect(r.code).toBe(0);
    // Only the warnings of this run remain, withheld as the profile says: no raw cell of the last.
    const issues = readFileSync(`${out}.issues.json`, "utf8");
    expect(JSON.parse(issues)).toMatchObject({
      file: "good.csv",
      profile: "partner-ngo",
      rejected: [],
    });
    expect(issues).not.toMatch(/张三|1234|王伟|110101/);
    expect(existsSync(`${out}.log.json`)).toBe(true);
    // The log goes with a run that has no profile, and the problems with a run that has none.
    writeFileSync(join(dir, "clean.csv"), "姓名,手机号\n王伟,13800138000\n");
    expect((await run(["convert", join(dir, "clean.csv"), "-o", out])).code).toBe(0);
    expect(existsSync(`${out}.log.json`)).toBe(false);
    expect(existsSync(`${out}.issues.json`)).toBe(false);
  });
});

describe("carried-over results are proved whole", () => {
  it("a merged.json cut at a line boundary is refused, and nothing is written", async () => {
    const dir = folder({ "a.csv": CSV, "b.csv": "姓名,手机号\n赵雷,13512345678\n" });
    const first = join(dir, "first");
    expect((await run(["merge", join(dir, "a.csv"), "-o", first])).code).toBe(0);
    const lines = readFileSync(join(first, "merged.json"), "utf8").split("\n");
    // Cut after the first record, as a full disk or an interrupted copy would.
    const cut = join(dir, "cut.json");
    writeFileSync(cut, `${lines.slice(0, lines.indexOf('"records":[') + 2).join("\n")}\n`);
    const r = await run(["merge", cut, join(dir, "b.csv"), "-o", join(dir, "next")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cut short");
    expect(existsSync(join(dir, "next"))).toBe(false);
    // Edited by hand: refused as well.
    const edited = join(dir, "edited.json");
    writeFileSync(edited, lines.join("\n").replace("李娜", "李四"));
    const e = await run(["merge", edited, "-o", join(dir, "next")]);
    expect(e.code).toBe(2);
    expect(e.err).toContain("changed after linli wrote it");
  });
});
