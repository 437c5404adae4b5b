import { chineseNumeral } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Writes n (1–9999) the way it is said, to check the parser against an independent writer. */
function spell(n: number): string {
  const digits = "零一二三四五六七八九";
  const units = ["千", "百", "十", ""];
  const padded = String(n).padStart(4, "0");
  let out = "";
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(padded[i]);
    if (d === 0) {
      if (out !== "") zero = true;
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += (d === 1 && i === 2 && out === "" ? "" : digits.charAt(d)) + (units[i] ?? "");
  }
  return out;
}

describe("chineseNumeral", () => {
  it.each([
    ["〇", 0],
    ["零", 0],
    ["一", 1],
    ["三", 3],
    ["两", 2],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["一十二", 12],
    ["二十", 20],
    ["二十一", 21],
    ["九十九", 99],
    ["一百", 100],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百一", 110],
    ["一百五", 150],
    ["两百", 200],
    ["九百九十九", 999],
    ["一千", 1000],
    ["一千零五", 1005],
    ["一千零五十", 1050],
    ["两千零二十", 2020],
    ["三千五", 3500],
    ["九千九百九十九", 9999],
    ["壹佰零伍", 105],
    ["贰拾", 20],
    ["兩千", 2000],
    ["一九八五", 1985],
    ["二〇二〇", 2020],
    ["二○二○", 2020],
    ["二零二零", 2020],
    ["〇五", 5],
  ])("%s → %i", (input, expected) => {
    expect(chineseNumeral(input)).toBe(expected);
  });

  it.each([
    [""],
    ["3"],
    ["12"],
    ["三3"],
    ["三号"],
    ["十十"],
    ["百"],
    ["一百十"],
    ["二三十"],
    ["一百零"],
    ["零十"],
    ["一百零五十"],
    ["十零五"],
    ["百一"],
    ["一千千"],
    ["两两"],
    ["二两"],
    ["万"],
    ["abc"],
  ])("%j is not a numeral", (input) => {
    expect(chineseNumeral(input)).toBeUndefined();
  });

  it("reads every number from 1 to 9999 as spoken", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(chineseNumeral(spell(n))).toBe(n);
      }),
    );
    for (let n = 1; n <= 9999; n++) expect(chineseNumeral(spell(n))).toBe(n);
  });

  it("reads digit-by-digit years", () => {
    const digits = "〇一二三四五六七八九";
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        const written = [...String(year)].map((d) => digits[Number(d)]).join("");
        expect(chineseNumeral(written)).toBe(year);
      }),
    );
  });
});
