import { messageCatalogue } from "@linli/core";
import { type WorkbenchCode, workbenchEn } from "./en/workbench.js";
import { workbenchZhCN } from "./zh-CN/workbench.js";

/** A text of `linli workbench` in both languages. */
export const wm = /* @__PURE__ */ messageCatalogue<WorkbenchCode>({
  "zh-CN": workbenchZhCN,
  en: workbenchEn,
});

export type { WorkbenchCode };
