import type { Locale } from "@linli/core";
import type { FieldConflict, MatchEvidence, ScoredPair } from "@linli/dedupe";
import type { MergeResult } from "../merge/types.js";
import type { Sharing } from "../outputs/share.js";
import { entityLabel, esc, fieldLabel, num, rowText, t, valueText } from "./format.js";

/** The tools survey exports come from, by preset. */
const SURVEYS = { wjx: "问卷星", jinshuju: "金数据", kobo: "KoboToolbox", odk: "ODK Central" };

const more = (lang: Locale, shown: number, total: number) =>
  total > shown
    ? `<p class="more">${esc(t(lang, "report.more", { shown: num(shown), total: num(total), file: "merged.json" }))}</p>`
    : "";

/** The name a person would recognise a merged record by. */
function title(record: Record<string, unknown>): string {
  for (const k of ["name", "headName", "requesterName", "itemName", "placeName", "residentName"]) {
    if (typeof record[k] === "string" && record[k] !== "") return record[k] as string;
  }
  return String((record.meta as { id?: unknown })?.id ?? "");
}

/** A value as the report shows it; under a sharing profile, values it withholds say so. */
function shown(
  result: MergeResult,
  field: string,
  v: unknown,
  lang: Locale,
  mask: boolean,
  share: Sharing | undefined,
): string {
  if (share && (v === undefined || v === null)) return t(lang, "report.withheld");
  return valueText(result.entity, field, v, lang, mask);
}

/** Conflicts, grouped by merged record; values through the sharing profile when given. */
export function conflictCards(
  result: MergeResult,
  lang: Locale,
  mask: boolean,
  limit: number,
  several: ReadonlySet<string>,
  share?: Sharing,
) {
  const head = `<h2>${esc(t(lang, "report.conflicts"))} (<span data-count="conflicts">${num(result.conflicts.length)}</span>)</h2>`;
  if (result.conflicts.length === 0) {
    return `<section id="conflicts">${head}<p class="empty">${esc(t(lang, "report.conflicts.none"))}</p></section>`;
  }
  const byRecord = new Map<string, FieldConflict[]>();
  for (const c of result.conflicts) {
    const list = byRecord.get(c.record);
    if (list) list.push(c);
    else byRecord.set(c.record, [c]);
  }
  const index = new Map(result.records.map((r, i) => [r.meta.id, i]));
  const records = [...byRecord.entries()];
  const cards = records.slice(0, limit).map(([id, list]) => {
    const raw = result.records[index.get(id) ?? -1] as Record<string, unknown> | undefined;
    const record = raw && share ? share.record(raw) : raw;
    const fields = list
      .map((given) => {
        const c = share ? share.conflict(given) : given;
        const values = c.values
          .map((v, i) => {
            const chosen =
              i === 0 && JSON.stringify(given.values[0]?.value) === JSON.stringify(given.chosen);
            const refs = v.rows
              .map((r) => rowText(r, lang, several))
              .join(lang === "zh-CN" ? "；" : "; ");
            return `<li${chosen ? ' class="chosen"' : ""}><span class="value">${esc(shown(result, c.field, v.value, lang, mask, share))}</span>${chosen ? ` <span class="tag">${esc(t(lang, "report.chosen"))}</span>` : ""}<span class="refs">${esc(refs)}</span></li>`;
          })
          .join("");
        return `<div class="field" data-conflict="${esc(c.field)}"><h4>${esc(fieldLabel(result.entity, c.field, lang))} <small>${esc(t(lang, `report.rule.${c.rule}`))}</small></h4><ul class="values">${values}</ul></div>`;
      })
      .join("");
    return `<li class="card conflict" data-record="${esc(id)}"><h3>${esc(record ? title(record) : id)} <small>${esc(id)}</small></h3>${fields}</li>`;
  });
  return `<section id="conflicts">${head}<p class="intro">${esc(t(lang, "report.conflicts.intro"))}</p><ol class="cards">${cards.join("")}</ol>${more(lang, Math.min(limit, records.length), records.length)}</section>`;
}

const SHOWN = ["name", "gender", "birthDate", "citizenId", "phone", "address"];

/** What a person recognises a row by: name, gender, birth date, ID, phone, address. */
export function rowFacts(
  result: MergeResult,
  member: unknown,
  lang: Locale,
  mask: boolean,
): string {
  return SHOWN.flatMap((k) => {
    const v =
      k === "citizenId" || k === "phone"
        ? column(member, k)
        : (member as Record<string, unknown>)[k];
    return v === undefined || v === null || v === ""
      ? []
      : [valueText(result.entity, k, v, lang, mask)];
  }).join(" · ");
}

/** Merged clusters (two rows or more) with their rows and evidence; records through the sharing profile when given. */
export function clusterCards(
  result: MergeResult,
  lang: Locale,
  mask: boolean,
  limit: number,
  explain: (pair: ScoredPair) => string,
  several: ReadonlySet<string>,
  share?: Sharing,
) {
  const multi: number[] = [];
  result.clusters.forEach((c, i) => {
    if (c.rows.length > 1) multi.push(i);
  });
  const head = `<h2>${esc(t(lang, "report.clusters"))} (<span data-count="duplicateClusters">${num(multi.length)}</span>)</h2>`;
  if (multi.length === 0) {
    return `<section id="clusters">${head}<p class="empty">${esc(t(lang, "report.clusters.none"))}</p></section>`;
  }
  const letter = (i: number) =>
    String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : "");
  const cards = multi.slice(0, limit).map((ci) => {
    const c = result.clusters[ci]!;
    const merged = result.records[ci] as Record<string, unknown>;
    const record = share ? share.record(merged) : merged;
    const rows = c.rows
      .map((m, i) => {
        const facts = rowFacts(result, share ? share.record(m.record) : m.record, lang, mask);
        return `<li><b>${letter(i)}</b> <span class="where">${esc(rowText(m, lang, several))}</span><span class="facts">${esc(facts)}</span></li>`;
      })
      .join("");
    const evidence = (c.evidence ?? [])
      .map((e: MatchEvidence) => {
        const why =
          "identical" in e
            ? t(lang, "report.identical")
            : "linked" in e
              ? t(lang, "report.mustLink")
              : explain({
                  a: e.a,
                  b: e.b,
                  weight: e.explanation.reduce((n, x) => n + x.weight, 0),
                  probability: e.probability,
                  match: true,
                  explanation: e.explanation,
                  ...(e.household ? { household: true } : {}),
                });
        const maybe =
          "possible" in e && e.possible
            ? ` <span class="possible">${esc(t(lang, "report.possibleLink"))}</span>`
            : "";
        return `<li><b>${letter(e.a)} ↔ ${letter(e.b)}</b>${maybe} ${esc(why)}</li>`;
      })
      .join("");
    const aliases = c.aliases?.length
      ? `<p class="note">${esc(t(lang, "report.aliases", { ids: c.aliases.join(", ") }))}</p>`
      : "";
    const possible = c.possible
      ? `<p class="note possible">${esc(t(lang, "report.possible"))}</p>`
      : "";
    return `<li class="card cluster${c.possible ? " possible" : ""}" data-cluster="${esc(c.id)}" data-rows="${c.rows.length}"><h3>${esc(title(record))} <small>${esc(c.id)} · ${esc(t(lang, "report.rows", { n: c.rows.length }))}</small></h3>${possible}<ol class="members">${rows}</ol><h4>${esc(t(lang, "report.evidence"))}</h4><ul class="evidence">${evidence}</ul>${aliases}</li>`;
  });
  return `<section id="clusters">${head}<p class="intro">${esc(t(lang, "report.clusters.intro", { entity: entityLabel(result.entity, lang) }))}</p><ol class="cards">${cards.join("")}</ol>${more(lang, Math.min(limit, multi.length), multi.length)}</section>`;
}

/** The citizen ID or first phone of a record, read as the flat column would. */
function column(record: unknown, key: "citizenId" | "phone"): unknown {
  const r = record as {
    identifiers?: { scheme: string; value: string }[];
    phones?: { number: string }[];
  };
  return key === "citizenId"
    ? r.identifiers?.find((i) => i.scheme === "cn-citizen-id")?.value
    : r.phones?.[0]?.number;
}

/** How each file's columns were read. */
export function mappingSection(result: MergeResult, lang: Locale, share?: Sharing) {
  if (result.mapping.length === 0) return "";
  const files = result.mapping
    .map((m) => (share ? share.mapping(m) : m))
    .map((m) => {
      const rows = m.columns
        .map(
          (c) =>
            `<tr><th scope="row">${esc(c.header)}</th><td>${c.field ? esc(fieldLabel(result.entity, c.field, lang)) : `<span class="muted">${esc(t(lang, "report.mapping.unmapped"))}</span>`}</td><td class="num">${c.field ? `${Math.round(c.confidence * 100)}%` : ""}</td></tr>`,
        )
        .join("");
      const empty = m.emptyColumns
        ? `<tr><td colspan="3" class="muted">${esc(t(lang, "report.mapping.emptyColumns", { count: m.emptyColumns }))}</td></tr>`
        : "";
      const notes = m.notes.map((n) => `<li>${esc(n.message[lang])}</li>`).join("");
      const preset = m.preset
        ? ` · ${esc(t(lang, "report.mapping.preset", { preset: SURVEYS[m.preset] }))}`
        : "";
      const repeats = (m.repeats ?? [])
        .map(
          (r) =>
            `<li>${esc(t(lang, "report.mapping.repeat", { file: r.file ?? m.file, sheet: r.sheet, field: r.field ? fieldLabel(result.entity, r.field, lang) : "—", rows: r.rows, joined: r.joined, orphans: r.orphans, left: r.left }))}</li>`,
        )
        .join("");
      const list = notes + repeats;
      return `<details class="mapping"><summary>${esc(m.file)}${m.sheet !== undefined ? ` · ${esc(m.sheet)}` : ""}${preset}</summary><table><tbody>${rows}${empty}</tbody></table>${list ? `<ul class="notes">${list}</ul>` : ""}</details>`;
    })
    .join("");
  return `<section id="mapping"><h2>${esc(t(lang, "report.mapping"))}</h2>${files}</section>`;
}
