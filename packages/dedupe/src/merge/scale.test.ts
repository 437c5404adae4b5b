import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `issues.push(...list)` threw "Maximum call stack size exceeded" past about 125k elements:
// a register of 150k rows that each carry a warning stopped the whole merge. The merge runs
// in a child process, whose main thread has Node's usual stack.
describe("merge at scale", () => {
  it("carries 150k warnings of a source, and of an earlier merge, into the result", () => {
    const script = fileURLToPath(new URL("./scale.script.ts", import.meta.url));
    const out = execFileSync(process.execPath, ["--import", "tsx", script, "150000"], {
      cwd: fileURLToPath(new URL("../../../..", import.meta.url)),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(JSON.parse(out)).toEqual({ first: 150_000, next: 300_000, carried: 150_000 });
  });
});
