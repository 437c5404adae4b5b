import { linkScores, pairwiseScores } from "@linli/dedupe/benchmark";
import { describe, expect, it } from "vitest";

describe("pairwiseScores", () => {
  it("counts pairs inside clusters against true entities", () => {
    // Truth: {0,1,2} and {3}; predicted {0,1} {2,3}.
    const s = pairwiseScores(
      [
        [0, 1],
        [2, 3],
      ],
      [7, 7, 7, 8],
    );
    expect(s).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 2 });
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3, 12);
    expect(s.f1).toBeCloseTo(0.4, 12);
  });
});

describe("linkScores", () => {
  it("counts left–right pairs only", () => {
    const s = linkScores(
      [
        { left: [0, 1], right: [0] },
        { left: [], right: [1] },
      ],
      [1, 2],
      [1, 2],
    );
    expect(s).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  });
});
