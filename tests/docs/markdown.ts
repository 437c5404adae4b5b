import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repo = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Every Markdown file of the repository, relative to its root: tracked ones and new ones not
 * ignored by git (generated API pages in docs/api are ignored, so never checked here).
 */
export function markdownFiles(): string[] {
  const out = execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "*.md"],
    { cwd: repo, encoding: "utf8" },
  );
  return [...new Set(out.split("\0").filter(Boolean))]
    .filter((f) => !f.includes("node_modules/") && !/(^|\/)CHANGELOG\.md$/.test(f))
    .sort();
}

/** One fenced code block of a Markdown file. */
export interface CodeBlock {
  /** File relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** First word of the info string, lower case: `ts`, `sh`, `python`, `text`… */
  lang: string;
  /** The other words of the info string, e.g. `no-run` or `output`. */
  flags: string[];
  /** The block's content, with the fence's indentation removed. */
  code: string;
}

/** The fenced code blocks of one Markdown text, in order (CommonMark fences, ``` or ~~~). */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = (open[1] ?? "").length;
    const fence = open[2]!;
    const [lang = "", ...flags] = open[3]!.trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const close = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
      if (close.test(l)) break;
      body.push(l.slice(Math.min(indent, l.length - l.trimStart().length)));
    }
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), flags, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/** The code blocks of a repository Markdown file. */
export function fileBlocks(file: string): CodeBlock[] {
  return codeBlocks(file, readFileSync(join(repo, file), "utf8"));
}
