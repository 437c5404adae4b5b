import { expectArgument } from "@linli/core";
/**
 * A condition on the values of a form, as plain data: no code is evaluated, so rules can be
 * stored as JSON and run under a strict Content-Security-Policy.
 *
 * - `{ field, in: [...] }`: the field's value (or one of the chosen values) is in the list;
 * - `{ field, filled: true | false }`: the field holds something (or nothing);
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: … }`: combinations.
 *
 * A field hidden by its own rule counts as blank.
 *
 * @example
 * ```ts
 * import type { Condition } from "@linli/forms";
 * const centralised: Condition = {
 *   all: [
 *     { field: "quarantine.status", in: ["in-quarantine"] },
 *     { field: "quarantine.place", in: ["centralised"] },
 *   ],
 * };
 * ```
 */
export type Condition =
  | { readonly field: string; readonly in: readonly string[] }
  | { readonly field: string; readonly filled: boolean }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * A rule of a form: when a field is shown, and when it is required beyond what the schema
 * says. Hidden fields are neither validated nor written to the record.
 *
 * @example
 * ```ts
 * import type { Rule } from "@linli/forms";
 * const rule: Rule = {
 *   field: "quarantine.place",
 *   visibleWhen: { field: "quarantine.status", in: ["in-quarantine"] },
 * };
 * ```
 */
export interface Rule {
  readonly field: string;
  readonly visibleWhen?: Condition;
  readonly requiredWhen?: Condition;
}

/**
 * Reads the current value of a field, blank when the field is hidden.
 *
 * @example
 * ```ts
 * import type { Lookup } from "@linli/forms";
 * const lookup: Lookup = (field) => (field === "category" ? "medicine" : undefined);
 * ```
 */
export type Lookup = (field: string) => string | readonly string[] | undefined;

/**
 * Evaluate a condition.
 *
 * @example
 * ```ts
 * import { evaluate } from "@linli/forms";
 * const values: Record<string, string> = { "quarantine.status": "in-quarantine" };
 * evaluate({ field: "quarantine.status", in: ["in-quarantine"] }, (f) => values[f]); // true
 * ```
 */
export function evaluate(c: Condition, lookup: Lookup): boolean {
  expectArgument("evaluate", "c", "object", c);
  expectArgument("evaluate", "lookup", "function", lookup);
  if ("all" in c) return c.all.every((x) => evaluate(x, lookup));
  if ("any" in c) return c.any.some((x) => evaluate(x, lookup));
  if ("not" in c) return !evaluate(c.not, lookup);
  const v = lookup(c.field);
  const values = v === undefined ? [] : typeof v === "string" ? [v.trim()] : v;
  const present = values.filter((x) => x !== "");
  if ("filled" in c) return present.length > 0 === c.filled;
  return present.some((x) => c.in.includes(x));
}

/** The fields a condition reads. */
export function fieldsOf(c: Condition, out: Set<string> = new Set()): Set<string> {
  if ("all" in c) for (const x of c.all) fieldsOf(x, out);
  else if ("any" in c) for (const x of c.any) fieldsOf(x, out);
  else if ("not" in c) fieldsOf(c.not, out);
  else out.add(c.field);
  return out;
}
