import { writeXlsx, type XlsxCell, type XlsxSheet } from "@linli/adapters";
import type { Allocation, DeliveryTask, Locale, Need } from "@linli/core";
import type { MatchPlan } from "@linli/match";
import { profiler, resolveProfile, type SharingProfile } from "@linli/privacy";
import { esc } from "../report/format.js";
import { htmlHead } from "../report/head.js";
import { clock, mt } from "./text.js";

/** One stop of a delivery sheet, as printed. */
export interface SheetStop {
  readonly sequence: number;
  readonly compound: string;
  readonly building: string;
  readonly unit: string;
  readonly room: string;
  readonly recipient: string;
  readonly phone: string;
  readonly items: string;
  readonly pickup: string;
  readonly due: string;
  readonly why: string;
}

/** A delivery sheet: one volunteer's round in one shift. */
export interface Sheet {
  /** File name without extension, safe on every system. */
  readonly file: string;
  readonly volunteer: string;
  readonly shift: string;
  readonly pickups: readonly string[];
  readonly stops: readonly SheetStop[];
  readonly profile: string;
  readonly footer: string;
}

const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 80);
const PRIORITY_REASON = /^(urgency|vulnerability)\./;

/** The delivery sheets of a plan, contacts shown as `profile` allows. */
export function planSheets(
  plan: MatchPlan,
  lang: Locale,
  profile: SharingProfile | "internal" | "partner-ngo" | "public-statistics",
): Sheet[] {
  const tasks = new Map(plan.tasks.map((t) => [t.meta.id, t]));
  const allocations = new Map(plan.allocations.map((a) => [a.meta.id, a]));
  const needs = new Map(plan.needs.map((n) => [n.meta.id, n]));
  const share = profiler("delivery-task", profile);
  const name = resolveProfile(profile).name;
  const used = new Set<string>();
  return plan.rounds.map((r) => {
    const stops = r.taskIds.map((id) =>
      stop(
        tasks.get(id)!,
        allocations,
        needs,
        lang,
        share(tasks.get(id)!) as Partial<DeliveryTask>,
      ),
    );
    let file = safe(
      `${r.volunteerName}_${r.start.slice(0, 10)}_${r.start.slice(11, 16).replace(":", "")}`,
    );
    while (used.has(file)) file += "_";
    used.add(file);
    return {
      file,
      volunteer: r.volunteerName,
      shift: `${r.place} ${clock(r.start)}–${clock(r.end).slice(11)}`,
      pickups: [...new Set(stops.map((s) => s.pickup).filter(Boolean))],
      stops,
      profile: name,
      footer: mt(lang, "sheet.footer", { run: plan.run.meta.id, asOf: clock(plan.run.asOf) }),
    };
  });
}

function stop(
  t: DeliveryTask,
  allocations: ReadonlyMap<string, Allocation>,
  needs: ReadonlyMap<string, Need>,
  lang: Locale,
  shared: Partial<DeliveryTask>,
): SheetStop {
  const as = t.allocationIds.map((id) => allocations.get(id)).filter((a) => a !== undefined);
  const items = as
    .map((a) => `${a.sourceItemName ?? a.itemName} ${a.quantity}${a.unit ? ` ${a.unit}` : ""}`)
    .join(lang === "zh-CN" ? "；" : "; ");
  const why = (as[0]?.reasons ?? [])
    .filter((r) => PRIORITY_REASON.test(r.code))
    .map((r) => r[lang])
    .join(" · ");
  const need = t.needId ? needs.get(t.needId) : undefined;
  const to = t.toAddress ?? {};
  return {
    sequence: t.sequence ?? 0,
    compound: to.compound ?? to.community ?? "",
    building: to.building ?? "",
    unit: to.unit ?? "",
    room: to.room ?? "",
    recipient: shared.recipientName ?? "",
    phone: (shared.phones ?? []).map((p) => p.number).join(" "),
    items,
    pickup: t.fromName ?? "",
    due: clock(need?.neededBy),
    why,
  };
}

const COLUMNS = [
  ["sheet.stop", 5],
  ["sheet.building", 7],
  ["sheet.unit", 6],
  ["sheet.room", 7],
  ["sheet.recipient", 9],
  ["sheet.phone", 14],
  ["sheet.items", 28],
  ["sheet.pickup", 16],
  ["sheet.due", 16],
  ["sheet.why", 18],
  ["sheet.received", 14],
  ["sheet.handover", 22],
] as const;

/** A delivery sheet as an XLSX workbook, set up to print landscape on one page width. */
export function sheetXlsx(s: Sheet, lang: Locale): Uint8Array {
  const bold = (v: string): XlsxCell => ({ value: v, style: { bold: true } });
  const head = (v: string): XlsxCell => ({
    value: v,
    style: { bold: true, fill: "#E2E8F0", border: true, wrap: true, valign: "center" },
  });
  const cell = (v: string | number): XlsxCell => ({
    value: v,
    style: { border: true, wrap: true, valign: "top" },
  });
  const rows: XlsxCell[][] = [
    [bold(`${mt(lang, "sheet.title")} · ${s.volunteer}`)],
    [mt(lang, "sheet.shift"), s.shift],
    [mt(lang, "sheet.pickup"), s.pickups.join(lang === "zh-CN" ? "、" : ", ")],
    [mt(lang, "sheet.stops", { count: s.stops.length })],
    COLUMNS.map(([code]) => head(mt(lang, code))),
    ...s.stops.map((p) =>
      [
        p.sequence,
        p.building,
        p.unit,
        p.room,
        p.recipient,
        p.phone,
        p.items,
        p.pickup,
        p.due,
        p.why,
        "",
        "",
      ].map(cell),
    ),
    [],
    [bold(mt(lang, "sheet.handoverLine"))],
    [],
    [],
    [mt(lang, "sheet.contact", { profile: s.profile })],
    [s.footer],
  ];
  const sheet: XlsxSheet = {
    name: mt(lang, "sheet.title"),
    rows,
    columns: COLUMNS.map(([, width]) => ({ width, style: { numFmt: "text" } })),
    freeze: { rows: 5 },
    heights: Object.fromEntries(s.stops.map((_, i) => [5 + i, 36])),
    print: { landscape: true, fitToWidth: true, repeatRows: [4, 4] },
  };
  return writeXlsx([sheet]);
}

/** A delivery sheet as a printable HTML page. */
export function sheetHtml(s: Sheet, lang: Locale): string {
  const th = COLUMNS.map(([code]) => `<th scope="col">${esc(mt(lang, code))}</th>`).join("");
  const labels = COLUMNS.map(([code]) => esc(mt(lang, code)));
  const td = (i: number, v: string | number, cls = "") =>
    `<td data-label="${labels[i]}"${cls ? ` class="${cls}"` : ""}>${esc(v)}</td>`;
  const rows = s.stops
    .map(
      (p) =>
        `<tr data-stop="${p.sequence}">${[p.sequence, p.building, p.unit, p.room, p.recipient, p.phone, p.items, p.pickup, p.due, p.why].map((v, i) => td(i, v)).join("")}${td(10, "", "sign")}${td(11, "", "sign")}</tr>`,
    )
    .join("\n");
  return `${htmlHead(lang, `${mt(lang, "sheet.title")} · ${s.volunteer}`, SHEET_STYLE)}
<body>
<h1>${esc(mt(lang, "sheet.title"))} · ${esc(s.volunteer)}</h1>
<dl><dt>${esc(mt(lang, "sheet.shift"))}</dt><dd>${esc(s.shift)}</dd><dt>${esc(mt(lang, "sheet.pickup"))}</dt><dd>${esc(s.pickups.join(lang === "zh-CN" ? "、" : ", "))}</dd><dt>${esc(mt(lang, "sheet.stops", { count: s.stops.length }))}</dt><dd></dd></dl>
<table><thead><tr>${th}</tr></thead><tbody>
${rows}
</tbody></table>
<p><strong>${esc(mt(lang, "sheet.handoverLine"))}</strong></p>
<div class="handover"></div>
<p class="note">${esc(mt(lang, "sheet.contact", { profile: s.profile }))}</p>
<p class="note">${esc(s.footer)}</p>
</body>
</html>
`;
}

// Printed and read on phones: one inline style, nothing fetched.
const SHEET_STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1rem;color:#1a202c}
h1{font-size:1.3rem;margin:0 0 .25rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0 .75rem}
dt{color:#5a6474}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border:1px solid #4a5568;padding:.3rem .35rem;vertical-align:top;text-align:left}
th{background:#e2e8f0}
td.sign{min-width:6rem;height:2.4rem}
.handover{margin-top:1rem;border-bottom:1px solid #4a5568;height:4rem}
.note{color:#5a6474;font-size:.8rem}
@media print{body{margin:0}@page{size:A4 landscape;margin:1cm}tr{break-inside:avoid}}
@media screen and (max-width:640px){thead{display:none}table,tbody,tr,td{display:block}
tr{border:1px solid #4a5568;border-radius:.4rem;margin:0 0 .6rem;padding:.3rem .5rem}
td{border:0;padding:.15rem 0;display:flex;gap:.5rem}td::before{content:attr(data-label);color:#5a6474;flex:0 0 6.5rem}
td.sign{min-height:2.2rem;border-bottom:1px dashed #a0aec0}}
`;
