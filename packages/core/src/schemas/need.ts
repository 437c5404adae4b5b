import * as z from "zod";
import { Address } from "./address.js";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { NeedItem } from "./need-item.js";
import { NEED_CATEGORY, PRIORITY } from "./vocabulary/need.js";
import { vulnerabilities } from "./vulnerability.js";

const [NeedCategory, needCategoryLabels] = choice(NEED_CATEGORY);

const [Priority, priorityLabels] = choice(PRIORITY);

const [Fulfilment, fulfilmentLabels] = choice({
  none: L("未满足", "None"),
  partial: L("部分满足", "Partial"),
  complete: L("已满足", "Complete"),
});

const [NeedStatusEnum, needStatusLabels] = choice({
  open: L("待处理", "Open"),
  assigned: L("已分派", "Assigned"),
  "in-progress": L("处理中", "In progress"),
  fulfilled: L("已完成", "Fulfilled"),
  cancelled: L("已取消", "Cancelled"),
});

/**
 * The lifecycle of a need: open → assigned → in progress → fulfilled / cancelled.
 *
 * @example
 * ```ts
 * import { NEED_STATUS_TRANSITIONS } from "@linli/core";
 * NEED_STATUS_TRANSITIONS.open.includes("assigned"); // true: an open need can be assigned
 * ```
 */
export const NEED_STATUS_TRANSITIONS: Readonly<
  Record<z.infer<typeof NeedStatusEnum>, readonly string[]>
> = {
  open: ["assigned", "in-progress", "cancelled"],
  assigned: ["in-progress", "open", "cancelled"],
  "in-progress": ["fulfilled", "assigned", "cancelled"],
  fulfilled: [],
  cancelled: ["open"],
};

/**
 * A need: a request for help from a resident or household, such as groceries for a sealed
 * building, medicine, or a ride to dialysis.
 *
 * @example
 * ```ts
 * import { Need } from "@linli/core";
 * Need.parse({
 *   meta: { id: "n-1", schemaVersion: "0.0.0" },
 *   requesterName: "张静",
 *   category: "medicine",
 *   items: [{ name: "降压药", quantity: 2, unit: "盒" }],
 *   status: "open",
 * });
 * ```
 */
export const Need = entity(
  z.strictObject({
    meta: RecordMeta,
    requesterId: field(ref().optional(), {
      label: L("求助人记录编号", "Requester resident ID"),
      pii: "none",
      aliases: ["居民编号", "requester id"],
      form: { hidden: true },
    }),
    requesterName: field(text(100).optional(), {
      label: L("求助人", "Requester"),
      hxl: "#beneficiary +name",
      pii: "direct",
      aliases: ["求助人", "求助人姓名", "需求人", "姓名", "联系人", "申请人", "requester", "name"],
      form: { autocomplete: "name" },
    }),
    phones: phones("person"),
    category: field(NeedCategory.optional(), {
      label: L("需求类别", "Category"),
      hxl: "#need +type",
      pii: "sensitive",
      options: needCategoryLabels,
      aliases: [
        "需求类别",
        "需求类型",
        "求助类型",
        "诉求类型",
        "类别",
        "category",
        "need type",
        "type",
        "need",
        "sector",
      ],
      form: { widget: "select" },
    }),
    items: field(z.array(NeedItem).max(50).optional(), {
      label: L("所需物资", "Items"),
      pii: "none",
      columns: [
        {
          key: "itemName",
          index: 0,
          property: "name",
          label: L("物资名称", "Item"),
          hxl: "#item +name",
          pii: "none",
          aliases: [
            "物资名称",
            "所需物资",
            "需求物资",
            "物品名称",
            "药品名称",
            "item",
            "item name",
          ],
        },
        {
          key: "itemCategory",
          index: 0,
          property: "category",
          label: L("物资类别", "Item category"),
          hxl: "#item +type",
          pii: "none",
          aliases: ["物资类别", "物资分类", "item category"],
        },
        {
          key: "itemQuantity",
          index: 0,
          property: "quantity",
          label: L("数量", "Quantity"),
          hxl: "#item +num",
          pii: "none",
          aliases: ["数量", "需求数量", "quantity", "qty"],
          form: { widget: "number", inputMode: "decimal" },
        },
        {
          key: "itemUnit",
          index: 0,
          property: "unit",
          label: L("单位", "Unit of measure"),
          hxl: "#item +unit",
          pii: "none",
          aliases: ["单位", "计量单位", "unit of measure", "uom"],
        },
        {
          key: "itemAllocated",
          index: 0,
          property: "allocated",
          label: L("已分配数量", "Allocated"),
          hxl: "#item +num +allocated",
          pii: "none",
          aliases: ["已分配数量", "已分配", "allocated"],
          form: { hidden: true },
        },
        {
          key: "itemDelivered",
          index: 0,
          property: "delivered",
          label: L("已送达数量", "Delivered"),
          hxl: "#item +num +delivered",
          pii: "none",
          aliases: ["已送达数量", "送达数量", "delivered"],
          form: { hidden: true },
        },
      ],
    }),
    description: field(text(2000).optional(), {
      label: L("需求描述", "Description"),
      hxl: "#need +description",
      pii: "sensitive",
      aliases: [
        "需求描述",
        "具体需求",
        "求助内容",
        "需求内容",
        "诉求内容",
        "详细描述",
        "description",
        "details",
      ],
      form: { widget: "textarea" },
    }),
    priority: field(Priority.optional(), {
      label: L("紧急程度", "Priority"),
      description: L(
        "需求的紧急程度；资源对接的优先分由它、特殊人群和等待时间算出",
        "How urgent the need is; matching scores a need by it, its vulnerabilities and the time waited",
      ),
      hxl: "#severity",
      pii: "none",
      options: priorityLabels,
      aliases: ["紧急程度", "优先级", "是否紧急", "priority", "urgency"],
      form: { widget: "radio" },
    }),
    vulnerabilities: vulnerabilities(
      L(
        "求助人或其家庭中需要重点关注的情况，可多选",
        "Circumstances of the requester or their household that need attention",
      ),
    ),
    status: field(NeedStatusEnum, {
      label: L("处理状态", "Status"),
      hxl: "#status",
      pii: "none",
      options: needStatusLabels,
      default: "open",
      aliases: ["处理状态", "状态", "办理状态", "完成情况", "status"],
      form: { widget: "select" },
    }),
    fulfilment: field(Fulfilment.optional(), {
      label: L("满足情况", "Fulfilment"),
      description: L(
        "按数量：所需物资都已送达为已满足，部分送达为部分满足",
        "By quantity: complete when every item was delivered in full, partial when some was",
      ),
      hxl: "#status +fulfilment",
      pii: "none",
      options: fulfilmentLabels,
      aliases: ["满足情况", "满足状态", "fulfilment", "fulfillment"],
      form: { widget: "select", hidden: true },
    }),
    reportedAt: field(dateTime().optional(), {
      label: L("求助时间", "Reported at"),
      hxl: "#date +reported",
      pii: "none",
      aliases: ["求助时间", "需求登记时间", "上报时间", "reported at", "date reported"],
      form: { widget: "datetime" },
    }),
    neededBy: field(dateTime().optional(), {
      label: L("需要时间", "Needed by"),
      hxl: "#date +due",
      pii: "none",
      aliases: ["需要时间", "期望送达时间", "截止时间", "最晚时间", "needed by", "due"],
      form: { widget: "datetime" },
    }),
    confirmedAt: field(dateTime().optional(), {
      label: L("最近确认时间", "Last confirmed"),
      description: L(
        "最近一次与求助人确认需求仍然存在的时间",
        "When the requester last confirmed the need still stands",
      ),
      hxl: "#date +confirmed",
      pii: "none",
      aliases: ["最近确认时间", "确认时间", "回访时间", "last confirmed", "confirmed at"],
      form: { widget: "datetime" },
    }),
    deliveryAddress: field(Address.optional(), {
      label: L("送达地址", "Delivery address"),
      pii: "quasi",
      form: { group: "address" },
    }),
    assigneeId: field(ref().optional(), {
      label: L("对接志愿者编号", "Assignee ID"),
      pii: "none",
      aliases: ["志愿者编号", "assignee id"],
      form: { hidden: true },
    }),
    assigneeName: field(text(100).optional(), {
      label: L("对接人", "Assignee"),
      hxl: "#contact +name +assignee",
      pii: "direct",
      aliases: ["对接人", "对接志愿者", "负责人", "跟进人", "配送人", "assignee", "assigned to"],
    }),
    fulfilledAt: field(dateTime().optional(), {
      label: L("完成时间", "Fulfilled at"),
      hxl: "#date +fulfilled",
      pii: "none",
      aliases: ["完成时间", "送达时间", "办结时间", "fulfilled at"],
      form: { widget: "datetime" },
    }),
    notes: notes("sensitive", ["处理结果", "remarks"]),
    extra: Extra.optional(),
  }),
  {
    entity: "need",
    label: L("需求", "Need"),
    description: L(
      "居民或家庭的求助需求，如代购生活物资、买药、就医出行",
      "A request for help from a resident or household, such as groceries, medicine or transport to care",
    ),
    hxl: "#need",
    identity: [["requesterName"], ["requesterId"], ["category"], ["itemName"], ["description"]],
  },
);

/** A need. */
export type Need = z.infer<typeof Need>;

/**
 * The status of a need.
 *
 * @example
 * ```ts
 * import { NeedStatus } from "@linli/core";
 * NeedStatus.parse("fulfilled");
 * ```
 */
export const NeedStatus = NeedStatusEnum;
/** The status of a need. */
export type NeedStatus = z.infer<typeof NeedStatusEnum>;

/**
 * How much of a need was delivered: none, partial or complete.
 *
 * @example
 * ```ts
 * import { NeedFulfilment } from "@linli/core";
 * NeedFulfilment.parse("partial");
 * ```
 */
export const NeedFulfilment = Fulfilment;
/** How much of a need was delivered. */
export type NeedFulfilment = z.infer<typeof Fulfilment>;
