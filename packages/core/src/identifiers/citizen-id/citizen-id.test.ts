import { checkCitizenId, citizenIdCheckChar, compactCitizenId } from "@linli/core";
import { describe, expect, it } from "vitest";

const make = (first17: string) => first17 + citizenIdCheckChar(first17);
const codes = (r: ReturnType<typeof checkCitizenId>) =>
  r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code);

describe("checkCitizenId: published vectors", () => {
  it("accepts the example of GB 11643-1999 itself", () => {
    const r = checkCitizenId("11010519491231002X");
    expect(r).toMatchObject({
      ok: true,
      value: "11010519491231002X",
      warnings: [],
      details: { birthDate: "1949-12-31", sex: "female", regionCode: "110105", legacy: false },
    });
  });

  it.each([
    // python-stdnum, tests/test_cn_ric.doctest (github.com/arthurdejong/python-stdnum)
    ["360426199101010071", "1991-01-01", "male"],
    ["44011320141005001X", "2014-10-05", "male"],
    ["412723199010050012", "1990-10-05", "male"],
    ["110102199101010078", "1991-01-01", "male"],
    // README of github.com/sndnvaps/CheckID_card
    ["34052419800101001X", "1980-01-01", "male"],
    // aj-base TestIdCardService.java of github.com/sp42/aj-framework
    ["310230199104010311", "1991-04-01", "male"],
    ["31023019910401075X", "1991-04-01", "male"],
    ["310230199104012413", "1991-04-01", "male"],
  ])("accepts %s", (id, birthDate, sex) => {
    expect(checkCitizenId(id)).toMatchObject({ ok: true, value: id, details: { birthDate, sex } });
  });

  it.each([
    // python-stdnum: wrong check character, impossible month, non-digit start
    ["36042619910102009X", "citizenId.checksum"],
    ["360426199113010079", "citizenId.birthDate"],
    ["T60426199101010078", "citizenId.charset"],
    // python-stdnum: unknown province 99
    ["990426199112010074", "citizenId.region"],
    // sndnvaps/CheckID_card README: check character should be X
    ["340524198001010013", "citizenId.checksum"],
  ])("rejects %s with %s", (id, code) => {
    expect(codes(checkCitizenId(id))).toEqual([code]);
  });
});

describe("checkCitizenId: input clean-up", () => {
  it("accepts spaces, full-width digits and a lower-case x", () => {
    for (const input of [
      " 11010519491231002x ",
      "110105 19491231 002X",
      "１１０１０５１９４９１２３１００２Ｘ",
      "１１０１０５　１９４９１２３１　００２ｘ",
      "'11010519491231002X",
      "110105\u00a019491231\u00a0002X",
    ]) {
      const r = checkCitizenId(input);
      expect(r.ok && r.value).toBe("11010519491231002X");
    }
  });

  it("reads dashes between the digits as separators, as spaces are", () => {
    // Before, "110105-19491231-002X" was withheld: "character 7 is “-”".
    for (const input of ["110105-19491231-002X", "110105－19491231－002x", "11010519491231002-X"]) {
      const r = checkCitizenId(input);
      expect(r.ok && r.value, input).toBe("11010519491231002X");
    }
    // A dash that separates no digits is still not part of an ID.
    expect(codes(checkCitizenId("-11010519491231002X"))).toEqual(["citizenId.charset"]);
    expect(codes(checkCitizenId("110105--19491231002X"))).toEqual(["citizenId.charset"]);
  });

  it("reports an empty value", () => {
    expect(codes(checkCitizenId("  "))).toEqual(["citizenId.empty"]);
    expect(codes(checkCitizenId(""))).toEqual(["citizenId.empty"]);
  });

  it("names the offending character and its position", () => {
    const r = checkCitizenId("1101051949I231002X");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({
        code: "citizenId.charset",
        params: { char: "I", position: 11 },
      });
      expect(r.issues[0]?.message["zh-CN"]).toBe(
        "身份证号只能由数字组成，最后一位可以是X；第11位是“I”",
      );
    }
  });

  it("allows X only as the last character of an 18-character ID", () => {
    expect(codes(checkCitizenId("11010519491231X02X"))).toEqual(["citizenId.charset"]);
    expect(codes(checkCitizenId("11010549123100X"))).toEqual(["citizenId.charset"]);
  });

  it("says how long the ID should be", () => {
    const r = checkCitizenId("11010519491231002");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("citizenId.length");
      expect(r.issues[0]?.message["zh-CN"]).toBe("身份证号应为18位（旧证为15位），当前为17位");
    }
  });
});

describe("checkCitizenId: Excel damage", () => {
  it.each(["6.10113E+17", "6.10113e17", "6.10113E17", "6,10113E+17", "4.40113E+17", "6E+17"])(
    "recognises %s as a number Excel has rounded",
    (input) => {
      const r = checkCitizenId(input);
      expect(codes(r)).toEqual(["citizenId.scientificNotation"]);
      if (!r.ok) expect(r.issues[0]?.message["zh-CN"]).toContain("Excel");
    },
  );

  it("recognises the zeroed tail Excel leaves when such a number is widened again", () => {
    // 610113199001011234 stored as a number keeps 15 significant digits.
    expect(codes(checkCitizenId("610113199001011000"))).toEqual(["citizenId.scientificNotation"]);
    // A number passed straight from a spreadsheet library.
    expect(codes(checkCitizenId(Number("610113199001011234") as unknown as string))).toEqual([
      "citizenId.scientificNotation",
    ]);
  });

  it("keeps real IDs that happen to end in 000", () => {
    expect(checkCitizenId("610113199001010000")).toMatchObject({ ok: true });
  });
});

describe("checkCitizenId: masked IDs", () => {
  it.each([
    "610102********123X",
    "6101021985****1237",
    "610102********1237",
    "６１０１０２＊＊＊＊＊＊＊＊１２３７",
    "610102xxxxxxxx1237",
    "610102●●●●●●●●1237",
    "61010219850301****",
  ])("says %s has digits hidden, not which character is wrong", (input) => {
    const r = checkCitizenId(input);
    expect(codes(r)).toEqual(["citizenId.masked"]);
    if (!r.ok) {
      expect(r.issues[0]?.message.en).toContain("hidden");
      expect(r.issues[0]?.message["zh-CN"]).toContain("隐藏");
    }
  });

  it("leaves a single stray character to the charset check", () => {
    expect(codes(checkCitizenId("6101021985030*1237"))).toEqual(["citizenId.charset"]);
    expect(codes(checkCitizenId("61010219850301123X"))).not.toContain("citizenId.masked");
  });
});

describe("compactCitizenId", () => {
  it("gives the ID as checkCitizenId reads it, without checking it", () => {
    expect(compactCitizenId("'110105-19491231-002x")).toBe("11010519491231002X");
    expect(compactCitizenId(" ６１０１０２ 19850301 1234\u200b")).toBe("610102198503011234");
    expect(compactCitizenId("abc")).toBe("ABC");
  });
});

describe("checkCitizenId: region and birth date", () => {
  it.each([
    "11",
    "15",
    "21",
    "23",
    "31",
    "37",
    "41",
    "46",
    "50",
    "54",
    "61",
    "65",
    "71",
    "81",
    "82",
    "83",
  ])("accepts province %s", (p) => {
    expect(checkCitizenId(make(`${p}0101199001011234`.slice(0, 17)))).toMatchObject({ ok: true });
  });

  it.each([
    "00",
    "10",
    "16",
    "20",
    "24",
    "30",
    "38",
    "40",
    "47",
    "55",
    "60",
    "66",
    "70",
    "72",
    "80",
    "84",
    "91",
    "99",
  ])("rejects province %s", (p) => {
    expect(codes(checkCitizenId(make(`${p}0101199001011234`.slice(0, 17))))).toEqual([
      "citizenId.region",
    ]);
  });

  it.each([
    ["20000229", true], // divisible by 400
    ["19960229", true],
    ["20040229", true],
    ["20230229", false],
    ["21000229", false],
    ["19900230", false],
    ["19900431", false],
    ["19901301", false],
    ["19900001", false],
    ["19900100", false],
    ["18891231", false], // before 1890
    ["18900101", true],
  ])("birth date %s valid: %s", (date, valid) => {
    const r = checkCitizenId(make(`610113${date}123`), { now: new Date(2030, 0, 1) });
    expect(r.ok).toBe(valid);
    if (!valid) expect(codes(r)).toEqual(["citizenId.birthDate"]);
  });

  it("rejects a birth date after today, and accepts today", () => {
    const now = new Date(2024, 5, 15, 23, 59);
    expect(codes(checkCitizenId(make("61011320240616123"), { now }))).toEqual(["citizenId.future"]);
    expect(checkCitizenId(make("61011320240615123"), { now })).toMatchObject({ ok: true });
    expect(codes(checkCitizenId(make("61011321000101123")))).toEqual(["citizenId.future"]);
  });

  it("reads the sex from the 17th digit", () => {
    const male = checkCitizenId(make("61011319900101123"));
    const female = checkCitizenId(make("61011319900101124"));
    expect(male.ok && male.details.sex).toBe("male");
    expect(female.ok && female.details.sex).toBe("female");
  });
});

describe("checkCitizenId: 15-digit IDs", () => {
  it("upgrades the standard's example from its 15-digit form", () => {
    const r = checkCitizenId("110105491231002");
    expect(r).toMatchObject({
      ok: true,
      value: "11010519491231002X",
      details: { birthDate: "1949-12-31", sex: "female", regionCode: "110105", legacy: true },
    });
    expect(codes(r)).toEqual(["citizenId.legacyUpgraded"]);
    if (r.ok) {
      expect(r.warnings[0]?.severity).toBe("warning");
      expect(r.warnings[0]?.message["zh-CN"]).toBe(
        "15位旧身份证号 110105491231002 已自动升级为18位：11010519491231002X",
      );
    }
  });

  it("checks the birth date of old IDs in the 1900s", () => {
    expect(codes(checkCitizenId("610113000229123"))).toEqual(["citizenId.birthDate"]); // 1900
    expect(checkCitizenId("610113960229123")).toMatchObject({
      ok: true,
      value: make("61011319960229123"),
    });
  });

  it("checks the province of old IDs", () => {
    expect(codes(checkCitizenId("990113900101123"))).toEqual(["citizenId.region"]);
  });
});

describe("citizenIdCheckChar", () => {
  it("computes the check character", () => {
    expect(citizenIdCheckChar("11010519491231002")).toBe("X");
    expect(citizenIdCheckChar("36042619910101007")).toBe("1");
    expect(citizenIdCheckChar("61011319900101000")).toBe("0");
  });

  it("throws on anything but 17 digits", () => {
    expect(() => citizenIdCheckChar("1101051949123100")).toThrow(RangeError);
    expect(() => citizenIdCheckChar("1101051949123100X")).toThrow(RangeError);
  });
});
