import { checkCnMobile } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const codes = (r: ReturnType<typeof checkCnMobile>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe("checkCnMobile", () => {
  it.each([
    "13800138000",
    "138 0013 8000",
    "138-0013-8000",
    "138.0013.8000",
    "+86 13800138000",
    "+86-138-0013-8000",
    "(+86) 138 0013 8000",
    "0086-138-0013-8000",
    "0086 13800138000",
    "86 138 0013 8000",
    "8613800138000",
    "１３８００１３８０００",
    "＋８６　１３８－００１３－８０００",
    "（１３８）００１３８０００",
    "013800138000",
    "+86 (0)138 0013 8000",
  ])("reads %s as 13800138000", (input) => {
    expect(checkCnMobile(input)).toMatchObject({ ok: true, value: "13800138000", warnings: [] });
  });

  it.each([
    "13000000000",
    "14512345678",
    "16612345678",
    "17012345678",
    "19212345678",
    "19912345678",
  ])("accepts the 1[3-9] range: %s", (n) => {
    expect(checkCnMobile(n)).toMatchObject({ ok: true, value: n });
  });

  it.each([
    ["", "phone.empty"],
    [" - ", "phone.empty"],
    ["1380013800", "phone.cnMobile.length"],
    ["138001380001", "phone.cnMobile.length"],
    ["+86 1380013800", "phone.cnMobile.length"],
    ["12800138000", "phone.cnMobile.prefix"],
    ["10012345678", "phone.cnMobile.prefix"],
    ["02988886666", "phone.cnMobile.prefix"],
    ["+852 9123 4567", "phone.cnMobile.foreign"],
    ["00852 9123 4567", "phone.cnMobile.foreign"],
    ["138 0013 800O", "phone.invalid"],
    ["手机 13800138000", "phone.invalid"],
    ["138+00138000", "phone.invalid"],
  ])("%s → %s", (input, code) => {
    expect(codes(checkCnMobile(input))).toEqual([code]);
  });

  it("says how many digits it found", () => {
    const r = checkCnMobile("138 0013 800");
    expect(!r.ok && r.issues[0]?.message).toEqual({
      "zh-CN": "手机号应为11位数字，当前为10位",
      en: "A Chinese mobile number has 11 digits; got 10",
    });
    const p = checkCnMobile("12800138000");
    expect(!p.ok && p.issues[0]?.message["zh-CN"]).toBe("手机号应以13至19开头，当前以12开头");
  });

  it("reads every valid number back from the usual spellings", () => {
    const mobile = fc
      .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
      .map(([second, rest]) => `1${second}${String(rest).padStart(9, "0")}`);
    fc.assert(
      fc.property(mobile, (n) => {
        const spellings = [
          n,
          `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
          `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
          `+86 ${n}`,
          `0086-${n}`,
          n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
        ];
        for (const s of spellings) expect(checkCnMobile(s)).toMatchObject({ ok: true, value: n });
      }),
    );
  });
});
