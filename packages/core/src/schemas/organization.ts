import * as z from "zod";
import { Address } from "./address.js";
import { choice } from "./choice.js";
import { Extra, email, notes, RecordMeta, ref, text, url } from "./common.js";
import { PHONE_PATTERN, Phone, phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { ORGANIZATION_KIND } from "./vocabulary/organization.js";

const [OrganizationKind, organizationKindLabels] = choice(ORGANIZATION_KIND);

/**
 * Canonical GB 32100 unified social credit code (checksums are checked separately).
 *
 * @example
 * ```ts
 * import { CREDIT_CODE_PATTERN } from "@linli/core";
 * CREDIT_CODE_PATTERN.test("91350100M000100Y43"); // true
 * ```
 */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const orgIdMeta = {
  label: L("机构代码", "Organisation identifier"),
  hxl: "#org +code",
  pii: "none",
} as const;
const orgSchemeMeta = { label: L("代码类型", "Identifier type"), pii: "none" } as const;

/**
 * An organisation identifier: unified social credit code, legacy organisation code, or other.
 *
 * @example
 * ```ts
 * import { OrganizationIdentifier } from "@linli/core";
 * OrganizationIdentifier.parse({ scheme: "cn-uscc", value: "91350100M000100Y43" });
 * ```
 */
export const OrganizationIdentifier = z.discriminatedUnion("scheme", [
  z.strictObject({
    scheme: field(z.literal("cn-uscc"), orgSchemeMeta),
    value: field(z.string().regex(CREDIT_CODE_PATTERN), orgIdMeta),
  }),
  z.strictObject({
    scheme: field(z.literal("cn-org-code"), orgSchemeMeta),
    value: field(z.string().regex(/^[0-9A-Z]{8}[0-9X]$/), orgIdMeta),
  }),
  z.strictObject({
    scheme: field(z.literal("other"), orgSchemeMeta),
    value: field(text(64), orgIdMeta),
    name: field(text(60).optional(), { label: L("代码名称", "Identifier name"), pii: "none" }),
  }),
]);

/**
 * A person to contact at an organisation.
 *
 * @example
 * ```ts
 * import { OrganizationContact } from "@linli/core";
 * OrganizationContact.parse({ name: "李娜", phone: "13800138000" });
 * ```
 */
export const OrganizationContact = z.strictObject({
  name: field(text(100), {
    label: L("联系人", "Contact name"),
    hxl: "#contact +name",
    pii: "direct",
  }),
  title: field(text(100).optional(), { label: L("职务", "Title"), pii: "none" }),
  phone: field(z.string().regex(PHONE_PATTERN).optional(), {
    label: L("联系人电话", "Contact phone"),
    hxl: "#contact +phone",
    pii: "direct",
    form: { widget: "tel", inputMode: "tel" },
  }),
  email: field(email().optional(), {
    label: L("电子邮箱", "Email"),
    hxl: "#contact +email",
    pii: "direct",
  }),
});

const [
  /**
   * Days of the week, as iCalendar BYDAY codes (also used by Open Referral HSDS).
   *
   * @example
   * ```ts
   * import { Weekday } from "@linli/core";
   * Weekday.parse("MO");
   * ```
   */
  Weekday,
  weekdayLabels,
] = choice({
  MO: L("周一", "Monday"),
  TU: L("周二", "Tuesday"),
  WE: L("周三", "Wednesday"),
  TH: L("周四", "Thursday"),
  FR: L("周五", "Friday"),
  SA: L("周六", "Saturday"),
  SU: L("周日", "Sunday"),
});

/** Days of the week, as iCalendar BYDAY codes (also used by Open Referral HSDS). */
export { Weekday, weekdayLabels };

const clock = () => z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

/**
 * When a service is open, or when a volunteer is available.
 *
 * @example
 * ```ts
 * import { Schedule } from "@linli/core";
 * Schedule.parse({ days: ["MO", "WE", "FR"], opensAt: "08:30", closesAt: "17:00" });
 * ```
 */
export const Schedule = z.strictObject({
  days: field(z.array(Weekday).min(1).max(7), {
    label: L("星期", "Days"),
    pii: "none",
    options: weekdayLabels,
    form: { widget: "checkboxes" },
  }),
  opensAt: field(clock().optional(), {
    label: L("开始时间", "Opens at"),
    pii: "none",
    form: { widget: "time" },
  }),
  closesAt: field(clock().optional(), {
    label: L("结束时间", "Closes at"),
    pii: "none",
    form: { widget: "time" },
  }),
  description: field(text(200).optional(), { label: L("说明", "Description"), pii: "none" }),
});

const [ServiceStatus, serviceStatusLabels] = choice({
  active: L("服务中", "Active"),
  inactive: L("暂停", "Inactive"),
  defunct: L("已停止", "Defunct"),
  "temporarily closed": L("临时关闭", "Temporarily closed"),
});

/**
 * A service an organisation provides, as Open Referral HSDS describes services.
 *
 * @example
 * ```ts
 * import { Service } from "@linli/core";
 * Service.parse({ id: "s-1", name: "送菜上门", status: "active" });
 * ```
 */
export const Service = z.strictObject({
  id: field(ref(), { label: L("服务编号", "Service ID"), hxl: "#service +id", pii: "none" }),
  name: field(text(200), {
    label: L("服务名称", "Service name"),
    hxl: "#service +name",
    pii: "none",
  }),
  description: field(text(2000).optional(), { label: L("服务说明", "Description"), pii: "none" }),
  category: field(text(100).optional(), {
    label: L("服务类别", "Category"),
    hxl: "#sector",
    pii: "none",
  }),
  status: field(ServiceStatus, {
    label: L("服务状态", "Status"),
    pii: "none",
    options: serviceStatusLabels,
  }),
  eligibility: field(text(1000).optional(), { label: L("服务对象", "Eligibility"), pii: "none" }),
  fees: field(text(500).optional(), { label: L("费用", "Fees"), pii: "none" }),
  url: field(url().optional(), { label: L("网址", "Website"), pii: "none" }),
  email: field(email().optional(), { label: L("电子邮箱", "Email"), pii: "none" }),
  phones: field(z.array(Phone).max(10).optional(), { label: L("服务电话", "Phones"), pii: "none" }),
  schedules: field(z.array(Schedule).max(20).optional(), {
    label: L("服务时间", "Schedules"),
    pii: "none",
  }),
  locationIds: field(z.array(ref()).max(100).optional(), {
    label: L("服务地点", "Locations"),
    description: L("提供服务的地点记录编号", "IDs of the locations where the service is offered"),
    pii: "none",
  }),
  extra: Extra.optional(),
});

/**
 * An organisation: a neighbourhood committee, street office, social organisation, NGO,
 * foundation, company donor or volunteer team.
 *
 * @example
 * ```ts
 * import { Organization } from "@linli/core";
 * Organization.parse({
 *   meta: { id: "o-1", schemaVersion: "0.0.0" },
 *   name: "丈八社区居民委员会",
 *   kind: "neighbourhood-committee",
 * });
 * ```
 */
export const Organization = entity(
  z.strictObject({
    meta: RecordMeta,
    name: field(text(200), {
      label: L("机构名称", "Name"),
      hxl: "#org +name",
      pii: "none",
      aliases: [
        "机构名称",
        "组织名称",
        "单位名称",
        "名称",
        "单位",
        "组织",
        "捐赠单位",
        "organisation",
        "organization",
        "organization name",
        "name",
      ],
      form: { autocomplete: "organization" },
    }),
    shortName: field(text(60).optional(), {
      label: L("简称", "Short name"),
      hxl: "#org +acronym",
      pii: "none",
      aliases: ["简称", "机构简称", "short name", "acronym"],
    }),
    kind: field(OrganizationKind.optional(), {
      label: L("机构类型", "Kind"),
      hxl: "#org +type",
      pii: "none",
      options: organizationKindLabels,
      aliases: [
        "机构类型",
        "组织类型",
        "单位类型",
        "单位性质",
        "organisation type",
        "kind",
        "type",
      ],
      form: { widget: "select" },
    }),
    identifiers: field(z.array(OrganizationIdentifier).max(10).optional(), {
      label: L("机构代码", "Identifiers"),
      hxl: "#org +code",
      pii: "none",
      columns: [
        {
          key: "creditCode",
          match: { scheme: "cn-uscc" },
          property: "value",
          label: L("统一社会信用代码", "Unified social credit code"),
          hxl: "#org +code +uscc",
          pii: "none",
          aliases: [
            "统一社会信用代码",
            "社会信用代码",
            "信用代码",
            "统一代码",
            "credit code",
            "uscc",
            "unified social credit code",
          ],
        },
        {
          key: "orgCode",
          match: { scheme: "cn-org-code" },
          property: "value",
          label: L("组织机构代码", "Organisation code"),
          hxl: "#org +code +legacy",
          pii: "none",
          aliases: ["组织机构代码", "机构代码", "organisation code"],
        },
      ],
    }),
    parentId: field(ref().optional(), {
      label: L("上级机构编号", "Parent organisation ID"),
      pii: "none",
      aliases: ["上级机构编号", "parent id"],
      form: { hidden: true },
    }),
    parentName: field(text(200).optional(), {
      label: L("上级机构", "Parent organisation"),
      hxl: "#org +parent",
      pii: "none",
      aliases: ["上级机构", "上级单位", "主管单位", "业务主管单位", "parent organisation"],
    }),
    address: field(Address.optional(), {
      label: L("地址", "Address"),
      pii: "none",
      form: { group: "address" },
    }),
    phones: phones("org"),
    email: field(email().optional(), {
      label: L("电子邮箱", "Email"),
      hxl: "#contact +email",
      pii: "none",
      aliases: ["电子邮箱", "邮箱", "email", "e-mail"],
      form: { widget: "email", inputMode: "email", autocomplete: "email" },
    }),
    website: field(url().optional(), {
      label: L("网址", "Website"),
      hxl: "#contact +url",
      pii: "none",
      aliases: ["网址", "网站", "website", "url"],
      form: { widget: "url", inputMode: "url" },
    }),
    contacts: field(z.array(OrganizationContact).max(20).optional(), {
      label: L("联系人", "Contacts"),
      pii: "direct",
      columns: [
        {
          key: "contactName",
          index: 0,
          property: "name",
          label: L("联系人", "Contact person"),
          hxl: "#contact +name",
          pii: "direct",
          aliases: [
            "联系人",
            "联系人姓名",
            "负责人",
            "负责人姓名",
            "contact",
            "contact person",
            "contact name",
          ],
        },
        {
          key: "contactTitle",
          index: 0,
          property: "title",
          label: L("联系人职务", "Contact title"),
          pii: "none",
          aliases: ["联系人职务", "职务", "contact title"],
        },
        {
          key: "contactPhone",
          index: 0,
          property: "phone",
          label: L("联系人电话", "Contact phone"),
          hxl: "#contact +phone +person",
          pii: "direct",
          aliases: ["联系人电话", "负责人电话", "联系人手机", "contact phone"],
          form: { widget: "tel", inputMode: "tel" },
        },
      ],
    }),
    description: field(text(2000).optional(), {
      label: L("机构简介", "Description"),
      hxl: "#description",
      pii: "none",
      aliases: ["机构简介", "简介", "服务内容", "description"],
      form: { widget: "textarea" },
    }),
    services: field(z.array(Service).max(100).optional(), {
      label: L("服务", "Services"),
      pii: "none",
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "organization",
    label: L("组织机构", "Organization"),
    description: L(
      "居委会、街道办、社会组织、基金会、爱心企业、志愿服务队等",
      "A neighbourhood committee, street office, social organisation, NGO, foundation, company donor or volunteer team",
    ),
    hxl: "#org",
    identity: [["name"]],
  },
);

/** An organisation. */
export type Organization = z.infer<typeof Organization>;
