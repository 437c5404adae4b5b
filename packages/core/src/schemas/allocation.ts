import * as z from "zod";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { entity, field, L } from "./define.js";

const [SourceKind, sourceKindLabels] = choice({
  stock: L("库存", "Stock"),
  commitment: L("认捐", "Pledge"),
});

const [AllocationStatusEnum, allocationStatusLabels] = choice({
  proposed: L("拟分配", "Proposed"),
  reserved: L("已预留", "Reserved"),
  "picked-up": L("已取货", "Picked up"),
  delivered: L("已送达", "Delivered"),
  cancelled: L("已取消", "Cancelled"),
  failed: L("未送达", "Failed"),
});

/**
 * The lifecycle of an allocation: proposed → reserved → picked up → delivered, or cancelled
 * or failed on the way. Proposed, reserved and picked-up allocations hold their stock.
 *
 * @example
 * ```ts
 * import { ALLOCATION_STATUS_TRANSITIONS } from "@linli/core";
 * ALLOCATION_STATUS_TRANSITIONS.reserved.includes("picked-up"); // true
 * ```
 */
export const ALLOCATION_STATUS_TRANSITIONS: Readonly<
  Record<z.infer<typeof AllocationStatusEnum>, readonly string[]>
> = {
  proposed: ["reserved", "picked-up", "delivered", "cancelled", "failed"],
  reserved: ["picked-up", "delivered", "cancelled", "failed"],
  "picked-up": ["delivered", "failed"],
  delivered: [],
  cancelled: [],
  failed: [],
};

/**
 * One reason behind an allocation, as a stable code and in both languages, e.g.
 * `{ code: "urgency.urgent", "zh-CN": "紧急", en: "urgent" }`.
 *
 * @example
 * ```ts
 * import { AllocationReason } from "@linli/core";
 * AllocationReason.parse({ code: "waited", "zh-CN": "已等待 26 小时", en: "waited 26 h" });
 * ```
 */
export const AllocationReason = z.strictObject({
  code: field(text(64), { label: L("理由代码", "Reason code"), pii: "none" }),
  "zh-CN": field(text(300), { label: L("理由（中文）", "Reason (Chinese)"), pii: "none" }),
  en: field(text(300), { label: L("理由（英文）", "Reason (English)"), pii: "none" }),
});

/**
 * An allocation: a quantity of one stock lot or pledge line set aside for one line of a need,
 * with the priority score and the reasons that decided it, how long it is held, its status
 * and who decided it.
 *
 * @example
 * ```ts
 * import { Allocation } from "@linli/core";
 * Allocation.parse({
 *   meta: { id: "a-1", schemaVersion: "0.0.0" },
 *   needId: "n-1",
 *   itemIndex: 0,
 *   itemName: "降压药",
 *   sourceKind: "stock",
 *   lotId: "lot-7",
 *   quantity: 2,
 *   unit: "盒",
 *   score: 24.6,
 *   reasons: [{ code: "urgency.urgent", "zh-CN": "紧急", en: "urgent" }],
 *   status: "proposed",
 *   decidedBy: "linli-match priority/1",
 * });
 * ```
 */
export const Allocation = entity(
  z.strictObject({
    meta: RecordMeta,
    needId: field(ref(), {
      label: L("需求编号", "Need ID"),
      pii: "none",
      aliases: ["需求编号", "求助编号", "need id"],
    }),
    itemIndex: field(z.number().int().min(0).max(49), {
      label: L("物资行", "Need line"),
      description: L("需求中第几项物资，从 0 起", "Which item of the need, counting from 0"),
      pii: "none",
      aliases: ["物资行", "need line", "item index"],
    }),
    itemName: field(text(100), {
      label: L("物资名称", "Item"),
      hxl: "#item +name",
      pii: "none",
      aliases: ["物资名称", "物资", "item"],
    }),
    sourceKind: field(SourceKind, {
      label: L("来源类型", "Source kind"),
      pii: "none",
      options: sourceKindLabels,
      aliases: ["来源类型", "source kind"],
      form: { widget: "radio" },
    }),
    lotId: field(ref().optional(), {
      label: L("库存批次", "Stock lot"),
      pii: "none",
      aliases: ["库存批次", "批次", "lot", "stock lot"],
    }),
    commitmentId: field(ref().optional(), {
      label: L("认捐编号", "Pledge ID"),
      pii: "none",
      aliases: ["认捐编号", "pledge id"],
    }),
    commitmentLine: field(z.number().int().min(0).max(99).optional(), {
      label: L("认捐物资行", "Pledge line"),
      pii: "none",
    }),
    sourceItemName: field(text(100).optional(), {
      label: L("实发物资", "Item sent"),
      description: L("替代发放时实际发出的物资", "The item actually sent, when it substitutes"),
      pii: "none",
      aliases: ["实发物资", "替代物资", "item sent"],
    }),
    quantity: field(z.number().positive(), {
      label: L("分配数量", "Quantity"),
      description: L("按需求的单位计", "In the need's unit"),
      hxl: "#item +num",
      pii: "none",
      aliases: ["分配数量", "数量", "quantity"],
      form: { widget: "number", inputMode: "decimal" },
    }),
    unit: field(text(20).optional(), {
      label: L("单位", "Unit"),
      hxl: "#item +unit",
      pii: "none",
      aliases: ["单位", "unit"],
    }),
    sourceQuantity: field(z.number().positive().optional(), {
      label: L("出库数量", "Quantity from source"),
      description: L("按库存或认捐的单位计", "In the unit of the stock lot or pledge"),
      pii: "none",
      aliases: ["出库数量", "source quantity"],
    }),
    sourceUnit: field(text(20).optional(), {
      label: L("出库单位", "Source unit"),
      pii: "none",
      aliases: ["出库单位", "source unit"],
    }),
    fromLocationId: field(ref().optional(), {
      label: L("发货地点编号", "From location ID"),
      pii: "none",
      form: { hidden: true },
    }),
    fromName: field(text(200).optional(), {
      label: L("发货地点", "From"),
      hxl: "#loc +from",
      pii: "none",
      aliases: ["发货地点", "发货仓库", "仓库", "from"],
    }),
    reservedUntil: field(dateTime().optional(), {
      label: L("保留至", "Reserved until"),
      description: L(
        "过期未取货的拟分配和预留会释放库存",
        "Proposed and reserved allocations not picked up by then release their stock",
      ),
      pii: "none",
      aliases: ["保留至", "预留截止", "reserved until"],
      form: { widget: "datetime" },
    }),
    score: field(z.number().min(0).optional(), {
      label: L("优先分", "Priority score"),
      pii: "none",
      aliases: ["优先分", "优先级得分", "score"],
    }),
    reasons: field(z.array(AllocationReason).max(20).optional(), {
      label: L("分配理由", "Reasons"),
      pii: "sensitive",
    }),
    status: field(AllocationStatusEnum, {
      label: L("状态", "Status"),
      hxl: "#status",
      pii: "none",
      options: allocationStatusLabels,
      aliases: ["状态", "分配状态", "status"],
      form: { widget: "select" },
    }),
    decidedBy: field(text(100).optional(), {
      label: L("决定者", "Decided by"),
      description: L(
        "做出分配的人，或算法及其版本",
        "The person who decided, or the algorithm and its version",
      ),
      pii: "direct",
      aliases: ["决定者", "分配人", "经办人", "decided by"],
    }),
    decidedAt: field(dateTime().optional(), {
      label: L("分配时间", "Decided at"),
      pii: "none",
      aliases: ["分配时间", "decided at"],
      form: { widget: "datetime" },
    }),
    matchRunId: field(ref().optional(), {
      label: L("对接批次编号", "Match run ID"),
      pii: "none",
      form: { hidden: true },
    }),
    deliveryTaskId: field(ref().optional(), {
      label: L("配送任务编号", "Delivery task ID"),
      pii: "none",
      aliases: ["配送任务编号", "任务编号", "task id"],
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "allocation",
    label: L("物资分配", "Allocation"),
    description: L(
      "把库存或认捐中的一定数量分给某个需求的一项物资",
      "A quantity of stock or of a pledge set aside for one line of a need",
    ),
    hxl: "#item +allocation",
    identity: [["needId", "itemIndex", "itemName", "sourceKind", "quantity", "status"]],
  },
);

/** An allocation. */
export type Allocation = z.infer<typeof Allocation>;

/**
 * The status of an allocation.
 *
 * @example
 * ```ts
 * import { AllocationStatus } from "@linli/core";
 * AllocationStatus.parse("picked-up");
 * ```
 */
export const AllocationStatus = AllocationStatusEnum;
/** The status of an allocation. */
export type AllocationStatus = z.infer<typeof AllocationStatusEnum>;
