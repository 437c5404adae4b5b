import * as z from "zod";
import { Address } from "./address.js";
import { choice } from "./choice.js";
import { Extra, notes, RecordMeta, ref } from "./common.js";
import { phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { HouseholdMember, personName } from "./person.js";
import { TENURE } from "./vocabulary/household.js";

const [TenureEnum, tenureOptions] = choice(TENURE);

/**
 * Housing tenure: whether a household owns its home, rents it, lives in public rental
 * housing, stays with others or in a dormitory.
 *
 * @example
 * ```ts
 * import { Tenure } from "@linli/core";
 * Tenure.parse("rented");
 * ```
 */
export const Tenure = TenureEnum;

/** The tenure field of a household, and of a resident's household. */
// @__NO_SIDE_EFFECTS__
export const tenure = () =>
  field(TenureEnum.optional(), {
    label: L("住房性质", "Housing tenure"),
    description: L(
      "自有、租住、公租房、借住或寄住、宿舍",
      "Owned, rented, public rental, staying with others, or a dormitory",
    ),
    hxl: "#beneficiary +tenure",
    pii: "quasi",
    options: tenureOptions,
    aliases: [
      "住房性质",
      "房屋性质",
      "住房类型",
      "住房情况",
      "住房来源",
      "房屋产权",
      "产权性质",
      "自住/租住",
      "自住或租住",
      "tenure",
      "housing tenure",
      "occupancy",
    ],
    form: { widget: "select" },
  });

/**
 * A household (户): the people registered under one head of household at one address.
 *
 * @example
 * ```ts
 * import { Household } from "@linli/core";
 * Household.parse({
 *   meta: { id: "h-1", schemaVersion: "0.0.0" },
 *   headName: "王伟",
 *   size: 2,
 *   members: [{ name: "王伟", relationship: "head" }, { name: "李娜", relationship: "spouse" }],
 * });
 * ```
 */
export const Household = entity(
  z.strictObject({
    meta: RecordMeta,
    headName: personName(
      ["户主姓名", "户主", "户主名", "head of household", "householder"],
      L("户主姓名", "Head of household"),
    ).optional(),
    headId: field(ref().optional(), {
      label: L("户主记录编号", "Head's resident ID"),
      pii: "none",
      aliases: ["户主编号", "head id"],
      form: { hidden: true },
    }),
    size: field(z.number().int().min(1).max(50).optional(), {
      label: L("家庭人数", "Household size"),
      hxl: "#affected +hh +num",
      pii: "none",
      aliases: [
        "家庭人数",
        "户人数",
        "家庭人口",
        "居住人数",
        "同住人数",
        "household size",
        "members",
      ],
      form: { widget: "number", inputMode: "numeric" },
    }),
    members: field(z.array(HouseholdMember).max(50).optional(), {
      label: L("家庭成员", "Members"),
      pii: "direct",
      form: { group: "members" },
    }),
    address: field(Address.optional(), {
      label: L("住址", "Address"),
      pii: "quasi",
      form: { group: "address" },
    }),
    tenure: tenure(),
    phones: phones("person"),
    notes: notes("sensitive", ["remarks"]),
    extra: Extra.optional(),
  }),
  {
    entity: "household",
    label: L("家庭户", "Household"),
    description: L(
      "同一住址、同一户主下登记的家庭",
      "People registered under one head of household at one address",
    ),
    hxl: "#beneficiary +hh",
    identity: [["headName"], ["headId"], ["address.line"], ["address.building", "address.room"]],
  },
);

/** A household. */
export type Household = z.infer<typeof Household>;
