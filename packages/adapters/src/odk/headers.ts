import { type Column, describe, type EntityName, entities, type Node } from "@linli/core";
import { columnsByKey } from "../mapping/suggest.js";

/** Kobo and ODK Central columns that are the submission's own metadata, by linli column key. */
export const SUBMISSION_META: Readonly<Record<string, string>> = {
  _uuid: "meta.submission.id",
  "meta/instanceID": "meta.submission.id",
  "meta-instanceID": "meta.submission.id",
  KEY: "meta.submission.id",
  _submission_time: "meta.submission.at",
  SubmissionDate: "meta.submission.at",
  _submitted_by: "meta.submission.by",
  SubmitterName: "meta.submission.by",
};

/** ODK Central's own columns of a submission, kept as extra columns, never taken for fields. */
export const CENTRAL_OWN: ReadonlySet<string> = new Set([
  "SubmitterID",
  "AttachmentsPresent",
  "AttachmentsExpected",
  "Status",
  "ReviewState",
  "DeviceID",
  "Edits",
  "FormVersion",
]);

/** The column key a group path names (`address/compound`, Central's `address-compound`). */
export function keyOfPath(header: string, keys: ReadonlyMap<string, Column>): string | undefined {
  for (const sep of ["/", "-", ":"]) {
    if (!header.includes(sep)) continue;
    const dotted = header.split(sep).join(".");
    if (keys.has(dotted)) return dotted;
  }
  return keys.has(header) ? header : undefined;
}

/** A one-column-per-choice header of a select_multiple: `vulnerabilities/elderly`. */
export function splitChoice(
  header: string,
  keys: ReadonlyMap<string, Column>,
): { key: string; code: string } | undefined {
  const slash = header.lastIndexOf("/");
  const at = slash >= 0 ? slash : header.indexOf("-");
  if (at <= 0) return undefined;
  const key = keyOfPath(header.slice(0, at), keys);
  const code = header.slice(at + 1);
  const node = key ? keys.get(key)?.node : undefined;
  if (!key || node?.kind !== "array" || node.item.kind !== "enum") return undefined;
  return node.item.values.includes(code) ? { key, code } : undefined;
}

/** Whether a column holds several choices (a select_multiple). */
export const isMultiple = (key: string, keys: ReadonlyMap<string, Column>) =>
  keys.get(key)?.node.kind === "array" && !keys.get(key)?.projection;

/** Lists of objects of an entity (household members, requested items), by dotted path. */
export function repeatPaths(entity: EntityName): Map<string, Extract<Node, { kind: "object" }>> {
  const out = new Map<string, Extract<Node, { kind: "object" }>>();
  const walk = (n: Node, path: string[]) => {
    if (n.kind !== "object") return;
    for (const p of n.properties) {
      const at = [...path, p.key];
      if (p.node.kind === "array" && p.node.item.kind === "object")
        out.set(at.join("."), p.node.item);
      else walk(p.node, at);
    }
  };
  walk(describe(entities[entity]), []);
  return out;
}

export const keysOf = (entity: EntityName) => columnsByKey(entity);
