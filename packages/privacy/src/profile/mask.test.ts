import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskMiddle, maskName, maskValue } from "./mask.js";

describe("maskName", () => {
  it("masks Chinese names the way notices do", () => {
    expect(maskName("王伟")).toBe("王*");
    expect(maskName("王小伟")).toBe("王*伟");
    expect(maskName("欧阳娜娜")).toBe("欧**娜");
    expect(maskName("买买提·艾力")).toBe("买*提·艾*");
    expect(maskName("John Smith")).toBe("J*** S****");
    expect(maskName("王")).toBe("*");
  });

  it("never returns a name of two or more characters unchanged or inside the result", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 8, unit: "grapheme" }), (name) => {
        if (/\s|·|\*/.test(name)) return;
        expect(maskName(name).includes(name)).toBe(false);
      }),
    );
  });
});

describe("maskMiddle", () => {
  it("keeps the requested ends but hides at least a third", () => {
    expect(maskMiddle("11010519491231002X", 4, 4)).toBe("1101**********002X");
    expect(maskMiddle("13800138000", 3, 4)).toBe("138****8000");
    expect(maskMiddle("E1234", 2, 2)).toBe("E1**4");
    expect(maskMiddle("ab", 1, 1)).toBe("a*");
    expect(maskMiddle("a", 1, 1)).toBe("*");
  });

  it("hides ceil(n/3) characters or more, for any lengths asked", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.nat(40), fc.nat(40), (s, a, b) => {
        fc.pre(!s.includes("*"));
        const out = Array.from(maskMiddle(s, a, b));
        const n = Array.from(s).length;
        expect(out.length).toBe(n);
        expect(out.filter((c) => c === "*").length).toBeGreaterThanOrEqual(Math.ceil(n / 3));
      }),
    );
  });
});

describe("maskValue", () => {
  it("uses each kind's pattern", () => {
    expect(maskValue("610113195001011234", "citizen-id")).toBe("6101**********1234");
    expect(maskValue("13812345678", "phone")).toBe("138****5678");
    expect(maskValue("88886666", "phone")).toBe("88****66");
    expect(maskValue("+85291234567", "phone")).toBe("+85*****4567");
    expect(maskValue("E12345678", "document")).toBe("E1*****78");
    expect(maskValue("王小伟", "name")).toBe("王*伟");
    expect(maskValue("1950-03-02", "birth-date")).toBe("1950-**-**");
    expect(maskValue("2022-01-05T14:30:00+08:00", "date")).toBe("2022-**-**");
    expect(maskValue("丈八社区", "text")).toBe("丈**区");
    expect(maskValue(13812345678, "phone")).toBe("138****5678");
  });

  it("honours keepStart/keepEnd and gives up on what cannot be masked", () => {
    expect(maskValue("13812345678", "phone", 0, 4)).toBe("*******5678");
    expect(maskValue("王小伟", "name", 0, 1)).toBe("**伟");
    expect(maskValue(3, "number")).toBeUndefined();
    expect(maskValue("male", "category")).toBeUndefined();
    expect(maskValue("", "name")).toBeUndefined();
    expect(maskValue({ a: 1 }, "text")).toBeUndefined();
  });
});
