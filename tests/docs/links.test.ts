import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLink, linkTargets, slug } from "./links.js";
import { markdownFiles, repo } from "./markdown.js";

describe("links in Markdown", () => {
  const files = markdownFiles();
  it("finds the docs", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/data-dictionary.md");
  });

  it.each(files)("%s", (file) => {
    const text = readFileSync(join(repo, file), "utf8");
    const broken = linkTargets(text)
      .map((target) => checkLink(file, target))
      .filter((x) => x !== undefined);
    expect(broken).toEqual([]);
  });
});

describe("link checker", () => {
  it("makes GitHub's anchors", () => {
    expect(slug("Getting started · 快速上手")).toBe("getting-started--快速上手");
    expect(slug("`linli merge` options")).toBe("linli-merge-options");
    expect(slug("2. Keyed pseudonymous keys")).toBe("2-keyed-pseudonymous-keys");
  });

  it("finds links outside code only", () => {
    const md = '[a](x.md#y) `[b](no.md)`\n```md\n[c](no.md)\n```\n[d]: ../e.md\n<img src="f.png">';
    expect(linkTargets(md)).toEqual(["x.md#y", "../e.md", "f.png"]);
  });

  it("reports missing files and headings, ignores external links", () => {
    expect(checkLink("README.md", "docs/data-dictionary.md")).toBeUndefined();
    expect(checkLink("README.md", "docs/nothing.md")).toMatch(/no such file/);
    expect(checkLink("README.md", "#nothing-here")).toMatch(/no heading/);
    expect(
      checkLink("docs/guides/faq.md", "#does-linli-work-with-require-commonjs"),
    ).toBeUndefined();
    expect(checkLink("README.md", "https://zod.dev")).toBeUndefined();
  });
});
