// What `linli merge` says about how duplicates were found: which profile, exact keys or
// evidence, whether the estimate was trusted, and how many near misses wait in the report.
import type { Localized } from "@linli/core";
import type { MergeResult } from "linli";
import { vm } from "./locales/validate-merge.js";

/** The linkage part of `linli merge --json`. */
export function linkageSummary(result: MergeResult) {
  const params = result.stats.params;
  return {
    profile: result.stats.linkage?.profile?.name ?? result.entity,
    ...(result.stats.linkage?.profile?.exactKeys ? { exactKeys: true } : {}),
    ...(params?.estimate ? { estimate: params.estimate } : {}),
    nearMisses: result.nearMisses?.length ?? 0,
  };
}

/** Lines for people: a distrusted estimate, exact keys, near misses to check. */
export function linkageLines(result: MergeResult): Localized[] {
  const out: Localized[] = [];
  const p = result.stats.linkage?.profile;
  if (p?.exactKeys && p.summary) {
    out.push({
      "zh-CN": vm("merge.exactKeys", { keys: p.summary["zh-CN"] })["zh-CN"],
      en: vm("merge.exactKeys", { keys: p.summary.en }).en,
    });
  }
  const e = result.stats.params?.estimate;
  if (e?.method === "prior") {
    const share = e.lambda === undefined ? "" : `${Math.round(e.lambda * 1000) / 10}%`;
    out.push(vm(`merge.estimate.${e.reason ?? "no-separation"}`, { share }));
  }
  const near = result.nearMisses?.length ?? 0;
  if (near > 0) out.push(vm("merge.nearMisses", { n: near }));
  return out;
}
