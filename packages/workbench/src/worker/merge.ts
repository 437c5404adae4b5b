import {
  type Column,
  columns,
  type EntityName,
  entities,
  getColumn,
  type Locale,
} from "@linli/core";
import {
  explainPair,
  type FieldExplanation,
  type MatchEvidence,
  type MergeCluster,
  type MergeSource,
  merge as mergeRows,
  type ScoredPair,
  type SourceRowRef,
} from "@linli/dedupe";
import type { FileMapping, MergeResult } from "linli";
import { message } from "../text.js";
import type { Decisions, MergeView, Progress, ReviewCluster, ReviewRow } from "./protocol.js";
import type { ReadFile } from "./read.js";

/** Clusters sent to the page at most (the report and downloads hold them all). */
const MAX_CLUSTERS = 2000;

const SHOWN = 5;

/** The columns a reviewer compares rows by: the first that the entity's records fill in. */
function reviewColumns(entity: EntityName, clusters: readonly MergeCluster[]): Column[] {
  const all = columns(entities[entity]).filter(
    (c) => !c.key.startsWith("meta.") && c.key !== "extra" && c.node.kind !== "object",
  );
  const used = new Set<string>();
  for (const cl of clusters.slice(0, 200))
    for (const r of cl.rows)
      for (const c of all)
        if (!used.has(c.key) && getColumn(r.record, c) !== undefined) used.add(c.key);
  return all.filter((c) => used.has(c.key)).slice(0, SHOWN);
}

/** A value as people read it: choices by their label in each language. */
function cellText(v: unknown, col: Column, lang: Locale): string {
  if (v === undefined || v === null) return "";
  if (Array.isArray(v))
    return v.map((x) => cellText(x, col, lang)).join(lang === "zh-CN" ? "、" : ", ");
  if (typeof v === "object") return JSON.stringify(v);
  const label = typeof v === "string" ? col.options?.[v] : undefined;
  return label ? label[lang] : String(v);
}

function evidenceText(e: MatchEvidence) {
  if ("identical" in e) return message("evidence.identical");
  if ("linked" in e) return message("evidence.mustLink");
  const pair = { ...e, weight: 0, match: true };
  return { "zh-CN": explainPair(pair, "zh-CN"), en: explainPair(pair, "en") };
}

function reviewCluster(c: MergeCluster, shown: readonly Column[]): ReviewCluster {
  const rows: ReviewRow[] = c.rows.map((r) => ({
    source: r.source,
    file: r.file,
    row: r.row,
    ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
    values: shown.map((col) => ({
      field: col.key,
      label: col.label,
      value: {
        "zh-CN": cellText(getColumn(r.record, col), col, "zh-CN"),
        en: cellText(getColumn(r.record, col), col, "en"),
      },
    })),
  }));
  return {
    id: c.id,
    rows,
    evidence: (c.evidence ?? []).map((e) => ({ a: e.a, b: e.b, text: evidenceText(e) })),
  };
}

/** Two rows kept apart that came close, as a merge result may list them. */
interface NearMissLike {
  readonly rows: readonly [SourceRowRef, SourceRowRef];
  readonly records: readonly [string, string];
  readonly probability: number;
  readonly weight: number;
  readonly explanation: readonly FieldExplanation[];
  readonly keptApart?: ScoredPair["keptApart"];
}

const sameRow = (a: SourceRowRef, b: SourceRowRef) =>
  a.source === b.source && a.row === b.row && (a.sheet ?? "") === (b.sheet ?? "");

/** The near misses of a merge as two-row clusters, with the rows' values and the reason. */
function nearMissClusters(
  result: MergeResult,
  shown: readonly Column[],
  limit: number,
): ReviewCluster[] {
  const near = (result as { nearMisses?: readonly NearMissLike[] }).nearMisses ?? [];
  if (near.length === 0) return [];
  const byId = new Map(result.clusters.map((c) => [c.id, c]));
  const out: ReviewCluster[] = [];
  for (const n of near.slice(0, limit)) {
    const members = n.rows.map((ref, k) =>
      byId.get(n.records[k]!)?.rows.find((r) => sameRow(r, ref)),
    );
    if (!members[0] || !members[1]) continue;
    const pair = {
      a: 0,
      b: 1,
      probability: n.probability,
      weight: n.weight,
      match: false,
      explanation: n.explanation,
      ...(n.keptApart ? { keptApart: n.keptApart } : {}),
    };
    const c = reviewCluster(
      { id: `${n.records[0]}~${n.records[1]}`, rows: [members[0], members[1]] },
      shown,
    );
    out.push({
      ...c,
      evidence: [
        { a: 0, b: 1, text: { "zh-CN": explainPair(pair, "zh-CN"), en: explainPair(pair, "en") } },
      ],
    });
  }
  return out;
}

/** Merge the files read (those of `entity`) with the reviewer's decisions. */
export function mergeFiles(
  files: readonly ReadFile[],
  entity: EntityName,
  decisions: Decisions,
  progress: (p: Progress) => void,
): { result: MergeResult; view: MergeView } {
  const started = performance.now();
  const sources: MergeSource[] = [];
  const mapping: FileMapping[] = [];
  for (const f of files) {
    if (f.report.entity !== entity) continue;
    sources.push(f.source);
    mapping.push({
      source: f.report.source,
      file: f.report.file,
      ...(f.report.sheet !== undefined ? { sheet: f.report.sheet } : {}),
      ...(f.report.preset === "wjx" || f.report.preset === "jinshuju"
        ? { preset: f.report.preset }
        : {}),
      columns: f.report.columns,
      notes: f.report.notes,
    });
  }
  let told = 0;
  const merged = mergeRows(sources, {
    entity,
    mustLink: decisions.mustLink,
    cannotLink: decisions.cannotLink,
    onProgress: (p) => {
      const now = performance.now();
      if (now - told < 100 && p.done !== p.total) return;
      told = now;
      progress(p);
    },
  });
  const result = { ...merged, mapping } as unknown as MergeResult;
  const dup = result.clusters.filter((c) => c.rows.length > 1);
  const shown = reviewColumns(entity, dup);
  const view: MergeView = {
    entity,
    records: result.stats.records,
    rows: result.stats.rows,
    duplicateClusters: result.stats.duplicateClusters,
    conflicts: result.stats.conflicts,
    summary: result.summary,
    clusters: dup.slice(0, MAX_CLUSTERS).map((c) => reviewCluster(c, shown)),
    nearMisses: nearMissClusters(result, shown, MAX_CLUSTERS),
    unknownRows: result.issues.filter((i) => i.code === "merge.unknownRow"),
    ms: Math.round(performance.now() - started),
  };
  return { result, view };
}
