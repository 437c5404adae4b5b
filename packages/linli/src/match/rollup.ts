import { writeXlsx, type XlsxCell } from "@linli/adapters";
import { fieldMeta, type Locale, type Localized, MatchRun, SupplyItem } from "@linli/core";
import type { MatchPlan, Rollup, RollupRow } from "@linli/match";
import { esc, num } from "../report/format.js";
import { htmlHead } from "../report/head.js";
import { clock, mt } from "./text.js";

const categories = fieldMeta(SupplyItem.shape.category)?.options as Record<string, Localized>;
const modes = fieldMeta(MatchRun.shape.mode)?.options as Record<string, Localized>;
const categoryName = (c: string, lang: Locale) =>
  c === "unknown" ? mt(lang, "rollup.unknown") : (categories[c]?.[lang] ?? c);

const FIELDS = [
  "requested",
  "allocated",
  "partial",
  "delivered",
  "unmet",
  "urgentUnmet",
  "oldestUnmetHours",
] as const;
const HEAD = {
  requested: "rollup.requested",
  allocated: "rollup.allocated",
  partial: "rollup.partial",
  delivered: "rollup.delivered",
  unmet: "rollup.unmet",
  urgentUnmet: "rollup.urgentUnmet",
  oldestUnmetHours: "rollup.oldest",
} as const;

/** The roll-up as an XLSX workbook: one row per community and category, then a total per community. */
export function rollupXlsx(r: Rollup, lang: Locale): Uint8Array {
  const head: XlsxCell[] = [
    mt(lang, "rollup.community"),
    mt(lang, "rollup.category"),
    ...FIELDS.map((f) => mt(lang, HEAD[f])),
  ].map((v) => ({ value: v, style: { bold: true, fill: "#E2E8F0", wrap: true } }));
  const line = (row: Omit<RollupRow, "category">, category: string, bold = false): XlsxCell[] =>
    [row.community, category, ...FIELDS.map((f) => row[f] ?? null)].map((v) =>
      bold ? { value: v, style: { bold: true } } : v,
    );
  const byCommunity = new Map(r.communities.map((c) => [c.community, c]));
  const rows: XlsxCell[][] = [head];
  let current: string | undefined;
  for (const row of r.rows) {
    if (current !== undefined && current !== row.community)
      rows.push(line(byCommunity.get(current)!, mt(lang, "rollup.total"), true));
    current = row.community;
    rows.push(line(row, categoryName(row.category, lang)));
  }
  if (current !== undefined)
    rows.push(line(byCommunity.get(current)!, mt(lang, "rollup.total"), true));
  return writeXlsx([
    {
      name: mt(lang, "rollup.title"),
      rows,
      columns: [{ width: 16 }, { width: 14 }, ...FIELDS.map(() => ({ width: 11 }))],
      freeze: { rows: 1, columns: 2 },
      autoFilter: `A1:I${rows.length}`,
    },
  ]);
}

/** Horizontal stacked bars per community: allocated in full, partly, unmet (the rest allocated or closed). */
function chart(r: Rollup, lang: Locale): string {
  const rows = r.communities;
  const max = rows.reduce((m, c) => Math.max(m, c.requested), 1);
  const labelW = 120;
  const barW = 520;
  const h = 22;
  const parts = rows
    .map((c, i) => {
      const y = i * h + 4;
      const w = (n: number) => (n / max) * barW;
      const full = c.allocated;
      const partial = c.partial;
      const unmetOnly = Math.max(0, c.unmet - c.partial);
      let x = labelW;
      const seg = (n: number, cls: string, key: string) => {
        if (n <= 0) return "";
        const out = `<rect class="seg ${cls}" x="${x.toFixed(1)}" y="${y}" width="${w(n).toFixed(1)}" height="${h - 6}" data-${key}="${n}"><title>${esc(c.community)} · ${esc(mt(lang, HEAD[key as keyof typeof HEAD] ?? "rollup.unmet"))} ${num(n)}</title></rect>`;
        x += w(n);
        return out;
      };
      return `<g data-community="${esc(c.community)}"><text x="${labelW - 6}" y="${y + h - 10}" text-anchor="end">${esc(c.community)}</text>${seg(full, "allocated", "allocated")}${seg(partial, "partial", "partial")}${seg(unmetOnly, "unmet", "unmet")}<text class="n" x="${(x + 4).toFixed(1)}" y="${y + h - 10}">${num(c.unmet)}/${num(c.requested)}</text></g>`;
    })
    .join("");
  const legend = (["allocated", "partial", "unmet"] as const)
    .map((k) => `<li><span class="swatch seg ${k}"></span>${esc(mt(lang, HEAD[k]))}</li>`)
    .join("");
  return `<ul class="legend">${legend}</ul><svg role="img" aria-label="${esc(mt(lang, "rollup.chartLabel"))}" viewBox="0 0 ${labelW + barW + 80} ${rows.length * h + 8}" width="100%">${parts}</svg>`;
}

/** The roll-up as an HTML page with a chart: nothing loaded from anywhere, works offline. */
export function rollupHtml(r: Rollup, plan: MatchPlan, lang: Locale): string {
  const lines = r.communities.reduce((n, c) => n + c.requested, 0);
  const th = [
    mt(lang, "rollup.community"),
    mt(lang, "rollup.category"),
    ...FIELDS.map((f) => mt(lang, HEAD[f])),
  ]
    .map((t) => `<th scope="col">${esc(t)}</th>`)
    .join("");
  const byCommunity = new Map(r.communities.map((c) => [c.community, c]));
  const body: string[] = [];
  const tr = (row: Omit<RollupRow, "category">, category: string, total: boolean) =>
    `<tr${total ? ' class="total"' : ""} data-row="${esc(row.community)}|${esc(category)}">${total ? `<th scope="row">${esc(row.community)}</th>` : `<td>${esc(row.community)}</td>`}<td>${esc(category)}</td>${FIELDS.map((f) => `<td class="${f}${f === "urgentUnmet" && row[f] > 0 ? " alert" : ""}" data-field="${f}">${row[f] === undefined ? "" : num(row[f])}</td>`).join("")}</tr>`;
  let current: string | undefined;
  for (const row of r.rows) {
    if (current !== undefined && current !== row.community)
      body.push(tr(byCommunity.get(current)!, mt(lang, "rollup.total"), true));
    current = row.community;
    body.push(tr(row, categoryName(row.category, lang), false));
  }
  if (current !== undefined)
    body.push(tr(byCommunity.get(current)!, mt(lang, "rollup.total"), true));
  const mode = modes[plan.run.mode]?.[lang] ?? plan.run.mode;
  return `${htmlHead(lang, mt(lang, "rollup.title"), ROLLUP_STYLE)}
<body>
<main>
<header><h1>${esc(mt(lang, "rollup.title"))}</h1><p class="sub">${esc(mt(lang, "rollup.subtitle", { communities: r.communities.length, lines: num(lines), asOf: clock(r.asOf) }))}</p></header>
<section id="chart"><h2>${esc(mt(lang, "rollup.chart"))}</h2>${chart(r, lang)}</section>
<section id="table"><h2>${esc(mt(lang, "rollup.table"))}</h2><div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>
${body.join("\n")}
</tbody></table></div><p class="note">${esc(mt(lang, "rollup.note"))}</p></section>
<footer><p>${esc(mt(lang, "rollup.footer", { run: plan.run.meta.id, mode, hash: plan.run.inputHash.slice(0, 12) }))}</p></footer>
</main>
</body>
</html>
`;
}

// Printed and read on phones: one inline style, nothing fetched.
const ROLLUP_STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a202c;background:#f7f8fa;line-height:1.45}
main{max-width:64rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.25rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.sub,.note,footer{color:#5a6474}
.legend{list-style:none;display:flex;gap:1rem;padding:0;margin:0 0 .5rem;font-size:.85rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-.1rem;border-radius:.15rem}
svg text{font-size:12px;fill:#1a202c}svg text.n{fill:#5a6474}
.seg.allocated{background:#2f855a;fill:#2f855a}.seg.partial{background:#d69e2e;fill:#d69e2e}.seg.unmet{background:#c53030;fill:#c53030}
.scroll{overflow-x:auto;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;border-bottom:1px solid #e2e8f0;text-align:right;white-space:nowrap}
th:first-child,th:nth-child(2),td:first-child,td:nth-child(2){text-align:left}
thead th{background:#edf2f7;position:sticky;top:0}
tr.total th,tr.total td{font-weight:650;background:#f7fafc}
td.alert{color:#c53030;font-weight:650}
`;
