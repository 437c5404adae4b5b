import * as z from "zod";
import { Address } from "./address.js";
import { choice } from "./choice.js";
import { date, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { identifiers, personIdentity, phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { tenure } from "./household.js";
import {
  age,
  birthDate,
  gender,
  HouseholdMember,
  nameParts,
  personName,
  relationship,
} from "./person.js";
import { RESIDENCY } from "./vocabulary/household.js";
import { vulnerabilities } from "./vulnerability.js";

const [ResidencyType, residencyLabels] = choice(RESIDENCY);

const [QuarantineStatus, quarantineStatusLabels] = choice({
  none: L("无需隔离", "Not required"),
  "in-quarantine": L("隔离中", "In quarantine"),
  "health-monitoring": L("健康监测", "Health monitoring"),
  released: L("已解除", "Released"),
});

const [QuarantinePlace, quarantinePlaceLabels] = choice({
  home: L("居家隔离", "At home"),
  centralised: L("集中隔离", "Centralised facility"),
});

/**
 * Quarantine of a resident.
 *
 * @example
 * ```ts
 * import { Quarantine } from "@linli/core";
 * Quarantine.parse({ status: "in-quarantine", place: "home", start: "2022-01-01" });
 * ```
 */
export const Quarantine = z.strictObject({
  status: field(QuarantineStatus, {
    label: L("隔离状态", "Quarantine status"),
    hxl: "#status +quarantine",
    pii: "sensitive",
    options: quarantineStatusLabels,
    aliases: ["隔离状态", "是否隔离", "管控状态", "quarantine status"],
    form: { widget: "select", group: "quarantine" },
  }),
  place: field(QuarantinePlace.optional(), {
    label: L("隔离方式", "Quarantine place"),
    pii: "sensitive",
    options: quarantinePlaceLabels,
    aliases: ["隔离方式", "隔离地点类型", "隔离类型", "quarantine place"],
    form: { widget: "radio", group: "quarantine" },
  }),
  site: field(text(100).optional(), {
    label: L("隔离点", "Quarantine site"),
    description: L("集中隔离点名称", "Name of the centralised quarantine site"),
    pii: "sensitive",
    aliases: ["隔离点", "隔离酒店", "集中隔离点", "quarantine site"],
    form: { group: "quarantine" },
  }),
  start: field(date().optional(), {
    label: L("隔离开始日期", "Quarantine start"),
    hxl: "#date +start",
    pii: "sensitive",
    aliases: ["隔离开始日期", "隔离开始时间", "开始隔离日期", "隔离起始日期", "quarantine start"],
    form: { widget: "date", group: "quarantine" },
  }),
  end: field(date().optional(), {
    label: L("隔离结束日期", "Quarantine end"),
    hxl: "#date +end",
    pii: "sensitive",
    aliases: ["隔离结束日期", "解除隔离日期", "隔离截止日期", "预计解除日期", "quarantine end"],
    form: { widget: "date", group: "quarantine" },
  }),
});

/**
 * The household a resident belongs to, and the people living with them.
 *
 * @example
 * ```ts
 * import { ResidentHousehold } from "@linli/core";
 * ResidentHousehold.parse({ relationToHead: "head", size: 3 });
 * ```
 */
export const ResidentHousehold = z.strictObject({
  id: field(ref().optional(), {
    label: L("户编号", "Household ID"),
    hxl: "#meta +household",
    pii: "none",
    aliases: ["户编号", "户号", "家庭编号", "household id"],
  }),
  relationToHead: relationship([
    "与户主关系",
    "与户主的关系",
    "家庭关系",
    "relationship to head",
  ]).optional(),
  headName: personName(
    ["户主姓名", "户主", "head of household"],
    L("户主姓名", "Head of household"),
  ).optional(),
  size: field(z.number().int().min(1).max(50).optional(), {
    label: L("家庭人数", "Household size"),
    hxl: "#affected +hh +num",
    pii: "none",
    aliases: ["家庭人数", "户人数", "同住人数", "家庭人口", "居住人数", "household size"],
    form: { widget: "number", inputMode: "numeric" },
  }),
  tenure: tenure(),
  members: field(z.array(HouseholdMember).max(50).optional(), {
    label: L("同住人员", "People living together"),
    pii: "direct",
    form: { group: "household" },
  }),
});

/**
 * A resident: a person living in a community, registered by a neighbourhood committee.
 *
 * @example
 * ```ts
 * import { Resident } from "@linli/core";
 * Resident.parse({
 *   meta: { id: "r-1", schemaVersion: "0.0.0" },
 *   name: "王伟",
 *   gender: "male",
 *   identifiers: [{ scheme: "cn-citizen-id", value: "11010519491231002X" }],
 * });
 * ```
 */
export const Resident = entity(
  z.strictObject({
    meta: RecordMeta,
    name: personName([
      "姓名",
      "名字",
      "居民姓名",
      "人员姓名",
      "住户姓名",
      "居住人姓名",
      "被登记人",
      "name",
      "full name",
      "resident name",
    ]).optional(),
    nameParts: nameParts(),
    gender: gender(),
    birthDate: birthDate(),
    age: age(),
    identifiers: identifiers(),
    phones: phones("person"),
    household: field(ResidentHousehold.optional(), {
      label: L("家庭", "Household"),
      pii: "quasi",
      form: { group: "household" },
    }),
    address: field(Address.optional(), {
      label: L("住址", "Address"),
      pii: "quasi",
      form: { group: "address" },
    }),
    residencyType: field(ResidencyType.optional(), {
      label: L("人员类型", "Residency type"),
      description: L(
        "户籍、常住（非户籍）或流动人口",
        "Registered, permanent non-registered, or floating population",
      ),
      hxl: "#beneficiary +residency",
      pii: "quasi",
      options: residencyLabels,
      aliases: [
        "人员类型",
        "人口类型",
        "居住类型",
        "户籍类型",
        "人员性质",
        "居住性质",
        "户籍性质",
        "residency type",
        "residency",
      ],
      form: { widget: "radio" },
    }),
    origin: field(text(200).optional(), {
      label: L("来源地", "Place of origin"),
      description: L("流动人口从何地来", "Where floating population came from"),
      hxl: "#loc +origin",
      pii: "quasi",
      aliases: [
        "来源地",
        "从何地来",
        "来自何地",
        "返回出发地",
        "出发地",
        "户籍地",
        "户籍所在地",
        "place of origin",
        "origin",
      ],
      form: { hint: L("如：湖北省武汉市", "e.g. Wuhan, Hubei") },
    }),
    arrivalDate: field(date().optional(), {
      label: L("到达日期", "Arrival date"),
      hxl: "#date +arrival",
      pii: "quasi",
      aliases: [
        "到达日期",
        "抵达日期",
        "返回日期",
        "来本地日期",
        "到达时间",
        "返回时间",
        "arrival date",
      ],
      form: { widget: "date" },
    }),
    vulnerabilities: vulnerabilities(
      L("需要重点关注的情况，可多选", "Circumstances that need attention; choose all that apply"),
    ),
    quarantine: field(Quarantine.optional(), {
      label: L("隔离情况", "Quarantine"),
      pii: "sensitive",
      form: { group: "quarantine" },
    }),
    notes: notes("sensitive", ["备注说明", "其他情况", "remarks", "comment"]),
    extra: Extra.optional(),
  }),
  {
    entity: "resident",
    label: L("居民", "Resident"),
    description: L(
      "社区中登记的居民，含户籍、常住和流动人口",
      "A person living in a community: registered, permanent or floating population",
    ),
    hxl: "#beneficiary",
    identity: personIdentity(),
  },
);

/** A resident. */
export type Resident = z.infer<typeof Resident>;
