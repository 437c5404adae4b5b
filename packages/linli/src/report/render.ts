import { checkArgument, expectArgument, type Locale, systemLocale } from "@linli/core";
import { explainPair, isMergeResult, type MergeIssue } from "@linli/dedupe";
import type { ApplyProfileOptions, BuiltinProfileName, SharingProfile } from "@linli/privacy";
import { resolveProfile } from "@linli/privacy";
import type { MergeResult } from "../merge/types.js";
import { filesWithSheets } from "../outputs/json.js";
import { type Sharing, sharing } from "../outputs/share.js";
import { clusterCards, conflictCards, mappingSection } from "./details.js";
import { entityLabel, esc, fieldLabel, issueText, num, rowText, t } from "./format.js";
import { htmlHead } from "./head.js";
import { estimateNote, nearMissSection } from "./linkage.js";
import { STYLE } from "./style.js";

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "linli";
 * const options: ReportOptions = { lang: "en", mask: true, limits: { rejected: 100 } };
 * ```
 */
export interface ReportOptions {
  /** Language of the report. Default: the system language (`systemLocale()` of @linli/core). */
  readonly lang?: Locale;
  /** Hide the middle of citizen IDs and phone numbers. Default `true`. */
  readonly mask?: boolean;
  /** When the report was written (shown in it). Default: now. */
  readonly date?: Date;
  /**
   * Most rejected rows, conflicting records, merged clusters and near misses listed. Defaults
   * 500, 300, 300, 100.
   */
  readonly limits?: {
    readonly rejected?: number;
    readonly conflicts?: number;
    readonly clusters?: number;
    readonly nearMisses?: number;
  };
  /**
   * A sharing profile for every value the report shows (conflicts, kept values, source rows of
   * merged records, rejected rows). Raw cells of rejected rows and messages quoting them are
   * withheld unless the profile keeps the field and free text; when it drops record IDs
   * (`public-statistics`) the report lists no rows or records, only counts.
   */
  readonly profile?: SharingProfile | BuiltinProfileName;
  /** Pseudonymizer and as-of day for the profile. */
  readonly profileOptions?: ApplyProfileOptions;
}

/**
 * The summary figures of a merge, as the report shows them.
 *
 * @example
 * ```ts
 * import { merge, reportFigures } from "linli";
 * const figures = reportFigures(await merge([{ name: "丈八社区", data: [] }]));
 * figures.records; // 0
 * ```
 */
export function reportFigures(result: MergeResult) {
  checkArgument(isMergeResult(result), "reportFigures", "result", "mergeResult", result);
  const sum = (
    k: "rowsRead" | "accepted" | "rejected" | "emptySkipped" | "withheldRows" | "withheldCells",
  ) => result.summary.reduce((n, s) => n + (s[k] ?? 0), 0);
  return {
    sources: result.summary.length,
    rowsRead: sum("rowsRead"),
    accepted: sum("accepted"),
    /** Accepted rows with every cell read: with `withheldRows`, `rejected` and `emptySkipped`, `rowsRead`. */
    acceptedInFull: sum("accepted") - sum("withheldRows"),
    withheldRows: sum("withheldRows"),
    withheldCells: sum("withheldCells"),
    rejected: sum("rejected"),
    emptySkipped: sum("emptySkipped"),
    records: result.records.length,
    duplicateClusters: result.stats.duplicateClusters,
    duplicateRows: result.stats.rows - result.records.length,
    conflicts: result.conflicts.length,
    warnings: result.issues.filter((i) => i.severity === "warning").length,
  };
}

/** Issues grouped by the row they are about, in row order. */
function byRow(issues: readonly MergeIssue[]) {
  const rows = new Map<string, MergeIssue[]>();
  for (const i of issues) {
    const k = `${i.file}\u0000${i.sheet ?? ""}\u0000${i.row}\u0000${i.record ?? ""}`;
    const list = rows.get(k);
    if (list) list.push(i);
    else rows.set(k, [i]);
  }
  return [...rows.values()];
}

function issueCards(
  groups: MergeIssue[][],
  limit: number,
  lang: Locale,
  kind: string,
  several: ReadonlySet<string>,
  share: Sharing | undefined,
): string {
  const shown = groups.slice(0, limit);
  const cards = shown.map((given) => {
    const list = share ? given.map(share.issue) : given;
    const first = list[0]!;
    const items = list
      .map(
        (i) =>
          `<li>${i.column ? `<span class="col">${esc(t(lang, "report.column", { column: i.column }))}</span> ` : ""}${esc(issueText(i, lang))}${i.value !== undefined && i.value.length <= 80 ? ` <code>${esc(i.value)}</code>` : ""}</li>`,
      )
      .join("");
    return `<li class="card issue ${kind}" data-${kind}-row="${esc(`${first.file}:${first.row}`)}"><p class="where">${esc(rowText(first, lang, several))}</p><ul>${items}</ul></li>`;
  });
  const more =
    groups.length > limit
      ? `<p class="more">${esc(t(lang, "report.more", { shown: num(limit), total: num(groups.length), file: "issues.json" }))}</p>`
      : "";
  return `<ol class="cards">${cards.join("")}</ol>${more}`;
}

/** Rejected rows counted by field and reason, for profiles under which rows are not listed. */
function reasonCounts(
  result: MergeResult,
  issues: readonly MergeIssue[],
  lang: Locale,
  title: "report.reasons" | "report.reasons.withheld" = "report.reasons",
): string {
  const counts = new Map<string, { field?: string; code: string; n: number }>();
  for (const i of issues) {
    const k = `${i.field ?? ""}\u0000${i.code}`;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { ...(i.field ? { field: i.field } : {}), code: i.code, n: 1 });
  }
  if (counts.size === 0) return "";
  const rows = [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .map(
      (c) =>
        `<tr><th scope="row">${c.field ? esc(fieldLabel(result.entity, c.field, lang)) : ""}</th><td><code>${esc(c.code)}</code></td><td class="num">${num(c.n)}</td></tr>`,
    )
    .join("");
  return `<h3>${esc(t(lang, title))}</h3><table class="reasons"><tbody>${rows}</tbody></table>`;
}

/** A section that only counts, for profiles that leave record IDs out. */
function countsOnly(id: string, title: string, count: string, n: number, lang: Locale): string {
  return `<section id="${id}"><h2>${esc(title)} (<span data-count="${count}">${num(n)}</span>)</h2><p class="note">${esc(t(lang, "report.countsOnly"))}</p></section>`;
}

const SEGMENTS = [
  "unique",
  "duplicatesWithin",
  "duplicatesAcross",
  "rejected",
  "emptySkipped",
] as const;

function sourcesSection(result: MergeResult, lang: Locale): string {
  const legend = SEGMENTS.map(
    (s) =>
      `<li><span class="swatch ${s}" aria-hidden="true"></span>${esc(t(lang, `report.legend.${s}`))}</li>`,
  ).join("");
  const items = result.summary.map((s) => {
    const total = SEGMENTS.reduce((n, k) => n + s[k], 0);
    const label = SEGMENTS.map((k) => `${t(lang, `report.legend.${k}`)} ${num(s[k])}`).join(
      lang === "zh-CN" ? "，" : ", ",
    );
    const bar = SEGMENTS.filter((k) => s[k] > 0)
      .map(
        (k) =>
          `<span class="seg ${k}" style="flex-grow:${s[k]}" title="${esc(`${t(lang, `report.legend.${k}`)}: ${num(s[k])}`)}"></span>`,
      )
      .join("");
    const cells = [
      ["rowsRead", s.rowsRead],
      ["acceptedInFull", s.accepted - (s.withheldRows ?? 0)],
      ["withheldRows", s.withheldRows ?? 0],
      ["rejected", s.rejected],
      ["emptySkipped", s.emptySkipped],
    ] as const;
    const dl = [
      ...cells.map(([k, v]) => [t(lang, `report.figure.${k}`), k, v] as const),
      ...(["unique", "duplicatesWithin", "duplicatesAcross"] as const).map(
        (k) => [t(lang, `report.legend.${k}`), k, s[k]] as const,
      ),
    ]
      .map(
        ([label, k, v]) => `<div data-count="${k}"><dt>${esc(label)}</dt><dd>${num(v)}</dd></div>`,
      )
      .join("");
    const notes = [
      s.carried ? t(lang, "report.source.carried") : "",
      s.repeated > 0 ? t(lang, "report.source.repeated", { n: num(s.repeated) }) : "",
    ]
      .filter(Boolean)
      .map((x) => `<p class="note">${esc(x)}</p>`)
      .join("");
    return `<li class="card source" data-source="${esc(s.source)}"><h3>${esc(s.source)}</h3><p class="files">${esc(t(lang, "report.source.files", { files: s.files.join(lang === "zh-CN" ? "、" : ", ") }))}</p><div class="bar" role="img" aria-label="${esc(label)}">${total > 0 ? bar : ""}</div><dl class="counts">${dl}</dl>${notes}</li>`;
  });
  return `<section id="sources"><h2>${esc(t(lang, "report.sources"))}</h2><ul class="legend">${legend}</ul><ol class="cards">${items.join("")}</ol></section>`;
}

/**
 * The merge report: one self-contained HTML file (no scripts, nothing loaded from the
 * network) with the summary figures, a bar per source of unique, duplicate, rejected and
 * empty rows, the rejected rows with their reasons, the conflicts, the merged duplicates with
 * the evidence for each, and the column mapping of every file. Readable on a phone.
 *
 * @example
 * ```ts
 * import { merge, renderReport } from "linli";
 * const result = await merge([{ name: "丈八社区", data: [{ 姓名: "王伟" }] }]);
 * const html = renderReport(result, { lang: "zh-CN" });
 * html.startsWith("<!doctype html>"); // true
 * ```
 */
export function renderReport(result: MergeResult, options: ReportOptions = {}): string {
  checkArgument(isMergeResult(result), "renderReport", "result", "mergeResult", result);
  expectArgument("renderReport", "options", "options", options);
  const lang = options.lang ?? systemLocale();
  const mask = options.mask ?? true;
  const date = (options.date ?? new Date()).toISOString().slice(0, 16).replace("T", " ");
  const limits = { rejected: 500, conflicts: 300, clusters: 300, ...options.limits };
  const f = reportFigures(result);
  const several = filesWithSheets(result);
  const entity = entityLabel(result.entity, lang);
  const figures = (
    [
      "sources",
      "rowsRead",
      "acceptedInFull",
      "withheldRows",
      "rejected",
      "emptySkipped",
      "records",
      "duplicateClusters",
      "duplicateRows",
      "conflicts",
      "warnings",
    ] as const
  )
    .map(
      (k) =>
        `<div class="figure ${k}" data-figure="${k}"><dt>${esc(t(lang, `report.figure.${k}`))}</dt><dd>${num(f[k])}</dd></div>`,
    )
    .join("");
  const sentence = t(lang, "report.sentence", {
    rowsRead: num(f.rowsRead),
    sources: num(f.sources),
    accepted: num(f.accepted),
    full: num(f.acceptedInFull),
    withheldRows: num(f.withheldRows),
    withheldCells: num(f.withheldCells),
    rejected: num(f.rejected),
    empty: num(f.emptySkipped),
    records: num(f.records),
    entity,
    duplicateRows: num(f.duplicateRows),
    duplicateClusters: num(f.duplicateClusters),
  });
  const share = options.profile
    ? sharing(result.entity, options.profile, options.profileOptions)
    : undefined;
  // Without record IDs (public statistics) rows and records are counted, never listed.
  const counting = share !== undefined && !share.ids;
  const errors = result.issues.filter((i) => i.severity === "error");
  const rejected = byRow(errors);
  const warned = byRow(result.issues.filter((i) => i.severity === "warning"));
  const held = byRow(result.issues.filter((i) => i.severity === "withheld"));
  const heldHtml =
    held.length === 0
      ? `<p class="empty">${esc(t(lang, "report.withheldCells.none"))}</p>`
      : `<p class="note">${esc(t(lang, "report.withheldCells.intro"))}</p>${
          counting
            ? reasonCounts(result, held.flat(), lang, "report.reasons.withheld")
            : issueCards(held, limits.rejected, lang, "withheld", several, share)
        }`;
  const rejectedHtml =
    rejected.length === 0
      ? `<p class="empty">${esc(t(lang, "report.rejected.none"))}</p>`
      : counting
        ? `<p class="note">${esc(t(lang, "report.countsOnly"))}</p>${reasonCounts(result, errors, lang)}`
        : issueCards(rejected, limits.rejected, lang, "rejected", several, share);
  const warningsHtml =
    warned.length === 0 || counting
      ? ""
      : `<details class="warnings"><summary>${esc(t(lang, "report.warnings"))} (<span data-count="warnedRows">${num(warned.length)}</span>)</summary>${issueCards(warned, limits.rejected, lang, "warned", several, share)}</details>`;
  const profile = options.profile ? resolveProfile(options.profile) : undefined;
  const profileLine = profile
    ? `<p class="note profile" data-profile="${esc(profile.name)}">${esc(t(lang, "report.profile", { profile: profile.name, description: profile.description[lang] }))}</p>`
    : "";
  const multi = result.clusters.filter((c) => c.rows.length > 1).length;
  const footer = share
    ? t(lang, "report.footer.shared", { date, profile: profile!.name })
    : t(lang, "report.footer", { date });
  const body = [
    `<header><h1>${esc(t(lang, "report.title"))}</h1><p class="sub">${esc(t(lang, "report.subtitle", { entity, sources: num(f.sources), date }))}</p>${profileLine}</header>`,
    `<section id="summary"><h2>${esc(t(lang, "report.summary"))}</h2><dl class="figures">${figures}</dl><p class="sentence">${esc(sentence)}</p>${estimateNote(result, lang)}</section>`,
    sourcesSection(result, lang),
    `<section id="withheld"><h2>${esc(t(lang, "report.withheldCells"))} (<span data-count="withheldCells">${num(f.withheldCells)}</span>)</h2>${heldHtml}</section>`,
    `<section id="rejected"><h2>${esc(t(lang, "report.rejected"))} (<span data-count="rejectedRows">${num(rejected.length)}</span>)</h2>${rejectedHtml}${warningsHtml}</section>`,
    counting
      ? countsOnly("conflicts", t(lang, "report.conflicts"), "conflicts", f.conflicts, lang)
      : conflictCards(result, lang, mask, limits.conflicts, several, share),
    counting
      ? countsOnly("clusters", t(lang, "report.clusters"), "duplicateClusters", multi, lang)
      : clusterCards(
          result,
          lang,
          mask,
          limits.clusters,
          (pair) => explainPair(pair, lang),
          several,
          share,
        ),
    counting
      ? ""
      : nearMissSection(
          result,
          lang,
          mask,
          limits.nearMisses ?? 100,
          (near) =>
            explainPair(
              {
                a: 0,
                b: 1,
                weight: near.weight,
                probability: near.probability,
                match: false,
                explanation: near.explanation,
              },
              lang,
            ),
          several,
          share,
        ),
    mappingSection(result, lang, share),
    `<footer><p>${esc(footer)}${mask && !share ? ` ${esc(t(lang, "report.masked"))}` : ""}</p></footer>`,
  ].join("\n");
  return `${htmlHead(lang, t(lang, "report.title"), STYLE)}
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
