import { describe, expect, it } from "vitest";
import { composeName } from "./compose-name.js";

describe("composeName", () => {
  it("writes Chinese, Japanese and Korean names family name first without a space", () => {
    expect(composeName({ family: "王", given: "伟" })).toBe("王伟");
    expect(composeName({ family: "欧阳", given: "娜娜" })).toBe("欧阳娜娜");
    expect(composeName({ family: " 張 ", given: "靜" })).toBe("張靜");
    expect(composeName({ family: "김", given: "민수" })).toBe("김민수");
  });

  it("writes other names given name first, with spaces", () => {
    expect(composeName({ family: "Malik", given: "Fatima" })).toBe("Fatima Malik");
    expect(composeName({ given: "Jigme", middle: "Thinlye", family: "Namgyal" })).toBe(
      "Jigme Thinlye Namgyal",
    );
    expect(composeName({ family: "Wang", given: "Wei" })).toBe("Wei Wang");
    expect(composeName({ family: "Namgyel" })).toBe("Namgyel");
  });

  it("gives nothing for empty parts", () => {
    expect(composeName({ family: " ", given: "" })).toBeUndefined();
  });
});
