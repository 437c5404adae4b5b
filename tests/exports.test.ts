import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publicManifests } from "../scripts/docs/dependencies.js";

// Package hygiene that publint and attw do not check: what the exports maps let in and keep
// out, side effects, peer dependencies and engines.
const manifests = publicManifests() as unknown as {
  dir: string;
  pkg: {
    name: string;
    exports: Record<string, unknown>;
    sideEffects?: boolean | string[];
    files?: string[];
    engines?: Record<string, string>;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
}[];

describe.each(manifests.map((m) => [m.pkg.name, m] as const))("%s", (_, { pkg }) => {
  it("lists types first in every entry of its exports map, beside the JavaScript", () => {
    for (const [sub, target] of Object.entries(pkg.exports)) {
      if (target === null || typeof target === "string") continue;
      const keys = Object.keys(target as object);
      expect(keys, sub).toEqual(["types", "default"]);
      const { types, default: js } = target as { types: string; default: string };
      expect(types, sub).toBe(js.replace(/\.js$/, ".d.ts"));
    }
    expect(pkg.exports["./package.json"]).toBe("./package.json");
  });

  it("declares its side effects exactly", () => {
    if (pkg.sideEffects === false) return;
    // Only the CLI's bin and the React stylesheet have any.
    expect(pkg.sideEffects, "sideEffects must be false or a list").toBeInstanceOf(Array);
    for (const pattern of pkg.sideEffects as string[])
      expect(["./dist/bin.js", "*.css"], pattern).toContain(pattern);
  });

  it("needs Node 20.19 (require of ES modules) and leaves React and Effect to the app", () => {
    expect(pkg.engines?.node).toBe(">=20.19");
    for (const peer of ["react", "react-dom", "effect", "fast-check"])
      expect(pkg.dependencies?.[peer], `${peer} must be a peer dependency`).toBeUndefined();
  });

  it("ships what its exports point to", () => {
    for (const target of Object.values(pkg.exports)) {
      if (target === null) continue;
      const files =
        typeof target === "string" ? [target] : Object.values(target as Record<string, string>);
      for (const f of files) {
        if (f === "./package.json") continue; // always packed
        const top = f.replace(/^\.\//, "").split("/")[0]!;
        expect(pkg.files, `${f} is not in "files"`).toContain(top);
      }
    }
  });
});

// Node's own resolver, from a project that has the packages in node_modules: every entry
// point resolves, internal files do not.
describe("what Node lets an app import", () => {
  const app = mkdtempSync(join(tmpdir(), "linli-exports-"));
  afterAll(() => rmSync(app, { recursive: true, force: true }));
  for (const { dir, pkg } of manifests) {
    const link = join(app, "node_modules", pkg.name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(dir, link);
  }

  function resolves(spec: string): string {
    const script = `try { import.meta.resolve(${JSON.stringify(spec)}); console.log("ok"); } catch (e) { console.log(e.code); }`;
    return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: app,
      encoding: "utf8",
    }).trim();
  }

  it.each(manifests.map((m) => [m.pkg.name, m] as const))("%s", (_, { pkg }) => {
    for (const [sub, target] of Object.entries(pkg.exports)) {
      if (target === null || sub.includes("*")) continue;
      expect(resolves(sub === "." ? pkg.name : `${pkg.name}/${sub.slice(2)}`), sub).toBe("ok");
    }
    for (const internal of ["dist/index.js", "src/index.ts", "internal/x.js", "tsup.config.ts"])
      expect(resolves(`${pkg.name}/${internal}`), internal).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });
});
