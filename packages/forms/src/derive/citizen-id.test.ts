import { citizenIdCheckChar } from "@linli/core";
import { createForm } from "@linli/forms";
import { describe, expect, it } from "vitest";

const FEMALE_1949 = "11010519491231002X";
const id = (first17: string) => first17 + citizenIdCheckChar(first17);
const MALE_1985 = id("61011319850302001");

describe("values derived from a citizen ID", () => {
  const fields = ["name", "citizenId", "birthDate", "gender"];

  it("fills birth date and sex once the ID is valid", () => {
    const form = createForm({ entity: "resident", fields });
    form.set("citizenId", "1101051949123100");
    expect(form.get("birthDate").value).toBe("");
    form.set("citizenId", FEMALE_1949);
    expect(form.get("birthDate")).toMatchObject({ value: "1949-12-31", derived: true });
    expect(form.get("gender")).toMatchObject({ value: "female", derived: true });
    expect(form.get("birthDate").error).toBeUndefined();
  });

  it("follows a corrected ID but never overwrites what the person typed", () => {
    const form = createForm({ entity: "resident", fields });
    form.set("citizenId", FEMALE_1949);
    form.set("citizenId", MALE_1985);
    expect(form.get("birthDate").value).toBe("1985-03-02");
    expect(form.get("gender").value).toBe("male");
    form.set("gender", "other");
    expect(form.get("gender")).toMatchObject({ value: "other", derived: false });
    form.set("citizenId", FEMALE_1949);
    expect(form.get("gender").value).toBe("other");
    expect(form.get("birthDate").value).toBe("1949-12-31");
  });

  it("clears what it filled when the ID is cleared or turns invalid, and fills again once valid", () => {
    const form = createForm({ entity: "resident", fields });
    form.set("citizenId", MALE_1985);
    form.set("citizenId", "");
    expect(form.get("birthDate")).toMatchObject({ value: "", derived: false });
    expect(form.get("gender")).toMatchObject({ value: "", derived: false });
    form.set("citizenId", MALE_1985);
    form.set("citizenId", MALE_1985.slice(0, 17));
    expect(form.get("birthDate").value).toBe("");
    form.set("citizenId", MALE_1985);
    form.set("citizenId", MALE_1985.slice(0, 17) + (MALE_1985.endsWith("0") ? "1" : "0"));
    expect(form.get("gender").value).toBe("");
    form.set("citizenId", MALE_1985);
    expect(form.get("birthDate")).toMatchObject({ value: "1985-03-02", derived: true });
  });

  it("keeps a value typed by hand when the ID goes", () => {
    const form = createForm({ entity: "resident", fields });
    form.set("citizenId", MALE_1985);
    form.set("birthDate", "1985-03-03");
    form.set("citizenId", "");
    expect(form.get("birthDate").value).toBe("1985-03-03");
    expect(form.get("gender").value).toBe("");
  });

  it("clears within the household member whose ID went", () => {
    const form = createForm({ entity: "resident", fields: ["name", "household.members"] });
    const a = form.add("household.members")!;
    const b = form.add("household.members")!;
    form.set(`household.members[${a}].citizenId`, FEMALE_1949);
    form.set(`household.members[${b}].citizenId`, MALE_1985);
    form.set(`household.members[${b}].citizenId`, "");
    expect(form.get(`household.members[${b}].birthDate`).value).toBe("");
    expect(form.get(`household.members[${a}].birthDate`).value).toBe("1949-12-31");
  });

  it("upgrades an old 15-digit ID and fills from it", () => {
    const form = createForm({ entity: "resident", fields });
    form.set("name", "王伟");
    form.set("citizenId", "110105491231002");
    expect(form.get("birthDate").value).toBe("1949-12-31");
    const r = form.submit();
    expect(r.ok && r.value.identifiers).toEqual([{ scheme: "cn-citizen-id", value: FEMALE_1949 }]);
  });

  it("fills within each household member only", () => {
    const form = createForm({
      entity: "resident",
      fields: ["name", "gender", "household.members"],
    });
    const a = form.add("household.members")!;
    const b = form.add("household.members")!;
    form.set(`household.members[${b}].citizenId`, MALE_1985);
    expect(form.get(`household.members[${b}].birthDate`).value).toBe("1985-03-02");
    expect(form.get(`household.members[${b}].gender`).value).toBe("male");
    expect(form.get(`household.members[${a}].birthDate`).value).toBe("");
    expect(form.get("gender").value).toBe("");
  });

  it("follows derivations given as data, or none", () => {
    const none = createForm({ entity: "resident", fields, derive: [] });
    none.set("citizenId", FEMALE_1949);
    expect(none.get("birthDate").value).toBe("");
    const dateOnly = createForm({
      entity: "resident",
      fields,
      derive: [{ from: "citizenId", birthDate: "birthDate" }],
    });
    dateOnly.set("citizenId", FEMALE_1949);
    expect(dateOnly.get("birthDate").value).toBe("1949-12-31");
    expect(dateOnly.get("gender").value).toBe("");
  });
});
