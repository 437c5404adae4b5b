import { describe, expect, it } from "vitest";
import { comparators } from "../comparators/index.js";
import { cloneableRecipe } from "../comparators/recipe.js";
import { normalizeValue } from "../engine/encode.js";
import { NormalizeThreads } from "./threads.js";

describe("normalisation on worker threads (DuckDB engine)", () => {
  it("answers keys as the comparator gives them here, and undefined once closed", async () => {
    const phone = comparators.phone();
    const threads = await NormalizeThreads.start([null, cloneableRecipe(phone)], 1);
    expect(threads?.size).toBe(1);
    try {
      const texts = ["138 0013 8000", "", "029-88886666"];
      const jsons = [JSON.stringify(["13800138000", "13900139000"])];
      const answer = await threads!.send({ field: 1, texts, jsons });
      expect(answer).toEqual({
        texts: texts.map((t) => normalizeValue(phone, t)),
        jsons: [normalizeValue(phone, ["13800138000", "13900139000"])],
      });
      const held = threads!.send({ field: 1, texts: Array(50_000).fill("13800138000"), jsons: [] });
      threads!.close();
      // Then normalised where it was sent from.
      expect(await held).toBeUndefined();
      expect(threads!.size).toBe(0);
      expect(await threads!.send({ field: 1, texts, jsons: [] })).toBeUndefined();
    } finally {
      threads?.close();
    }
  }, 60_000);

  it("starts none when no thread can make the comparators", async () => {
    expect(await NormalizeThreads.start([{ factory: "nope" }], 1)).toBeUndefined();
  }, 60_000);
});
