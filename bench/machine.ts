import { cpus, totalmem } from "node:os";

/** One line describing where a benchmark ran, for the tables in docs/benchmarks.md. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} × ${cpu} · ${Math.round(totalmem() / 2 ** 30)} GiB`;
}

/** Median of some numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Format a rate with thousands separators. */
export const rate = (n: number) => Math.round(n).toLocaleString("en-US");
