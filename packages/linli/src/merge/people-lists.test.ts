import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { merge } from "linli/node";
import { describe, expect, it } from "vitest";

// Two organisations' person lists from the Sahana Eden demo data: the same nine refugees
// (Latin names, sex and date of birth; no ID, no phone), three of them of one family.
const sahana = (name: string) =>
  fileURLToPath(new URL(`../../../../fixtures/realworld/sahana-eden/${name}`, import.meta.url));

describe("people with little to go on", () => {
  it("finds every person the two organisations share and fuses no two", async () => {
    const r = await merge([
      sahana("BRCMS_Standard_Demo_person.csv"),
      sahana("historic_DRKCM_Demo_person.csv"),
    ]);
    expect(r.summary.map((s) => s.accepted)).toEqual([9, 9]);
    // Both lists hold the same people in the same order: row k of one is row k of the other.
    expect(r.clusters.map((c) => c.rows.map((x) => x.row))).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => [k, k]),
    );
    expect(r.clusters.every((c) => new Set(c.rows.map((x) => x.source)).size === 2)).toBe(true);
  });
});

describe("a person list merged with itself and a re-typed copy", () => {
  it("finds the copies: headers in Chinese, names in parts, rows shuffled, a few typos", async () => {
    const [header, ...lines] = readFileSync(sahana("BRCMS_Standard_Demo_person.csv"), "utf8")
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(","));
    const at = (name: string) => header!.indexOf(name);
    // Re-typed by hand from a printout: other headers, 男/女, dates written the Chinese way,
    // two names misspelt, no system labels, rows in another order.
    const typos: Record<string, string> = { Fatima: "Fatma", Mahmoud: "Mahmud" };
    const order = [4, 0, 7, 2, 8, 5, 1, 6, 3];
    const retyped = order.map((k) => {
      const l = lines[k]!;
      const [y, m, d] = l[at("DOB")]!.split("-");
      return {
        所属机构: l[at("Organisation")]!,
        性别: l[at("Sex")] === "Male" ? "男" : "女",
        名: typos[l[at("First Name")]!] ?? l[at("First Name")]!,
        姓: l[at("Last Name")]!,
        出生日期: `${y}年${Number(m)}月${Number(d)}日`,
        国籍: l[at("Nationality")]!,
      };
    });
    const file = sahana("BRCMS_Standard_Demo_person.csv");
    const r = await merge([
      { name: "list", data: file },
      { name: "again", data: file },
      { name: "retyped", data: retyped },
    ]);
    expect(r.summary.map((s) => s.accepted)).toEqual([9, 9, 9]);
    // Every person is one record of three rows, one from each source.
    expect(r.records).toHaveLength(9);
    const clusters = r.clusters.map((c) =>
      c.rows
        .map((x) => `${x.source}:${x.row}`)
        .sort()
        .join(" "),
    );
    const expected = lines.map((_, k) =>
      [`again:${k + 2}`, `list:${k + 2}`, `retyped:${order.indexOf(k) + 1}`].sort().join(" "),
    );
    expect(clusters.sort()).toEqual(expected.sort());
    // The name is composed given name first, as the list writes Latin names.
    expect(r.records.map((x) => x.name).sort()).toContain("Fatima Malik");
  });
});
