import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "./main.js";
import { memoryIo } from "./testing/memory-io.js";

// The command line as a real process (bin.ts's Io, with writes slowed down so that a signal
// lands while it writes): SIGINT and SIGTERM leave the folder as it was, say so and exit
// 130/143; kill -9 leaves every earlier output whole, and the next run cleans up after it.
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const script = fileURLToPath(new URL("./testing/slow-cli.ts", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "linli-signals-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rows = Array.from({ length: 400 }, (_, i) => `居民${i},138${String(i).padStart(8, "0")}`);
const CSV = `姓名,手机号\n${rows.join("\n")}\n`;
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );

/** A folder with the outputs of an earlier merge, and a changed input for the next one. */
async function earlier(name: string) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "in.csv"), CSV);
  const out = join(dir, "out");
  const t = memoryIo();
  expect(await main(["merge", join(dir, "in.csv"), "-o", out], t.io)).toBe(0);
  writeFileSync(join(dir, "in.csv"), CSV.replace("居民1,", "居民一,"));
  return { input: join(dir, "in.csv"), out, before: contents(out) };
}

/** Run `linli merge` in a process; send `signal` once it has begun to write. */
function interrupt(input: string, out: string, signal: NodeJS.Signals) {
  return new Promise<{ code: number | null; signal: string | null; err: string }>((done) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", script, "merge", input, "-o", out, "--lang", "en"],
      { cwd: repo, env: { ...process.env, LINLI_TEST_WRITE_DELAY: "40" } },
    );
    let err = "";
    child.stderr.on("data", (b: Buffer) => {
      err += b.toString();
      if (err.includes("writing\n") && !child.killed) child.kill(signal);
    });
    child.on("exit", (code, sig) => done({ code, signal: sig, err }));
  });
}

describe("signals while writing", () => {
  it("SIGINT and SIGTERM: the folder as it was, a message, exit 130 and 143", async () => {
    const [a, b] = await Promise.all([earlier("int"), earlier("term")]);
    const [int, term] = await Promise.all([
      interrupt(a.input, a.out, "SIGINT"),
      interrupt(b.input, b.out, "SIGTERM"),
    ]);
    expect(int.code, int.err).toBe(130);
    expect(int.err).toContain("Interrupted (SIGINT)");
    expect(term.code, term.err).toBe(143);
    expect(term.err).toContain("Interrupted (SIGTERM)");
    expect(contents(a.out)).toEqual(a.before);
    expect(contents(b.out)).toEqual(b.before);
  });

  it("kill -9: earlier outputs whole; the next run takes over the folder and cleans up", async () => {
    const k = await earlier("kill");
    const killed = await interrupt(k.input, k.out, "SIGKILL");
    expect(killed.signal).toBe("SIGKILL");
    const left = contents(k.out);
    for (const [name, text] of Object.entries(k.before)) expect(left[name]).toBe(text);
    expect(Object.keys(left).some((f) => f === ".linli.lock")).toBe(true);
    const t = memoryIo();
    expect(await main(["merge", k.input, "-o", k.out], t.io)).toBe(0);
    expect(Object.keys(contents(k.out)).filter((f) => f.startsWith("."))).toEqual([]);
    expect(readFileSync(join(k.out, "merged.csv"), "utf8")).toContain("居民一");
  });
});
