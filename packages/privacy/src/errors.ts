import type { Issue, Localized, MessageParams, Severity } from "@linli/core";
import { checkArgument } from "@linli/core";
import { type PrivacyMessageCode, privacyMessage } from "./messages.js";

/**
 * An {@link Issue} with an @linli/privacy code: a stable code for programs and the message in
 * zh-CN and en for people.
 *
 * @example
 * ```ts
 * import { privacyIssue } from "@linli/privacy";
 * privacyIssue("profile.name", "error", {}, ["name"]).message.en;
 * // "The profile needs a “name”: a text of 1 to 100 characters"
 * ```
 */
export function privacyIssue(
  code: PrivacyMessageCode,
  severity: Severity = "error",
  params: MessageParams = {},
  path?: readonly (string | number)[],
): Issue {
  const base = { code, severity, message: privacyMessage(code, params) };
  const withParams = Object.keys(params).length > 0 ? { ...base, params } : base;
  return path ? { ...withParams, path } : withParams;
}

/**
 * Thrown for a bad secret, profile or encoding schema passed in code. `message` is English;
 * `localized` has every locale and `issues` the details.
 *
 * @example
 * ```ts
 * import { PrivacyError, pseudonymizer } from "@linli/privacy";
 * try {
 *   await pseudonymizer("c2hvcnQ=");
 * } catch (e) {
 *   if (e instanceof PrivacyError) e.code; // "secret.short"
 * }
 * ```
 */
export class PrivacyError extends Error {
  override readonly name = "PrivacyError";
  readonly code: string;
  readonly localized: Localized;
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    checkArgument(
      Array.isArray(issues) && issues.length > 0,
      "PrivacyError",
      "issues",
      "list",
      issues,
    );
    const first = issues[0]!;
    super(issues.map((i) => i.message.en).join("; "));
    this.code = first.code;
    this.localized = {
      "zh-CN": issues.map((i) => i.message["zh-CN"]).join("；"),
      en: this.message,
    };
    this.issues = issues;
  }
}

/** Throw a {@link PrivacyError} with one issue. */
export function fail(code: PrivacyMessageCode, params: MessageParams = {}): never {
  throw new PrivacyError([privacyIssue(code, "error", params)]);
}
