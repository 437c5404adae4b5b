import type { Locale } from "@linli/core";
import { esc } from "./format.js";

/**
 * The start of a linli HTML page, up to `</head>`: UTF-8, a mobile viewport, a content
 * security policy that allows nothing but the page's own inline style (no scripts, no
 * network), the generator, the title (escaped) and the style. The merge report, the hub's
 * roll-up and the delivery sheets all begin with it.
 *
 * @example
 * ```ts
 * htmlHead("zh-CN", "合并报告", "body{margin:0}").split("\n")[1]; // '<html lang="zh-CN">'
 * ```
 */
export function htmlHead(lang: Locale, title: string, style: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="linli">
<title>${esc(title)}</title>
<style>${style}</style>
</head>`;
}
