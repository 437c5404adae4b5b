import { checkPhone, PHONE_PATTERN, PHONE_WRITING } from "@linli/core";
import { xlsForm } from "@linli/forms/xlsform";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** The phone question's constraint of an entity's XLSForm, as a JavaScript regular expression. */
function formPattern(entity: "resident" | "organization" | "volunteer", name: string): RegExp {
  const { survey } = xlsForm({ entity });
  const head = survey[0]!;
  const row = survey.find((r) => r[1] === name)!;
  const constraint = row[head.indexOf("constraint")]!;
  const m = /^regex\(\., '([^']*)'\)$/.exec(constraint);
  expect(m, constraint).not.toBeNull();
  return new RegExp(m![1]!);
}

// Numbers as people write them in registers and forms.
const WRITTEN = [
  "13800138000",
  "138 0013 8000",
  "138-0013-8000",
  "138.0013.8000",
  "138 0013-8000",
  "+86 13800138000",
  "+86 138 0013 8000",
  "+86-138-0013-8000",
  "(+86) 138 0013 8000",
  "+8613800138000",
  "0086 138 0013 8000",
  "0086-13800138000",
  "86 138 0013 8000",
  "8613800138000",
  "013800138000",
  "１３８００１３８０００",
  "１３８ ００１３ ８０００",
  "＋８６ １３８００１３８０００",
  " 13800138000 ",
  "138\u00a00013\u00a08000",
  "138\u30000013\u30008000",
  "029-88886666",
  "029-8888-6666",
  "029 8888 6666",
  "(029) 88886666",
  "（029）88886666",
  "029－88886666",
  "０７５５－１２３４５６７８",
  "010-6552 9988",
  "010-65529988",
  "0571-87654321",
  "+86 29 8888 6666",
  "+86-29-88886666",
  "0086 29 88886666",
  "+86 (0)29 8888 6666",
  "029/88886666",
  "029-88886666 转 801",
  "029-88886666转801",
  "010-65529988 分机 12",
  "010-65529988分机号 3456",
  "029-88886666 ext. 12",
  "029-88886666 EXT 12",
  "029-88886666 x12",
  "029-88886666#801",
  "400-123-4567",
  "400 123 4567",
  "+852 9123 4567",
  "+852-9123-4567",
  "00852 9123 4567",
  "+886 912 345 678",
  "+44 20 7946 0958",
  "+1 202 456 1111",
  "+1 (202) 456-1111",
  "+1 202 456 1111 ext. 12",
  "+800 1234 5678",
];

// Not phone numbers: both must refuse them.
const NOT_PHONES = [
  "",
  "abc",
  "无",
  "电话待补",
  "138OO138OOO",
  "12",
  "13800138000 13900139000 13700137000",
  "+",
  "+-",
  "138 0013 8000 转",
  "029-88886666 转 1234567",
  "wang@example.org",
];

describe("the XLSForm phone constraint and linli's phone rule", () => {
  const form = formPattern("resident", "phone");

  it.each(WRITTEN)("linli reads %j, and so does the form", (written) => {
    const linli = checkPhone(written);
    expect(linli.ok, JSON.stringify(linli)).toBe(true);
    expect(form.test(written)).toBe(true);
  });

  it.each(NOT_PHONES)("neither takes %j", (text) => {
    expect(checkPhone(text).ok).toBe(false);
    expect(form.test(text)).toBe(false);
  });

  it("accepts whatever linli accepts, however the digits are spaced and separated", () => {
    const separated = fc
      .tuple(
        fc.constantFrom(
          "13800138000",
          "02988886666",
          "01065529988",
          "075512345678",
          "4001234567",
          "+8613800138000",
          "+85291234567",
          "+12024561111",
          "+442079460958",
        ),
        fc.array(
          fc.constantFrom("", "", "", ...PHONE_WRITING.spaces, ...PHONE_WRITING.separators),
          {
            minLength: 16,
            maxLength: 16,
          },
        ),
        fc.boolean(),
      )
      .map(([n, gaps, wide]) => {
        const text = [...n].map((c, i) => (i > 0 ? gaps[i]! : "") + c).join("");
        // Full-width digits and plus, as a Chinese keyboard types them.
        return wide
          ? text.replace(/[0-9+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
          : text;
      });
    fc.assert(
      fc.property(separated, (text) => {
        if (checkPhone(text).ok) expect(form.test(text), text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("is one definition: the same pattern for every entity, and linli's canonical numbers match it", () => {
    expect(formPattern("organization", "phone").source).toBe(form.source);
    expect(formPattern("volunteer", "phone").source).toBe(form.source);
    for (const w of WRITTEN) {
      const r = checkPhone(w);
      if (r.ok) {
        expect(r.value).toMatch(PHONE_PATTERN);
        expect(form.test(r.value)).toBe(true);
      }
    }
  });
});
