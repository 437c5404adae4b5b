import { type Localized, normalizeGender, type OptionWords } from "@linli/core";
import { similarity } from "../mapping/header-text.js";
import { adapterMessage } from "../messages.js";
import type { CellConverter, CellOutcome, CellProblem } from "./convert.js";

/** How many texts an enum converter remembers beyond its values and labels. */
const LEARN = 4096;

/** Comparison key: full-width folded, lower case, without spaces and dots (Mr. = Mr). */
const key = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.。·]+/g, "");

/** What an enum converter reads: the model's values and labels, and more words for them. */
export interface EnumWords {
  readonly values: readonly string[];
  readonly labels?: Readonly<Record<string, Localized>>;
  /** The model's codes, synonyms and hints per value (`x-vocabulary`). */
  readonly vocabulary?: Readonly<Record<string, OptionWords>>;
  /** The user's words per value; they win over the model's. */
  readonly user?: Readonly<Record<string, readonly string[]>>;
  readonly field: Localized;
  /** Gender: the GB/T 2261.1 codes 0 and 9 and words such as 未知 say why they are not kept. */
  readonly gender?: boolean;
}

/**
 * The converter of a choice column. A value, a label in either language, a code or synonym
 * of the model's vocabulary or the user's is read as its value; a shortened label (户籍 for
 * 户籍人口) too, when only one label fits. A hint (“Ms.”) is read with a warning. Anything else
 * is a problem, with a "did you mean" when a known word is a typo away.
 */
export function enumConverter(words: EnumWords): CellConverter {
  const { values, labels, vocabulary, user, field } = words;
  const whole = new Map<string, string>();
  const hinted = new Map<string, string>();
  /** Labels and values: the only names a shortened text may stand for. */
  const named: [string, string][] = [];
  const add = (name: string, value: string, partial = false) => {
    const k = key(name);
    if (k === "" || whole.has(k)) return;
    whole.set(k, value);
    if (partial && k.length >= 2) named.push([k, value]);
  };
  // The user's words first: they know their files better than the model does.
  for (const v of values) for (const w of user?.[v] ?? []) add(w, v);
  for (const v of values) add(v, v, true);
  for (const v of values) {
    const l = labels?.[v];
    if (!l) continue;
    for (const name of [l["zh-CN"], l.en]) {
      add(name, v, true);
      add(name.replace(/[(（][^)）]*[)）]/g, ""), v, true);
      add(name.replace(/[()（）]/g, ""), v, true);
      for (const part of name.split(/[/、]/)) add(part, v, true);
    }
  }
  for (const v of values) for (const w of vocabulary?.[v]?.codes ?? []) add(w, v);
  for (const v of values) for (const w of vocabulary?.[v]?.synonyms ?? []) add(w, v);
  for (const v of values) {
    for (const w of vocabulary?.[v]?.hints ?? []) {
      const k = key(w);
      if (!whole.has(k) && !hinted.has(k)) hinted.set(k, v);
    }
  }
  // Suggestions come from every word but codes: a typo of 10 is not 11.
  const suggestible = [...whole.entries()].filter(([n]) => n.length >= 2 && !/^\d+$/.test(n));
  const label = (v: string): Localized => ({
    "zh-CN": labels?.[v]?.["zh-CN"] ?? v,
    en: labels?.[v]?.en ?? v,
  });
  const options = {
    "zh-CN": values.map((v) => label(v)["zh-CN"]).join("、"),
    en: values.map((v) => label(v).en).join(", "),
  };
  const fail = (text: string): CellOutcome => {
    const near = closest(key(text), suggestible);
    const suggestion: Localized | string = near
      ? {
          "zh-CN": `（是不是“${label(near)["zh-CN"]}”？）`,
          en: ` (did you mean “${label(near).en}”?)`,
        }
      : "";
    return {
      ok: false,
      problems: [problem("cell.enum", "error", { value: text.trim(), field, options, suggestion })],
    };
  };
  const read = (text: string): CellOutcome => {
    const k = key(text);
    const hit = whole.get(k);
    if (hit) return { ok: true, value: hit };
    const hint = hinted.get(k);
    if (hint) {
      const params = { value: text.trim(), field, option: label(hint) };
      return { ok: true, value: hint, warnings: [problem("cell.enumHint", "warning", params)] };
    }
    if (words.gender) {
      const g = normalizeGender(text);
      if (!g.ok && g.issues.some((i) => i.code === "gender.unknown")) {
        return {
          ok: false,
          problems: g.issues.map((i) => ({
            code: i.code,
            severity: i.severity,
            detail: i.message,
          })),
        };
      }
    }
    if (k.length >= 2) {
      // A shortened label: one starting with the text wins over one merely containing it.
      const prefix = new Set<string>();
      const found = new Set<string>();
      for (const [name, v] of named) {
        if (name.startsWith(k)) prefix.add(v);
        if (name.includes(k) || k.includes(name)) found.add(v);
      }
      if (prefix.size === 1) return { ok: true, value: [...prefix][0]! };
      if (found.size === 1) return { ok: true, value: [...found][0]! };
    }
    return fail(text);
  };
  // A register repeats 户籍 and 男 on every row: outcomes are remembered by exact text, a
  // bounded number, as the texts come from the file.
  const seen = new Map<string, CellOutcome>();
  return (text) => {
    const known = seen.get(text);
    if (known) return known;
    const r = read(text);
    if (seen.size < LEARN) seen.set(text, r);
    return r;
  };
}

const problem = (
  code: "cell.enum" | "cell.enumHint",
  severity: CellProblem["severity"],
  params: Record<string, string | number | Localized>,
): CellProblem => ({ code, severity, detail: adapterMessage(code, params) });

/**
 * The value whose word is closest to `k`, when it is a typo away: one edit in a short word,
 * two in a word of six characters or more.
 */
function closest(k: string, names: readonly (readonly [string, string])[]): string | undefined {
  if (k.length < 3) return undefined;
  let best: string | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const [name, v] of names) {
    const longer = Math.max(name.length, k.length);
    const allowed = longer >= 6 ? 2 : 1;
    if (Math.abs(name.length - k.length) > allowed) continue;
    const edits = Math.round((1 - similarity(k, name)) * longer);
    if (edits <= allowed && edits < fewest) {
      fewest = edits;
      best = v;
    }
  }
  return best;
}
