import { expectArgument } from "@linli/core";
/** A survey platform whose exports get special treatment. */
export type SurveyPreset = "wjx" | "jinshuju";

/** Submission metadata columns of each platform's export → column keys. */
export const PRESET_COLUMNS: Readonly<Record<SurveyPreset, Readonly<Record<string, string>>>> = {
  // 问卷星 (wjx.cn) "按文本导出": 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, then questions.
  wjx: {
    序号: "meta.submission.id",
    提交答卷时间: "meta.submission.at",
    所用时间: "meta.submission.duration",
    来源: "meta.submission.channel",
    来自ip: "meta.submission.ip",
    提交人: "meta.submission.by",
  },
  // 金数据 (jinshuju.net): 序号, questions, then 提交人, 提交时间, 修改时间, IP, 来源渠道…
  jinshuju: {
    序号: "meta.submission.id",
    提交人: "meta.submission.by",
    提交时间: "meta.submission.at",
    修改时间: "meta.submission.updatedAt",
    ip: "meta.submission.ip",
    填写ip: "meta.submission.ip",
    ip地址: "meta.submission.ip",
    来源渠道: "meta.submission.channel",
    渠道: "meta.submission.channel",
  },
};

/** Cell texts a platform writes for an unanswered or skipped question. */
export const PRESET_EMPTY: Readonly<Record<SurveyPreset | "kobo" | "odk", ReadonlySet<string>>> = {
  wjx: new Set(["(跳过)", "（跳过）", "(空)", "（空）"]),
  jinshuju: new Set([]),
  // ODK and Kobo leave a question that was not asked empty.
  kobo: new Set([]),
  odk: new Set([]),
};

/**
 * Recognise a survey export by its metadata headers (already cleaned): 问卷星 has
 * 提交答卷时间 or 所用时间 with 来自IP; 金数据 has 提交人 with 提交时间 or 修改时间.
 *
 * @example
 * ```ts
 * import { cleanHeader, detectPreset } from "@linli/adapters";
 * detectPreset(["序号", "提交答卷时间", "所用时间", "1、姓名"].map(cleanHeader)); // "wjx"
 * ```
 */
export function detectPreset(cleaned: readonly string[]): SurveyPreset | undefined {
  expectArgument("detectPreset", "cleaned", "texts", cleaned);
  const has = (h: string) => cleaned.includes(h);
  if (has("提交答卷时间") || (has("所用时间") && has("来自ip"))) return "wjx";
  if ((has("提交人") || has("微信昵称") || has("填写设备")) && (has("提交时间") || has("修改时间")))
    return "jinshuju";
  return undefined;
}
