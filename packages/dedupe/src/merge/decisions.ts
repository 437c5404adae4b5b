import { type EntityName, entityNames, expectText } from "@linli/core";
import { MergeError } from "./messages.js";
import type { SourceRowRef } from "./types.js";

/**
 * A reviewer's decisions about rows, saved so that the next merge (the workbench's or
 * `linli merge --decisions`) follows them: rows that are the same (`mustLink`) and rows
 * that are not (`cannotLink`: no two rows of a group in one record). Rows are known by
 * source (community), sheet and spreadsheet row, as in the merge's clusters.
 *
 * @example
 * ```ts
 * import type { MergeDecisions } from "@linli/dedupe";
 * const d: MergeDecisions = {
 *   format: "linli-decisions", version: 1, entity: "resident",
 *   mustLink: [[{ source: "丈八社区", row: 3 }, { source: "小寨社区", row: 5 }]],
 *   cannotLink: [[{ source: "丈八社区", row: 2 }, { source: "丈八社区", row: 3 }]],
 * };
 * ```
 */
export interface MergeDecisions {
  readonly format: "linli-decisions";
  readonly version: 1;
  /** The entity the rows are records of, when known. */
  readonly entity?: EntityName;
  readonly mustLink: readonly (readonly Omit<SourceRowRef, "file">[])[];
  readonly cannotLink: readonly (readonly Omit<SourceRowRef, "file">[])[];
}

type Ref = Omit<SourceRowRef, "file">;

const EXAMPLE =
  '{"format": "linli-decisions", "version": 1, "mustLink": [[{"source": …, "row": …}, …]], "cannotLink": [[…]]}';

const invalid = (file: string, path: string) =>
  new MergeError("merge.decisions", { file, path, example: EXAMPLE });

function groups(value: unknown, name: string, file: string): Ref[][] {
  if (value === undefined) return [];
  const bad = (path: string) => invalid(file, path);
  if (!Array.isArray(value)) throw bad(name);
  return value.map((g, i) => {
    if (!Array.isArray(g)) throw bad(`${name}[${i}]`);
    return g.map((r, j) => {
      const at = `${name}[${i}][${j}]`;
      const x = r as Partial<Ref> | null;
      if (typeof x !== "object" || x === null) throw bad(at);
      if (typeof x.source !== "string" || x.source === "") throw bad(`${at}.source`);
      if (!Number.isInteger(x.row) || (x.row as number) < 1) throw bad(`${at}.row`);
      if (x.sheet !== undefined && typeof x.sheet !== "string") throw bad(`${at}.sheet`);
      return {
        source: x.source,
        row: x.row as number,
        ...(x.sheet !== undefined ? { sheet: x.sheet } : {}),
      };
    });
  });
}

/**
 * Read a decisions file (its JSON text, or the parsed value), checking every row reference;
 * a {@link MergeError} (`merge.decisions`) names the file and the part that is wrong.
 *
 * @example
 * ```ts
 * import { merge, parseDecisions } from "@linli/dedupe";
 * const d = parseDecisions('{"format":"linli-decisions","version":1,"mustLink":[],"cannotLink":[[{"source":"丈八社区","row":2},{"source":"丈八社区","row":3}]]}');
 * const result = merge([], { mustLink: d.mustLink, cannotLink: d.cannotLink });
 * ```
 */
export function parseDecisions(input: unknown, file = "decisions.json"): MergeDecisions {
  if (file !== undefined) expectText("parseDecisions", "file", file);
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw invalid(file, "JSON");
    }
  }
  const d = value as Partial<Record<keyof MergeDecisions, unknown>> | null;
  if (typeof d !== "object" || d === null || d.format !== "linli-decisions") {
    throw invalid(file, "format");
  }
  if (d.version !== 1) throw invalid(file, "version");
  if (d.entity !== undefined && !(entityNames as readonly unknown[]).includes(d.entity)) {
    throw invalid(file, "entity");
  }
  return {
    format: "linli-decisions",
    version: 1,
    ...(d.entity !== undefined ? { entity: d.entity as EntityName } : {}),
    mustLink: groups(d.mustLink, "mustLink", file),
    cannotLink: groups(d.cannotLink, "cannotLink", file),
  };
}
