import * as z from "zod";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, ref, text } from "./common.js";
import { entity, field, L } from "./define.js";

const [Symptom, symptomLabels] = choice({
  fever: L("发热", "Fever"),
  cough: L("咳嗽", "Cough"),
  "sore-throat": L("咽痛", "Sore throat"),
  fatigue: L("乏力", "Fatigue"),
  "loss-of-smell-taste": L("嗅觉味觉减退", "Loss of smell or taste"),
  "shortness-of-breath": L("呼吸困难", "Shortness of breath"),
  diarrhoea: L("腹泻", "Diarrhoea"),
  other: L("其他", "Other"),
});

const [Method, methodLabels] = choice({
  forehead: L("额温", "Forehead"),
  ear: L("耳温", "Ear"),
  armpit: L("腋温", "Armpit"),
  oral: L("口温", "Oral"),
});

const [TestResult, testResultLabels] = choice({
  negative: L("阴性", "Negative"),
  positive: L("阳性", "Positive"),
  pending: L("待出结果", "Pending"),
});

/**
 * A health check: a resident's temperature and symptoms at one time, and who checked.
 *
 * @example
 * ```ts
 * import { HealthCheck } from "@linli/core";
 * HealthCheck.parse({
 *   meta: { id: "hc-1", schemaVersion: "0.0.0" },
 *   residentName: "王伟",
 *   checkedAt: "2022-01-05T08:30:00+08:00",
 *   temperature: 36.6,
 *   symptoms: [],
 * });
 * ```
 */
export const HealthCheck = entity(
  z.strictObject({
    meta: RecordMeta,
    residentId: field(ref().optional(), {
      label: L("居民记录编号", "Resident ID"),
      pii: "none",
      aliases: ["居民编号", "resident id"],
      form: { hidden: true },
    }),
    residentName: field(text(100), {
      label: L("姓名", "Name"),
      hxl: "#beneficiary +name",
      pii: "direct",
      aliases: ["姓名", "居民姓名", "被测人", "隔离人员姓名", "name", "resident"],
    }),
    checkedAt: field(dateTime(), {
      label: L("检测时间", "Checked at"),
      hxl: "#date +occurred",
      pii: "quasi",
      aliases: ["检测时间", "测温时间", "测量时间", "日期", "时间", "checked at", "date", "time"],
      form: { widget: "datetime" },
    }),
    temperature: field(z.number().min(30).max(45).optional(), {
      label: L("体温（℃）", "Temperature (°C)"),
      hxl: "#indicator +temperature",
      pii: "sensitive",
      aliases: ["体温", "体温（℃）", "体温(℃)", "温度", "测温结果", "temperature", "temp"],
      form: {
        widget: "number",
        inputMode: "decimal",
        hint: L("摄氏度，如 36.5", "Degrees Celsius, e.g. 36.5"),
      },
    }),
    method: field(Method.optional(), {
      label: L("测温方式", "Method"),
      pii: "none",
      options: methodLabels,
      aliases: ["测温方式", "测量方式", "method"],
      form: { widget: "radio" },
    }),
    symptoms: field(z.array(Symptom).max(8).optional(), {
      label: L("症状", "Symptoms"),
      description: L("无症状时留空", "Leave empty when there are none"),
      hxl: "#indicator +symptoms",
      pii: "sensitive",
      options: symptomLabels,
      aliases: ["症状", "有无症状", "身体状况", "健康状况", "symptoms"],
      separator: "、",
      form: { widget: "checkboxes" },
    }),
    testResult: field(TestResult.optional(), {
      label: L("核酸检测结果", "Test result"),
      pii: "sensitive",
      options: testResultLabels,
      aliases: ["核酸检测结果", "核酸结果", "检测结果", "test result"],
      form: { widget: "select" },
    }),
    checkedById: field(ref().optional(), {
      label: L("检测人编号", "Checker ID"),
      pii: "none",
      form: { hidden: true },
    }),
    checkedByName: field(text(100).optional(), {
      label: L("检测人", "Checked by"),
      hxl: "#contact +name +checker",
      pii: "direct",
      aliases: ["检测人", "测温人", "检查人", "checked by"],
    }),
    notes: notes("sensitive"),
    extra: Extra.optional(),
  }),
  {
    entity: "health-check",
    label: L("健康监测", "Health check"),
    description: L(
      "居民的体温、症状等健康监测记录",
      "A resident's temperature and symptoms at one time",
    ),
    hxl: "#indicator",
    identity: [["residentName", "checkedAt"]],
  },
);

/** A health check. */
export type HealthCheck = z.infer<typeof HealthCheck>;
