import * as z from "zod";
import { choice } from "./choice.js";
import { Extra, notes, RecordMeta, ref, text } from "./common.js";
import { identifiers, personIdentity, phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { Schedule } from "./organization.js";
import { age, birthDate, gender, nameParts, personName } from "./person.js";

const [SkillEnum, skillLabels] = choice({
  driving: L("驾驶", "Driving"),
  delivery: L("物资配送", "Delivery"),
  "heavy-lifting": L("搬运", "Lifting and carrying"),
  medical: L("医疗", "Medical"),
  nursing: L("护理", "Nursing"),
  psychological: L("心理咨询", "Psychological support"),
  translation: L("翻译", "Translation"),
  registration: L("信息登记录入", "Registration and data entry"),
  it: L("信息技术", "IT"),
  "elderly-care": L("助老服务", "Elderly care"),
  childcare: L("儿童照护", "Childcare"),
  disinfection: L("消杀", "Disinfection"),
  other: L("其他", "Other"),
});

const [VolunteerStatus, volunteerStatusLabels] = choice({
  applied: L("待审核", "Applied"),
  active: L("在岗", "Active"),
  paused: L("暂停", "Paused"),
  left: L("已退出", "Left"),
});

/**
 * A volunteer: a person who helps, the organisation or team they serve with, their skills and
 * when they are available.
 *
 * @example
 * ```ts
 * import { Volunteer } from "@linli/core";
 * Volunteer.parse({
 *   meta: { id: "v-1", schemaVersion: "0.0.0" },
 *   name: "李娜",
 *   phones: [{ number: "13800138000" }],
 *   skills: ["driving", "delivery"],
 *   status: "active",
 * });
 * ```
 */
export const Volunteer = entity(
  z.strictObject({
    meta: RecordMeta,
    name: personName(["姓名", "志愿者姓名", "名字", "name", "volunteer name"]).optional(),
    nameParts: nameParts(),
    gender: gender(),
    birthDate: birthDate(),
    age: age(),
    identifiers: identifiers(),
    phones: phones("person"),
    residentId: field(ref().optional(), {
      label: L("居民记录编号", "Resident record ID"),
      description: L(
        "志愿者同时是登记居民时，其居民记录",
        "The volunteer's resident record, when they are one",
      ),
      pii: "none",
      form: { hidden: true },
    }),
    organizationId: field(ref().optional(), {
      label: L("所属组织编号", "Organisation ID"),
      pii: "none",
      form: { hidden: true },
    }),
    organizationName: field(text(200).optional(), {
      label: L("所属组织", "Organisation"),
      hxl: "#org +name",
      pii: "quasi",
      aliases: [
        "所属组织",
        "所属团队",
        "志愿服务队",
        "所在单位",
        "工作单位",
        "organisation",
        "team",
      ],
    }),
    skills: skills(["技能特长", "特长", "技能", "专业技能", "可提供服务", "skills"]),
    availability: field(z.array(Schedule).max(14).optional(), {
      label: L("可服务时间", "Availability"),
      pii: "none",
    }),
    availabilityNote: field(text(500).optional(), {
      label: L("可服务时间说明", "Availability note"),
      pii: "none",
      aliases: ["可服务时间", "服务时间", "空闲时间", "可参与时间", "availability"],
      form: { hint: L("如：工作日晚上、周末全天", "e.g. weekday evenings, weekends") },
    }),
    capacity: field(z.number().int().min(1).max(200).optional(), {
      label: L("每班可送户数", "Deliveries per shift"),
      description: L(
        "一个班次内最多能送达的户数",
        "How many households the volunteer can deliver to in one shift",
      ),
      pii: "none",
      aliases: [
        "每班可送户数",
        "配送能力",
        "最多配送户数",
        "可送户数",
        "capacity",
        "deliveries per shift",
      ],
      form: { widget: "number", inputMode: "numeric" },
    }),
    access: field(z.array(text(100)).max(50).optional(), {
      label: L("可进入区域", "Access"),
      description: L(
        "封控期间可以进入的小区或楼栋，如“绿地世纪城”“绿地世纪城 3号楼”；不填表示不限",
        "Compounds or buildings the volunteer may enter during a lockdown, e.g. a compound name or a compound and building; empty means anywhere",
      ),
      pii: "quasi",
      aliases: ["可进入区域", "通行区域", "负责区域", "服务小区", "负责楼栋", "access", "areas"],
      separator: "、",
    }),
    status: field(VolunteerStatus.optional(), {
      label: L("状态", "Status"),
      hxl: "#status",
      pii: "none",
      options: volunteerStatusLabels,
      aliases: ["状态", "志愿者状态", "在岗状态", "status"],
      form: { widget: "select" },
    }),
    notes: notes("sensitive"),
    extra: Extra.optional(),
  }),
  {
    entity: "volunteer",
    label: L("志愿者", "Volunteer"),
    description: L("参与社区服务的志愿者", "A person volunteering in community response"),
    hxl: "#contact +volunteer",
    identity: personIdentity(),
  },
);

/** A volunteer. */
export type Volunteer = z.infer<typeof Volunteer>;

/**
 * A volunteer's skill (驾驶, 搬运, 医疗…), shared by volunteers and the delivery tasks that
 * need them.
 *
 * @example
 * ```ts
 * import { Skill } from "@linli/core";
 * Skill.parse("heavy-lifting");
 * ```
 */
export const Skill = SkillEnum;
/** A volunteer's skill. */
export type Skill = z.infer<typeof SkillEnum>;

/** A list of skills in one cell. */
// @__NO_SIDE_EFFECTS__
export function skills(aliases: readonly string[]) {
  return field(z.array(SkillEnum).max(13).optional(), {
    label: L("技能特长", "Skills"),
    pii: "none",
    options: skillLabels,
    aliases: [...aliases],
    separator: "、",
    form: { widget: "checkboxes" },
  });
}
