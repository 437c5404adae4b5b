import { entityNames, phoneWritingPattern } from "@linli/core";
import { LANGUAGES, xform, xlsForm, xlsFormSheets } from "@linli/forms/xlsform";
import { describe, expect, it } from "vitest";
import { specProblems } from "./spec-rules.js";

const column = (sheet: readonly (readonly string[])[], name: string) => {
  const i = sheet[0]!.indexOf(name);
  return sheet.slice(1).map((r) => r[i] ?? "");
};
const rowOf = (sheet: readonly (readonly string[])[], name: string) => {
  const head = sheet[0]!;
  const r = sheet.slice(1).find((x) => x[1] === name)!;
  return Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""]));
};

describe("xlsForm", () => {
  it.each(entityNames)("the XLSForm of %s passes the spec's rules", (entity) => {
    const form = xlsForm({ entity });
    expect(specProblems(form)).toEqual([]);
    expect(form.survey.length).toBeGreaterThan(1);
    expect(form.settings[1]![1]).toBe(`linli_${entity.replace(/-/g, "_")}`);
  });

  it("labels every question in Chinese and English, Chinese first", () => {
    const { survey, choices, settings } = xlsForm({ entity: "resident" });
    expect(survey[0]!.slice(0, 4)).toEqual([
      "type",
      "name",
      "label::Chinese (zh)",
      "label::English (en)",
    ]);
    expect(rowOf(survey, "citizenId")).toMatchObject({
      type: "text",
      "label::Chinese (zh)": "身份证号",
      "label::English (en)": "Citizen ID",
      hxl: "#beneficiary +id +citizen",
    });
    expect(choices).toContainEqual(["gender", "female", "女", "Female"]);
    expect(settings[1]![3]).toBe(LANGUAGES["zh-CN"]);
    const english = xlsForm({ entity: "resident", defaultLanguage: "en" });
    expect(english.survey[0]![2]).toBe("label::English (en)");
  });

  it("checks the ID's check character and the phone pattern, with messages in both languages", () => {
    const { survey } = xlsForm({ entity: "resident" });
    const id = rowOf(survey, "citizenId");
    expect(id.constraint).toContain("substring('10X98765432'");
    expect(id["constraint_message::Chinese (zh)"]).toMatch(/校验码/);
    expect(id["constraint_message::English (en)"]).toMatch(/check character/);
    const phone = rowOf(survey, "phone");
    expect(phone.constraint).toBe(`regex(., '${phoneWritingPattern()}')`);
    expect(phone["constraint_message::Chinese (zh)"]).toMatch(/手机号/);
    expect(rowOf(survey, "name")).toMatchObject({
      required: "yes",
      "required_message::Chinese (zh)": "姓名为必填项",
      "required_message::English (en)": "Name is required",
    });
  });

  it("turns the form's rules into relevant expressions and household members into a repeat", () => {
    const { survey } = xlsForm({ entity: "resident" });
    expect(rowOf(survey, "site").relevant).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm references
      "(${status} = 'in-quarantine') and (${place} = 'centralised')",
    );
    const types = column(survey, "type");
    const names = column(survey, "name");
    const begin = names.indexOf("members");
    expect(types[begin]).toBe("begin_repeat");
    expect(types[names.indexOf("household")]).toBe("begin_group");
    expect(names.slice(begin + 1, begin + 3)).toEqual(["name", "relationship"]);
    const need = xlsForm({ entity: "need" });
    expect(rowOf(need.survey, "items")).toMatchObject({ type: "begin_repeat" });
    expect(rowOf(need.survey, "items").relevant).toMatch(/^\$\{category\} = 'groceries-delivery'/);
  });

  it("follows the fields and rules it is given", () => {
    const { survey } = xlsForm({
      entity: "resident",
      fields: ["name", "gender", "vulnerabilities"],
      rules: [{ field: "gender", visibleWhen: { field: "vulnerabilities", in: ["elderly"] } }],
    });
    expect(column(survey, "name")).toEqual(["name", "gender", "vulnerabilities"]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm references
    expect(rowOf(survey, "gender").relevant).toBe("selected(${vulnerabilities}, 'elderly')");
  });

  it("names its three sheets for an XLSX writer", () => {
    const sheets = xlsFormSheets(xlsForm({ entity: "need" }));
    expect(sheets.map((s) => s.name)).toEqual(["survey", "choices", "settings"]);
  });

  it("refuses an unknown entity with the list of known ones", () => {
    expect(() => xlsForm({ entity: "nobody" as never })).toThrow(/resident, household/);
  });
});

describe("the spec checks", () => {
  it("find what breaks an XLSForm", () => {
    const good = xlsForm({ entity: "need" });
    const broken = {
      ...good,
      survey: [
        ...good.survey,
        ["select_one nolist", "1bad", "", "x"],
        ["begin_group", "g", "组", "Group"],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm references
        ["text", "x", "甲", "A", "", "", "", "", "", "${missing} = 1"],
      ],
    };
    const problems = specProblems(broken).join("\n");
    expect(problems).toMatch(/no choice list "nolist"/);
    expect(problems).toMatch(/"1bad" is not a valid XML name/);
    expect(problems).toMatch(/no label in Chinese \(zh\)/);
    expect(problems).toMatch(/never closed/);
    expect(problems).toMatch(/\$\{missing\} names no question/);
  });
});

describe("xform", () => {
  it.each(entityNames)(
    "the XForm of %s is well-formed, with a bind for every constraint",
    (entity) => {
      const form = xlsForm({ entity });
      const xml = xform(form);
      expect(xml).toMatch(/^<\?xml version="1\.0"/);
      expect(xml).toContain(`<data id="linli_${entity.replace(/-/g, "_")}"`);
      const constraints = column(form.survey, "constraint").filter(Boolean).length;
      expect(xml.match(/ constraint="/g)?.length ?? 0).toBe(constraints);
      expect(xml).not.toMatch(/\$\{/);
      // Every element opened is closed.
      const open = xml.match(/<[A-Za-z][^>]*[^/]>/g)!.filter((t) => !t.startsWith("<?"));
      const close = xml.match(/<\/[^>]+>/g)!;
      expect(open.length).toBe(close.length);
    },
  );

  it("writes pyxform's shapes: itext per language, choices as instances, a repeat template", () => {
    const xml = xform(xlsForm({ entity: "resident" }));
    expect(xml).toContain('<translation lang="Chinese (zh)" default="true()">');
    expect(xml).toContain('<translation lang="English (en)">');
    expect(xml).toContain(`<text id="/data/name:label"><value>姓名</value></text>`);
    expect(xml).toContain(`<instance id="gender"><root><item><itextId>gender-0</itextId>`);
    expect(xml).toContain(`<members jr:template="">`);
    expect(xml).toContain(
      `relevant="(/data/quarantine/status = 'in-quarantine') and (/data/quarantine/place = 'centralised')"`,
    );
    expect(xml).toContain(`<repeat nodeset="/data/household/members">`);
    expect(xml).toContain(`jr:preload="uid"`);
  });
});
