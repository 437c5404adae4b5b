import * as z from "zod";
import { choice } from "./choice.js";
import { partialDate, text } from "./common.js";
import { CITIZEN_ID_PATTERN, PHONE_PATTERN } from "./contact.js";
import { field, L } from "./define.js";
import { GENDER, RELATIONSHIP } from "./vocabulary/person.js";

const [GenderEnum, genderLabels] = choice(GENDER);

/**
 * A person's gender as registers record it.
 *
 * @example
 * ```ts
 * import { Gender } from "@linli/core";
 * Gender.options; // ["male", "female", "other"]
 * ```
 */
export const Gender = GenderEnum;

// @__NO_SIDE_EFFECTS__
export const personName = (aliases: readonly string[], label = L("姓名", "Name")) =>
  field(text(100), {
    label,
    hxl: "#beneficiary +name",
    pii: "direct",
    aliases,
    form: { autocomplete: "name" },
  });

const part = (label: ReturnType<typeof L>, aliases: string[], autocomplete: string) =>
  field(text(100).optional(), {
    label,
    pii: "direct",
    aliases,
    form: { hidden: true, autocomplete },
  });

/**
 * A name given in parts (姓 and 名, First / Middle / Last Name): an import composes the name
 * from them in the order the culture writes it, and keeps them.
 */
// @__NO_SIDE_EFFECTS__
export const nameParts = () =>
  field(
    z
      .strictObject({
        family: part(
          L("姓", "Family name"),
          ["姓", "姓氏", "family name", "last name", "lastname", "surname"],
          "family-name",
        ),
        given: part(
          L("名", "Given name"),
          ["名", "given name", "first name", "firstname", "forename"],
          "given-name",
        ),
        middle: part(
          L("中间名", "Middle name"),
          ["中间名", "middle name", "middlename", "middle names"],
          "additional-name",
        ),
      })
      .optional(),
    {
      label: L("姓名各部分", "Name in parts"),
      description: L(
        "分列填写的姓、名；导入时按书写习惯合成姓名（中文姓在前、不加空格，拉丁文名在前）",
        "Family, given and middle names given in columns of their own; an import composes the name from them as the culture writes it (Chinese family name first with no space, Latin given name first)",
      ),
      pii: "direct",
      form: { hidden: true },
    },
  );

// @__NO_SIDE_EFFECTS__
export const gender = () =>
  field(GenderEnum.optional(), {
    label: L("性别", "Gender"),
    hxl: "#beneficiary +gender",
    pii: "quasi",
    options: genderLabels,
    aliases: ["性别", "sex", "gender"],
    form: { widget: "radio", autocomplete: "sex" },
  });

// @__NO_SIDE_EFFECTS__
export const birthDate = () =>
  field(partialDate().optional(), {
    label: L("出生日期", "Date of birth"),
    description: L(
      "只知道年月或年份时写作 1991-11 或 1991",
      "Written 1991-11 or 1991 when only the month or the year is known",
    ),
    hxl: "#date +birth",
    pii: "quasi",
    aliases: [
      "出生日期",
      "出生年月",
      "出生年月日",
      "生日",
      "出生时间",
      "date of birth",
      "birth date",
      "dob",
      "birthday",
    ],
    form: { widget: "date", autocomplete: "bday" },
  });

// @__NO_SIDE_EFFECTS__
export const age = () =>
  field(z.number().int().min(0).max(130).optional(), {
    label: L("年龄", "Age"),
    description: L(
      "登记时的周岁年龄；没有出生日期时用于比对同一人",
      "Age in years when recorded; used to link records of the same person when there is no birth date",
    ),
    hxl: "#beneficiary +age",
    pii: "quasi",
    aliases: ["年龄", "岁数", "年纪", "周岁", "实际年龄", "age", "age in years", "age (years)"],
    form: { widget: "number", inputMode: "numeric" },
  });

const [RelationshipEnum, relationshipLabels] = choice(RELATIONSHIP);

/**
 * Relationship to the head of household.
 *
 * @example
 * ```ts
 * import { Relationship } from "@linli/core";
 * Relationship.parse("spouse");
 * ```
 */
export const Relationship = RelationshipEnum;

// @__NO_SIDE_EFFECTS__
export const relationship = (aliases: readonly string[]) =>
  field(RelationshipEnum, {
    label: L("与户主关系", "Relationship to head"),
    pii: "quasi",
    options: relationshipLabels,
    aliases,
    form: { widget: "select" },
  });

/**
 * A person living in a household, as registers list them under the head of household.
 *
 * @example
 * ```ts
 * import { HouseholdMember } from "@linli/core";
 * HouseholdMember.parse({ name: "李娜", relationship: "spouse" });
 * ```
 */
export const HouseholdMember = z.strictObject({
  residentId: field(z.string().min(1).max(128).optional(), {
    label: L("居民记录编号", "Resident record ID"),
    pii: "none",
    form: { hidden: true },
  }),
  name: personName(["成员姓名", "家庭成员", "同住人姓名", "member name"]),
  relationship: relationship(["与户主关系", "关系", "relationship"]),
  gender: gender(),
  birthDate: birthDate(),
  citizenId: field(z.string().regex(CITIZEN_ID_PATTERN).optional(), {
    label: L("身份证号", "Citizen ID"),
    hxl: "#beneficiary +id +citizen",
    pii: "direct",
    aliases: ["身份证号", "身份证号码"],
    form: { widget: "citizen-id", autocomplete: "off" },
  }),
  phone: field(z.string().regex(PHONE_PATTERN).optional(), {
    label: L("联系电话", "Phone"),
    hxl: "#contact +phone",
    pii: "direct",
    aliases: ["联系电话", "电话"],
    form: { widget: "tel", inputMode: "tel" },
  }),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;
