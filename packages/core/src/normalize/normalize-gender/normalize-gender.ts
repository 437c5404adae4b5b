import { checkArgument, isTextOrNumber } from "../../i18n/argument.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import type { OptionSpec } from "../../schemas/choice.js";
import { GENDER, GENDER_UNSTATED } from "../../schemas/vocabulary/person.js";
import { normalizeText } from "../normalize-text/normalize-text.js";

type GenderValue = "male" | "female" | "other";
const key = (s: string) => normalizeText(s).toLowerCase();
const label = (g: GenderValue) => ({ "zh-CN": GENDER[g]["zh-CN"], en: GENDER[g].en });

/**
 * Known spellings from the model's vocabulary, keyed by {@link key}: labels, GB/T 2261.1 codes
 * and synonyms give the value, titles (Mr, 女士 …) a hint, words of an unknown sex `null`.
 */
let table: Map<string, readonly [GenderValue | null, boolean]> | undefined;
function genders(): Map<string, readonly [GenderValue | null, boolean]> {
  if (table) return table;
  table = new Map();
  for (const [value, o] of Object.entries(GENDER) as [GenderValue, OptionSpec][]) {
    for (const w of [value, o["zh-CN"], o.en, ...(o.codes ?? []), ...(o.synonyms ?? [])]) {
      if (!table.has(key(w))) table.set(key(w), [value, false]);
    }
  }
  for (const w of GENDER_UNSTATED) table.set(key(w), [null, false]);
  for (const [value, o] of Object.entries(GENDER) as [GenderValue, OptionSpec][]) {
    for (const w of o.hints ?? []) if (!table.has(key(w))) table.set(key(w), [value, true]);
  }
  return table;
}

/**
 * Read a gender as registers and questionnaires write it and return the data model's value.
 *
 * Understands 男/女 (also 男性/女性, 男士/女士), M/F and male/female in any case, the
 * GB/T 2261.1 codes 1 (male) and 2 (female) as text or number, and 其他/other; a title (Mr,
 * Ms., 先生, 女士 …) with a `gender.hint` warning, as it only suggests the sex. The GB/T 2261.1
 * codes 0 (unknown) and 9 (not stated), and words such as 未知 or 保密, fail with
 * `gender.unknown`: they say the gender is not known, which is not a value to store. An empty
 * value fails with `gender.empty`, anything else with `gender.invalid`.
 *
 * @example
 * ```ts
 * import { normalizeGender } from "@linli/core";
 * normalizeGender("女士"); // { ok: true, value: "female", … }
 * normalizeGender(1); // { ok: true, value: "male", … }
 * const r = normalizeGender("9");
 * if (!r.ok) r.issues[0]?.code; // "gender.unknown"
 * ```
 */
export function normalizeGender(input: string | number): Result<"male" | "female" | "other"> {
  checkArgument(isTextOrNumber(input), "normalizeGender", "input", "text", input);
  const value = normalizeText(typeof input === "number" ? String(input) : input);
  if (value === "") return fail(issue("gender.empty"));
  const found = genders().get(value.toLowerCase());
  if (found === undefined) return fail(issue("gender.invalid", "error", { value }));
  const [gender, hint] = found;
  if (gender === null) return fail(issue("gender.unknown", "error", { value }));
  return hint
    ? ok(gender, [issue("gender.hint", "warning", { value, gender: label(gender) })])
    : ok(gender);
}
