import * as adapters from "@linli/adapters";
import * as core from "@linli/core";
import * as dedupe from "@linli/dedupe";
import * as matchPkg from "@linli/match";
import * as privacy from "@linli/privacy";
import * as main from "linli";
import * as subAdapters from "linli/adapters";
import * as subCore from "linli/core";
import * as subDedupe from "linli/dedupe";
import * as subMatch from "linli/match";
import * as node from "linli/node";
import * as subPrivacy from "linli/privacy";
import { describe, expect, it } from "vitest";

describe("linli entry points", () => {
  it("has every export of each package under its subpath, unchanged", () => {
    for (const [sub, pkg] of [
      [subCore, core],
      [subAdapters, adapters],
      [subDedupe, dedupe],
      [subPrivacy, privacy],
      [subMatch, matchPkg],
    ] as const) {
      expect(Object.keys(sub).sort()).toEqual(Object.keys(pkg).sort());
      for (const k of Object.keys(pkg))
        expect((sub as Record<string, unknown>)[k]).toBe((pkg as Record<string, unknown>)[k]);
    }
  });

  it("picks the most used names for the main entry, the same objects as in their packages", () => {
    expect(main.validate).toBe(core.validate);
    expect(main.importFile).toBe(adapters.importFile);
    expect(main.dedupe).toBe(dedupe.dedupe);
    expect(main.applyProfile).toBe(privacy.applyProfile);
    // merge is linli's own (files in), not @linli/dedupe's (validated rows in).
    expect(main.merge).not.toBe(dedupe.merge);
    for (const [k, v] of Object.entries(main)) expect(v, k).toBeDefined();
  });

  it("adds file paths and writing outputs in linli/node", () => {
    expect(typeof node.writeMergeOutputs).toBe("function");
    expect(typeof node.readMergeResult).toBe("function");
    expect(node.merge).not.toBe(main.merge);
    expect(node.renderReport).toBe(main.renderReport);
  });
});
