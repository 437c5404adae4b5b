import { entityNames } from "@linli/core";
import { xlsForm } from "@linli/forms/xlsform";
import { describe, expect, it } from "vitest";
import { keyOfPath, keysOf, repeatPaths } from "./headers.js";
import { itemProperty } from "./items.js";

/** Every question of an XLSForm as the header a Kobo export gives it: its group path. */
function exportHeaders(entity: (typeof entityNames)[number]) {
  const { survey } = xlsForm({ entity });
  const [head = [], ...rows] = survey;
  const path: string[] = [];
  const repeats: string[] = [];
  const main: string[] = [];
  const items = new Map<string, string[]>();
  for (const r of rows) {
    const [type = ""] = (r[head.indexOf("type")] ?? "").split(" ");
    const name = r[head.indexOf("name")] ?? "";
    if (type === "begin_group" || type === "begin_repeat") {
      path.push(name);
      if (type === "begin_repeat") repeats.push(path.join("/"));
    } else if (type === "end_group" || type === "end_repeat") {
      if (type === "end_repeat") repeats.pop();
      path.pop();
    } else {
      const header = [...path, name].join("/");
      const repeat = repeats[repeats.length - 1];
      if (repeat) items.set(repeat, [...(items.get(repeat) ?? []), name]);
      else main.push(header);
    }
  }
  return { main, items };
}

describe("an export of linli's XLSForm imports without a mapping", () => {
  it.each(entityNames)("every question of %s has its field", (entity) => {
    const keys = keysOf(entity);
    const { main, items } = exportHeaders(entity);
    expect(main.filter((h) => !keyOfPath(h, keys))).toEqual([]);
    const lists = repeatPaths(entity);
    for (const [repeat, names] of items) {
      const node = lists.get(repeat.split("/").join("."));
      expect(node, repeat).toBeDefined();
      const name = repeat.slice(repeat.lastIndexOf("/") + 1);
      expect(names.filter((n) => !itemProperty(node!, n, name))).toEqual([]);
    }
  });
});
