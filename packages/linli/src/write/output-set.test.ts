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
import * as fsp from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinliError, openOutputs } from "linli/node";
import { afterAll, describe, expect, it } from "vitest";
import { JOURNAL_FILE, LOCK_FILE, recover } from "./lock.js";
import { failingRenames, failingWrites } from "./testing.js";

const root = mkdtempSync(join(tmpdir(), "linli-output-set-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A new folder holding `files`. */
function folder(files: Record<string, string> = {}): string {
  const dir = join(root, `d${++n}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
/** Every file in a folder with its text. */
const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
const code = async (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e) => (typeof e?.code === "string" && e.localized?.["zh-CN"] ? e.code : `no code: ${e}`),
  );

describe("openOutputs", () => {
  it("renames every output into place only at commit, and removes stale ones", async () => {
    const dir = folder({ "a.csv": "old a", "stale.json": "old", "keep.txt": "mine" });
    const out = await openOutputs([join(dir, "a.csv"), join(dir, "b.csv")]);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    expect(await out.write(join(dir, "a.csv"), ["new ", "a"])).toBe(5);
    await out.write(join(dir, "b.csv"), [new TextEncoder().encode("new b")]);
    // Nothing is in place before the commit.
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("old a");
    expect(existsSync(join(dir, "b.csv"))).toBe(false);
    await out.commit([join(dir, "stale.json")]);
    expect(contents(dir)).toEqual({ "a.csv": "new a", "b.csv": "new b", "keep.txt": "mine" });
  });

  it("writes large outputs whole, in blocks", async () => {
    const dir = folder();
    const out = await openOutputs([join(dir, "big.txt")]);
    const piece = "界".repeat(100_000);
    const bytes = await out.write(
      join(dir, "big.txt"),
      (function* () {
        for (let i = 0; i < 30; i++) yield piece;
        yield Buffer.alloc(3 << 20, 0x61);
      })(),
    );
    await out.commit();
    expect(bytes).toBe(30 * 300_000 + (3 << 20));
    expect(readFileSync(join(dir, "big.txt")).length).toBe(bytes);
  });

  it("a full disk leaves the folder as it was and says so (injected ENOSPC)", async () => {
    const dir = folder({ "a.csv": "old a" });
    const fs = failingWrites(2);
    const out = await openOutputs([join(dir, "a.csv"), join(dir, "b.csv")], { fs });
    await out.write(join(dir, "b.csv"), ["b"]);
    const e = await out.write(join(dir, "a.csv"), ["x".repeat(10)]).catch((x) => x);
    expect(e).toBeInstanceOf(LinliError);
    expect(e.code).toBe("output.diskFull");
    expect(e.localized["zh-CN"]).toContain("磁盘空间不足");
    await out.abort();
    expect(contents(dir)).toEqual({ "a.csv": "old a" });
  });

  it("a failed write of any output leaves every output as it was", async () => {
    for (const at of [1, 2, 3]) {
      const dir = folder({ "a.csv": "old a", "b.csv": "old b" });
      const out = await openOutputs([join(dir, "a.csv"), join(dir, "b.csv")], {
        fs: failingWrites(at, "EIO"),
      });
      try {
        // Three blocks in all: the fault lands in one of them.
        await out.write(join(dir, "a.csv"), [Buffer.alloc(1 << 20, 0x61), "a"]);
        await out.write(join(dir, "b.csv"), ["b"]);
        await out.commit();
        expect.unreachable();
      } catch (e) {
        expect((e as LinliError).code).toBe("output.unwritable");
        await out.abort();
      }
      expect(contents(dir)).toEqual({ "a.csv": "old a", "b.csv": "old b" });
    }
  });

  it("an error of the content itself is passed on, and nothing is written", async () => {
    const dir = folder({ "a.csv": "old a" });
    const out = await openOutputs([join(dir, "a.csv")]);
    const bad = (function* () {
      yield "part";
      throw new RangeError("the profile failed");
    })();
    await expect(out.write(join(dir, "a.csv"), bad)).rejects.toThrow("the profile failed");
    await out.abort();
    expect(contents(dir)).toEqual({ "a.csv": "old a" });
  });

  it("an error of the content with a code of its own is passed on as it is, not as the folder's", async () => {
    // An import stopped half-way (encoding.mixed, limit.rows, a damaged workbook) carries a
    // code too: it was said as "Cannot write into <folder> (encoding.mixed)".
    const dir = folder({ "a.csv": "old a" });
    const out = await openOutputs([join(dir, "a.csv")]);
    const stopped = Object.assign(new Error("line 20002 is in another encoding"), {
      code: "encoding.mixed",
    });
    for (const first of ["part", Buffer.alloc(2 << 20, 0x61)]) {
      const bad = (function* () {
        yield first;
        throw stopped;
      })();
      await expect(out.write(join(dir, "a.csv"), bad)).rejects.toBe(stopped);
    }
    const unread: AsyncIterable<string> = {
      [Symbol.asyncIterator]: () => ({
        next: () =>
          Promise.reject(Object.assign(new Error("the input could not be read"), { code: "EIO" })),
      }),
    };
    await expect(out.write(join(dir, "a.csv"), unread)).rejects.toThrow(
      "the input could not be read",
    );
    await out.abort();
    expect(contents(dir)).toEqual({ "a.csv": "old a" });
  });

  it("refuses a second writer while the first holds the folder", async () => {
    const dir = folder();
    const first = await openOutputs([join(dir, "a.csv")]);
    expect(await code(openOutputs([join(dir, "b.csv")]))).toBe("output.locked");
    await first.write(join(dir, "a.csv"), ["a"]);
    await first.commit();
    const second = await openOutputs([join(dir, "b.csv")]);
    await second.abort();
  });

  it("takes over the lock of a process that is gone, and removes what it left", async () => {
    const dir = folder({ "a.csv": "old a" });
    const dead = { pid: 2 ** 22 + 7, host: (await import("node:os")).hostname(), since: "x" };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(dead));
    writeFileSync(join(dir, ".a.csv.linli-99-abc.tmp"), "half");
    const out = await openOutputs([join(dir, "a.csv")]);
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, "a.csv"]);
    await out.abort();
    expect(contents(dir)).toEqual({ "a.csv": "old a" });
  });

  it("a run killed while renaming is finished by the next one: all new, never a mix", async () => {
    const dir = folder({ "a.csv": "old a", "b.csv": "old b", "stale.json": "old" });
    // From the third rename on (after the journal's and a.csv's) renames fail, as if the
    // process died there.
    const out = await openOutputs([join(dir, "a.csv"), join(dir, "b.csv")], {
      fs: failingRenames(3, "EIO", Number.POSITIVE_INFINITY),
    });
    await out.write(join(dir, "a.csv"), ["new a"]);
    await out.write(join(dir, "b.csv"), ["new b"]);
    await expect(out.commit([join(dir, "stale.json")])).rejects.toThrow(LinliError);
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(true);
    await recover(fsp, dir);
    expect(contents(dir)).toEqual({ "a.csv": "new a", "b.csv": "new b" });
  });

  it("a rename that fails once after the journal is finished at once: all new", async () => {
    const dir = folder({ "a.csv": "old a", "b.csv": "old b" });
    const out = await openOutputs([join(dir, "a.csv"), join(dir, "b.csv")], {
      fs: failingRenames(3),
    });
    await out.write(join(dir, "a.csv"), ["new a"]);
    await out.write(join(dir, "b.csv"), ["new b"]);
    await out.commit();
    expect(contents(dir)).toEqual({ "a.csv": "new a", "b.csv": "new b" });
  });

  it("the journal's own rename failing leaves the folder as it was, temporary files removed", async () => {
    const dir = folder({ "a.csv": "old a" });
    // The journal is the first file renamed into place.
    const out = await openOutputs([join(dir, "a.csv"), join(dir, "b.csv")], {
      fs: failingRenames(1),
    });
    await out.write(join(dir, "a.csv"), ["new a"]);
    await out.write(join(dir, "b.csv"), ["new b"]);
    await expect(out.commit()).rejects.toThrow(LinliError);
    expect(contents(dir)).toEqual({ "a.csv": "old a" });
  });

  it("refuses a symbolic link where an output goes, and leaves its target alone", async () => {
    const dir = folder({ "target.txt": "precious" });
    symlinkSync(join(dir, "target.txt"), join(dir, "a.csv"));
    expect(await code(openOutputs([join(dir, "a.csv")]))).toBe("output.symlink");
    expect(readFileSync(join(dir, "target.txt"), "utf8")).toBe("precious");
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses an output that is an input, by path or by the same file under another name", async () => {
    const dir = folder({ "a.csv": "input" });
    const input = join(dir, "a.csv");
    expect(await code(openOutputs([input], { inputs: [input] }))).toBe("output.isInput");
    symlinkSync(input, join(root, `link-${n}.csv`));
    expect(await code(openOutputs([input], { inputs: [join(root, `link-${n}.csv`)] }))).toBe(
      "output.isInput",
    );
    expect(readFileSync(input, "utf8")).toBe("input");
  });

  it("refuses a folder as an output file, and a file as the output folder", async () => {
    const dir = folder({ "x.txt": "file" });
    mkdirSync(join(dir, "sub"));
    expect(await code(openOutputs([join(dir, "sub")]))).toBe("output.isFolder");
    expect(await code(openOutputs([join(dir, "x.txt", "a.csv")]))).toBe("output.notFolder");
  });

  it("creates a missing folder, and removes it again when nothing was committed", async () => {
    const dir = join(folder(), "new");
    const out = await openOutputs([join(dir, "a.csv")]);
    await out.write(join(dir, "a.csv"), ["a"]);
    await out.abort();
    expect(existsSync(dir)).toBe(false);
  });

  it("stops when its signal aborts: temporary files removed, the folder as it was", async () => {
    const dir = folder({ "a.csv": "old a" });
    const ac = new AbortController();
    const out = await openOutputs([join(dir, "a.csv")], { signal: ac.signal });
    const chunks = (function* () {
      yield Buffer.alloc(1 << 20);
      ac.abort("SIGINT");
      yield Buffer.alloc(1 << 20);
      yield "end";
    })();
    const e = await out.write(join(dir, "a.csv"), chunks).catch((x) => x);
    expect(e.code).toBe("output.interrupted");
    expect(e.localized.en).toContain("SIGINT");
    await out.abort();
    expect(contents(dir)).toEqual({ "a.csv": "old a" });
  });

  it("checks its arguments", async () => {
    expect(await code(openOutputs(null as unknown as string[]))).toBe("argument.invalid");
    const dir = folder();
    const out = await openOutputs([join(dir, "a.csv")]);
    expect(await code(out.write(join(dir, "other.csv"), ["x"]))).toBe("output.undeclared");
    await out.abort();
    expect(await code(out.write(join(dir, "a.csv"), ["x"]))).toBe("output.closed");
  });
});
