import { checkPhone } from "@linli/core";
import { describe, expect, it } from "vitest";

const codes = (r: ReturnType<typeof checkPhone>) =>
  r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);

describe("checkPhone: Chinese numbers", () => {
  it.each([
    "138 0013 8000",
    "138-0013-8000",
    "+86 13800138000",
    "0086-138-0013-8000",
    "１３８００１３８０００",
    "86 138 0013 8000",
  ])("writes the mobile %s as 13800138000", (input) => {
    expect(checkPhone(input)).toEqual({
      ok: true,
      value: "13800138000",
      warnings: [],
      details: { country: "CN", kind: "mobile", e164: "+8613800138000" },
    });
  });

  it("applies the Chinese mobile rules, also to +86 numbers from abroad", () => {
    expect(codes(checkPhone("1380013800"))).toEqual(["phone.cnMobile.length"]);
    expect(codes(checkPhone("+86 1380013800", { defaultCountry: "US" }))).toEqual([
      "phone.cnMobile.length",
    ]);
    expect(codes(checkPhone("12800138000"))).toEqual(["phone.cnMobile.prefix"]);
    expect(checkPhone("+86 138 0013 8000", { defaultCountry: "GB" })).toMatchObject({
      ok: true,
      value: "13800138000",
    });
  });

  it.each([
    ["029-8888-6666", "02988886666"],
    ["(029) 88886666", "02988886666"],
    ["+86 29 8888 6666", "02988886666"],
    ["0086 29 88886666", "02988886666"],
    ["010-6552 9988", "01065529988"],
    ["+86 10 6552 9988", "01065529988"],
    ["０７５５－１２３４５６７８", "075512345678"],
  ])("writes the landline %s as %s", (input, value) => {
    expect(checkPhone(input)).toMatchObject({
      ok: true,
      value,
      details: { country: "CN", kind: "landline", e164: `+86${value.slice(1)}` },
    });
  });

  it("keeps 400 service numbers in domestic form", () => {
    expect(checkPhone("400-123-4567")).toMatchObject({
      ok: true,
      value: "4001234567",
      details: { country: "CN", kind: "other" },
    });
  });

  it.each(["88886666", "0571123456", "010655299881", "12345", "abc", "029-8888-666x6"])(
    "rejects %s",
    (input) => {
      expect(codes(checkPhone(input))).toEqual(["phone.invalid"]);
    },
  );

  it("asks for the area code in its message", () => {
    const r = checkPhone("88886666");
    expect(!r.ok && r.issues[0]?.message["zh-CN"]).toBe(
      "无法识别电话号码“88886666”。固定电话请带区号（如 029-88886666），境外号码请以 + 和国际区号开头",
    );
  });

  it("reports an empty value", () => {
    expect(codes(checkPhone(""))).toEqual(["phone.empty"]);
  });

  it.each(["138****8000", "138xxxx8000", "'138●●●●8000", "+86 138 **** 8000", "029-8888****"])(
    "says %s has digits hidden",
    (input) => {
      expect(codes(checkPhone(input))).toEqual(["phone.masked"]);
    },
  );
});

describe("checkPhone: international numbers", () => {
  it.each([
    ["+852 9123 4567", {}, "+85291234567", "HK", "mobile"],
    ["00852 2123 4567", {}, "+85221234567", "HK", "landline"],
    ["9123 4567", { defaultCountry: "HK" }, "+85291234567", "HK", "mobile"],
    ["+1 (202) 456-1111", {}, "+12024561111", "US", "other"],
    ["(202) 456-1111", { defaultCountry: "us" }, "+12024561111", "US", "other"],
    ["+44 20 7946 0958", {}, "+442079460958", "GB", "landline"],
    ["07400 123456", { defaultCountry: "GB" }, "+447400123456", "GB", "mobile"],
    ["+853 6612 3456", {}, "+85366123456", "MO", "mobile"],
    ["+886 912 345 678", {}, "+886912345678", "TW", "mobile"],
  ] as const)("%s → %s", (input, options, value, country, kind) => {
    expect(checkPhone(input, options)).toEqual({
      ok: true,
      value,
      warnings: [],
      details: { country, kind, e164: value },
    });
  });

  it("rejects numbers that do not exist in the country's plan", () => {
    expect(codes(checkPhone("+852 1234 5678"))).toEqual(["phone.invalid"]);
    expect(codes(checkPhone("+44 20 7946 095"))).toEqual(["phone.invalid"]);
    expect(codes(checkPhone("456-1111", { defaultCountry: "US" }))).toEqual(["phone.invalid"]);
  });

  it("throws on an unknown default country", () => {
    expect(() => checkPhone("123", { defaultCountry: "XX" })).toThrow(RangeError);
  });
});

describe("checkPhone: extensions and value shape", () => {
  it("moves an extension out of the number, with a warning", () => {
    const r = checkPhone("029-88886666 转 801");
    expect(r).toMatchObject({
      ok: true,
      value: "02988886666",
      details: { kind: "landline", extension: "801" },
    });
    expect(codes(r)).toEqual(["phone.extension"]);
    expect(checkPhone("+1 202 456 1111 ext. 12")).toMatchObject({
      ok: true,
      value: "+12024561111",
      details: { extension: "12" },
    });
  });

  it("reads a dash and digits after a Chinese landline as its extension (010-65529988-801)", () => {
    // Before, "029-88881234-123" was withheld as no phone number, "landlines need their area code".
    for (const input of [
      "029-88881234-123",
      "029-8888 1234-123",
      "010-6552-9988-801",
      "(029)88881234－5",
    ]) {
      const r = checkPhone(input);
      expect(r.ok, input).toBe(true);
      expect(codes(r)).toEqual(["phone.extension"]);
    }
    expect(checkPhone("029-88881234-123")).toMatchObject({
      ok: true,
      value: "02988881234",
      details: { kind: "landline", country: "CN", extension: "123" },
    });
    // A valid number written in dashed groups stays whole; a mobile has no extension.
    expect(checkPhone("0755-1234-5678")).toMatchObject({ ok: true, value: "075512345678" });
    expect(checkPhone("010-6552-9988")).toMatchObject({ ok: true, value: "01065529988" });
    expect(checkPhone("13800138000-1").ok).toBe(false);
    expect(checkPhone("12-34").ok).toBe(false);
  });

  it("always returns a value matching ^\\+?[0-9]{3,20}$", () => {
    for (const input of [
      "138 0013 8000",
      "029-8888-6666",
      "400-123-4567",
      "+852 9123 4567",
      "+1 202 456 1111",
      "+800 1234 5678",
    ]) {
      const r = checkPhone(input);
      expect(r.ok && r.value).toMatch(/^\+?[0-9]{3,20}$/);
    }
  });
});
