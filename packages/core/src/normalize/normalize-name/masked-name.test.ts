import { isMaskedName, normalizeName } from "@linli/core";
import { describe, expect, it } from "vitest";

describe("isMaskedName", () => {
  it("tells names with characters hidden", () => {
    for (const n of [
      "张*明",
      "李**",
      "李＊＊",
      "王●●",
      "张×",
      "张某",
      "张某某",
      "某某",
      "欧阳某",
      "王XX",
      "王x",
      " 李** ",
    ])
      expect([n, isMaskedName(n)]).toEqual([n, true]);
  });

  it("leaves whole names alone, middle dots and Latin x included", () => {
    for (const n of [
      "王伟",
      "买买提•艾力",
      normalizeName("买买提 • 艾力"),
      "Max",
      "Xu Xiaoming",
      "张某林",
      "X",
      "",
    ])
      expect([n, isMaskedName(n)]).toEqual([n, false]);
  });
});
