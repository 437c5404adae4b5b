import { checkArgument, isTextOrNumber } from "../../i18n/argument.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import { normalizeText } from "../normalize-text/normalize-text.js";

type GenderValue = "male" | "female" | "other";

/** Known spellings, keyed in lower case after {@link normalizeText}. `null` means "not stated". */
const GENDERS: ReadonlyMap<string, GenderValue | null> = /* @__PURE__ */ new Map<
  string,
  GenderValue | null
>([
  ["男", "male"],
  ["男性", "male"],
  ["男士", "male"],
  ["男生", "male"],
  ["男的", "male"],
  ["男孩", "male"],
  ["m", "male"],
  ["male", "male"],
  ["man", "male"],
  ["boy", "male"],
  ["♂", "male"],
  ["1", "male"],
  ["女", "female"],
  ["女性", "female"],
  ["女士", "female"],
  ["女生", "female"],
  ["女的", "female"],
  ["女孩", "female"],
  ["f", "female"],
  ["female", "female"],
  ["woman", "female"],
  ["girl", "female"],
  ["♀", "female"],
  ["2", "female"],
  ["其他", "other"],
  ["其它", "other"],
  ["other", "other"],
  ["x", "other"],
  ["non-binary", "other"],
  ["nonbinary", "other"],
  ["非二元", "other"],
  ["0", null],
  ["9", null],
  ["未知", null],
  ["未知的性别", null],
  ["不详", null],
  ["未说明", null],
  ["未说明的性别", null],
  ["保密", null],
  ["unknown", null],
  ["not stated", null],
  ["prefer not to say", null],
]);

/**
 * Read a gender as registers and questionnaires write it and return the data model's value.
 *
 * Understands 男/女 (also 男性/女性, 男士/女士), M/F and male/female in any case, the
 * GB/T 2261.1 codes 1 (male) and 2 (female) as text or number, and 其他/other. The GB/T 2261.1
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
  const gender = GENDERS.get(value.toLowerCase());
  if (gender === undefined) return fail(issue("gender.invalid", "error", { value }));
  if (gender === null) return fail(issue("gender.unknown", "error", { value }));
  return ok(gender);
}
