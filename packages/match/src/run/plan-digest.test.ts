// Whole plans on generated days, pinned by their SHA-256: any change to what is allocated,
// to whom, why, or how it is written shows here. A deliberate change updates the digests
// (and the algorithm version when the allocation itself changes).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateLockdown } from "../benchmark/generate.js";
import { matchFair } from "../fair/fair.js";
import { match } from "./match.js";

const day = (seed: number, supply: number) =>
  generateLockdown({ communities: 12, needs: 800, lots: 160, volunteers: 40, supply, seed });
const digest = (plan: unknown) => createHash("sha256").update(JSON.stringify(plan)).digest("hex");

describe("plans on generated days", () => {
  it.each([
    [1, 1, "7678b216de30c4184e57def56e1d4206c0053b4608bb1dcb26b68dccfa22b157"],
    [1, 0.3, "96b8cb27ac756e2a47eb348e526e166f502c405fecaa54e2b4c8e0f879df81ad"],
    [7, 1, "989ab500bd5cfbb82f839ee141f37fcfe80fdf1ee5c21eb12975f3bd048d20db"],
    [7, 0.3, "c6ac18eecbdc947a3e886f9903ba0780281efc4c915d4b55592e2cd1210bab07"],
  ])("priority, seed %i at supply %d, is the same plan", (seed, supply, sha) => {
    const d = day(seed, supply);
    expect(digest(match(d, { asOf: d.asOf }))).toBe(sha);
  });

  it("fair mode, seed 7 at supply 0.3, is the same plan", async () => {
    const d = day(7, 0.3);
    expect(digest(await matchFair(d, { asOf: d.asOf }))).toBe(
      "cdbcae8f18aed8dc6cdea0f9b1ec3ffbebd2f1c7673e0692396711b301f99a6d",
    );
  });
});
