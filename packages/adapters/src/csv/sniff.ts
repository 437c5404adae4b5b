import { expectText } from "@linli/core";

const CANDIDATES = [",", "\t", ";", "|"] as const;

/**
 * Guess the delimiter of delimited text from its first lines: the candidate (comma, tab,
 * semicolon, pipe) that appears the same non-zero number of times on the most lines,
 * outside quoted cells. Falls back to comma.
 *
 * @example
 * ```ts
 * import { sniffDelimiter } from "@linli/adapters";
 * sniffDelimiter("姓名;电话\n王伟;13800138000\n"); // ";"
 * ```
 */
export function sniffDelimiter(sample: string): string {
  expectText("sniffDelimiter", "sample", sample);
  const lines = sample
    .slice(0, 65_536)
    .replace(/"(?:[^"]|"")*"/g, "")
    .split(/\r\n|\n|\r/)
    .slice(0, 50)
    .filter((l) => l.trim() !== "");
  // The last line may be cut off mid-row.
  if (lines.length > 2) lines.pop();
  let best: string = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const c = line.split(d).length - 1;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let mode = 0;
    let modeLines = 0;
    for (const [c, k] of counts) {
      if (c > 0 && (k > modeLines || (k === modeLines && c > mode))) {
        mode = c;
        modeLines = k;
      }
    }
    if (mode === 0) continue;
    const score = modeLines * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
