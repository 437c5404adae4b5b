import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { publicPackages } from "../../scripts/packages.js";
import { TOOLS } from "../support/tools.js";
import { linkTargets } from "./links.js";
import { markdownFiles, repo } from "./markdown.js";

// The README's claims that drift when something is added: the package table, what the test
// command needs and what CI installs for it, the guides, and that linli is not on npm yet
// (while no package has been released).
const read = (file: string) => readFileSync(join(repo, file), "utf8");
const readme = read("README.md");

/** Where a Markdown file links to, as paths from the repository root (anchors dropped). */
const linksOf = (file: string, text = read(file)) =>
  new Set(
    linkTargets(text)
      .filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith("#"))
      .map((t) => posix.normalize(posix.join(posix.dirname(file), t.split("#")[0]!))),
  );

const guides = readdirSync(join(repo, "docs/guides"))
  .filter((f) => f.endsWith(".md") && !f.startsWith("README"))
  .map((f) => `docs/guides/${f}`);
const english = guides.filter((g) => !g.endsWith(".zh-CN.md"));
const chinese = guides.filter((g) => g.endsWith(".zh-CN.md"));

describe("README.md", () => {
  it("lists every public package in its package table", () => {
    const table = readme.slice(readme.indexOf("## Packages"), readme.indexOf("## Develop"));
    for (const p of publicPackages()) expect(table, p.name).toContain(`[\`${p.name}\`](packages/`);
  });

  it("says what the test command needs: Node, and each program some tests drive", () => {
    const top = readme.slice(0, readme.indexOf("## Install"));
    expect(top).toMatch(/Node\.js 20\.19/);
    for (const t of Object.values(TOOLS)) {
      expect(top, t.label).toContain(t.label.split(" ")[0]!);
      expect(top, t.env).toContain(t.env);
      expect(top, t.install).toContain(t.install.replace("apt-get install ", ""));
    }
  });

  it("runs in CI the test command it gives, after installing each program some tests drive", () => {
    const ci = read(".ci/run");
    const command = readme.split("\n")[4]!.split("#")[0]!.trim();
    expect(command).toBe("pnpm install --frozen-lockfile && pnpm test");
    expect(ci.trimEnd().split("\n").at(-1)).toBe(command);
    const says = readme.slice(readme.indexOf("`bash .ci/run` is what CI runs"));
    const sentence = says.slice(0, says.indexOf("\n\n"));
    for (const t of Object.values(TOOLS)) {
      expect(ci, t.install).toContain(t.install.replace("apt-get install ", ""));
      expect(sentence, t.label).toContain(t.label.split(" ")[0]!);
    }
  });

  it("links every guide, in English and in Chinese, as the guide indexes do", () => {
    const guideText = readme.slice(readme.indexOf("## Guides"), readme.indexOf("## Packages"));
    const chineseText = readme.slice(readme.indexOf("中文指南"));
    expect([...english].filter((g) => !linksOf("README.md", guideText).has(g))).toEqual([]);
    expect([...chinese].filter((g) => !linksOf("README.md", chineseText).has(g))).toEqual([]);
    const index = linksOf("docs/guides/README.md");
    const indexZh = linksOf("docs/guides/README.zh-CN.md");
    expect(english.filter((g) => !index.has(g))).toEqual([]);
    expect(chinese.filter((g) => !indexZh.has(g))).toEqual([]);
  });

  it("leaves no page of docs/ unreachable: each is linked from the guide index or a guide", () => {
    const linked = new Set<string>();
    for (const from of ["docs/guides/README.md", ...english])
      for (const to of linksOf(from)) linked.add(to);
    const pages = markdownFiles().filter(
      (f) => f.startsWith("docs/") && !f.startsWith("docs/guides/") && !f.endsWith(".zh-CN.md"),
    );
    // The API reference's home page is typedoc's, not a page of its own.
    expect(pages.filter((p) => p !== "docs/api-home.md" && !linked.has(p))).toEqual([]);
  });

  it("says that the packages are not on npm, while none has been released", () => {
    // Until the first release every package is at 0.0.0; after it, the note must go.
    const released = publicPackages().some((p) => p.version !== "0.0.0");
    expect(/linli is not on npm yet/.test(readme), "English note").toBe(!released);
    expect(/尚未发布到 npm/.test(readme), "Chinese note").toBe(!released);
  });
});
