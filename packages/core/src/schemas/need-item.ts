import * as z from "zod";
import { ref, text } from "./common.js";
import { field, L } from "./define.js";
import { supplyCategory } from "./supply-item.js";

/**
 * An item requested in a need: how many were asked for, how many are allocated (reserved
 * from stock or a pledge, delivered ones included) and how many were delivered.
 *
 * @example
 * ```ts
 * import { NeedItem } from "@linli/core";
 * NeedItem.parse({ name: "胰岛素", category: "medicine", quantity: 2, unit: "支", allocated: 2, delivered: 1 });
 * ```
 */
export const NeedItem = z.strictObject({
  name: field(text(500), { label: L("物资名称", "Item"), hxl: "#item +name", pii: "none" }),
  category: supplyCategory([]),
  quantity: field(z.number().positive().optional(), {
    label: L("数量", "Quantity"),
    description: L("需要的数量", "The quantity requested"),
    hxl: "#item +num",
    pii: "none",
  }),
  unit: field(text(20).optional(), {
    label: L("单位", "Unit of measure"),
    hxl: "#item +unit",
    pii: "none",
  }),
  allocated: field(z.number().min(0).optional(), {
    label: L("已分配数量", "Allocated"),
    description: L(
      "已从库存或认捐中分配的数量，含已送达的",
      "The quantity allocated from stock or pledges, delivered included",
    ),
    hxl: "#item +num +allocated",
    pii: "none",
    // Matching fills it in, not the requester.
    form: { hidden: true },
  }),
  delivered: field(z.number().min(0).optional(), {
    label: L("已送达数量", "Delivered"),
    hxl: "#item +num +delivered",
    pii: "none",
    form: { hidden: true },
  }),
  supplyItemId: field(ref().optional(), {
    label: L("物资编号", "Supply item ID"),
    pii: "none",
    form: { hidden: true },
  }),
});
