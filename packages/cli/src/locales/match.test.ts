import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { templateParams } from "@linli/core";
import { describe, expect, it } from "vitest";
import { matchCliEn } from "./en/match.js";
import { matchCliZhCN } from "./zh-CN/match.js";

describe("texts of linli match", () => {
  it("have the same codes and placeholders in zh-CN and en", () => {
    expect(Object.keys(matchCliZhCN).sort()).toEqual(Object.keys(matchCliEn).sort());
    const names = (t: string) => templateParams(t).sort();
    for (const k of Object.keys(matchCliEn) as (keyof typeof matchCliEn)[])
      expect([k, names(matchCliZhCN[k])]).toEqual([k, names(matchCliEn[k])]);
  });

  it("are all used", () => {
    const src = readFileSync(
      fileURLToPath(new URL("../commands/match.ts", import.meta.url)),
      "utf8",
    );
    // File kinds are named through `match.file.${kind}`.
    const unused = Object.keys(matchCliEn).filter(
      (k) =>
        !src.includes(`"${k}"`) && !k.startsWith("match.file.") && !k.startsWith("match.mode."),
    );
    expect(unused).toEqual([]);
  });
});
