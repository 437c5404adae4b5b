import { expectArgument, expectText } from "./argument.js";
import type { Locale, MessageParams } from "./types.js";

const rules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, n: number): string {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r.select(n);
}

/** The end of the `{…}` group opening at `open`, counting nested braces; -1 when unbalanced. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Branches of a plural argument: `=0 {…} one {…} other {…}` → selector → text. */
function branches(body: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|[a-z]+)\s*\{/.exec(body.slice(i));
    if (!m) {
      if (/^\s*$/.test(body.slice(i))) break;
      return undefined;
    }
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) return undefined;
    out.set(m[1]!, body.slice(open + 1, end));
    i = end + 1;
  }
  return out.has("other") ? out : undefined;
}

const PLACEHOLDER = /^\{(\w+)\}/;
const PLURAL = /^\{(\w+),\s*plural,/;
const BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const HAS_BREAK = /[\r\n\u2028\u2029]/;

/** A message is one line: a header or cell written on two lines in the sheet shows its break as ↵. */
export const oneLine = (value: string): string =>
  HAS_BREAK.test(value) ? value.replace(BREAK, "↵") : value;

/** A template read into text, placeholders and plural arguments with their branches. */
type Part =
  | { readonly text: string }
  | { readonly name: string; readonly raw: string }
  | { readonly plural: string; readonly raw: string; readonly branches: Map<string, string> };

function parse(template: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  let i = 0;
  while (i < template.length) {
    const brace = template.indexOf("{", i);
    if (brace < 0) break;
    text += template.slice(i, brace);
    const rest = template.slice(brace);
    const simple = PLACEHOLDER.exec(rest);
    const plural = simple ? null : PLURAL.exec(rest);
    const end = plural ? closing(template, brace) : -1;
    const choices = end > 0 ? branches(template.slice(brace + plural![0].length, end)) : undefined;
    if (simple) {
      parts.push({ text }, { name: simple[1]!, raw: simple[0] });
      i = brace + simple[0].length;
    } else if (plural && choices) {
      const raw = template.slice(brace, end + 1);
      parts.push({ text }, { plural: plural[1]!, raw, branches: choices });
      i = end + 1;
    } else {
      text += "{";
      i = brace + 1;
      continue;
    }
    text = "";
  }
  parts.push({ text: text + template.slice(i) });
  return parts;
}

/**
 * Fill a message template for one locale. `{name}` is replaced by the parameter (a localized
 * one by its text in `locale`); `{n, plural, =0 {none} one {# row} other {# rows}}` picks the
 * branch for the number by the locale's plural rules (ICU MessageFormat's plural syntax), `#`
 * standing for the number as given (a string such as "1,234" is counted as 1234). Anything
 * else in braces is text, and a placeholder without its parameter stays as it is, so a
 * missing value shows rather than vanishes. A parameter's line breaks show as ↵, so that a
 * header written on two lines ("姓名" above "(必填)") keeps the message on one line.
 *
 * @example
 * ```ts
 * import { formatMessage } from "@linli/core";
 * formatMessage("en", "{n, plural, one {# warning} other {# warnings}}", { n: 1 }); // "1 warning"
 * formatMessage("zh-CN", "警告 {n} 条", { n: 1 }); // "警告 1 条"
 * formatMessage("en", "column “{column}”", { column: "姓名\n(必填)" }); // "column “姓名↵(必填)”"
 * ```
 */
export function formatMessage(locale: Locale, template: string, params: MessageParams): string {
  expectArgument("formatMessage", "locale", "locale", locale);
  expectText("formatMessage", "template", template);
  expectArgument("formatMessage", "params", "object", params);
  let out = "";
  for (const part of parse(template)) {
    if ("text" in part) out += part.text;
    else if ("name" in part) {
      const value = params[part.name];
      out +=
        value === undefined
          ? part.raw
          : typeof value === "object"
            ? oneLine(value[locale])
            : typeof value === "string"
              ? oneLine(value)
              : value;
    } else {
      const raw = params[part.plural];
      // A number already formatted for display ("1,234") counts as its value.
      const n =
        typeof raw === "number"
          ? raw
          : typeof raw === "string" && raw.trim() !== ""
            ? Number(raw.replace(/[,\s\u00a0]/g, ""))
            : Number.NaN;
      if (Number.isNaN(n)) out += part.raw;
      else {
        const branch =
          part.branches.get(`=${n}`) ?? part.branches.get(pluralCategory(locale, n)) ?? "";
        out += formatMessage(locale, branch.replaceAll("#", String(raw)), params);
      }
    }
  }
  return out;
}

/**
 * The names of the parameters a template uses, each once, sorted: `{name}` placeholders and
 * plural arguments. Catalogue tests compare them across locales.
 *
 * @example
 * ```ts
 * import { templateParams } from "@linli/core";
 * templateParams("{n, plural, one {# {entity}} other {# {entity}s}} in {file}"); // ["entity", "file", "n"]
 * ```
 */
export function templateParams(template: string): string[] {
  expectText("templateParams", "template", template);
  const names = new Set<string>();
  const walk = (t: string) => {
    for (const part of parse(t)) {
      if ("name" in part) names.add(part.name);
      else if ("plural" in part) {
        names.add(part.plural);
        for (const b of part.branches.values()) walk(b);
      }
    }
  };
  walk(template);
  return [...names].sort();
}
