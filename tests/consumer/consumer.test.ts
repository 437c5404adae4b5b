import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileBlocks } from "../docs/markdown.js";
import {
  type FollowedGuide,
  followGuide,
  GUIDE,
  guideSteps,
  publicPackages,
  repo,
  rootPin,
  run,
  tarball,
} from "./project.js";

// A user's project made as docs/guides/getting-started.md says, word for word (its install
// blocks run here, see project.ts), then used the ways users use it.
let guide: FollowedGuide;
let dir = "";

beforeAll(() => {
  guide = followGuide();
  dir = guide.dir;
  // The tools this test checks the project with, and ES modules for its own files (not steps
  // of the guide; the guide's samples ran before, in the project as npm init made it).
  run(dir, "npm", ["pkg", "set", "type=module"], guide.env);
  const tools = ["typescript", "vite", "effect", "fast-check", "@types/node"].map(
    (n) => `${n}@${rootPin(n)}`,
  );
  run(
    dir,
    "npm",
    [
      "install",
      "--save-dev",
      ...tools,
      "@types/react@19.3.3",
      "@types/react-dom@19.3.0",
      "@vitejs/plugin-react@6.3.0",
    ],
    guide.env,
  );
}, 900_000);

describe("the getting-started guide", () => {
  const steps = guideSteps();
  const output = (commands: RegExp) => {
    const r = guide.runs.find((x) => commands.test(x.step.commands));
    expect(r, `a step of the guide runs ${commands}`).toBeDefined();
    return r!.stdout;
  };

  it("has install steps in the linli folder and in a project, in both languages alike", () => {
    const wheres = new Set(
      steps.filter((s) => s.kind === "run").map((s) => s.kind === "run" && s.where),
    );
    expect(wheres).toEqual(new Set(["linli", "project"]));
    const commands = (file: string) =>
      fileBlocks(file)
        .filter(
          (b) => b.flags.includes("install") || (b.lang === "sh" && b.flags.includes("no-run")),
        )
        .map((b) => [b.flags.join(" "), b.code]);
    expect(commands(GUIDE.replace(".md", ".zh-CN.md"))).toEqual(commands(GUIDE));
    // What the guide says of npm is true: nothing of linli is installed from the registry.
    expect(readFileSync(join(repo, GUIDE), "utf8")).toMatch(/linli is not on npm yet/);
  });

  it("runs the linli command with pnpm exec in the linli folder and through a global link", () => {
    expect(output(/^pnpm exec linli --help$/m)).toMatch(
      /^(Usage: linli <command>|用法：linli <命令>)/m,
    );
    expect(output(/^npm link$/m)).toMatch(/^(Usage: linli <command>|用法：linli <命令>)/m);
    expect(run(dir, "linli", ["--version"], guide.env).trim()).toBe(
      JSON.parse(readFileSync(join(repo, "packages/cli/package.json"), "utf8")).version,
    );
  });

  it("runs its TypeScript sample with npx tsx and its JavaScript sample with node", () => {
    for (const file of ["check.ts", "check.mjs"]) {
      const step = steps.find((s) => s.kind === "file" && s.name === file);
      expect(step?.kind === "file" && step.expected, `${file} has an output block`).toBeTruthy();
      const ran = output(new RegExp(`^(npx tsx|node) ${file.replace(".", "\\.")}$`, "m"));
      expect(ran.trimEnd().endsWith((step as { expected: string }).expected.trimEnd()), ran).toBe(
        true,
      );
    }
  });

  it("installs every package from its tarball and nothing of linli from the registry", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    for (const p of publicPackages()) {
      expect(pkg.dependencies[p.name], p.name).toMatch(/^file:\.\.\/linli\/packs\/.+\.tgz$/);
    }
  });
});

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

describe("a project with linli installed from its tarballs", () => {
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
const v = validate("resident", { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "" });
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
      `const { validate } = require("@linli/core");\nconsole.log(validate("resident", { meta: { id: "r-1", schemaVersion: "0.0.0" }, name: "王伟" }).ok);\n`,
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
if (r.ok) { const name: string | undefined = r.value.name; console.log(name); }
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
    // tsc over every entry point's types, strict, with lib checking: slow on a busy machine.
    180_000,
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
      const file = tarball(p);
      // Stylesheets are entry points for bundlers, not modules with types.
      const exports = JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8")).exports ?? {};
      const css = Object.keys(exports).filter((k) => k.endsWith(".css"));
      // A package of static files (the workbench page) has no module, so no types to check.
      if (!Object.values(exports).some((v) => typeof v === "object" && v !== null)) continue;
      const args = [
        file,
        "--profile",
        "esm-only",
        ...(css.length ? ["--exclude-entrypoints", ...css] : []),
      ];
      expect(() => run(dir, attw, args), p.name).not.toThrow();
    }
    // One attw process per package: over a minute on a busy machine.
  }, 240_000);

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
