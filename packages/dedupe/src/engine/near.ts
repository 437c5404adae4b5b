/** How far below the threshold a pair still counts as a near miss: 4 bits, 16 times less likely. */
export const NEAR_BAND = 4;

/**
 * Indexes of the pairs kept apart that came close: those above the threshold that clustering
 * refused (two valid identifiers, a chain) and those up to {@link NEAR_BAND} bits below it,
 * whose records ended in different clusters; strongest first, at most `limit`.
 */
export function nearMissIndexes(
  pairs: Float64Array,
  logits: Float64Array,
  root: Int32Array,
  n: number,
  logitMin: number,
  limit: number,
): Int32Array {
  if (limit <= 0) return new Int32Array(0);
  const from = logitMin - NEAR_BAND;
  let count = 0;
  const apart = (i: number) => {
    const a = Math.floor(pairs[i]! / n);
    return root[a] !== root[pairs[i]! - a * n];
  };
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= from && apart(i)) count++;
  const idx = new Int32Array(count);
  count = 0;
  for (let i = 0; i < pairs.length; i++) if (logits[i]! >= from && apart(i)) idx[count++] = i;
  // Equal scores in pair order, so the list does not depend on the sort's whims.
  idx.sort((x, y) => logits[y]! - logits[x]! || pairs[x]! - pairs[y]!);
  return idx.subarray(0, Math.min(limit, idx.length));
}
