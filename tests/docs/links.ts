import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { repo } from "./markdown.js";

// Relative links and anchors of every Markdown file must lead somewhere. External links are
// not fetched (CI has no general web access); links to the repository's own GitHub pages are
// checked as the relative paths they stand for.
const GITHUB = "https://github.com/linli-data/linli/blob/main/";

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/<[^>]+>/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Text outside fenced code blocks. */
function withoutFences(text: string): string {
  return text.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\s*\2[^\n]*$/gm, "");
}

/** Text outside fenced code blocks and inline code, where links live. */
function prose(text: string): string {
  return withoutFences(text).replace(/`[^`\n]*`/g, "");
}

const anchorCache = new Map<string, Set<string>>();
/** Every anchor a Markdown file offers: headings (numbered when repeated) and id/name attributes. */
export function anchors(file: string): Set<string> {
  const cached = anchorCache.get(file);
  if (cached) return cached;
  const text = withoutFences(readFileSync(file, "utf8"));
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]!);
  anchorCache.set(file, out);
  return out;
}

/** Link targets of a Markdown text: inline links and images, reference definitions, HTML. */
export function linkTargets(text: string): string[] {
  const t = prose(text);
  const out: string[] = [];
  for (const m of t.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of t.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) out.push(m[1]!);
  for (const m of t.matchAll(/<(?:a|img)\s[^>]*(?:href|src)="([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** What is wrong with one link of `file` (relative to the repository), or undefined. */
export function checkLink(file: string, target: string): string | undefined {
  let t = target;
  if (t.startsWith(GITHUB)) t = `/${t.slice(GITHUB.length)}`;
  else if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return undefined;
  const [pathPart = "", hash] = t.split("#", 2) as [string, string | undefined];
  const path = decodeURIComponent(pathPart.split("?")[0]!);
  const abs =
    path === ""
      ? join(repo, file)
      : path.startsWith("/")
        ? join(repo, path)
        : normalize(join(repo, dirname(file), path));
  if (!abs.startsWith(repo)) return `${target}: outside the repository`;
  if (!existsSync(abs)) return `${target}: no such file`;
  if (hash === undefined || hash === "") return undefined;
  if (statSync(abs).isDirectory() || !abs.endsWith(".md")) return undefined;
  if (!anchors(abs).has(decodeURIComponent(hash))) return `${target}: no heading #${hash}`;
  return undefined;
}
