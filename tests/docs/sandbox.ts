import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repo } from "./markdown.js";

/**
 * A folder outside the workspace where doc samples run as a user's project would: the
 * packages resolve through node_modules links to their built form (package.json exports,
 * dist/*.js and dist/*.d.ts), and `bin/linli` runs the built CLI. Samples run in its `data/`
 * folder, which holds links to `examples/` and `schemas/` of the repository and to each file
 * of examples/merge-communities/data, so that a sample may name `schemas/resident.schema.json`,
 * `examples/merge-communities/data/丈八社区居民登记.csv` or just `丈八社区居民登记.csv`.
 */
export interface Sandbox {
  dir: string;
  /** Where samples run. */
  cwd: string;
  /** Folder to put first on PATH for `linli`. */
  bin: string;
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path);
}

/** Create the sandbox; fails with advice when a package is not built. */
export function createSandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), "linli-doc-samples-"));
  const nm = join(dir, "node_modules");
  for (const d of readdirSync(join(repo, "packages"))) {
    const pkgFile = join(repo, "packages", d, "package.json");
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { name: string; private?: boolean };
    if (pkg.private) continue;
    if (!existsSync(join(repo, "packages", d, "dist"))) {
      throw new Error(`${pkg.name} is not built: run \`pnpm build\` first (\`pnpm test\` does).`);
    }
    link(join(repo, "packages", d), join(nm, pkg.name));
  }
  // What samples may import besides linli: React for the form samples, zod, Node's types.
  const react = join(repo, "packages/react/node_modules");
  for (const name of ["react", "react-dom", "@types/react", "@types/react-dom"])
    link(join(react, name), join(nm, name));
  for (const name of ["zod", "@types/node"]) link(join(repo, "node_modules", name), join(nm, name));
  const cwd = join(dir, "data");
  link(join(repo, "examples"), join(cwd, "examples"));
  link(join(repo, "schemas"), join(cwd, "schemas"));
  const data = join(repo, "examples/merge-communities/data");
  for (const f of readdirSync(data)) link(join(data, f), join(cwd, f));
  writeFileSync(
    join(dir, "package.json"),
    '{ "name": "doc-samples", "private": true, "type": "module" }\n',
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2023", "DOM", "DOM.Iterable"],
          module: "ESNext",
          moduleResolution: "bundler",
          moduleDetection: "force",
          jsx: "react-jsx",
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          noEmit: true,
          allowJs: true,
          checkJs: true,
          types: ["node"],
        },
        include: ["samples"],
      },
      null,
      2,
    ),
  );
  const bin = join(dir, "bin");
  mkdirSync(bin);
  writeFileSync(
    join(bin, "linli"),
    `#!/bin/sh\nexec node ${JSON.stringify(join(repo, "packages/cli/dist/bin.js"))} "$@"\n`,
    { mode: 0o755 },
  );
  mkdirSync(join(dir, "samples"));
  // What a bundler's client types give an app (Vite's vite/client): CSS imports.
  writeFileSync(join(dir, "samples", "env.d.ts"), 'declare module "*.css";\n');
  return { dir, cwd, bin };
}
