import * as z from "zod";
import { choice } from "./choice.js";
import { date, dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { entity, field, L } from "./define.js";

const [MovementKind, movementKindLabels] = choice({
  "donation-in": L("捐赠入库", "Donation in"),
  "purchase-in": L("采购入库", "Purchase in"),
  "distribution-out": L("发放出库", "Distribution out"),
  transfer: L("调拨", "Transfer"),
  "adjustment-gain": L("盘盈调整", "Adjustment (gain)"),
  "adjustment-loss": L("盘亏、报损", "Adjustment (loss)"),
});

const partyName = (label: ReturnType<typeof L>, hxl: string, aliases: string[]) =>
  field(text(200).optional(), { label, hxl, pii: "quasi", aliases });
const partyId = (label: ReturnType<typeof L>) =>
  field(ref().optional(), { label, pii: "none", form: { hidden: true } });

/**
 * A stock movement: supplies donated in, bought, handed out, moved between warehouses, or
 * corrected after a count. Quantities are always positive; the kind gives the direction.
 *
 * @example
 * ```ts
 * import { StockMovement } from "@linli/core";
 * StockMovement.parse({
 *   meta: { id: "m-1", schemaVersion: "0.0.0" },
 *   kind: "donation-in",
 *   itemName: "医用外科口罩",
 *   quantity: 20,
 *   unit: "盒",
 *   donorName: "某某爱心企业",
 *   occurredAt: "2022-01-05T10:00:00+08:00",
 * });
 * ```
 */
export const StockMovement = entity(
  z.strictObject({
    meta: RecordMeta,
    kind: field(MovementKind.optional(), {
      label: L("出入库类型", "Movement type"),
      hxl: "#item +movement",
      pii: "none",
      options: movementKindLabels,
      aliases: ["出入库类型", "类型", "业务类型", "收发类型", "movement type", "type"],
      form: { widget: "select" },
    }),
    itemId: field(ref().optional(), {
      label: L("物资编号", "Item ID"),
      pii: "none",
      aliases: ["物资编号", "item id"],
      form: { hidden: true },
    }),
    itemName: field(text(500), {
      label: L("物资名称", "Item"),
      hxl: "#item +name",
      pii: "none",
      aliases: ["物资名称", "品名", "物品名称", "物资", "item", "item name"],
    }),
    quantity: field(z.number().positive(), {
      label: L("数量", "Quantity"),
      hxl: "#item +num",
      pii: "none",
      aliases: ["数量", "入库数量", "出库数量", "发放数量", "捐赠数量", "quantity", "qty"],
      form: { widget: "number", inputMode: "decimal" },
    }),
    unit: field(text(20).optional(), {
      label: L("单位", "Unit"),
      hxl: "#item +unit",
      pii: "none",
      aliases: ["单位", "计量单位", "unit", "unit of measure", "uom"],
    }),
    fromLocationId: partyId(L("调出地点编号", "From location ID")),
    fromName: partyName(L("调出方", "From"), "#loc +from", [
      "调出方",
      "调出仓库",
      "来源仓库",
      "from",
    ]),
    toLocationId: partyId(L("调入地点编号", "To location ID")),
    toName: partyName(L("调入方", "To"), "#loc +dest", [
      "调入方",
      "调入仓库",
      "去向",
      "发往",
      "入库仓库",
      "所在仓库",
      "to",
      "warehouse",
      "destination",
    ]),
    donorId: partyId(L("捐赠方编号", "Donor ID")),
    donorName: partyName(L("捐赠方", "Donor"), "#org +funder", [
      "捐赠方",
      "捐赠单位",
      "捐赠人",
      "捐赠单位/个人",
      "供应商/捐赠方",
      "donor",
      "supplier/donor",
    ]),
    recipientId: partyId(L("领取方编号", "Recipient ID")),
    recipientName: field(text(200).optional(), {
      label: L("领取人", "Recipient"),
      hxl: "#beneficiary +name +recipient",
      pii: "direct",
      aliases: ["领取人", "领取单位", "接收人", "接收单位", "领用人", "recipient"],
    }),
    occurredAt: field(dateTime().optional(), {
      label: L("日期", "Date"),
      hxl: "#date +occurred",
      pii: "none",
      aliases: [
        "日期",
        "时间",
        "入库时间",
        "出库时间",
        "发放时间",
        "捐赠日期",
        "date",
        "occurred at",
      ],
      form: { widget: "datetime" },
    }),
    expiry: field(date().optional(), {
      label: L("有效期至", "Expiry date"),
      hxl: "#date +expiry",
      pii: "none",
      aliases: [
        "有效期至",
        "有效期",
        "保质期至",
        "失效日期",
        "expiry",
        "expiry date",
        "best before",
      ],
      form: { widget: "date" },
    }),
    batch: field(text(64).optional(), {
      label: L("批次号", "Batch"),
      pii: "none",
      aliases: ["批次号", "批号", "生产批号", "batch", "lot"],
    }),
    handledBy: field(text(100).optional(), {
      label: L("经手人", "Handled by"),
      hxl: "#contact +name +handler",
      pii: "direct",
      aliases: ["经手人", "经办人", "保管员", "handled by"],
    }),
    notes: notes("none", ["用途"]),
    extra: Extra.optional(),
  }),
  {
    entity: "stock-movement",
    label: L("物资出入库", "Stock movement"),
    description: L(
      "物资的捐赠入库、采购入库、发放出库、调拨和盘点调整",
      "Supplies donated in, bought, handed out, transferred or adjusted after a count",
    ),
    hxl: "#item",
    identity: [["itemName", "quantity"]],
  },
);

/** A stock movement. */
export type StockMovement = z.infer<typeof StockMovement>;
