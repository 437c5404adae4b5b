import { describe, expect, it } from "vitest";
import type { Context } from "./command.js";
import { progress } from "./progress.js";

function ctx(isTTY: boolean, json = false, progress?: boolean) {
  const err: string[] = [];
  const c = {
    values: {},
    positionals: [],
    lang: "en",
    json,
    ...(progress !== undefined ? { progress } : {}),
    io: {
      stdout: { write: () => 0 },
      stderr: { write: (s: string) => err.push(s) },
      isTTY,
      cwd: "",
      env: {},
    },
    t: (x: { en: string }) => x.en,
  } as unknown as Context;
  return { c, err };
}

describe("progress", () => {
  it("redraws one line with rate and ETA on a terminal", () => {
    const { c, err } = ctx(true);
    let t = 0;
    const p = progress(c, "import", { now: () => t, every: 0 });
    t = 1000;
    p.update(500, 1000);
    p.done();
    expect(err[0]?.startsWith("\r\u001b[2K")).toBe(true);
    expect(err[0]?.slice(5)).toMatch(
      /^import █+░+\s+50% 500\/1,000 rows · 500 rows\/s · ETA 0:01$/,
    );
    expect(err.at(-1)).toMatch(/\n$/);
  });

  it("stays silent when stderr is not a terminal", () => {
    const { c, err } = ctx(false);
    const p = progress(c, "dedupe", { every: 0 });
    p.update(1, 2);
    p.done();
    expect(err).toEqual([]);
  });

  it("prints plain lines, not too often, with --progress when not a terminal", () => {
    const { c, err } = ctx(false, false, true);
    let t = 0;
    const p = progress(c, "dedupe", { now: () => t });
    for (t = 0; t <= 12_000; t += 1000) p.update(t);
    expect(err.length).toBe(3);
    expect(err.every((l) => !l.includes("\r"))).toBe(true);
  });

  it("stays silent with --json", () => {
    const { c, err } = ctx(true, true);
    const p = progress(c, "x", { every: 0 });
    p.update(1, 2);
    p.done();
    expect(err).toEqual([]);
  });
});
