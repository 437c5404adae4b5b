import { fail, type Issue, type Localized, ok, type Result } from "@linli/core";
import { privacyIssue } from "../errors.js";
import { privacyMessage } from "../messages.js";
import { builtinProfileNames } from "./builtins.js";
import {
  type Action,
  addressLevels,
  fieldKinds,
  piiClasses,
  type SharingProfile,
} from "./types.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
const show = (v: unknown) => (typeof v === "string" ? `“${v}”` : (JSON.stringify(v) ?? String(v)));

const actionNames = ["keep", "drop", "mask", "generalise", "pseudonymise"];
const FIELD_KEY = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)*$/;

type Check = (v: unknown) => Localized | undefined;
const integer =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? undefined
      : privacyMessage("expect.integer", { min, max });
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v)
      ? undefined
      : privacyMessage("expect.oneOf", { values: values.join(", ") });

const OPTIONS: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  keep: {},
  drop: {},
  pseudonymise: {},
  mask: { keepStart: integer(0, 32), keepEnd: integer(0, 32) },
  generalise: {
    birthDate: oneOf(["age-band", "year"]),
    bandWidth: integer(1, 50),
    topCode: (v) =>
      v === false || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 150)
        ? undefined
        : privacyMessage("expect.integerOrFalse", { min: 1, max: 150 }),
    date: oneOf(["month", "year"]),
    level: oneOf(addressLevels),
    geoDecimals: integer(0, 6),
  },
};

function checkAction(value: unknown, at: string, path: (string | number)[], out: Issue[]): void {
  const name = typeof value === "string" ? value : isObj(value) ? value.action : undefined;
  if (typeof name !== "string" || !actionNames.includes(name)) {
    out.push(privacyIssue("profile.action", "error", { value: show(value), at }, path));
    return;
  }
  if (!isObj(value)) return;
  const allowed = OPTIONS[name]!;
  for (const [option, v] of Object.entries(value)) {
    if (option === "action") continue;
    const check = allowed[option];
    if (!check) {
      const names = Object.keys(allowed);
      out.push(
        privacyIssue(
          "profile.optionUnknown",
          "error",
          {
            option,
            action: name,
            at,
            expected: names.length ? names.join(", ") : privacyMessage("expect.none"),
          },
          [...path, option],
        ),
      );
      continue;
    }
    const expected = check(v);
    if (expected) {
      out.push(
        privacyIssue("profile.optionValue", "error", { option, at, expected, value: show(v) }, [
          ...path,
          option,
        ]),
      );
    }
  }
}

/**
 * Check that a value is a valid {@link SharingProfile}, e.g. one read from a file, with every
 * problem reported in zh-CN and en and a path to it.
 *
 * @example
 * ```ts
 * import { validateProfile } from "@linli/privacy";
 * const r = validateProfile({
 *   name: "x",
 *   description: { "zh-CN": "某方案", en: "Some profile" },
 *   extends: "partner-ngo",
 *   kinds: { phone: "hide" },
 * });
 * if (!r.ok) r.issues[0]?.message["zh-CN"];
 * // "kinds.phone 处的处理方式 “hide” 无法识别；应为 keep、drop、mask、generalise 或 pseudonymise"
 * ```
 */
export function validateProfile(input: unknown): Result<SharingProfile> {
  if (!isObj(input))
    return fail(privacyIssue("profile.notObject", "error", { type: typeOf(input) }));
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (
      !["$schema", "name", "description", "extends", "classes", "kinds", "fields"].includes(key)
    ) {
      issues.push(privacyIssue("profile.unknownKey", "error", { key }, [key]));
    }
  }
  const { name, description, classes, kinds, fields } = input;
  if (typeof name !== "string" || name.trim() === "" || name.length > 100) {
    issues.push(privacyIssue("profile.name", "error", {}, ["name"]));
  }
  if (
    !isObj(description) ||
    Object.keys(description).some((k) => k !== "zh-CN" && k !== "en") ||
    typeof description["zh-CN"] !== "string" ||
    typeof description.en !== "string" ||
    description["zh-CN"].trim() === "" ||
    description.en.trim() === ""
  ) {
    issues.push(privacyIssue("profile.description", "error", {}, ["description"]));
  }
  const extended = input.extends;
  if (extended !== undefined && !builtinProfileNames.includes(extended as never)) {
    issues.push(
      privacyIssue(
        "profile.extends",
        "error",
        { value: show(extended), expected: builtinProfileNames.join(", ") },
        ["extends"],
      ),
    );
  }
  if (classes === undefined && extended === undefined) {
    issues.push(
      privacyIssue("profile.classes", "error", { expected: piiClasses.join(", ") }, ["classes"]),
    );
  } else if (classes !== undefined) {
    if (!isObj(classes)) {
      issues.push(
        privacyIssue("profile.classes", "error", { expected: piiClasses.join(", ") }, ["classes"]),
      );
    } else {
      for (const [k, v] of Object.entries(classes)) {
        if (!piiClasses.includes(k as never)) {
          issues.push(
            privacyIssue(
              "profile.unknownClass",
              "error",
              { class: k, expected: piiClasses.join(", ") },
              ["classes", k],
            ),
          );
        } else checkAction(v, `classes.${k}`, ["classes", k], issues);
      }
      if (extended === undefined) {
        for (const c of piiClasses) {
          if (!(c in classes)) {
            issues.push(
              privacyIssue("profile.classMissing", "error", { class: c }, ["classes", c]),
            );
          }
        }
      }
    }
  }
  if (kinds !== undefined) {
    if (!isObj(kinds)) {
      issues.push(
        privacyIssue(
          "profile.unknownKind",
          "error",
          { kind: typeOf(kinds), expected: fieldKinds.join(", ") },
          ["kinds"],
        ),
      );
    } else {
      for (const [k, v] of Object.entries(kinds)) {
        if (!fieldKinds.includes(k as never)) {
          issues.push(
            privacyIssue(
              "profile.unknownKind",
              "error",
              { kind: k, expected: fieldKinds.join(", ") },
              ["kinds", k],
            ),
          );
        } else checkAction(v, `kinds.${k}`, ["kinds", k], issues);
      }
    }
  }
  if (fields !== undefined) {
    if (!isObj(fields)) {
      issues.push(privacyIssue("profile.fieldKey", "error", { key: typeOf(fields) }, ["fields"]));
    } else {
      for (const [k, v] of Object.entries(fields)) {
        if (!FIELD_KEY.test(k)) {
          issues.push(privacyIssue("profile.fieldKey", "error", { key: k }, ["fields", k]));
        } else checkAction(v as Action, `fields.${k}`, ["fields", k], issues);
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : ok(input as unknown as SharingProfile);
}

/**
 * Parse and validate a profile file's text (JSON).
 *
 * @example
 * ```ts
 * import { parseProfile } from "@linli/privacy";
 * const r = parseProfile('{"name":"x","description":{"zh-CN":"某","en":"x"},"extends":"partner-ngo"}');
 * r.ok; // true
 * parseProfile("{oops").ok; // false, with code "profile.json"
 * ```
 */
export function parseProfile(text: string): Result<SharingProfile> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(privacyIssue("profile.json", "error", { detail: (e as Error).message }));
  }
  return validateProfile(value);
}
