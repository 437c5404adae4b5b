import { columns, type EntityName, entities } from "@linli/core";
import { describe, expect, it } from "vitest";
import { converterFor, type UserWords } from "./convert.js";

const col = (entity: EntityName, key: string) =>
  columns(entities[entity]).find((c) => c.key === key)!;
const read = (entity: EntityName, key: string, text: string, user?: UserWords) => {
  const r = converterFor(col(entity, key), user)(text);
  return r.ok ? r.value : r.problems.map((p) => p.code);
};
const all = (entity: EntityName, key: string, texts: string[]) =>
  texts.map((t) => read(entity, key, t));

describe("choices as real files write them", () => {
  it("reads GB/T 4761 family relationships by code and by name", () => {
    const rel = (t: string) => read("resident", "household.relationToHead", t);
    expect(all("resident", "household.relationToHead", ["户主", "本人", "01", "02"])).toEqual(
      Array(4).fill("head"),
    );
    expect(["配偶", "夫", "妻", "10", "11", "12", "老伴"].map(rel)).toEqual(
      Array(7).fill("spouse"),
    );
    expect(["子", "长子", "女", "长女", "20", "22", "30", "32", "独生女"].map(rel)).toEqual(
      Array(9).fill("child"),
    );
    expect(["父亲", "母亲", "51", "52"].map(rel)).toEqual(Array(4).fill("parent"));
    expect(["孙子女", "孙子", "外孙女", "40"].map(rel)).toEqual(Array(4).fill("grandchild"));
    expect(["儿媳", "女婿", "28", "38"].map(rel)).toEqual(Array(4).fill("child-in-law"));
    expect(["岳母", "嫂子", "72", "97"].map(rel)).toEqual(Array(4).fill("other-relative"));
    expect(rel("99")).toBe("other");
    // A code is read whole: 2010 is not 20 or 10.
    expect(rel("2010")).toEqual(["cell.enum"]);
  });

  it("reads GB/T 2261.1 sex codes and English forms; titles only as a hint, with a warning", () => {
    expect(all("resident", "gender", ["1", "男性", "M", "Male", "male", "♂"])).toEqual(
      Array(6).fill("male"),
    );
    expect(all("resident", "gender", ["2", "女性", "F", "Female", "女士"])).toEqual(
      Array(5).fill("female"),
    );
    for (const [t, v] of [
      ["Ms.", "female"],
      ["Mrs", "female"],
      ["Miss", "female"],
      ["Mr.", "male"],
      ["先生", "male"],
    ] as const) {
      const r = converterFor(col("resident", "gender"))(t);
      expect(r.ok && r.value).toBe(v);
      expect(r.ok && r.warnings?.map((w) => [w.code, w.severity])).toEqual([
        ["cell.enumHint", "warning"],
      ]);
    }
    // 0 and 9 say the sex is unknown: withheld with that reason, not guessed.
    expect(read("resident", "gender", "9")).toEqual(["gender.unknown"]);
    expect(read("resident", "gender", "0")).toEqual(["gender.unknown"]);
  });

  it("reads residency and tenure words", () => {
    const residency = (t: string) => read("resident", "residencyType", t);
    expect(["户籍", "户籍人口", "本地户口"].map(residency)).toEqual(Array(3).fill("registered"));
    expect(["常住", "常住人口"].map(residency)).toEqual(Array(2).fill("resident"));
    expect(["流动", "暂住", "外来", "外来人员"].map(residency)).toEqual(Array(4).fill("floating"));
    const tenure = (t: string) => read("resident", "household.tenure", t);
    expect(["自住", "自有", "自有住房"].map(tenure)).toEqual(Array(3).fill("owned"));
    expect(["租住", "租赁", "Rented"].map(tenure)).toEqual(Array(3).fill("rented"));
    expect(["借住", "寄住"].map(tenure)).toEqual(Array(2).fill("staying-with-others"));
    expect(read("household", "tenure", "公租房")).toBe("public-rental");
  });

  it("reads Low, Medium and High", () => {
    expect(all("need", "priority", ["Low", "Medium", "High", "Urgent", "特急"])).toEqual([
      "low",
      "normal",
      "high",
      "urgent",
      "urgent",
    ]);
  });

  it("reads the organisation types of HXL 3W lists, IATI codes and import templates", () => {
    const kind = (t: string) => read("organization", "kind", t);
    expect(kind("Red Cross / Red Crescent")).toBe("red-cross");
    expect(kind("Red Cross/Red Crescent")).toBe("red-cross");
    expect(kind("红十字会")).toBe("red-cross");
    expect(kind("International NGO")).toBe("international-ngo");
    expect(kind("21")).toBe("international-ngo");
    expect(kind("UN agency")).toBe("un-agency");
    expect(kind("Government")).toBe("government-department");
    expect(kind("Private sector")).toBe("company-donor");
    expect(kind("Community Emergency Group")).toBe("community-group");
    expect(kind("COVID-19 Response Group")).toBe("community-group");
    expect(kind("Flood Action Group")).toBe("community-group");
    expect(kind("Voluntary Organisation")).toBe("volunteer-team");
    expect(kind("House of Worship")).toBe("faith-based");
    expect(kind("Academic / Research")).toBe("academic");
    expect(kind("医院")).toBe("health-facility");
  });

  it("reads need and supply categories of humanitarian templates", () => {
    const need = (t: string) => read("need", "category", t);
    expect(
      [
        "Asylum Application",
        "Cash",
        "Education",
        "Family Reunification",
        "Food",
        "Health",
        "Information / Guidance",
        "Job Seeking",
        "Legal Advice",
        "Medication / Treatment",
        "Other",
        "Protection",
        "Psychosocial Support",
        "Registration",
        "Shelter",
        "Support with Paperwork",
        "Flights",
        "Logistics",
        "Medical",
        "Security",
        "WASH",
        "买菜",
      ].map(need),
    ).toEqual([
      "legal",
      "cash",
      "education",
      "protection",
      "food",
      "medical-care",
      "information",
      "livelihood",
      "legal",
      "medicine",
      "other",
      "protection",
      "psychological-support",
      "legal",
      "shelter",
      "legal",
      "transport",
      "transport",
      "medical-care",
      "protection",
      "water-sanitation",
      "groceries-delivery",
    ]);
    const supply = (t: string) => read("supply-item", "category", t);
    expect(["PPE", "口罩", "Masks"].map(supply)).toEqual(Array(3).fill("protective-equipment"));
    expect(["NFI", "Bedding", "Blankets"].map(supply)).toEqual(Array(3).fill("daily-necessities"));
    expect(supply("Bottled water")).toBe("drinking-water");
  });

  it("suggests the option a typo is close to", () => {
    const r = converterFor(col("resident", "gender"))("Femlae");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.detail.en).toContain("did you mean “Female”?");
    expect(!r.ok && r.problems[0]!.detail["zh-CN"]).toContain("是不是“女”？");
    const far = converterFor(col("resident", "household.relationToHead"))("表哥哥的朋友的邻居");
    expect(!far.ok && far.problems[0]!.detail.en).not.toContain("did you mean");
  });

  it("reads the user's words first, for this column only", () => {
    const user = { spouse: ["内人"], other: ["老伴"] };
    expect(read("resident", "household.relationToHead", "内人", user)).toBe("spouse");
    // The user's words win over the model's: in their files 老伴 is someone else.
    expect(read("resident", "household.relationToHead", "老伴", user)).toBe("other");
    expect(read("resident", "household.relationToHead", "内人")).toEqual(["cell.enum"]);
  });

  it("remembers outcomes by text without sharing them between cells that differ", () => {
    const convert = converterFor(col("resident", "gender"));
    for (let i = 0; i < 3; i++) {
      expect(convert("女").ok && (convert("女") as { value: unknown }).value).toBe("female");
      expect(convert("Ms").ok).toBe(true);
      expect(convert("??").ok).toBe(false);
    }
  });
});
