import { type Column, phoneKind, setColumn } from "@linli/core";

type Obj = Record<string, unknown>;

/**
 * A setter for one column, specialised for its path: the same effect as core's `setColumn`,
 * without walking the path generically on every row. Projections into an empty array (the
 * first phone, the citizen ID) push their element directly; anything else defers to
 * `setColumn`.
 */
export function compileSetter(column: Column): (record: Obj, value: unknown) => void {
  const path = column.path;
  const proj = column.projection;
  const parents = path.slice(0, -1);
  const leaf = path[path.length - 1]!;
  const parentOf = (record: Obj): Obj => {
    let cur = record;
    for (const k of parents) {
      const next = cur[k];
      if (typeof next === "object" && next !== null && !Array.isArray(next)) cur = next as Obj;
      else {
        const created: Obj = {};
        cur[k] = created;
        cur = created;
      }
    }
    return cur;
  };
  if (!proj) {
    if (parents.length === 0) {
      return (record, value) => {
        record[leaf] = value;
      };
    }
    return (record, value) => {
      parentOf(record)[leaf] = value;
    };
  }
  if (path[path.length - 1] === "phones" && proj.property === "number")
    return phoneSetter(parentOf);
  const first = (proj.index ?? 0) === 0;
  const match = Object.entries(proj.match ?? {});
  const property = proj.property;
  return (record, value) => {
    const parent = parentOf(record);
    if (first && parent[leaf] === undefined) {
      // Properties added one by one keep one object shape; a spread with a computed key is
      // several times slower.
      const element: Obj = {};
      for (const [k, v] of match) element[k] = v;
      element[property] = value;
      parent[leaf] = [element];
      return;
    }
    setColumn(record, column, value);
  };
}

/**
 * The setter of a phone column: its number (a string) or the phones of a contact cell (an
 * array) are added after the phones already set, each with its kind; phone before phone2, as
 * the builder writes projections in index order.
 */
function phoneSetter(parentOf: (record: Obj) => Obj): (record: Obj, value: unknown) => void {
  return (record, value) => {
    const parent = parentOf(record);
    let list = parent.phones as Obj[] | undefined;
    if (!Array.isArray(list)) {
      list = [];
      parent.phones = list;
    }
    if (typeof value === "string") {
      list.push({ number: value, kind: phoneKind(value) });
      return;
    }
    for (const p of value as Obj[]) list.push({ ...p });
  };
}
