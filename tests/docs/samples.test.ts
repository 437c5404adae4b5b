import { execFile, execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWith } from "../support/tools.js";
import { codeBlocks, markdownFiles, repo } from "./markdown.js";
import { collectSamples, outputMatches, type Sample } from "./samples.js";
import { createSandbox, type Sandbox } from "./sandbox.js";

// Every code sample of the Markdown docs and READMEs runs here, as a user would run it: in a
// project outside the workspace that gets the built packages through node_modules. TypeScript
// samples are type-checked together (strict) and each runs in Node; `linli …` shell samples
// run the built CLI; Python samples run where Python has jsonschema. A `text output` block
// right after a sample is what it must print. `pnpm test` builds the packages first.
const run = promisify(execFile);
// DOC_SAMPLES=<part of a path> runs the samples of matching files only, while writing docs.
const only = process.env.DOC_SAMPLES;
const { samples, errors } = collectSamples(
  only ? markdownFiles().filter((f) => f.includes(only)) : undefined,
);
const bySource = (kind: Sample["kind"]) => samples.filter((s) => s.kind === kind);

let box: Sandbox;
const typeErrors = new Map<string, string[]>();

beforeAll(() => {
  box = createSandbox();
  for (const s of bySource("ts"))
    writeFileSync(join(box.dir, "samples", `${s.name}.${s.ext}`), s.script);
  try {
    execFileSync(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", "."], {
      cwd: box.dir,
      encoding: "utf8",
    });
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? e);
    for (const line of out.split("\n")) {
      const m = /^samples\/([^.(]+)\.\w+\((\d+),\d+\): (.*)$/.exec(line);
      if (!m) continue;
      const list = typeErrors.get(m[1]!) ?? [];
      list.push(`line ${m[2]}: ${m[3]}`);
      typeErrors.set(m[1]!, list);
    }
    if (typeErrors.size === 0) throw new Error(`tsc failed without sample errors:\n${out}`);
  }
}, 120_000);

afterAll(() => {
  if (box) rmSync(box.dir, { recursive: true, force: true });
});

/** The test table of some samples; a placeholder when there are none (a suite needs a test). */
function table(kind: Sample["kind"]): (readonly [string, Sample])[] {
  return bySource(kind).map((s) => [`${s.block.file}:${s.block.line}`, s] as const);
}

/** Run one sample in the sandbox; returns what it printed and how it ended. */
async function execute(
  s: Sample,
  python?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const lang = s.block.file.endsWith(".zh-CN.md") ? "zh_CN.UTF-8" : "en_US.UTF-8";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${box.bin}:${process.env.PATH}`,
    LANG: lang,
    LC_ALL: "",
  };
  delete env.NODE_OPTIONS;
  let cmd: string;
  let args: string[];
  if (s.kind === "ts") {
    const js = ts.transpileModule(s.script, {
      fileName: `sample.${s.ext}`,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        jsx: ts.JsxEmit.ReactJSX,
        verbatimModuleSyntax: false,
      },
    }).outputText;
    const file = join(box.cwd, `${s.name}.mjs`);
    writeFileSync(file, js);
    [cmd, args] = [process.execPath, [file]];
  } else if (s.kind === "sh") {
    [cmd, args] = ["bash", ["-eo", "pipefail", "-c", s.script]];
  } else {
    const file = join(box.cwd, `${s.name}.py`);
    writeFileSync(file, s.script);
    [cmd, args] = [python!, [file]];
  }
  try {
    const r = await run(cmd, args, { cwd: box.cwd, env, timeout: 60_000, maxBuffer: 1 << 24 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string; message: string };
    return {
      code: typeof err.code === "number" ? err.code : -1,
      stdout: err.stdout ?? "",
      stderr: err.stderr || err.message,
    };
  }
}

async function check(s: Sample, python?: string): Promise<void> {
  const r = await execute(s, python);
  const where = `${s.block.file}:${s.block.line}`;
  if (only) console.log(`── ${where}\n${r.stdout}`);
  expect(r.code, `${where} exited with ${r.code}:\n${r.stderr}\n${r.stdout}`).toBe(s.exit);
  if (s.expected !== undefined && !outputMatches(r.stdout, s.expected)) {
    expect(r.stdout.trimEnd(), `${where} printed something else than its output block`).toBe(
      s.expected.trimEnd(),
    );
  }
}

describe("doc samples", () => {
  it("are marked up correctly", () => {
    expect(errors).toEqual([]);
  });

  // With DOC_SAMPLES some files only: their samples, not the whole set.
  if (!only) {
    it("include the README, the guides and each kind", () => {
      const files = new Set(samples.map((s) => s.block.file));
      expect(files).toContain("README.md");
      expect([...files].some((f) => f.startsWith("docs/guides/"))).toBe(true);
      expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(["ts", "sh", "python"]));
    });
  }

  if (table("ts").length > 0) {
    describe.concurrent("TypeScript and JavaScript", () => {
      it.each(table("ts"))("%s", async (_, s) => {
        expect(typeErrors.get(s.name) ?? [], "type errors").toEqual([]);
        if (!s.browser) await check(s);
      });
    });
  }

  // In document order: a later command may read what an earlier one wrote.
  if (table("sh").length > 0) {
    describe("linli commands", () => {
      it.each(table("sh"))("%s", async (_, s) => check(s));
    });
  }

  if (table("python").length > 0) {
    describeWith("python", "Python", (python) => {
      it.each(table("python"))("%s", async (_, s) => check(s, python));
    });
  }
});

describe("sample markup", () => {
  it("reads fences, info strings and indentation", () => {
    const md = "x\n\n  ```ts no-run\n  const a = 1;\n  ```\n\n~~~sh\nlinli --help\n~~~\n";
    expect(codeBlocks("a.md", md)).toEqual([
      { file: "a.md", line: 3, lang: "ts", flags: ["no-run"], code: "const a = 1;" },
      { file: "a.md", line: 7, lang: "sh", flags: [], code: "linli --help" },
    ]);
  });

  it("matches outputs line by line with … as a wildcard", () => {
    expect(outputMatches("a 12 ms\nb\n", "a … ms\nb")).toBe(true);
    expect(outputMatches("a 12 ms\nb\nc", "a … ms\nb")).toBe(false);
    expect(outputMatches("x", "y")).toBe(false);
  });
});
