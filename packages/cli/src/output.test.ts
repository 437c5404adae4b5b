import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "./commands/index.js";
import { main } from "./main.js";
import { EXAMPLE_ARGS } from "./testing/lockdown-day.js";
import { memoryIo } from "./testing/memory-io.js";

// Every command in a pipe (stderr not a terminal): what it says on stdout, nothing on stderr.
// On a terminal, or with --progress, the commands that read data show their progress.
const dir = mkdtempSync(join(tmpdir(), "linli-output-"));
const csv = join(dir, "居民.csv");
writeFileSync(
  csv,
  "姓名,性别,身份证号,联系电话,楼栋,隔离状态,隔离开始\n王伟,男,11010519491231002X,13800138000,3,居家隔离,2022-01-01\n李娜,女,,13912345678,5,,\n",
);

/**
 * A run of each command that succeeds; `reads`: it reads data files, with progress; `serves`:
 * it runs until interrupted (the test interrupts it once it has started).
 */
const RUNS: Record<string, { argv: (n: number) => string[]; reads: boolean; serves?: boolean }> = {
  validate: { argv: () => ["validate", csv], reads: true },
  merge: { argv: (n) => ["merge", csv, "-o", join(dir, `merged-${n}`)], reads: true },
  link: {
    argv: (n) => ["link", "--emit", "spark", join(dir, `spark-${n}`), csv],
    reads: true,
  },
  convert: { argv: (n) => ["convert", csv, "-o", join(dir, `out-${n}.csv`)], reads: true },
  report: {
    argv: (n) => [
      "report",
      "quarantine-daily",
      csv,
      "-o",
      join(dir, `report-${n}.xlsx`),
      "--param",
      "community=丈八社区",
      "--param",
      "date=2022-01-05",
    ],
    reads: true,
  },
  template: { argv: (n) => ["template", "resident", "-o", join(dir, `t-${n}.xlsx`)], reads: false },
  schema: { argv: () => ["schema", "resident", "--format", "md"], reads: false },
  xlsform: {
    argv: (n) => ["xlsform", "--entity", "resident", "-o", join(dir, `form-${n}.xlsx`)],
    reads: false,
  },
  match: { argv: (n) => ["match", ...EXAMPLE_ARGS, "-o", join(dir, `plan-${n}`)], reads: true },
  workbench: { argv: () => ["workbench", "--port", "0", "--no-open"], reads: false, serves: true },
};

let n = 0;
async function run(argv: string[], isTTY: boolean) {
  const t = memoryIo({ env: { LANG: "en_US.UTF-8" }, isTTY, cwd: dir });
  const serves = RUNS[argv[0]!]?.serves === true;
  const code = await main(argv, {
    ...t.io,
    ...(serves
      ? {
          // Ctrl+C once the page is served.
          onInterrupt(listener: (s: "SIGINT") => void) {
            const wait = setInterval(() => {
              if (t.out().includes("http://")) listener("SIGINT");
            }, 20);
            return () => clearInterval(wait);
          },
        }
      : {}),
  });
  return { code, out: t.out(), err: t.err() };
}

describe("output of every command", () => {
  it("covers every command", () => {
    expect(Object.keys(RUNS).sort()).toEqual(commands.map((c) => c.name).sort());
  });

  it.each(commands.map((c) => c.name))("%s: stdout only, in a pipe", async (name) => {
    const r = await run(RUNS[name]!.argv(n++), false);
    expect(r.code, r.err).toBeLessThan(2);
    expect(r.out.length).toBeGreaterThan(0);
    expect(r.err).toBe("");
  });

  it.each(commands.map((c) => c.name).filter((c) => RUNS[c]!.reads))(
    "%s: progress on a terminal, and with --progress in a pipe",
    async (name) => {
      const tty = await run(RUNS[name]!.argv(n++), true);
      expect(tty.err).toContain("\r\u001b[2K");
      expect(tty.err).toMatch(/rows/);
      const piped = await run([...RUNS[name]!.argv(n++), "--progress"], false);
      expect(piped.err).toMatch(/^.*rows/m);
      expect(piped.err).not.toContain("\r");
      const json = await run([...RUNS[name]!.argv(n++), "--json", "--progress"], true);
      expect(json.err).toBe("");
    },
  );
});
