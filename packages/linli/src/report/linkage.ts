import type { Locale } from "@linli/core";
import type { NearMiss } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import type { Sharing } from "../outputs/share.js";
import { rowFacts } from "./details.js";
import { esc, num, rowText, t } from "./format.js";

/**
 * How duplicates were found, when the coordinator should know: by exact keys (which), or with
 * prior parameters because the estimate from this data was not trusted (and why).
 */
export function estimateNote(result: MergeResult, lang: Locale): string {
  const p = result.stats.linkage?.profile;
  const keys =
    p?.exactKeys && p.summary
      ? `<p class="note exact-keys">${esc(t(lang, "report.exactKeys", { keys: p.summary[lang] }))}</p>`
      : "";
  const e = result.stats.params?.estimate;
  if (e?.method !== "prior") return keys;
  const share = e.lambda === undefined ? "" : `${Math.round(e.lambda * 1000) / 10}%`;
  return `${keys}<p class="note estimate" data-estimate="${esc(e.reason ?? "")}">${esc(t(lang, `report.estimate.${e.reason ?? "no-separation"}`, { share }))}</p>`;
}

/** The rows behind one side of a near miss, found again in the clusters. */
function rowOf(result: MergeResult, index: Map<string, number>, near: NearMiss, side: 0 | 1) {
  const ref = near.rows[side];
  const c = result.clusters[index.get(near.records[side]) ?? -1];
  return c?.rows.find((m) => m.source === ref.source && m.row === ref.row && m.sheet === ref.sheet);
}

/**
 * Pairs of rows kept apart that came close, strongest first, with both rows and the reasons,
 * for a coordinator to check; records through the sharing profile when given.
 */
export function nearMissSection(
  result: MergeResult,
  lang: Locale,
  mask: boolean,
  limit: number,
  explain: (near: NearMiss) => string,
  several: ReadonlySet<string>,
  share?: Sharing,
): string {
  const list = result.nearMisses ?? [];
  const head = `<h2>${esc(t(lang, "report.near"))} (<span data-count="nearMisses">${num(list.length)}</span>)</h2>`;
  if (list.length === 0) {
    return `<section id="near">${head}<p class="empty">${esc(t(lang, "report.near.none"))}</p></section>`;
  }
  const index = new Map(result.clusters.map((c, i) => [c.id, i]));
  const cards = list.slice(0, limit).map((near, k) => {
    const sides = ([0, 1] as const).map((side) => {
      const m = rowOf(result, index, near, side);
      const facts = m
        ? rowFacts(result, share ? share.record(m.record) : m.record, lang, mask)
        : "";
      return `<li><b>${side === 0 ? "A" : "B"}</b> <span class="where">${esc(rowText(near.rows[side], lang, several))}</span><span class="facts">${esc(facts)}</span></li>`;
    });
    const why = near.keptApart
      ? `<p class="note">${esc(t(lang, `report.near.${near.keptApart}`))}</p>`
      : "";
    return `<li class="card near" data-near="${k}"><ol class="members">${sides.join("")}</ol><p class="evidence">${esc(explain(near))}</p>${why}</li>`;
  });
  const more =
    list.length > limit
      ? `<p class="more">${esc(t(lang, "report.near.more", { shown: num(limit), total: num(list.length) }))}</p>`
      : "";
  return `<section id="near">${head}<p class="intro">${esc(t(lang, "report.near.intro"))}</p><ol class="cards">${cards.join("")}</ol>${more}</section>`;
}
