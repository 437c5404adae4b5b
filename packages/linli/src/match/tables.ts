import { type ExportRun, exportRecords, writeCsv, writeXlsx } from "@linli/adapters";
import type { Allocation, Locale, Need } from "@linli/core";
import type { MatchPlan } from "@linli/match";
import { address, mt } from "./text.js";

/** Columns of allocations.csv/.xlsx: what a coordinator reads and edits; reimported as allocations. */
export const ALLOCATION_COLUMNS = [
  "meta.id",
  "needId",
  "itemName",
  "quantity",
  "unit",
  "sourceItemName",
  "sourceKind",
  "fromName",
  "lotId",
  "commitmentId",
  "sourceQuantity",
  "sourceUnit",
  "score",
  "status",
  "reservedUntil",
  "deliveryTaskId",
  "decidedBy",
] as const;

/** Columns of tasks.xlsx: what comes back filled in after the round. */
export const TASK_COLUMNS = [
  "meta.id",
  "status",
  "volunteerName",
  "shiftId",
  "sequence",
  "needId",
  "fromName",
  "toAddress.compound",
  "toAddress.building",
  "toAddress.unit",
  "toAddress.room",
  "windowStart",
  "windowEnd",
  "allocationIds",
  "deliveredAt",
  "proof.receivedBy",
  "handoverNote",
] as const;

/** Allocations with where they go and why, in `lang`, as extra columns. */
function withContext(plan: MatchPlan, lang: Locale): Allocation[] {
  const needs = new Map<string, Need>(plan.needs.map((n) => [n.meta.id, n]));
  const h = {
    community: mt(lang, "allocations.community"),
    address: mt(lang, "allocations.address"),
    reasons: mt(lang, "allocations.reasons"),
  };
  return plan.allocations.map((a) => {
    const to = needs.get(a.needId)?.deliveryAddress;
    return {
      ...a,
      extra: [
        { header: h.community, value: to?.community ?? null },
        { header: h.address, value: address(to, lang) || null },
        { header: h.reasons, value: (a.reasons ?? []).map((r) => r[lang]).join(" · ") || null },
      ],
    };
  });
}

/** allocations.csv or allocations.xlsx. */
export function allocationsTable(plan: MatchPlan, format: "csv" | "xlsx", lang: Locale): ExportRun {
  return exportRecords(withContext(plan, lang), {
    entity: "allocation",
    format,
    lang,
    columns: ALLOCATION_COLUMNS,
    extraHeaders: [
      mt(lang, "allocations.community"),
      mt(lang, "allocations.address"),
      mt(lang, "allocations.reasons"),
    ],
  });
}

/** tasks.xlsx: one row per delivery task, to fill in and feed back. */
export function tasksTable(plan: MatchPlan, lang: Locale): ExportRun {
  return exportRecords(plan.tasks, {
    entity: "delivery-task",
    format: "xlsx",
    lang,
    columns: TASK_COLUMNS,
    extraHeaders: [],
  });
}

const UNMET = [
  "unmet.need",
  "unmet.community",
  "unmet.compound",
  "unmet.item",
  "unmet.requested",
  "unmet.allocated",
  "unmet.outstanding",
  "unmet.unit",
  "unmet.urgent",
  "unmet.score",
  "unmet.waited",
  "unmet.reason",
] as const;

function unmetRows(plan: MatchPlan, lang: Locale): (string | number | null)[][] {
  return [
    UNMET.map((c) => mt(lang, c)),
    ...plan.unmet.map((u) => [
      u.needId,
      u.community,
      u.compound ?? null,
      u.itemName,
      u.requested,
      u.allocated,
      u.outstanding,
      u.unit ?? null,
      u.urgent ? mt(lang, "yes") : null,
      u.score,
      u.waitedHours ?? null,
      u.reason.text[lang],
    ]),
  ];
}

/** unmet.csv: every need line left (partly) unmet, with its reason. */
export const unmetCsv = (plan: MatchPlan, lang: Locale): Uint8Array =>
  writeCsv(unmetRows(plan, lang));

/** unmet.xlsx. */
export function unmetXlsx(plan: MatchPlan, lang: Locale): Uint8Array {
  const rows = unmetRows(plan, lang);
  return writeXlsx([
    {
      name: mt(lang, "unmet.sheet"),
      rows: rows.map((r, i) => (i === 0 ? r.map((v) => ({ value: v, style: { bold: true } })) : r)),
      columns: [12, 12, 14, 14, 8, 8, 8, 6, 6, 8, 10, 48].map((width, i) => ({
        width,
        ...(i === 0 ? { style: { numFmt: "text" } } : {}),
      })),
      freeze: { rows: 1 },
      autoFilter: `A1:L${rows.length}`,
    },
  ]);
}
