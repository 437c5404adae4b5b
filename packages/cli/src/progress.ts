import { expectArgument, expectText } from "@linli/core";
import type { Context } from "./command.js";

/** Progress of a long task on stderr. */
export interface Progress {
  /** Set how far along it is (rows done) and, when known, the total. */
  update(done: number, total?: number): void;
  /** Finish the line. */
  done(): void;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function eta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * A progress bar for `label` on stderr: redrawn in place on a terminal (with rows/s and
 * ETA); silent when stderr is not a terminal (a log file, a pipe, CI) unless `--progress`
 * asks for it, then a plain line every few seconds; always silent with `--json`.
 *
 * @example
 * ```ts
 * import { type Context, progress } from "@linli/cli";
 * function read(ctx: Context, rows: number) {
 *   const bar = progress(ctx, "Reading 居民.csv");
 *   for (let i = 1; i <= rows; i++) bar.update(i, rows);
 *   bar.done();
 * }
 * ```
 */
export function progress(
  ctx: Context,
  label: string,
  options: { now?: () => number; every?: number } = {},
): Progress {
  expectArgument("progress", "ctx", "object", ctx);
  expectText("progress", "label", label);
  expectArgument("progress", "options", "options", options);
  const now = options.now ?? (() => performance.now());
  const every = options.every ?? (ctx.io.isTTY ? 100 : 5000);
  const silent = ctx.json || !(ctx.progress ?? ctx.io.isTTY);
  const start = now();
  let last = -Infinity;
  let lastDone = 0;
  let lastTotal: number | undefined;
  const line = (done: number, total: number | undefined) => {
    const secs = Math.max((now() - start) / 1000, 1e-9);
    const rate = done / secs;
    const rows = ctx.t({ "zh-CN": "行", en: "rows" });
    if (total && total > 0) {
      const frac = Math.min(done / total, 1);
      const width = 24;
      const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
      return `${label} ${bar} ${(frac * 100).toFixed(0).padStart(3)}% ${fmt(done)}/${fmt(total)} ${rows} · ${fmt(rate)} ${rows}/s · ETA ${eta((total - done) / rate)}`;
    }
    return `${label} ${fmt(done)} ${rows} · ${fmt(rate)} ${rows}/s`;
  };
  return {
    update(done, total) {
      lastDone = done;
      lastTotal = total ?? lastTotal;
      if (silent) return;
      const t = now();
      if (t - last < every) return;
      last = t;
      if (ctx.io.isTTY) ctx.io.stderr.write(`\r\x1b[2K${line(done, lastTotal)}`);
      else ctx.io.stderr.write(`${line(done, lastTotal)}\n`);
    },
    done() {
      if (silent) return;
      const text = line(lastDone, lastTotal ?? lastDone);
      ctx.io.stderr.write(ctx.io.isTTY ? `\r\x1b[2K${text}\n` : `${text}\n`);
    },
  };
}
