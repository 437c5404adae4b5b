import { normalizeGender } from "@linli/core";
import { describe, expect, it } from "vitest";

describe("normalizeGender", () => {
  it.each([
    ["男", "male"],
    ["女", "female"],
    ["男性", "male"],
    ["女性", "female"],
    ["男士", "male"],
    ["女士", "female"],
    [" 男 ", "male"],
    ["M", "male"],
    ["m", "male"],
    ["F", "female"],
    ["f", "female"],
    ["Ｆ", "female"],
    ["male", "male"],
    ["Male", "male"],
    ["MALE", "male"],
    ["female", "female"],
    ["FeMale", "female"],
    ["1", "male"],
    ["2", "female"],
    ["１", "male"],
    ["其他", "other"],
    ["其它", "other"],
    ["other", "other"],
    ["Other", "other"],
  ] as const)("%j → %s", (input, expected) => {
    const r = normalizeGender(input);
    expect(r).toMatchObject({ ok: true, value: expected, warnings: [] });
  });

  it("reads GB/T 2261.1 codes given as numbers", () => {
    expect(normalizeGender(1)).toMatchObject({ ok: true, value: "male" });
    expect(normalizeGender(2)).toMatchObject({ ok: true, value: "female" });
  });

  it.each([["0"], ["9"], [0], [9], ["未知"], ["未说明"], ["保密"], ["Unknown"]])(
    "%j means unknown and fails with gender.unknown",
    (input) => {
      const r = normalizeGender(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ code: "gender.unknown", severity: "error" });
      expect(r.issues[0]?.message["zh-CN"]).toContain(`“${String(input)}”`);
      expect(r.issues[0]?.message["zh-CN"]).toContain("GB/T 2261.1");
      expect(r.issues[0]?.message.en).toContain("unknown or not stated");
    },
  );

  it.each([[""], ["  "], ["\u3000"]])("%j fails with gender.empty", (input) => {
    const r = normalizeGender(input);
    expect(r).toMatchObject({ ok: false, issues: [{ code: "gender.empty" }] });
    if (!r.ok) {
      expect(r.issues[0]?.message["zh-CN"]).toBe("性别为空");
      expect(r.issues[0]?.message.en).toBe("The gender is empty");
    }
  });

  it.each([["3"], ["12"], [3], ["男女"], ["abc"], ["是"], ["mf"]])(
    "%j fails with gender.invalid and says what is expected",
    (input) => {
      const r = normalizeGender(input);
      expect(r).toMatchObject({ ok: false, issues: [{ code: "gender.invalid" }] });
      if (!r.ok) {
        expect(r.issues[0]?.params).toEqual({ value: String(input) });
        expect(r.issues[0]?.message["zh-CN"]).toBe(
          `无法识别性别“${String(input)}”，应填写男/女、M/F、male/female、1（男）/2（女）或其他`,
        );
        expect(r.issues[0]?.message.en).toContain(`"${String(input)}"`);
      }
    },
  );

  it.each([
    ["Ms.", "female"],
    ["Mrs", "female"],
    ["Miss", "female"],
    ["小姐", "female"],
    ["Mr.", "male"],
    ["先生", "male"],
  ])("%j is a title: read as %s with a gender.hint warning", (input, value) => {
    const r = normalizeGender(input);
    expect(r).toMatchObject({
      ok: true,
      value,
      warnings: [{ code: "gender.hint", severity: "warning" }],
    });
    if (r.ok) expect(r.warnings[0]?.message.en).toContain(value === "female" ? "Female" : "Male");
  });
});
