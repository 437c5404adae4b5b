import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repo = fileURLToPath(new URL("../../", import.meta.url));

/** Public packages: every folder under packages/ whose package.json is not private. */
export function publicPackages(): { dir: string; name: string; version: string }[] {
  const root = join(repo, "packages");
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, "package.json")))
    .map((d) => {
      const pkg = JSON.parse(readFileSync(join(root, d, "package.json"), "utf8"));
      return {
        dir: join(root, d),
        name: pkg.name as string,
        version: pkg.version as string,
        private: pkg.private,
      };
    })
    .filter((p) => !p.private);
}

/** Tool versions the consumer projects install, the same ones the repository pins. */
function rootPin(name: string): string {
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const v = pkg.devDependencies?.[name];
  if (!v) throw new Error(`the root package.json pins no ${name}`);
  return v;
}

/**
 * `pnpm pack` every public package into a fresh folder and create a project outside the
 * workspace that depends on the tarballs only (no workspace links), as a user's project would.
 */
export function createConsumerProject(extraDeps: Record<string, string>): {
  dir: string;
  tarballs: Record<string, string>;
} {
  const base = mkdtempSync(join(tmpdir(), "linli-consumer-"));
  const packs = join(base, "tarballs");
  mkdirSync(packs);
  const tarballs: Record<string, string> = {};
  for (const p of publicPackages()) {
    if (!existsSync(join(p.dir, "dist"))) {
      throw new Error(`${p.name} is not built: run \`pnpm build\` first (\`pnpm test\` does).`);
    }
    const out = execFileSync("pnpm", ["pack", "--pack-destination", packs], {
      cwd: p.dir,
      encoding: "utf8",
    });
    const file = out.trim().split("\n").pop()!.trim();
    tarballs[p.name] = `file:${file}`;
  }
  const dir = join(base, "app");
  mkdirSync(dir);
  const pins: Record<string, string> = {};
  for (const [name, version] of Object.entries(extraDeps))
    pins[name] = version === "root" ? rootPin(name) : version;
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: "linli-consumer",
        private: true,
        type: "module",
        dependencies: { ...tarballs, ...pins },
      },
      null,
      2,
    ),
  );
  // pnpm 12 reads overrides from pnpm-workspace.yaml: internal dependencies resolve to the
  // tarballs too, never to the registry.
  const overrides = Object.entries(tarballs)
    .map(([name, spec]) => `  "${name}": "${spec}"`)
    .join("\n");
  writeFileSync(
    join(dir, "pnpm-workspace.yaml"),
    `allowBuilds:\n  esbuild: true\noverrides:\n${overrides}\n`,
  );
  execFileSync("pnpm", ["install", "--prefer-offline", "--reporter=silent"], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "true" },
  });
  return { dir, tarballs };
}

/** Run a command in the consumer project and return what it printed. */
export function run(dir: string, cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}
