import { columns, Resident } from "@linli/core";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors.js";
import { importFile } from "../import/import-file.js";
import { checkVocabulary, mergeVocabularies, parseVocabulary, wordsFor } from "./vocabulary.js";

const csv = (text: string) => new TextEncoder().encode(text);
const codeOf = (f: () => unknown): string[] | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return [e.code, e.localized["zh-CN"], e.localized.en];
    throw e;
  }
  return undefined;
};

describe("a user vocabulary", () => {
  it("is checked against the model with clear errors in zh-CN and en", () => {
    expect(checkVocabulary({ relationToHead: { spouse: "老伴" } })).toEqual({
      relationToHead: { spouse: ["老伴"] },
    });
    const field = codeOf(() => checkVocabulary({ relation: { spouse: ["老伴"] } }, "词表.json"));
    expect(field).toEqual([
      "vocabulary.unknownField",
      expect.stringContaining("词表.json：词表中的“relation”不是可选项字段"),
      expect.stringContaining("relationToHead"),
    ]);
    const value = codeOf(() => checkVocabulary({ gender: { woman: ["娘子"] } }, "w.json"));
    expect(value).toEqual([
      "vocabulary.unknownValue",
      expect.stringContaining("“woman”"),
      expect.stringContaining("its values are: male, female, other"),
    ]);
    expect(codeOf(() => checkVocabulary({ gender: ["女"] }, "w.json"))?.[0]).toBe(
      "vocabulary.shape",
    );
    expect(codeOf(() => checkVocabulary({ gender: { female: [""] } }, "w.json"))?.[0]).toBe(
      "vocabulary.shape",
    );
    expect(
      codeOf(() =>
        checkVocabulary({ gender: { female: ["Lady"], male: ["lady"] } }, "w.json"),
      )?.[0],
    ).toBe("vocabulary.conflict");
    expect(codeOf(() => parseVocabulary("{gender:", "w.json"))?.[0]).toBe("vocabulary.json");
  });

  it("reads a file with a byte-order mark, and files add up", () => {
    const a = parseVocabulary('\uFEFF{"tenure": {"rented": ["合租"]}}', "a.json");
    const b = parseVocabulary('{"tenure": {"rented": ["群租", "合租"]}}', "b.json");
    expect(mergeVocabularies([a, b])).toEqual({ tenure: { rented: ["合租", "群租"] } });
  });

  it("gives a column the words under its key or the key's last part", () => {
    const column = columns(Resident).find((c) => c.key === "household.relationToHead")!;
    const v = {
      relationToHead: { spouse: ["内人"] },
      "household.relationToHead": { other: ["干亲"] },
    };
    expect(wordsFor(v, column)).toEqual({ spouse: ["内人"], other: ["干亲"] });
    expect(wordsFor(v, columns(Resident).find((c) => c.key === "gender")!)).toBeUndefined();
  });

  it("extends an import; a value still unknown is withheld with a suggestion, the row kept", async () => {
    const file = csv("姓名,与户主关系,性别,住房性质\n王伟,内人,Femlae,合租\n李娜,妻,Ms.,自住\n");
    const { records, summary, rejected } = await importFile(file, {
      entity: "resident",
      fileName: "居民.csv",
      vocabulary: { relationToHead: { spouse: ["内人"] }, tenure: { rented: ["合租"] } },
    });
    expect(rejected).toEqual([]);
    expect(summary.accepted).toBe(2);
    const [wang, li] = records;
    expect(wang!.household).toEqual({ relationToHead: "spouse", tenure: "rented" });
    expect(wang!.gender).toBeUndefined();
    expect(wang!.meta.withheld).toEqual([
      { column: "性别", field: "gender", value: "Femlae", code: "cell.enum" },
    ]);
    expect(li).toMatchObject({
      gender: "female",
      household: { relationToHead: "spouse", tenure: "owned" },
    });
    expect(summary.withheldCells).toBe(1);
    const all = await importFile(file, { entity: "resident", fileName: "居民.csv" });
    expect(all.records[0]!.meta.withheld?.map((w) => w.value)).toEqual(["内人", "Femlae", "合租"]);
  });

  it("stops an import that names an unknown field before reading a row", async () => {
    await expect(
      importFile(csv("姓名\n王伟\n"), { entity: "resident", vocabulary: { nope: { a: ["b"] } } }),
    ).rejects.toMatchObject({ code: "vocabulary.unknownField" });
  });
});
