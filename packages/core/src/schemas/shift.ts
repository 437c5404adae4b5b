import * as z from "zod";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { entity, field, L } from "./define.js";

const [ShiftRole, shiftRoleLabels] = choice({
  checkpoint: L("卡口值守", "Checkpoint duty"),
  "temperature-check": L("测温登记", "Temperature checks"),
  testing: L("核酸检测协助", "Testing support"),
  delivery: L("物资配送", "Delivery"),
  registration: L("信息登记", "Registration"),
  disinfection: L("消杀", "Disinfection"),
  patrol: L("巡查", "Patrol"),
  hotline: L("热线接听", "Hotline"),
  other: L("其他", "Other"),
});

/**
 * A duty shift on the roster: who stands where, when, in which role, and what they hand over.
 *
 * @example
 * ```ts
 * import { Shift } from "@linli/core";
 * Shift.parse({
 *   meta: { id: "sh-1", schemaVersion: "0.0.0" },
 *   placeName: "3号门卡口",
 *   start: "2022-01-05T08:00:00+08:00",
 *   end: "2022-01-05T14:00:00+08:00",
 *   role: "checkpoint",
 *   assigneeNames: ["李娜", "王伟"],
 * });
 * ```
 */
export const Shift = entity(
  z.strictObject({
    meta: RecordMeta,
    locationId: field(ref().optional(), {
      label: L("地点编号", "Location ID"),
      pii: "none",
      form: { hidden: true },
    }),
    placeName: field(text(200), {
      label: L("值守地点", "Place"),
      hxl: "#loc +name",
      pii: "none",
      aliases: [
        "值守地点",
        "值班地点",
        "执勤地点",
        "岗位地点",
        "卡口",
        "地点",
        "place",
        "location",
      ],
    }),
    start: field(dateTime(), {
      label: L("开始时间", "Start"),
      hxl: "#date +start",
      pii: "none",
      aliases: ["开始时间", "上岗时间", "班次开始", "start", "start time"],
      form: { widget: "datetime" },
    }),
    end: field(dateTime(), {
      label: L("结束时间", "End"),
      hxl: "#date +end",
      pii: "none",
      aliases: ["结束时间", "下岗时间", "班次结束", "end", "end time"],
      form: { widget: "datetime" },
    }),
    role: field(ShiftRole, {
      label: L("岗位", "Role"),
      hxl: "#activity +type",
      pii: "none",
      options: shiftRoleLabels,
      aliases: ["岗位", "岗位类型", "职责", "任务", "role", "duty"],
      form: { widget: "select" },
    }),
    assigneeIds: field(z.array(ref()).max(50).optional(), {
      label: L("值班志愿者编号", "Assignee IDs"),
      pii: "none",
      form: { hidden: true },
    }),
    assigneeNames: field(z.array(text(100)).max(50).optional(), {
      label: L("值班人员", "Assignees"),
      hxl: "#contact +name +duty",
      pii: "direct",
      aliases: ["值班人员", "值守人员", "执勤人员", "上岗人员", "志愿者", "assignees", "staff"],
      separator: "、",
    }),
    leaderName: field(text(100).optional(), {
      label: L("带班负责人", "Shift leader"),
      pii: "direct",
      aliases: ["带班负责人", "带班领导", "负责人", "班长", "leader"],
    }),
    handoverNote: field(text(2000).optional(), {
      label: L("交接班记录", "Handover note"),
      pii: "sensitive",
      aliases: ["交接班记录", "交接记录", "交班情况", "值班记录", "handover", "handover note"],
      form: { widget: "textarea" },
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "shift",
    label: L("值班班次", "Shift"),
    description: L(
      "值班排班：谁在何时何地担任什么岗位",
      "A duty shift: who stands where, when, in which role",
    ),
    hxl: "#activity",
    identity: [["placeName", "start", "end", "role"]],
  },
);

/** A shift. */
export type Shift = z.infer<typeof Shift>;
