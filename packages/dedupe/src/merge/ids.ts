import { stableHash } from "@linli/core";

/** What id assignment needs of a row: its key and the ids it had in earlier merges. */
export interface IdRow {
  readonly key: string;
  /** Ids of the earlier merged records this row belonged to. */
  readonly earlier?: readonly string[];
  /** Older ids those records had absorbed. */
  readonly aliases?: readonly string[];
}

/** The earlier ids of a row, looked up by its key (most rows have none). */
export type EarlierOf = (key: string) => Omit<IdRow, "key"> | undefined;

const own: EarlierOf = () => undefined;

/** The id of a cluster, and what became of earlier ids. */
export interface ClusterId {
  readonly id: string;
  readonly aliases?: readonly string[];
  readonly splitFrom?: readonly string[];
}

const lt = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ids for clusters (each a list of rows), derived from the clusters alone: a cluster keeps
 * the smallest earlier id that it holds the first row (smallest key) of, the other earlier ids
 * it keeps become aliases; a cluster with none gets `m-` + a hash of its smallest row key.
 * So re-running gives the same ids, earlier ids survive new rows, and the outcome does not
 * depend on the order of the inputs.
 */
export function assignIds(
  clusters: readonly (readonly IdRow[])[],
  lookup: EarlierOf = own,
): ClusterId[] {
  const info = (r: IdRow) => (r.earlier || r.aliases ? r : lookup(r.key));
  // Who keeps each earlier id: the cluster holding its smallest key.
  const owner = new Map<string, { key: string; cluster: number }>();
  const used = new Set<string>();
  const carried = new Map<string, Set<string>>();
  const minKey: string[] = [];
  clusters.forEach((rows, c) => {
    let min: string | undefined;
    for (const r of rows) {
      if (min === undefined || r.key < min) min = r.key;
      const e = info(r);
      if (!e) continue;
      for (const id of e.earlier ?? []) {
        used.add(id);
        const o = owner.get(id);
        if (!o || r.key < o.key) owner.set(id, { key: r.key, cluster: c });
        if (e.aliases?.length) {
          let set = carried.get(id);
          if (!set) {
            set = new Set();
            carried.set(id, set);
          }
          for (const a of e.aliases) {
            set.add(a);
            used.add(a);
          }
        }
      }
    }
    minKey.push(min ?? "");
  });
  const out: (ClusterId | undefined)[] = clusters.map((rows, c) => {
    if (owner.size === 0) return undefined;
    const held = new Set<string>();
    for (const r of rows) for (const id of info(r)?.earlier ?? []) held.add(id);
    if (held.size === 0) return undefined;
    const won = [...held].filter((id) => owner.get(id)!.cluster === c).sort(lt);
    const lost = [...held].filter((id) => owner.get(id)!.cluster !== c).sort(lt);
    if (won.length === 0) return lost.length > 0 ? { id: "", splitFrom: lost } : undefined;
    const aliases = new Set<string>(won.slice(1));
    for (const id of won) for (const a of carried.get(id) ?? []) aliases.add(a);
    aliases.delete(won[0]!);
    return {
      id: won[0]!,
      ...(aliases.size > 0 ? { aliases: [...aliases].sort(lt) } : {}),
      ...(lost.length > 0 ? { splitFrom: lost } : {}),
    };
  });
  for (const o of out) if (o?.id) used.add(o.id);
  // New clusters in cluster order (itself independent of input order), so that a rare hash
  // collision resolves the same way on every run.
  for (let c = 0; c < clusters.length; c++) {
    if (out[c]?.id) continue;
    let id = `m-${stableHash(minKey[c]!)}`;
    for (let k = 2; used.has(id); k++) id = `m-${stableHash(`${minKey[c]!}\u0000${k}`)}`;
    used.add(id);
    const prev = out[c];
    out[c] = { id, ...(prev?.splitFrom ? { splitFrom: prev.splitFrom } : {}) };
  }
  return out as ClusterId[];
}
