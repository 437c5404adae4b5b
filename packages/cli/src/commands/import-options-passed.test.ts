import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeVocabularies, parseVocabulary } from "@linli/adapters";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../main.js";
import { memoryIo } from "../testing/memory-io.js";

// Every command that imports hands the importers the options `importOptions` read, whole:
// the options each importer was called with are recorded on the way through.
const seen = vi.hoisted(() => ({
  records: [] as Record<string, unknown>[],
  packages: [] as Record<string, unknown>[],
  merges: [] as (Record<string, unknown> | undefined)[],
}));
vi.mock("@linli/adapters/node", async (original) => {
  const m = await original<typeof import("@linli/adapters/node")>();
  return {
    ...m,
    importRecords: ((source, options) => {
      seen.records.push(options as unknown as Record<string, unknown>);
      return m.importRecords(source, options);
    }) as typeof m.importRecords,
    importHsdsPackage: ((files, options) => {
      seen.packages.push(options as unknown as Record<string, unknown>);
      return m.importHsdsPackage(files, options);
    }) as typeof m.importHsdsPackage,
  };
});
vi.mock("linli/node", async (original) => {
  const m = await original<typeof import("linli/node")>();
  return {
    ...m,
    merge: ((sources, options) => {
      seen.merges.push(options?.import as Record<string, unknown> | undefined);
      return m.merge(sources, options);
    }) as typeof m.merge,
  };
});

const dir = mkdtempSync(join(tmpdir(), "linli-import-options-passed-"));
const needs = join(dir, "needs.csv");
writeFileSync(needs, "求助人,联系电话,物资名称,数量\n王伟,2024561111,胰岛素,2\n");
const vocab = join(dir, "words.json");
writeFileSync(vocab, JSON.stringify({ priority: { urgent: ["十万火急"] } }));
const hsds = fileURLToPath(new URL("../../../../fixtures/realworld/openreferral", import.meta.url));
const io = () => memoryIo({ env: { LANG: "en_GB.UTF-8" } });

const common = ["--vocab", vocab, "--crs", "gcj02", "--phone-country", "us"];
const forFiles = [...common, "--set", "priority=十万火急", "--sheet", "1", "--path", "data"];
const vocabulary = mergeVocabularies([parseVocabulary(readFileSync(vocab, "utf8"), vocab)]);
const fileOptions = {
  sheet: 1,
  defaults: { priority: "十万火急" },
  crs: "GCJ-02",
  phoneCountry: "US",
  path: "data",
  vocabulary,
};
const packageOptions = { crs: "GCJ-02", phoneCountry: "US", vocabulary };

beforeEach(() => {
  seen.records.length = 0;
  seen.packages.length = 0;
  seen.merges.length = 0;
});

describe("the import options reach the importers", () => {
  it("validate of a file", async () => {
    expect(await main(["validate", needs, "--entity", "need", ...forFiles], io().io)).toBe(0);
    expect(seen.records).toStrictEqual([{ entity: "need", fileName: needs, ...fileOptions }]);
  });

  it("convert of a file", async () => {
    const out = join(dir, "needs.json");
    expect(
      await main(["convert", needs, "--entity", "need", ...forFiles, "-o", out], io().io),
    ).toBe(0);
    expect(seen.records).toStrictEqual([{ entity: "need", fileName: "needs.csv", ...fileOptions }]);
  });

  it("merge", async () => {
    const out = join(dir, "merged");
    expect(await main(["merge", needs, "--entity", "need", ...forFiles, "-o", out], io().io)).toBe(
      0,
    );
    expect(seen.merges).toStrictEqual([fileOptions]);
    // Without any, no import options at all.
    expect(await main(["merge", needs, "--entity", "need", "-o", out], io().io)).toBe(0);
    expect(seen.merges[1]).toBeUndefined();
  });

  it("validate of an HSDS package: only what applies to a whole package", async () => {
    expect(await main(["validate", hsds, ...common], io().io)).toBe(0);
    expect(seen.packages).toStrictEqual([packageOptions]);
  });

  it("convert of an HSDS package", async () => {
    const out = join(dir, "orgs.json");
    expect(await main(["convert", hsds, ...common, "-o", out], io().io)).toBe(0);
    expect(seen.packages).toStrictEqual([packageOptions]);
  });

  it("none given, none passed", async () => {
    expect(await main(["validate", needs, "--entity", "need"], io().io)).toBe(0);
    expect(await main(["validate", hsds], io().io)).toBe(0);
    expect(seen.records).toStrictEqual([{ entity: "need", fileName: needs }]);
    expect(seen.packages).toStrictEqual([{}]);
  });
});
