import type { EntityName } from "@linli/core";
import { expectText } from "@linli/core";
import { DedupeOptionError } from "../errors/option-error.js";
import type { Profile } from "../types.js";
import { parseLinkageProfile } from "./json/parse.js";

// Built-in profiles of the entities other than people, organisations and places, written as
// JSON profiles (the format `linli merge --profile` reads), so they stay data.

/** Fixed parameters of an exact key: agreeing decides, disagreeing says nothing more. */
const KEY = { m: [0.999, 0.001], u: [1e-9, 0.999999999] };

const DEFINITIONS = {
  household: {
    name: "household",
    summary: {
      "zh-CN": "户主姓名、住址（小区、楼栋、单元、房号）和电话",
      en: "the head's name, the home (compound, building, unit, room) and phones",
    },
    fields: [
      { name: "headName", column: "headName", comparator: "chineseName", termFrequency: true },
      { name: "headId", column: "headId", comparator: "identifier" },
      { name: "address", path: "address", comparator: "address" },
      { name: "phone", anyOf: ["phone", "phone2"], comparator: "phone" },
    ],
    blocking: [
      { name: "home", on: ["address"], transform: "home", maxBlockSize: 20 },
      { name: "phone", on: ["phone"], maxBlockSize: 30 },
      {
        name: "head+compound",
        on: ["headName", "address"],
        transform: ["namePinyin", "compound"],
        maxBlockSize: 30,
      },
      { name: "head-id", on: ["headId"], maxBlockSize: 30 },
    ],
    cannotLink: ["headId"],
  },
  need: {
    name: "need",
    summary: {
      "zh-CN": "求助人（姓名、编号或电话）、类别和物品，在报告时间前后三天内",
      en: "the requester (name, ID or phone), category and item, reported within three days",
    },
    fields: [
      {
        name: "requester",
        column: "requesterName",
        comparator: "chineseName",
        termFrequency: true,
      },
      { name: "requesterId", column: "requesterId", comparator: "identifier" },
      { name: "phone", anyOf: ["phone", "phone2"], comparator: "phone" },
      { name: "category", column: "category", comparator: "exact" },
      {
        name: "item",
        column: "itemName",
        comparator: "string",
        options: { thresholds: [0.9, 0.75] },
      },
      {
        name: "reportedAt",
        column: "reportedAt",
        comparator: "time",
        options: { withinHours: [1, 24, 72] },
      },
      { name: "address", path: "deliveryAddress", comparator: "address" },
    ],
    blocking: [
      { name: "phone+category", on: ["phone", "category"], maxBlockSize: 50 },
      {
        name: "requester+category",
        on: ["requester", "category"],
        transform: ["namePinyin", null],
        maxBlockSize: 50,
      },
      { name: "requester-id+category", on: ["requesterId", "category"], maxBlockSize: 50 },
    ],
    // One person's evidence (name, phone, home) says "same requester", not "same need": another
    // category, or a report more than three days apart, is another need however alike.
    conflicts: ["category", "reportedAt"],
  },
  "supply-item": {
    name: "supply-item",
    exactKeys: true,
    summary: {
      "zh-CN": "物资编码相同，或名称、规格、单位完全一致",
      en: "the same item code, or exactly the same name, spec and unit",
    },
    fields: [
      { name: "code", column: "code", comparator: "identifier", ...KEY },
      { name: "item", allOf: ["name", "spec?", "unit?"], comparator: "exact", ...KEY },
    ],
    blocking: [
      { name: "code", on: ["code"] },
      { name: "item", on: ["item"] },
    ],
    cannotLink: ["code"],
  },
  "stock-movement": {
    name: "stock-movement",
    exactKeys: true,
    summary: {
      "zh-CN": "来源单据号相同，或类型、物品、数量、单位、时间和出入库地点完全一致",
      en: "the same source reference, or exactly the same kind, item, quantity, unit, time and places",
    },
    fields: [
      { name: "reference", path: "meta.submission.id", comparator: "identifier", ...KEY },
      {
        name: "entry",
        allOf: ["kind", "itemName", "quantity", "unit?", "occurredAt", "fromName?", "toName?"],
        comparator: "exact",
        ...KEY,
      },
    ],
    blocking: [
      { name: "reference", on: ["reference"] },
      { name: "entry", on: ["entry"] },
    ],
    cannotLink: ["reference"],
  },
  shift: {
    name: "shift",
    exactKeys: true,
    summary: {
      "zh-CN": "同一批志愿者、同一开始时间",
      en: "the same volunteers starting at the same time",
    },
    fields: [
      { name: "byId", allOf: ["assigneeIds", "start"], comparator: "exact", ...KEY },
      { name: "byName", allOf: ["assigneeNames", "start"], comparator: "exact", ...KEY },
    ],
    blocking: [
      { name: "byId", on: ["byId"] },
      { name: "byName", on: ["byName"] },
    ],
  },
  "health-check": {
    name: "health-check",
    exactKeys: true,
    summary: {
      "zh-CN": "同一人、同一时间（精确到分钟）",
      en: "the same person at the same minute",
    },
    fields: [
      { name: "byId", allOf: ["residentId", "checkedAt"], comparator: "exact", ...KEY },
      { name: "byName", allOf: ["residentName", "checkedAt"], comparator: "exact", ...KEY },
    ],
    blocking: [
      { name: "byId", on: ["byId"] },
      { name: "byName", on: ["byName"] },
    ],
  },
  commitment: {
    name: "commitment",
    exactKeys: true,
    summary: {
      "zh-CN": "同一捐赠方、同一可提供时间、同一物资",
      en: "the same donor, time available and item",
    },
    fields: [
      {
        name: "byId",
        allOf: ["donorId", "availableAt", "itemName"],
        comparator: "exact",
        ...KEY,
      },
      {
        name: "byName",
        allOf: ["donorName", "availableAt", "itemName"],
        comparator: "exact",
        ...KEY,
      },
    ],
    blocking: [
      { name: "byId", on: ["byId"] },
      { name: "byName", on: ["byName"] },
    ],
  },
  allocation: {
    name: "allocation",
    exactKeys: true,
    summary: {
      "zh-CN": "同一批次中，同一需求物资行从同一库存批次或认捐行分配",
      en: "the same need line from the same lot or pledge line in the same run",
    },
    fields: [
      {
        name: "line",
        allOf: [
          "needId",
          "itemIndex",
          "sourceKind",
          "lotId?",
          "commitmentId?",
          "commitmentLine?",
          "matchRunId?",
        ],
        comparator: "exact",
        ...KEY,
      },
    ],
    blocking: [{ name: "line", on: ["line"] }],
  },
  "delivery-task": {
    name: "delivery-task",
    exactKeys: true,
    summary: {
      "zh-CN": "承运的分配记录完全相同",
      en: "carrying exactly the same allocations",
    },
    fields: [{ name: "load", allOf: ["allocationIds"], comparator: "exact", ...KEY }],
    blocking: [{ name: "load", on: ["load"] }],
  },
  "match-run": {
    name: "match-run",
    exactKeys: true,
    summary: {
      "zh-CN": "输入、算法版本、模式和基准时间完全一致",
      en: "the same inputs, algorithm version, mode and time of reference",
    },
    fields: [
      {
        name: "run",
        allOf: ["inputHash", "algorithm", "algorithmVersion", "mode", "asOf"],
        comparator: "exact",
        ...KEY,
      },
    ],
    blocking: [{ name: "run", on: ["run"] }],
  },
} as const;

/** Entities whose built-in profile is defined here. */
export type DataProfileName = keyof typeof DEFINITIONS;

/** The names of these profiles. */
export const DATA_PROFILES = Object.keys(DEFINITIONS) as DataProfileName[];

/**
 * The built-in profile of a household, need, supply item, stock movement, shift, health check,
 * pledge, allocation, delivery task or match run.
 * Households and needs are linked by evidence (Fellegi–Sunter); the others by exact keys, the
 * honest rule where nothing else tells two records apart (`profile.exactKeys`,
 * `profile.summary` says which).
 *
 * @example
 * ```ts
 * import { dataProfile } from "@linli/dedupe";
 * dataProfile("supply-item").summary?.en; // "the same item code, or exactly the same name, spec and unit"
 * ```
 */
export function dataProfile(entity: DataProfileName): Profile {
  expectText("dataProfile", "entity", entity);
  const r = parseLinkageProfile(DEFINITIONS[entity], entity as EntityName);
  if (!r.ok) throw new DedupeOptionError("options.profile", { profile: entity, profiles: "" });
  return r.value;
}
