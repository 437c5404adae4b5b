import * as z from "zod";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { supplyCategory } from "./supply-item.js";

const [CommitmentStatus, commitmentStatusLabels] = choice({
  pledged: L("已认捐", "Pledged"),
  confirmed: L("已确认", "Confirmed"),
  received: L("已入库", "Received"),
  cancelled: L("已取消", "Cancelled"),
});

/**
 * One line of a pledge: what, in which unit, how many.
 *
 * @example
 * ```ts
 * import { CommitmentLine } from "@linli/core";
 * CommitmentLine.parse({ itemName: "大米", category: "food", quantity: 500, unit: "公斤" });
 * ```
 */
export const CommitmentLine = z.strictObject({
  itemName: field(text(100), { label: L("物资名称", "Item"), hxl: "#item +name", pii: "none" }),
  category: supplyCategory([]),
  quantity: field(z.number().positive(), {
    label: L("数量", "Quantity"),
    hxl: "#item +num",
    pii: "none",
  }),
  unit: field(text(20).optional(), {
    label: L("单位", "Unit"),
    hxl: "#item +unit",
    pii: "none",
  }),
  supplyItemId: field(ref().optional(), {
    label: L("物资编号", "Supply item ID"),
    pii: "none",
    form: { hidden: true },
  }),
});

const lineColumn = (
  key: string,
  property: string,
  label: ReturnType<typeof L>,
  hxl: string,
  aliases: string[],
) => ({ key, index: 0, property, label, hxl, pii: "none" as const, aliases });

/**
 * A pledge (认捐): supplies a donor has promised but not yet delivered, in lines of category,
 * unit and quantity, with the time they become available and where. Matching may allocate a
 * pledge to needs that are due after it becomes available.
 *
 * @example
 * ```ts
 * import { Commitment } from "@linli/core";
 * Commitment.parse({
 *   meta: { id: "c-1", schemaVersion: "0.0.0" },
 *   donorName: "某某爱心企业",
 *   lines: [{ itemName: "大米", category: "food", quantity: 500, unit: "公斤" }],
 *   availableAt: "2022-01-06T09:00:00+08:00",
 *   status: "pledged",
 * });
 * ```
 */
export const Commitment = entity(
  z.strictObject({
    meta: RecordMeta,
    donorId: field(ref().optional(), {
      label: L("捐赠方编号", "Donor ID"),
      pii: "none",
      form: { hidden: true },
    }),
    donorName: field(text(200), {
      label: L("认捐方", "Donor"),
      hxl: "#org +funder",
      pii: "quasi",
      aliases: [
        "认捐方",
        "认捐单位",
        "认捐人",
        "捐赠方",
        "捐赠单位",
        "捐赠人",
        "donor",
        "pledged by",
      ],
    }),
    phones: phones("org"),
    lines: field(z.array(CommitmentLine).min(1).max(100), {
      label: L("认捐物资", "Lines"),
      pii: "none",
      columns: [
        lineColumn("itemName", "itemName", L("物资名称", "Item"), "#item +name", [
          "物资名称",
          "认捐物资",
          "捐赠物资",
          "品名",
          "item",
        ]),
        lineColumn("itemCategory", "category", L("物资类别", "Item category"), "#item +type", [
          "物资类别",
          "类别",
          "category",
        ]),
        lineColumn("itemQuantity", "quantity", L("数量", "Quantity"), "#item +num", [
          "数量",
          "认捐数量",
          "捐赠数量",
          "quantity",
        ]),
        lineColumn("itemUnit", "unit", L("单位", "Unit"), "#item +unit", ["单位", "unit"]),
      ],
    }),
    availableAt: field(dateTime(), {
      label: L("可提供时间", "Available from"),
      description: L("物资可以取用或送达的时间", "When the supplies can be collected or arrive"),
      hxl: "#date +available",
      pii: "none",
      aliases: ["可提供时间", "到货时间", "预计到货", "送达时间", "available from", "available at"],
      form: { widget: "datetime" },
    }),
    locationId: field(ref().optional(), {
      label: L("交付地点编号", "Location ID"),
      pii: "none",
      form: { hidden: true },
    }),
    locationName: field(text(200).optional(), {
      label: L("交付地点", "Location"),
      description: L("物资到达或存放的仓库、发放点", "The depot where the supplies arrive"),
      hxl: "#loc +name",
      pii: "none",
      aliases: ["交付地点", "到货地点", "存放地点", "仓库", "location", "depot"],
    }),
    status: field(CommitmentStatus.optional(), {
      label: L("状态", "Status"),
      hxl: "#status",
      pii: "none",
      options: commitmentStatusLabels,
      aliases: ["状态", "认捐状态", "status"],
      form: { widget: "select" },
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "commitment",
    label: L("认捐", "Commitment"),
    description: L(
      "捐赠方承诺提供、尚未入库的物资",
      "A pledge: supplies a donor has promised and not yet delivered",
    ),
    hxl: "#item +pledge",
    identity: [["donorName", "itemName", "itemQuantity", "availableAt"]],
  },
);

/** A pledge. */
export type Commitment = z.infer<typeof Commitment>;
