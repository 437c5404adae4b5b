import * as z from "zod";
import { choice } from "./choice.js";
import { dateTime, Extra, notes, RecordMeta, text } from "./common.js";
import { entity, field, L } from "./define.js";

const [MatchMode, matchModeLabels] = choice({
  priority: L("优先级分配", "Priority"),
  fair: L("公平分配", "Fair"),
});

const name = () =>
  field(
    z
      .string()
      .regex(/^[A-Za-z][\w.-]*$/)
      .max(100),
    { label: L("名称", "Name"), pii: "none" },
  );

const Parameter = z.strictObject({
  name: name(),
  value: field(z.union([z.string().max(200), z.number(), z.boolean()]), {
    label: L("取值", "Value"),
    pii: "none",
  }),
});

const Figure = z.strictObject({
  name: name(),
  value: field(z.number(), { label: L("数值", "Value"), pii: "none" }),
});

/**
 * A match run: one pass of matching needs with stock, pledges and volunteers, recorded so
 * that its plan can be explained and repeated: a hash of its inputs, the algorithm and its
 * version, every parameter and the figures it reached.
 *
 * @example
 * ```ts
 * import { MatchRun } from "@linli/core";
 * MatchRun.parse({
 *   meta: { id: "run-1", schemaVersion: "0.0.0" },
 *   mode: "priority",
 *   algorithm: "linli-match priority",
 *   algorithmVersion: "1",
 *   inputHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
 *   asOf: "2022-01-05T08:00:00+08:00",
 *   parameters: [{ name: "urgency.urgent", value: 10 }, { name: "wait.perHour", value: 0.1 }],
 *   figures: [{ name: "needLines", value: 120 }, { name: "allocatedLines", value: 96 }],
 * });
 * ```
 */
export const MatchRun = entity(
  z.strictObject({
    meta: RecordMeta,
    mode: field(MatchMode, {
      label: L("分配方式", "Mode"),
      pii: "none",
      options: matchModeLabels,
      aliases: ["分配方式", "mode"],
    }),
    algorithm: field(text(100), {
      label: L("算法", "Algorithm"),
      pii: "none",
      aliases: ["算法", "algorithm"],
    }),
    algorithmVersion: field(text(40), {
      label: L("算法版本", "Algorithm version"),
      pii: "none",
      aliases: ["算法版本", "algorithm version"],
    }),
    inputHash: field(z.string().regex(/^[0-9a-f]{64}$/), {
      label: L("输入摘要", "Input hash"),
      description: L(
        "全部输入（需求、库存、认捐、志愿者、班次、既有分配）的 SHA-256 摘要",
        "SHA-256 of every input: needs, stock, pledges, volunteers, shifts, earlier allocations",
      ),
      pii: "none",
      aliases: ["输入摘要", "input hash"],
    }),
    asOf: field(dateTime(), {
      label: L("计算时点", "As of"),
      description: L(
        "等待时长、保留期限和库存有效期都按这个时点计算",
        "Waiting times, reservations and expiry are reckoned at this time",
      ),
      pii: "none",
      aliases: ["计算时点", "as of"],
    }),
    parameters: field(z.array(Parameter).max(500).optional(), {
      label: L("参数", "Parameters"),
      description: L(
        "每个参数一项，如 urgency.urgent = 10",
        "One entry per parameter, e.g. urgency.urgent = 10",
      ),
      pii: "none",
    }),
    figures: field(z.array(Figure).max(500).optional(), {
      label: L("结果数字", "Figures"),
      description: L(
        "如需求条数、已分配条数、最差社区的紧急需求满足比例",
        "Such as need lines, lines allocated, the worst community's urgent share",
      ),
      pii: "none",
    }),
    startedAt: field(dateTime().optional(), {
      label: L("开始时间", "Started at"),
      pii: "none",
    }),
    finishedAt: field(dateTime().optional(), {
      label: L("结束时间", "Finished at"),
      pii: "none",
    }),
    notes: notes("none"),
    extra: Extra.optional(),
  }),
  {
    entity: "match-run",
    label: L("对接批次", "Match run"),
    description: L(
      "一次资源对接计算：输入摘要、算法版本、参数和结果数字",
      "One pass of matching: its input hash, algorithm version, parameters and figures",
    ),
    identity: [["mode", "algorithm", "algorithmVersion", "inputHash", "asOf"]],
  },
);

/** A match run. */
export type MatchRun = z.infer<typeof MatchRun>;
