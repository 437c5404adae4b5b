import type { Locale } from "@linli/core";
import { suppressSmallCounts } from "@linli/privacy";
import { displayWidth } from "../export/headers.js";
import { exportMessage } from "../export/messages.js";
import type { ReportCell, ReportGroup, ReportGroupSheet, ReportSheet } from "./types.js";
import { type Compiled, compileValue, resolveText, type ValueContext } from "./values.js";

interface Key {
  readonly raw: string;
  readonly shown: string;
}

const BLANK = "\u0000";

/** The keys of a record under a group: one per value of a multi-choice field. */
function keysOf(g: Compiled, r: unknown, i: number, blank: string): Key[] {
  const raw = g.raw(r, i);
  const shown = g.show(r, i);
  if (Array.isArray(raw)) {
    if (raw.length === 0) return [{ raw: BLANK, shown: blank }];
    const labels = typeof shown === "string" ? shown.split("、") : [];
    return raw.map((v, k) => ({ raw: String(v), shown: labels[k] ?? String(v) }));
  }
  if (raw === undefined || raw === null || raw === "") return [{ raw: BLANK, shown: blank }];
  return [{ raw: String(raw), shown: String(shown ?? raw) }];
}

/** Every key of a group, in report order: fixed values, all choices, then the others sorted. */
function order(group: ReportGroup, g: Compiled, seen: Map<string, string>, lang: Locale): Key[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  const fixed: string[] = [...(group.values ?? [])];
  const options =
    g.column?.options ??
    (g.column?.node.kind === "array" ? g.column.node.item.meta?.options : undefined);
  const node = g.column?.node;
  const choices =
    node?.kind === "enum"
      ? node.values
      : node?.kind === "array" && node.item.kind === "enum"
        ? node.item.values
        : [];
  if (group.allChoices) for (const v of choices) if (!fixed.includes(v)) fixed.push(v);
  const out: Key[] = fixed.map((raw) => ({
    raw,
    shown: seen.get(raw) ?? options?.[raw]?.[lang] ?? raw,
  }));
  const rest = [...seen.entries()]
    .filter(([raw]) => !fixed.includes(raw) && raw !== BLANK)
    .map(([raw, shown]) => ({ raw, shown }));
  // Choice fields keep the schema's order; other values sort naturally (2 before 10).
  const rank = new Map(choices.map((v, i) => [v, i]));
  rest.sort((a, b) =>
    rank.has(a.raw) && rank.has(b.raw)
      ? rank.get(a.raw)! - rank.get(b.raw)!
      : collator.compare(a.shown, b.shown),
  );
  for (const x of rest) out.push(x);
  if (seen.has(BLANK)) out.push({ raw: BLANK, shown: seen.get(BLANK)! });
  return out;
}

/** Compute a group-by sheet over records. */
export function groupSheet(
  sheet: ReportGroupSheet,
  records: readonly unknown[],
  ctx: ValueContext,
  small: { minCount?: number; smallCounts?: "suppress" | "flag" },
): ReportSheet {
  const { lang } = ctx;
  const t = (code: Parameters<typeof exportMessage>[0], p = {}) => exportMessage(code, p)[lang];
  const blank = t("report.blank");
  const rowGroups = sheet.rows.map((g) => compileValue(g.by, ctx));
  const colGroup = sheet.columns ? compileValue(sheet.columns.by, ctx) : undefined;
  const measures = (sheet.measures ?? [{ count: true as const }]).map((m) =>
    "sum" in m
      ? { sum: compileValue(m.sum, ctx), label: m.label }
      : { sum: undefined, label: m.label },
  );

  // Cells: row key → column key → one total per measure. Totals count each record once.
  const rowSeen = rowGroups.map(() => new Map<string, string>());
  const colSeen = new Map<string, string>();
  const cells = new Map<string, Map<string, number[]>>();
  const rowTotals = new Map<string, number[]>();
  const colTotals = new Map<string, number[]>();
  const grand = measures.map(() => 0);
  const totalIn = (map: Map<string, number[]>, key: string) => {
    let t = map.get(key);
    if (!t) {
      t = measures.map(() => 0);
      map.set(key, t);
    }
    return t;
  };
  const add = (into: number[], r: unknown, i: number) =>
    measures.forEach((m, k) => {
      const v = m.sum ? Number(m.sum.raw(r, i)) : 1;
      into[k]! += Number.isFinite(v) ? v : 0;
    });
  records.forEach((r, i) => {
    const perGroup = rowGroups.map((g, k) => {
      const keys = keysOf(g, r, i, blank);
      for (const key of keys) if (!rowSeen[k]!.has(key.raw)) rowSeen[k]!.set(key.raw, key.shown);
      return keys.map((x) => x.raw);
    });
    const rowKeys = perGroup.reduce<string[][]>(
      (acc, ks) => acc.flatMap((a) => ks.map((k) => [...a, k])),
      [[]],
    );
    const colKeys = colGroup ? keysOf(colGroup, r, i, blank) : [{ raw: "", shown: "" }];
    for (const c of colKeys) if (colGroup && !colSeen.has(c.raw)) colSeen.set(c.raw, c.shown);
    const rowIds = new Set(rowKeys.map((k) => JSON.stringify(k)));
    for (const rk of rowIds) {
      const row = cells.get(rk) ?? new Map<string, number[]>();
      cells.set(rk, row);
      for (const c of new Set(colKeys.map((x) => x.raw))) add(totalIn(row, c), r, i);
      add(totalIn(rowTotals, rk), r, i);
    }
    for (const c of new Set(colKeys.map((x) => x.raw))) add(totalIn(colTotals, c), r, i);
    add(grand, r, i);
  });

  // Row keys in order: the cartesian product of each group's ordered keys that has records,
  // plus every combination of fixed keys when there is one group.
  const ordered = sheet.rows.map((g, k) => order(g, rowGroups[k]!, rowSeen[k]!, lang));
  const rowList = ordered
    .reduce<Key[][]>((acc, ks) => acc.flatMap((a) => ks.map((k) => [...a, k])), [[]])
    .filter((keys) => sheet.rows.length === 1 || cells.has(JSON.stringify(keys.map((k) => k.raw))));
  const colList = colGroup
    ? order(sheet.columns!, colGroup, colSeen, lang)
    : [{ raw: "", shown: "" }];
  const totals = sheet.totals ?? true;
  const measureLabel = (k: number) => {
    const m = sheet.measures?.[k];
    if (m?.label) return resolveText(m.label, ctx);
    if (m && "sum" in m) return measures[k]!.sum?.column?.label[lang] ?? t("report.count");
    return t("report.count");
  };
  const rowLabels = sheet.rows.map((g, k) =>
    g.label ? resolveText(g.label, ctx) : (rowGroups[k]!.column?.label[lang] ?? ""),
  );
  const header = colGroup
    ? [...rowLabels, ...colList.map((c) => c.shown), ...(totals ? [t("report.total")] : [])]
    : [...rowLabels, ...measures.map((_, k) => measureLabel(k))];
  const width = rowLabels.length;
  const rows: ReportCell[][] = rowList.map((keys) => {
    const rk = JSON.stringify(keys.map((k) => k.raw));
    const row = cells.get(rk);
    const values = colGroup
      ? colList.map((c) => row?.get(c.raw)?.[0] ?? 0)
      : measures.map((_, k) => row?.get("")?.[k] ?? 0);
    const total = colGroup && totals ? [rowTotals.get(rk)?.[0] ?? 0] : [];
    return [...keys.map((k) => k.shown), ...values, ...total];
  });
  let totalRow: ReportCell[] | undefined;
  if (totals) {
    const lead: ReportCell[] = [
      t("report.total"),
      ...Array.from({ length: width - 1 }, () => null),
    ];
    totalRow = colGroup
      ? [...lead, ...colList.map((c) => colTotals.get(c.raw)?.[0] ?? 0), grand[0]!]
      : [...lead, ...grand];
  }

  // Small counts, on counts only. Totals are cells of their row and column too, so that
  // secondary suppression leaves no line with a single hidden cell to work out.
  const flagged: [number, number][] = [];
  let note: string | undefined;
  const min = small.minCount ?? sheet.minCount;
  const isCount = header.map(
    (_, c) => c >= width && !(colGroup ? measures[0]!.sum : measures[c - width]?.sum),
  );
  if (min !== undefined && isCount.some(Boolean)) {
    const mode = small.smallCounts ?? sheet.smallCounts ?? "suppress";
    // One mark for every hidden cell: some hide counts of min or more (secondary suppression).
    const placeholder = "*";
    const all = totalRow ? [...rows, totalRow] : rows;
    const lastData = colGroup && totals ? header.length - 1 : header.length;
    const long: { r: string; c: string; count: number; at: [number, number] }[] = [];
    all.forEach((row, r) => {
      const rk = r === rows.length ? "total" : String(r);
      for (let c = width; c < header.length; c++) {
        if (!isCount[c]) continue;
        long.push({
          r: rk,
          c: c >= lastData ? "total" : String(c),
          count: row[c] as number,
          at: [r, c],
        });
      }
    });
    const result = suppressSmallCounts(long, { min, mode, placeholder, dimensions: ["r", "c"] });
    result.forEach((x, k) => {
      const [r, c] = long[k]!.at;
      if (mode === "flag" ? x.suppressed === true : x.count === placeholder) {
        if (mode === "flag") flagged.push([r, c]);
        else all[r]![c] = placeholder;
      }
    });
    note =
      mode === "flag" ? t("report.flagged", { min }) : t("report.suppressed", { min, placeholder });
  }

  const widths = header.map((h, c) =>
    Math.max(
      6,
      Math.min(
        30,
        rows
          .slice(0, 200)
          .reduce((m, r) => Math.max(m, displayWidth(String(r[c] ?? ""))), displayWidth(h)) + 2,
      ),
    ),
  );
  return {
    name: resolveText(sheet.name, ctx),
    kind: "groupBy",
    title: (sheet.title ?? []).map((x) => resolveText(x, ctx)),
    header,
    rows,
    ...(totalRow ? { totals: totalRow } : {}),
    footer: (sheet.footer ?? []).map((x) => resolveText(x, ctx)),
    formats: header.map((_, c) =>
      c < width
        ? "text"
        : measures.some((m) => m.sum && m.sum.format === "decimal")
          ? "decimal"
          : "integer",
    ),
    widths,
    flagged,
    ...(note ? { note } : {}),
  };
}
