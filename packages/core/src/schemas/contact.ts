import * as z from "zod";
import { CANONICAL_PHONE } from "../identifiers/phone/writing.js";
import { choice } from "./choice.js";
import { field, L } from "./define.js";
import type { ColumnProjection } from "./meta.js";
import { PHONE_KIND } from "./vocabulary/contact.js";

const [
  /**
   * Identity document schemes: the citizen ID and the permits and passports registers record.
   *
   * @example
   * ```ts
   * import { IdentifierScheme } from "@linli/core";
   * IdentifierScheme.parse("passport");
   * ```
   */
  IdentifierScheme,
  schemeLabels,
] = choice({
  "cn-citizen-id": L("居民身份证", "Chinese citizen ID"),
  passport: L("护照", "Passport"),
  "hk-macao-permit": L(
    "港澳居民来往内地通行证",
    "Mainland Travel Permit for HK and Macao Residents",
  ),
  "taiwan-permit": L("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan Residents"),
  "foreigner-residence-permit": L("外国人永久居留身份证", "Foreign Permanent Resident ID Card"),
  other: L("其他证件", "Other document"),
});

/** Identity document schemes. */
export { IdentifierScheme };

/**
 * Canonical form of a GB 11643 citizen ID: 17 digits and a digit or upper-case X.
 *
 * @example
 * ```ts
 * import { CITIZEN_ID_PATTERN } from "@linli/core";
 * CITIZEN_ID_PATTERN.test("11010519491231002X"); // true
 * CITIZEN_ID_PATTERN.test("11010519491231002x"); // false: canonical form is upper case
 * ```
 */
export const CITIZEN_ID_PATTERN = /^[0-9]{17}[0-9X]$/;

const schemeField = <T extends z.ZodType>(values: T) =>
  field(values, {
    label: L("证件类型", "Document type"),
    pii: "none",
    options: schemeLabels,
    aliases: ["证件类型", "证件种类", "document type", "id type"],
    form: { widget: "select" },
  });

const valueMeta = {
  label: L("证件号码", "Document number"),
  hxl: "#beneficiary +id",
  pii: "direct",
  aliases: ["证件号码", "证件号", "document number", "id number"],
} as const;

const issuerField = field(
  z
    .string()
    .regex(/^[A-Z]{2,3}$/)
    .optional(),
  {
    label: L("签发国家/地区", "Issuing country"),
    description: L("ISO 3166-1 代码，护照必填为宜", "ISO 3166-1 code; advisable for passports"),
    pii: "quasi",
    aliases: ["签发国", "国籍", "issuing country", "nationality"],
  },
);

/**
 * An identity document. A citizen ID must be in canonical form; checksums are checked separately.
 *
 * @example
 * ```ts
 * import { Identifier } from "@linli/core";
 * Identifier.parse({ scheme: "cn-citizen-id", value: "11010519491231002X" });
 * ```
 */
export const Identifier = z.discriminatedUnion("scheme", [
  z.strictObject({
    scheme: schemeField(z.literal("cn-citizen-id")),
    value: field(z.string().regex(CITIZEN_ID_PATTERN), valueMeta),
    issuer: issuerField,
    upgraded: field(z.boolean().optional(), {
      label: L("由15位旧号升级", "Upgraded from 15 digits"),
      description: L(
        "原文是15位旧身份证号，导入时补上世纪和校验位；校验位是算出来的，不能证明号码无误",
        "The register wrote an old 15-digit ID; the import added the century and the check character, which was computed and so proves nothing about typos",
      ),
      pii: "none",
    }),
  }),
  z.strictObject({
    scheme: schemeField(
      z.enum(["passport", "hk-macao-permit", "taiwan-permit", "foreigner-residence-permit"]),
    ),
    value: field(z.string().regex(/^[0-9A-Z]{5,20}$/), valueMeta),
    issuer: issuerField,
  }),
  z.strictObject({
    scheme: schemeField(z.literal("other")),
    value: field(z.string().min(1).max(64), valueMeta),
    issuer: issuerField,
    name: field(z.string().min(1).max(60).optional(), {
      label: L("证件名称", "Document name"),
      pii: "none",
      aliases: ["证件名称", "document name"],
    }),
  }),
]);
export type Identifier = z.infer<typeof Identifier>;

/**
 * Canonical phone: domestic digits for Chinese numbers, E.164 for others.
 *
 * @example
 * ```ts
 * import { PHONE_PATTERN } from "@linli/core";
 * PHONE_PATTERN.test("13800138000"); // true
 * PHONE_PATTERN.test("+85291234567"); // true
 * ```
 */
export const PHONE_PATTERN: RegExp = CANONICAL_PHONE;

const [PhoneKind, phoneKindLabels] = choice(PHONE_KIND);

/**
 * A phone number.
 *
 * @example
 * ```ts
 * import { Phone } from "@linli/core";
 * Phone.parse({ number: "02988886666", kind: "landline" });
 * ```
 */
export const Phone = z.strictObject({
  number: field(z.string().regex(PHONE_PATTERN), {
    label: L("电话号码", "Phone number"),
    hxl: "#contact +phone",
    pii: "direct",
    aliases: ["电话", "手机", "手机号", "联系电话", "phone"],
    form: { widget: "tel", inputMode: "tel", autocomplete: "tel" },
  }),
  kind: field(PhoneKind.optional(), {
    label: L("号码类型", "Phone type"),
    pii: "none",
    options: phoneKindLabels,
    form: { widget: "select" },
  }),
  name: field(z.string().min(1).max(100).optional(), {
    label: L("联系人", "Contact name"),
    description: L(
      "接电话的人，如“江老师 13971986663”中的江老师",
      "Who answers it, e.g. 江老师 in “江老师 13971986663”",
    ),
    pii: "direct",
  }),
  note: field(z.string().min(1).max(100).optional(), {
    label: L("备注", "Note"),
    description: L("如“女儿的电话”“值班”", "e.g. “daughter's phone”, “on duty”"),
    pii: "quasi",
  }),
});
export type Phone = z.infer<typeof Phone>;

/**
 * A list of phones with the first two projected to spreadsheet columns.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { phones } from "@linli/core";
 * const Contact = z.strictObject({ name: z.string(), phones: phones("org") });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const phones = (who: "person" | "org" = "person") =>
  field(z.array(Phone).max(10).optional(), {
    label: L("联系电话", "Phones"),
    hxl: "#contact +phone",
    pii: "direct",
    columns: [
      {
        key: "phone",
        index: 0,
        property: "number",
        label: L("联系电话", "Phone"),
        hxl: "#contact +phone",
        pii: "direct",
        aliases:
          who === "person"
            ? [
                "联系电话",
                "电话",
                "手机",
                "手机号",
                "手机号码",
                "联系方式",
                "本人电话",
                "电话号码",
                "phone",
                "mobile",
                "telephone",
                "contact number",
                "tel",
              ]
            : ["联系电话", "电话", "办公电话", "联系方式", "phone", "telephone", "tel"],
        form: { widget: "tel", inputMode: "tel", autocomplete: "tel" },
      },
      {
        key: "phone2",
        index: 1,
        property: "number",
        label: L("备用电话", "Other phone"),
        hxl: "#contact +phone +alt",
        pii: "direct",
        aliases: [
          "备用电话",
          "其他电话",
          "紧急联系电话",
          "家属电话",
          "电话2",
          "联系电话2",
          "other phone",
          "phone 2",
          "alternative phone",
          ...(who === "person" ? ["办公电话", "单位电话", "office phone", "work phone"] : []),
        ],
        form: { widget: "tel", inputMode: "tel", autocomplete: "tel" },
      },
    ],
  });

/** The identity documents' columns: one per scheme, each identifying a person alone. */
const DOCUMENT_COLUMNS: readonly ColumnProjection[] = [
  {
    key: "citizenId",
    match: { scheme: "cn-citizen-id" },
    property: "value",
    label: L("身份证号", "Citizen ID"),
    description: L("18 位居民身份证号码", "18-character Chinese resident identity card number"),
    hxl: "#beneficiary +id +citizen",
    pii: "direct",
    aliases: [
      "身份证号",
      "身份证号码",
      "身份证",
      "公民身份号码",
      "居民身份证号",
      "证件号码（身份证）",
      "id card",
      "citizen id",
      "id number",
    ],
    form: { widget: "citizen-id", inputMode: "text", autocomplete: "off" },
  },
  {
    key: "passport",
    match: { scheme: "passport" },
    property: "value",
    label: L("护照号", "Passport number"),
    hxl: "#beneficiary +id +passport",
    pii: "direct",
    aliases: ["护照号", "护照号码", "护照", "passport", "passport number", "passport no"],
    form: { autocomplete: "off" },
  },
  {
    key: "hkMacaoPermit",
    match: { scheme: "hk-macao-permit" },
    property: "value",
    label: L("港澳通行证号", "HK/Macao permit number"),
    hxl: "#beneficiary +id +hkmo",
    pii: "direct",
    aliases: ["港澳通行证", "港澳居民来往内地通行证", "回乡证", "回乡证号", "hk macao permit"],
    form: { autocomplete: "off" },
  },
  {
    key: "taiwanPermit",
    match: { scheme: "taiwan-permit" },
    property: "value",
    label: L("台胞证号", "Taiwan permit number"),
    hxl: "#beneficiary +id +tw",
    pii: "direct",
    aliases: ["台胞证", "台胞证号", "台湾居民来往大陆通行证", "taiwan permit"],
    form: { autocomplete: "off" },
  },
  {
    key: "foreignerResidencePermit",
    match: { scheme: "foreigner-residence-permit" },
    property: "value",
    label: L("外国人永久居留证号", "Foreign permanent resident ID"),
    hxl: "#beneficiary +id +foreigner",
    pii: "direct",
    aliases: ["永久居留证", "外国人永久居留身份证", "永居证", "permanent residence"],
    form: { autocomplete: "off" },
  },
];

/**
 * What identifies a person (a resident, a volunteer): the name, or any one identity document.
 * Derived from the documents' columns, so a scheme added there identifies a person too.
 */
// @__NO_SIDE_EFFECTS__
export const personIdentity = (): string[][] => [["name"], ...DOCUMENT_COLUMNS.map((c) => [c.key])];

/**
 * A list of identity documents, each scheme projected to its own spreadsheet column.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { identifiers } from "@linli/core";
 * const Person = z.strictObject({ name: z.string(), identifiers: identifiers() });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export const identifiers = () =>
  field(z.array(Identifier).max(10).optional(), {
    label: L("证件", "Identity documents"),
    hxl: "#beneficiary +id",
    pii: "direct",
    columns: DOCUMENT_COLUMNS,
  });
