import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publicPackages } from "../../scripts/packages.js";
import { fileBlocks } from "../docs/markdown.js";

export { publicPackages };

/** The repository root. */
export const repo = fileURLToPath(new URL("../../", import.meta.url));

/** The guide whose install steps the consumer tests follow. */
export const GUIDE = "docs/guides/getting-started.md";

/** A step of the guide: commands to run where it says, or a file it has you write. */
export type GuideStep =
  | { kind: "run"; where: "linli" | "project"; commands: string; line: number }
  | { kind: "file"; name: string; code: string; expected?: string; line: number };

/**
 * The install steps of a guide in order: its `sh install in=linli|project` blocks (the
 * `linli` folder is the clone of the repository, `project` the user's project beside it) and
 * its `file=<name>` code blocks, with the output a file's sample promises.
 */
export function guideSteps(file = GUIDE): GuideStep[] {
  const blocks = fileBlocks(file);
  const steps: GuideStep[] = [];
  blocks.forEach((b, i) => {
    const where = b.flags.find((f) => f.startsWith("in="))?.slice(3);
    if (b.flags.includes("install")) {
      if (where !== "linli" && where !== "project") {
        throw new Error(`${file}:${b.line}: an install block says in=linli or in=project`);
      }
      steps.push({ kind: "run", where, commands: b.code, line: b.line });
    }
    const name = b.flags.find((f) => f.startsWith("file="))?.slice(5);
    if (name) {
      const next = blocks[i + 1];
      const expected =
        next?.lang === "text" && next.flags.includes("output") ? next.code : undefined;
      steps.push({
        kind: "file",
        name,
        code: b.code,
        line: b.line,
        ...(expected ? { expected } : {}),
      });
    }
  });
  return steps;
}

/** Tool versions the consumer project installs to check itself, the ones the repository pins. */
export function rootPin(name: string): string {
  const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const v = pkg.devDependencies?.[name];
  if (!v) throw new Error(`the root package.json pins no ${name}`);
  return v;
}

/** What following the guide did: each run step's output, and where things are. */
export interface FollowedGuide {
  /** The user's project. */
  readonly dir: string;
  /** The npm prefix that global installs and links went to (its `bin` is on PATH). */
  readonly global: string;
  readonly env: NodeJS.ProcessEnv;
  readonly runs: { step: GuideStep & { kind: "run" }; stdout: string }[];
}

/**
 * Follow the install steps of the guide word for word: each `in=linli` block runs in the
 * repository (standing for the clone; the one step not taken is `git clone`), each
 * `in=project` block in a fresh project folder beside a `linli` link to it (made, as the guide
 * says, with `npm init -y`), each file written where the guide says. Global installs and
 * links go to a temporary npm prefix, never the machine's.
 */
export function followGuide(): FollowedGuide {
  const base = mkdtempSync(join(tmpdir(), "linli-consumer-"));
  symlinkSync(repo, join(base, "linli"));
  const dir = join(base, "app");
  mkdirSync(dir);
  const global = join(base, "global");
  mkdirSync(global);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_prefix: global,
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_update_notifier: "false",
    PATH: `${join(global, "bin")}:${process.env.PATH}`,
  };
  delete env.NODE_OPTIONS;
  execFileSync("npm", ["init", "-y"], { cwd: dir, env, stdio: "ignore" });
  const runs: FollowedGuide["runs"] = [];
  for (const step of guideSteps()) {
    if (step.kind === "file") {
      writeFileSync(join(dir, step.name), `${step.code}\n`);
      continue;
    }
    const r = spawnSync("bash", ["-eo", "pipefail", "-c", step.commands], {
      cwd: step.where === "linli" ? repo : dir,
      env,
      encoding: "utf8",
      timeout: 600_000,
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) {
      throw new Error(
        `${GUIDE}:${step.line} failed (exit ${r.status}):\n${step.commands}\n${r.stdout}\n${r.stderr}`,
      );
    }
    runs.push({ step, stdout: r.stdout });
  }
  return { dir, global, env, runs };
}

/** The tarball `pnpm run pack:all` wrote for a package. */
export function tarball(pkg: { name: string; version: string }): string {
  return join(repo, "packs", `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`);
}

/** Run a command in the consumer project and return what it printed. */
export function run(dir: string, cmd: string, args: string[], env?: NodeJS.ProcessEnv): string {
  return execFileSync(cmd, args, {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    ...(env ? { env } : {}),
  });
}
