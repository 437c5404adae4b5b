import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, publicPackages, repo, run } from "./project.js";

// Every public package is packed and installed from its tarball into a project outside the
// workspace, and used there the ways users use it.
let dir = "";
let tarballs: Record<string, string> = {};

beforeAll(() => {
  ({ dir, tarballs } = createConsumerProject({
    typescript: "root",
    vite: "root",
    effect: "root",
    "fast-check": "root",
    "@types/node": "root",
    react: "19.3.1",
    "react-dom": "19.3.1",
    "@types/react": "19.3.3",
    "@types/react-dom": "19.3.0",
    "@vitejs/plugin-react": "6.3.0",
  }));
}, 300_000);

/** Every entry point a package's exports map offers, as import specifiers. */
function entryPoints(): string[] {
  const out: string[] = [];
  for (const p of publicPackages()) {
    const pkg = JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8"));
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      if (target === null || sub === "./package.json" || sub.endsWith(".css") || sub.includes("*"))
        continue;
      out.push(sub === "." ? p.name : `${p.name}/${sub.slice(2)}`);
    }
  }
  return out;
}

describe("installed from tarballs", () => {
  it("imports every entry point in Node ESM", () => {
    const specs = entryPoints();
    writeFileSync(
      join(dir, "entries.mjs"),
      `const specs = ${JSON.stringify(specs)};\nfor (const s of specs) { const m = await import(s); if (Object.keys(m).length === 0 && s !== "@linli/cli") throw new Error(s + " exports nothing"); }\nconsole.log(specs.length);\n`,
    );
    expect(Number(run(dir, "node", ["entries.mjs"]))).toBe(specs.length);
  });

  it("validates, checks IDs, imports a CSV and dedupes in Node ESM", () => {
    writeFileSync(
      join(dir, "people.csv"),
      "姓名,身份证号,联系电话\n王伟,11010519491231002X,138 0013 8000\n张静,110105194912310021,13800138001\n",
    );
    writeFileSync(
      join(dir, "use.mjs"),
      `import { validate, checkCitizenId } from "@linli/core";
import { lookupDivision } from "@linli/core/divisions";
import { importFile } from "@linli/adapters/node";
import { dedupe } from "@linli/dedupe";
const id = checkCitizenId("11010519491231002x");
const v = validate("resident", { meta: { id: "r-1", schemaVersion: "0.1.0" }, name: "" });
const imported = await importFile("people.csv", { entity: "resident" });
const d = dedupe([...imported.records, imported.records[0]], { profile: "resident" });
console.log(JSON.stringify({ id: id.ok && id.value, message: v.ok ? null : v.issues[0].message["zh-CN"], division: lookupDivision("610113")?.fullName, accepted: imported.summary.accepted, clusters: d.clusters.length }));`,
    );
    expect(JSON.parse(run(dir, "node", ["use.mjs"]))).toEqual({
      id: "11010519491231002X",
      message: "姓名不能为空",
      division: "陕西省西安市雁塔区",
      accepted: 2,
      clusters: 2,
    });
  });

  it("works from CommonJS through Node's require(esm)", () => {
    writeFileSync(
      join(dir, "use.cjs"),
      `const { validate } = require("@linli/core");\nconsole.log(validate("resident", { meta: { id: "r-1", schemaVersion: "0.1.0" }, name: "王伟" }).ok);\n`,
    );
    expect(run(dir, "node", ["use.cjs"]).trim()).toBe("true");
  });

  it.each(["bundler", "nodenext"])(
    "type-checks under --strict with moduleResolution %s",
    (resolution) => {
      const specs = entryPoints();
      writeFileSync(
        join(dir, "types.ts"),
        `${specs.map((s, i) => `import * as m${i} from "${s}";`).join("\n")}
import { validate, type Resident } from "@linli/core";
import type { SchemaForm } from "@linli/react";
const r = validate("resident", {});
if (r.ok) { const name: string = r.value.name; console.log(name); }
const x: Resident | undefined = undefined;
type Form = typeof SchemaForm;
export const all = [${specs.map((_, i) => `m${i}`).join(", ")}, x] as const;
export type { Form };
`,
      );
      writeFileSync(
        join(dir, `tsconfig.${resolution}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: "ES2022",
            lib: ["ES2023", "DOM"],
            module: resolution === "bundler" ? "ESNext" : "NodeNext",
            moduleResolution: resolution === "bundler" ? "Bundler" : "NodeNext",
            types: ["node"],
            skipLibCheck: false,
            jsx: "react-jsx",
          },
          files: ["types.ts"],
        }),
      );
      expect(() =>
        run(dir, "node_modules/.bin/tsc", ["-p", `tsconfig.${resolution}.json`]),
      ).not.toThrow();
    },
  );

  it("builds a Vite page that renders the form component", () => {
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>`,
    );
    writeFileSync(
      join(dir, "main.tsx"),
      `import { createRoot } from "react-dom/client";
import { SchemaForm } from "@linli/react";
import "@linli/react/styles.css";
createRoot(document.getElementById("root")!).render(<SchemaForm entity="resident" locale="zh-CN" onSubmit={(r) => console.log(r)} />);
`,
    );
    writeFileSync(
      join(dir, "vite.config.js"),
      `import react from "@vitejs/plugin-react";\nexport default { plugins: [react()], logLevel: "error" };\n`,
    );
    run(dir, "node_modules/.bin/vite", ["build"]);
    const html = readFileSync(join(dir, "dist/index.html"), "utf8");
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
  });

  // linli is ESM-only by decision (docs): CommonJS callers use Node's require(esm), so attw's
  // CommonJS and node10 resolutions are out of scope; everything else must be clean.
  it("is clean under @arethetypeswrong/cli for every package", () => {
    const attw = join(repo, "node_modules/.bin/attw");
    for (const p of publicPackages()) {
      const file = tarballs[p.name]!.replace(/^file:/, "");
      // Stylesheets are entry points for bundlers, not modules with types.
      const exports = JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8")).exports ?? {};
      const css = Object.keys(exports).filter((k) => k.endsWith(".css"));
      const args = [
        file,
        "--profile",
        "esm-only",
        ...(css.length ? ["--exclude-entrypoints", ...css] : []),
      ];
      expect(() => run(dir, attw, args), p.name).not.toThrow();
    }
  });

  it("runs the CLI through the installed bin", () => {
    const md = run(dir, "node_modules/.bin/linli", [
      "schema",
      "resident",
      "--format",
      "md",
      "--lang",
      "en",
    ]);
    expect(md).toMatch(/^## Resident · 居民/);
  });
});
