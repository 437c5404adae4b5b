/** Edits between two strings (insert, delete, substitute, swap two neighbours). */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The candidate `input` was most likely meant to be, for a "did you mean": the one a few
 * edits away (about one per three characters), or the only one it is the start of; none
 * when nothing is close. Case and `-`/`_` are ignored.
 *
 * @example
 * ```ts
 * closest("valdate", ["validate", "merge"]); // "validate"
 * closest("thresh", ["threshold", "entity"]); // "threshold"
 * closest("xyz", ["validate", "merge"]); // undefined
 * ```
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/_/g, "-");
  const x = norm(input);
  if (x === "") return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(x, norm(c));
    if (d < bestD) [best, bestD] = [c, d];
  }
  if (best !== undefined && bestD <= Math.max(1, Math.floor(x.length / 3))) return best;
  const starts = candidates.filter((c) => norm(c).startsWith(x) || x.startsWith(norm(c)));
  return x.length >= 2 && starts.length === 1 ? starts[0] : undefined;
}
