import { type CodeBlock, fileBlocks, markdownFiles } from "./markdown.js";

/** How a sample runs: TypeScript/JavaScript in Node, a shell command using `linli`, Python. */
export type SampleKind = "ts" | "sh" | "python";

/** A runnable code block of the docs, with the output it promises when it shows one. */
export interface Sample {
  block: CodeBlock;
  kind: SampleKind;
  /** File extension the sample is written with. */
  ext: "ts" | "tsx" | "mjs" | "jsx" | "sh" | "py";
  /** What runs: the block's code, or for shell blocks its `linli` commands. */
  script: string;
  /** Text of the `text output` block right after it, when there is one. */
  expected?: string;
  /** `browser` in its info string: type-checked, not run (it needs a page or a bundler). */
  browser: boolean;
  /** Exit code the block must end with (`exit=1` in its info string), 0 unless said. */
  exit: number;
  /** A file name for it: the Markdown path and line, made safe. */
  name: string;
}

const KIND: Record<string, [SampleKind, Sample["ext"]]> = {
  ts: ["ts", "ts"],
  typescript: ["ts", "ts"],
  tsx: ["ts", "tsx"],
  js: ["ts", "mjs"],
  javascript: ["ts", "mjs"],
  mjs: ["ts", "mjs"],
  jsx: ["ts", "jsx"],
  sh: ["sh", "sh"],
  bash: ["sh", "sh"],
  shell: ["sh", "sh"],
  python: ["python", "py"],
  py: ["python", "py"],
};

/** Package-manager install commands (`npm install …`, `pnpm add …`). */
const INSTALL = /^(npm|pnpm|yarn|bun)\s+(i|install|add)(\s|$)/;

/** Lines of a shell block that are commands (comments, blanks and continuations folded away). */
export function shellCommands(code: string): string[] {
  return code
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * Every sample of the docs. `no-run` in the info string leaves a block out (for fragments),
 * `install` too (install steps, run by tests/consumer),
 * `browser` has a TypeScript block type-checked but not run in Node;
 * shell blocks run their `linli …` commands (install commands are shown, not run).
 * Problems with the markup itself (an output block after nothing runnable, a shell block
 * mixing `linli` with other commands) are returned as `errors`.
 */
export function collectSamples(files = markdownFiles()): { samples: Sample[]; errors: string[] } {
  const samples: Sample[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const blocks = fileBlocks(file);
    let previous: Sample | undefined;
    for (const block of blocks) {
      const where = `${file}:${block.line}`;
      if (block.lang === "text" && block.flags.includes("output")) {
        if (!previous || previous.expected !== undefined) {
          errors.push(`${where}: an output block must follow a runnable block`);
        } else previous.expected = block.code;
        previous = undefined;
        continue;
      }
      previous = undefined;
      const kind = KIND[block.lang];
      // Install steps (`install in=linli|project`) run in tests/consumer, word for word.
      if (!kind || block.flags.includes("no-run") || block.flags.includes("install")) continue;
      let script: string | undefined;
      if (kind[0] === "sh") {
        // Install commands are shown to the reader, not run; what remains must be `linli …`.
        const cmds = shellCommands(block.code).filter((c) => !INSTALL.test(c));
        const linli = cmds.filter((c) => /^linli(\s|$)/.test(c));
        if (linli.length === 0) continue;
        if (linli.length !== cmds.length) {
          errors.push(
            `${where}: a shell block runs only \`linli …\` commands; split it or mark it no-run`,
          );
          continue;
        }
        script = linli.join("\n");
      }
      const exitFlag = block.flags.find((f) => f.startsWith("exit="));
      const sample: Sample = {
        block,
        script: script ?? block.code,
        kind: kind[0],
        ext: kind[1],
        browser: block.flags.includes("browser"),
        exit: exitFlag ? Number(exitFlag.slice(5)) : 0,
        name: `${file.replace(/[^\p{L}\p{N}]+/gu, "_")}_L${block.line}`,
      };
      samples.push(sample);
      previous = sample;
    }
  }
  return { samples, errors };
}

/**
 * Does `actual` output match the promised `expected`? Line by line, trailing spaces ignored;
 * `…` in an expected line stands for any text (timings, paths of temporary folders).
 */
export function outputMatches(actual: string, expected: string): boolean {
  const a = actual.replace(/\s+$/, "").split("\n");
  const e = expected.replace(/\s+$/, "").split("\n");
  if (a.length !== e.length) return false;
  return e.every((line, i) => {
    const pattern = line
      .trimEnd()
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    return new RegExp(`^${pattern}$`, "s").test(a[i]!.trimEnd());
  });
}
