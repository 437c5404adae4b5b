import { checkCreditCode, creditCodeCheckChar } from "@linli/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const codes = (r: ReturnType<typeof checkCreditCode>) =>
  r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);

describe("checkCreditCode: published vectors", () => {
  // Valid codes from python-stdnum, tests/test_cn_uscc.doctest
  // (github.com/arthurdejong/python-stdnum), covering authorities 1 and 9, organisation
  // types 1 and 2, letters in the organisation code and X / letters as check characters.
  it.each([
    "91110000600037341L",
    "121200004013590816",
    "91310115MA1K3BTP2B",
    "9144030071526726XG",
    "91340600MA2PBM9HXD",
    "91620105L015101280",
    "92340602MA2PBMEM24",
    "9131012056010553X5",
  ])("accepts %s without warnings", (code) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: true, value: code, warnings: [] });
  });

  it("splits a code into its parts with labels", () => {
    const r = checkCreditCode("91110000600037341L");
    expect(r).toMatchObject({
      ok: true,
      details: {
        authority: "9",
        orgType: "1",
        regionCode: "110000",
        orgCode: "600037341",
        authorityLabel: { "zh-CN": "市场监管（工商）", en: "Market regulation" },
        orgTypeLabel: { "zh-CN": "企业", en: "Enterprise" },
      },
    });
    const individual = checkCreditCode("92340602MA2PBMEM24");
    expect(individual.ok && individual.details.orgTypeLabel?.["zh-CN"]).toBe("个体工商户");
  });

  // python-stdnum: "91110000600037341N" has a wrong check character; "A1110000600037341L"
  // is rejected there for its letter, but A is the military staffing office in GB 32100
  // tables, so here it only fails its check character.
  it("warns, but accepts, a wrong check character", () => {
    const r = checkCreditCode("91110000600037341N");
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(["creditCode.checksum"]);
    if (r.ok) {
      expect(r.warnings[0]).toMatchObject({
        severity: "warning",
        params: { expected: "L", actual: "N" },
      });
      expect(r.warnings[0]?.message["zh-CN"]).toContain("应为 L");
    }
    expect(codes(checkCreditCode("A1110000600037341L"))).toEqual(["creditCode.checksum"]);
  });

  it("rejects letters GB 32100 leaves out (python-stdnum: 9111000060003IOZSV)", () => {
    const r = checkCreditCode("9111000060003IOZSV");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({
        code: "creditCode.charset",
        params: { char: "I", position: 14 },
      });
    }
  });
});

describe("checkCreditCode: errors and clean-up", () => {
  it("normalises spaces, dashes, full-width and lower case", () => {
    for (const input of [
      "91 110000 600037341L",
      " 91110000-600037341-l ",
      "９１１１００００６０００３７３４１Ｌ",
      "91110000600037341l",
    ]) {
      const r = checkCreditCode(input);
      expect(r.ok && r.value).toBe("91110000600037341L");
    }
  });

  it.each([
    ["", "creditCode.empty"],
    ["12345", "creditCode.length"],
    ["91110000600037341L1", "creditCode.length"],
    ["B1110000600037341L", "creditCode.authority"],
    ["Z1110000600037341L", "creditCode.charset"],
    ["911100A0600037341L", "creditCode.region"],
    ["1.21200004013591E+17", "creditCode.scientificNotation"],
    ["1.212e17", "creditCode.scientificNotation"],
  ])("%s → %s", (input, code) => {
    expect(codes(checkCreditCode(input))).toEqual([code]);
  });

  it("writes the length problem in both languages", () => {
    const r = checkCreditCode("12345");
    expect(!r.ok && r.issues[0]?.message).toEqual({
      "zh-CN": "统一社会信用代码应为18位，当前为5位",
      en: "A unified social credit code has 18 characters; got 5",
    });
  });
});

describe("creditCodeCheckChar", () => {
  it("computes the check character, including 0 when the sum is a multiple of 31", () => {
    expect(creditCodeCheckChar("91110000600037341")).toBe("L");
    expect(creditCodeCheckChar("12120000401359081")).toBe("6");
    expect(creditCodeCheckChar("91620105L01510128")).toBe("0");
  });

  it("throws on characters outside the code alphabet", () => {
    expect(() => creditCodeCheckChar("9111000060003734I")).toThrow(RangeError);
    expect(() => creditCodeCheckChar("9111000060003734")).toThrow(RangeError);
  });
});

describe("checkCreditCode properties", () => {
  const validCode = fc
    .tuple(
      fc.constantFrom("1", "5", "9", "A", "N", "Y"),
      fc.constantFrom("1", "2", "3", "9"),
      fc.integer({ min: 110000, max: 659999 }),
      fc.array(fc.constantFrom(...CHARS), { minLength: 9, maxLength: 9 }),
    )
    .map(([a, t, region, org]) => {
      const first17 = `${a}${t}${region}${org.join("")}`;
      return first17 + creditCodeCheckChar(first17);
    });

  it("accepts generated codes without warnings", () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(checkCreditCode(code)).toMatchObject({ ok: true, value: code, warnings: [] });
      }),
    );
  });

  it("never lets a one-character mutation through unnoticed", () => {
    const check = (code: string) => {
      for (let i = 0; i <= code.length; i++) {
        const edits: string[] = [];
        for (const c of CHARS) {
          edits.push(code.slice(0, i) + c + code.slice(i));
          if (i < code.length && c !== code[i])
            edits.push(code.slice(0, i) + c + code.slice(i + 1));
        }
        if (i < code.length) edits.push(code.slice(0, i) + code.slice(i + 1));
        for (const m of edits) {
          const r = checkCreditCode(m);
          const caught = !r.ok || r.warnings.some((w) => w.code === "creditCode.checksum");
          if (!caught) throw new Error(`mutation ${m} of ${code} passed silently`);
        }
      }
    };
    check("91110000600037341L");
    fc.assert(fc.property(validCode, check), { numRuns: 40 });
  });
});
