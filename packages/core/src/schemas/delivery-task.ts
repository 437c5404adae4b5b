import * as z from "zod";
import { Address } from "./address.js";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { phones } from "./contact.js";
import { entity, field, L } from "./define.js";
import { skills } from "./volunteer.js";

const [TaskStatus, taskStatusLabels] = choice({
  planned: L("待分派", "Planned"),
  assigned: L("已分派", "Assigned"),
  "in-progress": L("配送中", "In progress"),
  delivered: L("已送达", "Delivered"),
  failed: L("未送达", "Failed"),
  cancelled: L("已取消", "Cancelled"),
});

const [AttemptOutcome, attemptOutcomeLabels] = choice({
  delivered: L("已送达", "Delivered"),
  "not-home": L("无人在家", "Nobody home"),
  refused: L("拒收", "Refused"),
  "no-access": L("无法进入", "No access"),
  "wrong-address": L("地址有误", "Wrong address"),
  other: L("其他", "Other"),
});

const [ProofKind, proofKindLabels] = choice({
  signature: L("签字", "Signature"),
  photo: L("照片", "Photo"),
  code: L("取件码", "Code"),
  verbal: L("口头确认", "Verbal"),
  contactless: L("无接触放门口", "Left at the door"),
});

const Attempt = z.strictObject({
  at: field(dateTime(), { label: L("时间", "At"), pii: "none" }),
  outcome: field(AttemptOutcome, {
    label: L("结果", "Outcome"),
    pii: "none",
    options: attemptOutcomeLabels,
  }),
  note: field(text(500).optional(), { label: L("说明", "Note"), pii: "sensitive" }),
});

const fromPart = (zh: string, en: string, max = 100) =>
  field(text(max).optional(), {
    label: L(`取货${zh}`, `From ${en}`),
    pii: "none",
    aliases: [`取货${zh}`, `from ${en}`],
  });

const FromPlace = z.strictObject({
  community: fromPart("社区", "community"),
  compound: fromPart("小区", "compound"),
  building: fromPart("楼栋", "building", 20),
  unit: fromPart("单元", "unit", 20),
  room: fromPart("房号", "room", 20),
  line: fromPart("地址", "address", 300),
});

const Proof = z.strictObject({
  kind: field(ProofKind, {
    label: L("签收方式", "Proof"),
    pii: "none",
    options: proofKindLabels,
    aliases: ["签收方式", "回执方式", "proof"],
  }),
  receivedBy: field(text(100).optional(), {
    label: L("签收人", "Received by"),
    pii: "direct",
    aliases: ["签收人", "收货人", "received by"],
  }),
  reference: field(text(300).optional(), {
    label: L("回执凭证", "Reference"),
    description: L("照片文件名、取件码等", "A photo's file name, a pickup code…"),
    pii: "quasi",
    aliases: ["回执凭证", "凭证", "reference"],
  }),
  at: field(dateTime().optional(), {
    label: L("签收时间", "Received at"),
    pii: "none",
    aliases: ["签收时间", "received at"],
  }),
});

/**
 * A delivery task: the allocations one volunteer carries from a depot to one household, with
 * both ends down to building, unit and room, the time window, the skills it needs, the
 * volunteer and shift, every attempt, the proof of receipt and the handover note. A delivered
 * task writes the stock movements of its allocations.
 *
 * @example
 * ```ts
 * import { DeliveryTask } from "@linli/core";
 * DeliveryTask.parse({
 *   meta: { id: "t-1", schemaVersion: "0.0.0" },
 *   status: "assigned",
 *   allocationIds: ["a-1", "a-2"],
 *   needId: "n-1",
 *   fromName: "丈八社区物资点",
 *   toAddress: { compound: "绿地世纪城", building: "3", unit: "2", room: "301" },
 *   windowStart: "2022-01-05T14:00:00+08:00",
 *   windowEnd: "2022-01-05T18:00:00+08:00",
 *   volunteerId: "v-1",
 *   shiftId: "sh-1",
 * });
 * ```
 */
export const DeliveryTask = entity(
  z.strictObject({
    meta: RecordMeta,
    status: field(TaskStatus, {
      label: L("任务状态", "Status"),
      hxl: "#status",
      pii: "none",
      options: taskStatusLabels,
      aliases: ["任务状态", "配送状态", "状态", "status"],
      form: { widget: "select" },
    }),
    allocationIds: field(z.array(ref()).min(1).max(100), {
      label: L("分配编号", "Allocation IDs"),
      pii: "none",
      aliases: ["分配编号", "allocation ids"],
      separator: "、",
    }),
    needId: field(ref().optional(), {
      label: L("需求编号", "Need ID"),
      pii: "none",
      aliases: ["需求编号", "need id"],
    }),
    recipientName: field(text(100).optional(), {
      label: L("收件人", "Recipient"),
      hxl: "#beneficiary +name",
      pii: "direct",
      aliases: ["收件人", "求助人", "recipient"],
    }),
    phones: phones("person"),
    fromLocationId: field(ref().optional(), {
      label: L("发货地点编号", "From location ID"),
      pii: "none",
      form: { hidden: true },
    }),
    fromName: field(text(200).optional(), {
      label: L("取货地点", "From"),
      hxl: "#loc +from",
      pii: "none",
      aliases: ["取货地点", "发货地点", "仓库", "from"],
    }),
    fromAddress: field(FromPlace.optional(), {
      label: L("取货地址", "From address"),
      description: L(
        "仓库或发放点的位置，可到楼栋、单元、房号",
        "Where the depot is, down to building, unit and room",
      ),
      pii: "none",
    }),
    toAddress: field(Address.optional(), {
      label: L("送达地址", "To address"),
      pii: "quasi",
      form: { group: "address" },
    }),
    windowStart: field(dateTime().optional(), {
      label: L("送达时段开始", "Window start"),
      hxl: "#date +start",
      pii: "none",
      aliases: ["送达时段开始", "开始时间", "window start"],
      form: { widget: "datetime" },
    }),
    windowEnd: field(dateTime().optional(), {
      label: L("送达时段结束", "Window end"),
      hxl: "#date +end",
      pii: "none",
      aliases: ["送达时段结束", "结束时间", "window end"],
      form: { widget: "datetime" },
    }),
    skills: skills(["所需技能", "required skills"]),
    volunteerId: field(ref().optional(), {
      label: L("志愿者编号", "Volunteer ID"),
      pii: "none",
      aliases: ["志愿者编号", "volunteer id"],
    }),
    volunteerName: field(text(100).optional(), {
      label: L("配送志愿者", "Volunteer"),
      hxl: "#contact +name +volunteer",
      pii: "direct",
      aliases: ["配送志愿者", "志愿者", "配送员", "volunteer"],
    }),
    shiftId: field(ref().optional(), {
      label: L("班次编号", "Shift ID"),
      pii: "none",
      aliases: ["班次编号", "shift id"],
    }),
    sequence: field(z.number().int().min(1).max(1000).optional(), {
      label: L("站序", "Stop"),
      description: L("在配送单上的第几站", "The stop's place on the delivery sheet"),
      pii: "none",
      aliases: ["站序", "第几站", "stop"],
    }),
    attempts: field(z.array(Attempt).max(20).optional(), {
      label: L("配送尝试", "Attempts"),
      pii: "sensitive",
      columns: [
        {
          key: "attemptOutcome",
          index: 0,
          property: "outcome",
          label: L("首次配送结果", "First attempt"),
          pii: "none",
          aliases: ["配送结果", "首次配送结果", "attempt outcome"],
        },
        {
          key: "attemptAt",
          index: 0,
          property: "at",
          label: L("首次配送时间", "First attempt at"),
          pii: "none",
          aliases: ["配送时间", "首次配送时间", "attempt at"],
        },
      ],
    }),
    proof: field(Proof.optional(), { label: L("签收回执", "Proof of receipt"), pii: "direct" }),
    handoverNote: field(text(2000).optional(), {
      label: L("交接记录", "Handover note"),
      pii: "sensitive",
      aliases: ["交接记录", "交接说明", "handover", "handover note"],
      form: { widget: "textarea" },
    }),
    deliveredAt: field(dateTime().optional(), {
      label: L("送达时间", "Delivered at"),
      hxl: "#date +delivered",
      pii: "none",
      aliases: ["送达时间", "实际送达时间", "delivered at"],
      form: { widget: "datetime" },
    }),
    notes: notes("sensitive"),
    extra: Extra.optional(),
  }),
  {
    entity: "delivery-task",
    label: L("配送任务", "Delivery task"),
    description: L(
      "志愿者把分配好的物资从仓库送到一户的任务",
      "A volunteer carrying allocated supplies from a depot to one household",
    ),
    hxl: "#activity +delivery",
    identity: [["status", "allocationIds"]],
  },
);

/** A delivery task. */
export type DeliveryTask = z.infer<typeof DeliveryTask>;
