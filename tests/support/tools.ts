// Programs some tests drive besides Node: Chromium (browser tests), LibreOffice (opening what
// linli writes), Python with jsonschema (the Python doc samples). One place decides what a
// test does when one is missing: outside CI it is skipped, by name, and the run ends with a
// notice saying what to install (skip-reporter.ts); in CI (the CI variable set) it fails.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, it } from "vitest";

/** A program some tests need. */
export type ToolName = "chromium" | "libreoffice" | "python";

interface ToolSpec {
  readonly label: string;
  /** The variable naming the program; set to a path that does not exist to test without it. */
  readonly env: string;
  /** Names looked up on PATH, then absolute paths tried. */
  readonly names: readonly string[];
  readonly paths: readonly string[];
  readonly install: string;
  /** What a found program must manage besides existing. */
  readonly works?: (path: string) => boolean;
}

export const TOOLS: Readonly<Record<ToolName, ToolSpec>> = {
  chromium: {
    label: "Chromium",
    env: "CHROMIUM_PATH",
    names: ["chromium", "chromium-browser"],
    paths: ["/usr/bin/chromium"],
    install: "apt-get install chromium",
  },
  libreoffice: {
    label: "LibreOffice",
    env: "SOFFICE_PATH",
    names: ["soffice", "libreoffice"],
    paths: [],
    install: "apt-get install libreoffice-calc-nogui",
  },
  python: {
    label: "Python with jsonschema",
    env: "PYTHON_PATH",
    names: ["python3"],
    paths: ["/usr/bin/python3"],
    install: "apt-get install python3-jsonschema",
    works: (py) => {
      try {
        execFileSync(py, ["-c", "import jsonschema"], { stdio: "ignore", timeout: 30_000 });
        return true;
      } catch {
        return false;
      }
    },
  },
};

const executable = (p: string) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Where `tool` is on this machine, or undefined: the path its variable names (only that one
 * when set), else the first of its names on PATH, else a usual place, that works.
 */
export function findTool(
  tool: ToolName,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const spec = TOOLS[tool];
  const works = (p: string) => executable(p) && (spec.works?.(p) ?? true);
  const named = env[spec.env];
  if (named !== undefined)
    return named !== "" && existsSync(named) && works(named) ? named : undefined;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const candidates = [...spec.names.flatMap((n) => dirs.map((d) => join(d, n))), ...spec.paths];
  return [...new Set(candidates)].find((p) => existsSync(p) && works(p));
}

/** What a suite needing `tool` does: run, be skipped (outside CI), or fail (in CI). */
export function toolPlan(
  path: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): "run" | "skip" | "fail" {
  if (path) return "run";
  return env.CI && env.CI !== "false" && env.CI !== "0" ? "fail" : "skip";
}

/** The marker in the name of a suite that needs a tool; the skip reporter reads it. */
export const needs = (tool: ToolName) => `[needs ${TOOLS[tool].label}]`;

/** What to do about a missing tool, in one line. */
export function missingText(tool: ToolName): string {
  const s = TOOLS[tool];
  return `${s.label} was not found (${s.install}, or set ${s.env} to its path)`;
}

const found = new Map<ToolName, string | undefined>();

/**
 * A suite of tests that need `tool`: `body` gets the program's path. Where the tool is
 * missing the suite is skipped outside CI (its name says what it needs) and fails in CI.
 *
 * @example
 * ```ts
 * describeWith("chromium", "the report in Chromium", (chromium) => {
 *   it("renders", async () => { … });
 * });
 * ```
 */
export function describeWith(tool: ToolName, name: string, body: (path: string) => void): void {
  if (!found.has(tool)) found.set(tool, findTool(tool));
  const path = found.get(tool);
  const title = `${name} ${needs(tool)}`;
  const plan = toolPlan(path);
  if (plan === "run") describe(title, () => body(path!));
  else if (plan === "fail") {
    describe(title, () => {
      it(`finds ${TOOLS[tool].label}`, () => {
        throw new Error(`${missingText(tool)}; CI runs every test.`);
      });
    });
  } else describe.skip(title, () => body(""));
}
