import { describe, expect, it } from "vitest";
import { cleanHeader, headerVariants, similarity } from "./header-text.js";

describe("cleanHeader", () => {
  it("removes numbering, bracketed notes, marks, survey phrasing and spaces", () => {
    expect(cleanHeader("1、姓名")).toBe("姓名");
    expect(cleanHeader("Q3. 性别")).toBe("性别");
    expect(cleanHeader("第3题 您的性别：")).toBe("性别");
    expect(cleanHeader("身份证号码（必填）")).toBe("身份证号码");
    expect(cleanHeader("*联系电话")).toBe("联系电话");
    expect(cleanHeader("姓　名")).toBe("姓名");
    expect(cleanHeader("（必填）")).toBe("(必填)");
    expect(cleanHeader("Phone Number")).toBe("phonenumber");
  });

  it("splits bilingual headers", () => {
    expect(headerVariants("姓名/Name")).toEqual(["姓名/name", "姓名", "name"]);
    expect(headerVariants("Name 姓名")).toContain("姓名");
    expect(headerVariants("联系电话\nPhone")).toContain("phone");
  });

  it("measures similarity", () => {
    expect(similarity("紧急联系人电话", "紧急联系电话")).toBeCloseTo(6 / 7);
    expect(similarity("", "a")).toBe(0);
    expect(similarity("ab", "ab")).toBe(1);
  });
});
