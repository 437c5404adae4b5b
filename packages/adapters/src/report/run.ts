import { columns, entities, type Locale, systemLocale } from "@linli/core";
import {
  type ApplyProfileOptions,
  type BuiltinProfileName,
  profiler,
  type SharingProfile,
} from "@linli/privacy";
import { displayWidth } from "../export/headers.js";
import { exportMessage } from "../export/messages.js";
import { groupSheet } from "./group.js";
import { parseReportDefinition, ReportDefinitionError } from "./parse.js";
import type {
  Report,
  ReportCell,
  ReportDefinition,
  ReportListSheet,
  ReportSheet,
} from "./types.js";
import { compileCondition, compileValue, resolveText, type ValueContext } from "./values.js";

/**
 * Options of {@link runReport}.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "@linli/adapters";
 * const options: ReportOptions = { params: { community: "丈八社区", date: "2022-01-05" }, minCount: 5 };
 * ```
 */
export interface ReportOptions {
  /** Parameter values, e.g. `{ community: "丈八社区", date: "2022-01-05", building: "3" }`. */
  readonly params?: Readonly<Record<string, string>>;
  /** Language of labels and generated text. Default: the system language (`systemLocale()` of @linli/core). */
  readonly lang?: Locale;
  /** The day `"today"` means, `YYYY-MM-DD`. Default: today on this computer's clock. */
  readonly today?: string;
  /** Small-count threshold for every group-by sheet (overrides the definition's). */
  readonly minCount?: number;
  readonly smallCounts?: "suppress" | "flag";
  /**
   * A sharing profile (built-in name or object): every cell of a list sheet and every group
   * of a group-by sheet shows a record as the profile shares it (names masked, IDs dropped or
   * pseudonymised, birth dates as age bands, addresses to the building or community…).
   * Filters and sorting still read the whole record, as the hub that runs the report holds it.
   */
  readonly profile?: SharingProfile | BuiltinProfileName;
  /** Pseudonymizer and as-of day of the profile; the as-of day defaults to the `date` parameter. */
  readonly profileOptions?: ApplyProfileOptions;
}

function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Run a report definition over canonical records: filter, sort, compute columns (age,
 * full address, days since…), count by groups (with small counts suppressed or flagged on
 * request), and fill in title rows with the parameters. The result lays out as XLSX with
 * {@link reportXlsx}. The records are not changed.
 *
 * @example
 * ```ts
 * import { builtinReports, reportXlsx, runReport } from "@linli/adapters";
 * const residents = [
 *   { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟", address: { building: "3" },
 *     quarantine: { status: "in-quarantine" as const, place: "home" as const, start: "2022-01-01" } },
 * ];
 * const report = runReport(builtinReports["quarantine-daily"], residents, {
 *   params: { community: "丈八社区", date: "2022-01-05" },
 * });
 * report.sheets[0]?.title[0]; // "丈八社区居家隔离人员日报表"
 * const bytes = reportXlsx(report);
 * ```
 */
export function runReport(
  definition: ReportDefinition | unknown,
  records: Iterable<unknown>,
  options: ReportOptions = {},
): Report {
  const def = parseReportDefinition(definition);
  const lang = options.lang ?? systemLocale();
  const today = options.today ?? localDay(new Date());
  const given = options.params ?? {};
  const declared = {
    date: { label: { "zh-CN": "日期", en: "Date" }, default: "today" },
    ...def.parameters,
  };
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(declared, name)) {
      throw new ReportDefinitionError(
        "report.param",
        exportMessage("report.param", {
          path: "(parameters)",
          name,
          names: Object.keys(declared).join(", "),
        }),
      );
    }
  }
  const params: Record<string, string> = {};
  for (const [name, p] of Object.entries(declared)) {
    const v = given[name] ?? (p.default === "today" ? today : p.default);
    if (v !== undefined && v !== "") params[name] = v;
    else if ("required" in p && p.required) {
      throw new ReportDefinitionError(
        "report.missingParam",
        exportMessage("report.missingParam", {
          report: resolveText(def.name, { lang, params: {} }),
          name,
          label: resolveText(p.label, { lang, params: {} }),
        }),
      );
    } else params[name] = "";
  }
  const ctx: ValueContext = {
    lang,
    params,
    columns: new Map(columns(entities[def.entity]).map((c) => [c.key, c])),
  };
  const all = [...records];
  const keep = def.filter ? compileCondition(def.filter, ctx) : undefined;
  const base = keep ? all.filter((r, i) => keep(r, i)) : all;
  const shared = sharedView(def.entity, params, options);
  const sheets = def.sheets.map((s) => {
    const test = s.filter ? compileCondition(s.filter, ctx) : undefined;
    const rs = test ? base.filter((r, i) => test(r, i)) : base;
    return s.type === "list"
      ? listSheet(s, rs, ctx, shared)
      : groupSheet(s, shared ? rs.map(shared) : rs, ctx, options);
  });
  return { id: def.id, name: resolveText(def.name, ctx), lang, parameters: params, sheets };
}

/** The profile's view of a record, one object per record, or none without a profile. */
function sharedView(
  entity: ReportDefinition["entity"],
  params: Readonly<Record<string, string>>,
  options: ReportOptions,
): ((record: unknown) => unknown) | undefined {
  if (!options.profile) return undefined;
  const asOf = params.date;
  const view = profiler(entity, options.profile, {
    ...(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? { asOf } : {}),
    ...options.profileOptions,
  });
  const seen = new Map<unknown, unknown>();
  return (r) => {
    let v = seen.get(r);
    if (v === undefined) {
      v = view(r);
      seen.set(r, v);
    }
    return v;
  };
}

function listSheet(
  sheet: ReportListSheet,
  records: readonly unknown[],
  ctx: ValueContext,
  shared: ((record: unknown) => unknown) | undefined,
): ReportSheet {
  const collator = new Intl.Collator(ctx.lang, { numeric: true });
  let rows = [...records];
  if (sheet.sort && sheet.sort.length > 0) {
    const keys = sheet.sort.map((s) => ({ v: compileValue(s.by, ctx), desc: s.order === "desc" }));
    const decorated = rows.map((r, i) => ({ r, k: keys.map((k) => k.v.raw(r, i)) }));
    decorated.sort((a, b) => {
      for (let j = 0; j < keys.length; j++) {
        const x = a.k[j];
        const y = b.k[j];
        const ex = x === undefined || x === null || x === "";
        const ey = y === undefined || y === null || y === "";
        // Empty values go last whichever the order.
        if (ex || ey) {
          if (ex !== ey) return ex ? 1 : -1;
          continue;
        }
        const c =
          typeof x === "number" && typeof y === "number"
            ? x - y
            : collator.compare(String(x), String(y));
        if (c !== 0) return keys[j]!.desc ? -c : c;
      }
      return 0;
    });
    rows = decorated.map((d) => d.r);
  }
  const cols = sheet.columns.map((c) => compileValue(c.value, ctx));
  const header = sheet.columns.map((c, i) =>
    c.label ? resolveText(c.label, ctx) : (cols[i]!.column?.label[ctx.lang] ?? ""),
  );
  const body: ReportCell[][] = rows.map((r, i) => {
    const v = shared ? shared(r) : r;
    return cols.map((c) => c.show(v, i));
  });
  let totals: ReportCell[] | undefined;
  if (sheet.totals) {
    totals = header.map(() => null);
    totals[0] = resolveText(sheet.totals.label, ctx);
    if (sheet.totals.count && header.length > 1) totals[1] = body.length;
    sheet.columns.forEach((c, k) => {
      if (!c.sum) return;
      totals![k] = body.reduce<number>(
        (n, row) => n + (typeof row[k] === "number" ? (row[k] as number) : 0),
        0,
      );
    });
  }
  const widths = sheet.columns.map((c, k) => {
    if (c.width) return c.width;
    const f = cols[k]!.format;
    const content =
      f === "date"
        ? 11
        : body.slice(0, 300).reduce((m, row) => Math.max(m, displayWidth(String(row[k] ?? ""))), 0);
    return Math.max(5, Math.min(40, Math.max(displayWidth(header[k]!), content) + 2));
  });
  return {
    name: resolveText(sheet.name, ctx),
    kind: "list",
    title: (sheet.title ?? []).map((t) => resolveText(t, ctx)),
    header,
    rows: body,
    ...(totals ? { totals } : {}),
    footer: (sheet.footer ?? []).map((t) => resolveText(t, ctx)),
    formats: cols.map((c) => c.format),
    widths,
    flagged: [],
  };
}
