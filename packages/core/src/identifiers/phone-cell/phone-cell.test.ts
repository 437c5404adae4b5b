import { describe, expect, it } from "vitest";
import { parsePhones, phoneKind } from "./phone-cell.js";

const read = (text: string) => {
  const r = parsePhones(text);
  return r.ok ? r.value : r.issues.map((i) => i.code);
};

describe("parsePhones: contact cells as people write them", () => {
  it("reads a name with a number", () => {
    expect(read("江老师 13971986663")).toEqual([
      { number: "13971986663", kind: "mobile", name: "江老师" },
    ]);
    expect(read("唐莉:189 8607 2142")).toEqual([
      { number: "18986072142", kind: "mobile", name: "唐莉" },
    ]);
    expect(read("联系人王伟，电话：13800138000")).toEqual([
      { number: "13800138000", kind: "mobile", name: "联系人王伟" },
    ]);
    expect(read("Dr. Ahmed +963 11 231 2345")).toEqual([
      { number: "+963112312345", kind: "landline", name: "Dr. Ahmed" },
    ]);
  });

  it("reads several numbers in one cell, each with its own name or the one before", () => {
    expect(read("13971986663 13800138000")).toEqual([
      { number: "13971986663", kind: "mobile" },
      { number: "13800138000", kind: "mobile" },
    ]);
    expect(read("江老师 13971986663、唐莉:189 8607 2142")).toEqual([
      { number: "13971986663", kind: "mobile", name: "江老师" },
      { number: "18986072142", kind: "mobile", name: "唐莉" },
    ]);
    expect(read("张主任 13800138000/029-88886666")).toEqual([
      { number: "13800138000", kind: "mobile", name: "张主任" },
      { number: "02988886666", kind: "landline", name: "张主任" },
    ]);
  });

  it("keeps notes in brackets and extensions as notes", () => {
    expect(read("18908691003（值班）")).toEqual([
      { number: "18908691003", kind: "mobile", note: "值班" },
    ]);
    expect(read("0711-3251382(办公室 8:00-17:00)")).toEqual([
      { number: "07113251382", kind: "landline", note: "办公室 8:00-17:00" },
    ]);
    expect(read("027-88886666 转 801")).toEqual([
      { number: "02788886666", kind: "landline", note: "转801" },
    ]);
  });

  it("reads landlines with area codes, service numbers and numbers from abroad", () => {
    expect(read("0711-3251382")).toEqual([{ number: "07113251382", kind: "landline" }]);
    expect(read("(029)88886666")).toEqual([{ number: "02988886666", kind: "landline" }]);
    expect(read("95338")).toEqual([{ number: "95338", kind: "service" }]);
    expect(read("12345")).toEqual([{ number: "12345", kind: "service" }]);
    expect(read("400-820-8820")).toEqual([{ number: "4008208820", kind: "service" }]);
    expect(read("+852 9123 4567")).toEqual([{ number: "+85291234567", kind: "mobile" }]);
    expect(read("+44 20 7946 0958")).toEqual([{ number: "+442079460958", kind: "landline" }]);
  });

  it("reports digits that form no number, and fails when there is no number at all", () => {
    const r = parsePhones("13800138000，1380013800");
    expect(r.ok && r.value).toEqual([{ number: "13800138000", kind: "mobile" }]);
    expect(r.ok && r.warnings.map((w) => [w.code, w.params])).toEqual([
      ["phone.unread", { text: "1380013800" }],
    ]);
    expect(read("江老师")).toEqual(["phone.invalid"]);
    expect(read("  ")).toEqual(["phone.empty"]);
  });
});

describe("parsePhones: masked numbers", () => {
  it("withholds a number with digits hidden instead of reading its pieces", () => {
    // Before, 138****8000 became the service number 138 with the note ****.
    for (const t of [
      "138****8000",
      "138＊＊＊＊8000",
      "138xxxx8000",
      "138XXXX8000",
      "138 **** 8000",
      "1380013****",
      "孙八 138****8000（本人）",
    ]) {
      const r = parsePhones(t);
      expect(
        r.ok ? r.value : r.issues.map((i) => [i.code, i.message.en.includes("hidden")]),
        t,
      ).toEqual([["phone.masked", true]]);
    }
  });

  it("keeps the whole numbers of a cell and reports the masked ones", () => {
    for (const t of [
      "138****8000、13900139000",
      "138****8000 13900139000",
      "13900139000 / 029-8888****",
    ]) {
      const r = parsePhones(t);
      expect(r.ok && r.value, t).toEqual([{ number: "13900139000", kind: "mobile" }]);
      expect(r.ok && r.warnings.map((w) => w.code), t).toEqual(["phone.masked"]);
    }
  });

  it("reads a whole number beside stars as that number", () => {
    const r = parsePhones("13800138000 **紧急**");
    expect(r.ok && r.value).toEqual([{ number: "13800138000", kind: "mobile", note: "**紧急**" }]);
    expect(r.ok && r.warnings.map((w) => w.code)).not.toContain("phone.masked");
  });

  it("reads an x in a word or before an extension as before", () => {
    expect(read("Alexx 13800138000")).toEqual([
      { number: "13800138000", kind: "mobile", name: "Alexx" },
    ]);
    expect(read("029-88886666 x801")).toEqual([
      { number: "02988886666", kind: "landline", note: "x801" },
    ]);
  });
});

describe("phoneKind", () => {
  it("tells the kind from a canonical number", () => {
    expect(
      ["13800138000", "02988886666", "95338", "4008208820", "+85291234567", "+442079460958"].map(
        phoneKind,
      ),
    ).toEqual(["mobile", "landline", "service", "service", "mobile", "landline"]);
  });
});
