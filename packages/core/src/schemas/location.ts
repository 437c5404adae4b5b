import * as z from "zod";
import { addressShape } from "./address.js";
import { choice } from "./choice.js";
import { Extra, notes, RecordMeta, ref, text } from "./common.js";
import { phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { LOCATION_KIND } from "./vocabulary/location.js";

const [LocationKind, locationKindLabels] = choice(LOCATION_KIND);

/**
 * A place: a building, compound, checkpoint, warehouse or distribution point, with its
 * address down to the room, a GB/T 2260 division code and coordinates with their system.
 *
 * @example
 * ```ts
 * import { Location } from "@linli/core";
 * Location.parse({
 *   meta: { id: "l-1", schemaVersion: "0.0.0" },
 *   name: "丈八社区物资发放点",
 *   kind: "distribution-point",
 *   city: "西安市",
 *   district: "雁塔区",
 *   divisionCode: "610113",
 *   geo: { lat: 34.19, lon: 108.88, crs: "GCJ-02" },
 * });
 * ```
 */
export const Location = entity(
  z.strictObject({
    meta: RecordMeta,
    name: field(text(200), {
      label: L("地点名称", "Name"),
      hxl: "#loc +name",
      pii: "none",
      aliases: [
        "地点名称",
        "地点",
        "名称",
        "场所名称",
        "点位名称",
        "location name",
        "name",
        "place",
      ],
    }),
    kind: field(LocationKind.optional(), {
      label: L("地点类型", "Kind"),
      hxl: "#loc +type",
      pii: "none",
      options: locationKindLabels,
      aliases: ["地点类型", "类型", "场所类型", "kind", "type"],
      form: { widget: "select" },
    }),
    ...addressShape,
    organizationId: field(ref().optional(), {
      label: L("所属机构编号", "Organisation ID"),
      description: L(
        "管理或使用该地点的机构的记录编号（如 Open Referral HSDS 的 organization_id）",
        "Record ID of the organisation that runs or uses the place (as HSDS organization_id)",
      ),
      pii: "none",
      aliases: ["所属机构编号", "机构编号", "organization id", "organisation id"],
      form: { hidden: true },
    }),
    phones: phones("org"),
    capacity: field(z.number().int().min(0).optional(), {
      label: L("容量", "Capacity"),
      description: L("可容纳人数或可存放件数", "People it can hold, or items it can store"),
      pii: "none",
      aliases: ["容量", "可容纳人数", "床位数", "capacity"],
      form: { widget: "number", inputMode: "numeric" },
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "location",
    label: L("地点", "Location"),
    description: L(
      "楼栋、小区、卡口、仓库、发放点等地点",
      "A building, compound, checkpoint, warehouse, distribution point or other place",
    ),
    hxl: "#loc",
    identity: [["name"]],
  },
);

/** A location. */
export type Location = z.infer<typeof Location>;
