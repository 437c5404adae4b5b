import type { Vectors } from "./compare.js";
import { em } from "./estimate.js";

/** Why an estimate was not trusted. */
export type EstimateDoubt = "most-pairs-match" | "no-separation";

/** Least total separation of m from u, in bits, for an estimate to say anything. */
const MIN_SEPARATION = 2;

/** Σ over fields and levels of m log2(m / u): how far matches look from non-matches. */
export function separation(
  m: readonly (readonly number[])[],
  u: readonly (readonly number[])[],
): number {
  let s = 0;
  m.forEach((row, f) => {
    row.forEach((x, l) => {
      if (x > 0) s += x * Math.log2(x / u[f]![l]!);
    });
  });
  return s;
}

/**
 * Whether to trust an estimate. When it says most compared pairs match, the prior m is asked
 * the same question: a list whose copies really are most of the pairs (a register merged with
 * its own re-typed copy) says so under the prior too, while a list of distinct rows blocked on
 * a shared word (twenty X县人民医院) does not. When m and u hardly differ, the estimate cannot
 * tell matches from non-matches at all.
 */
export function doubt(
  lambda: number,
  m: readonly (readonly number[])[],
  u: readonly (readonly number[])[],
  prior: { m: readonly (readonly number[])[]; u: readonly (readonly number[])[] },
  vectors: Pick<Vectors, "levels" | "counts">,
  radix: readonly number[],
  options: { maxIterations: number; tolerance: number },
): { reason?: EstimateDoubt; lambdaPrior: number; separation: number } {
  const held = radix.map(() => false);
  const priorFit = em(vectors, radix, { ...prior, lambda: 0.1 }, { m: held, u: held }, options);
  const sep = separation(m, u);
  const reason: EstimateDoubt | undefined =
    lambda > 0.5 && priorFit.lambda <= 0.5
      ? "most-pairs-match"
      : sep < MIN_SEPARATION
        ? "no-separation"
        : undefined;
  return { ...(reason ? { reason } : {}), lambdaPrior: priorFit.lambda, separation: sep };
}
