import {
  checkCitizenId,
  checkPhone,
  normalizeName,
  normalizeText,
  toHalfWidth,
  toSimplified,
} from "@linli/core";

/**
 * What a pseudonymous key stands for. Each kind has its own normalisation and its own domain
 * label inside the HMAC, so a phone number and an ID number with the same digits never share
 * a key.
 * - `citizen-id`: canonical 18-character form (old 15-digit numbers upgraded);
 * - `phone`: canonical digits (mainland numbers as dialled at home, others E.164);
 * - `name`: normalised, simplified, Latin letters lower-case;
 * - `document`: passport and permit numbers, upper-case without spaces or dashes;
 * - `text`: any other value, normalised text.
 *
 * @example
 * ```ts
 * import type { PseudonymKind } from "@linli/privacy";
 * const kind: PseudonymKind = "citizen-id";
 * ```
 */
export type PseudonymKind = "citizen-id" | "phone" | "name" | "document" | "text";

/**
 * Every {@link PseudonymKind}.
 *
 * @example
 * ```ts
 * import { pseudonymKinds } from "@linli/privacy";
 * pseudonymKinds; // ["citizen-id", "phone", "name", "document", "text"]
 * ```
 */
export const pseudonymKinds: readonly PseudonymKind[] = [
  "citizen-id",
  "phone",
  "name",
  "document",
  "text",
];

/**
 * Options of {@link normalizeIdentifier}.
 *
 * @example
 * ```ts
 * import { normalizeIdentifier } from "@linli/privacy";
 * normalizeIdentifier("9123 4567", "phone", { defaultCountry: "HK" }); // "+85291234567"
 * ```
 */
export interface NormalizeIdentifierOptions {
  /** Country assumed for phone numbers written without a country code. Default `"CN"`. */
  readonly defaultCountry?: string;
}

// Far in the future: whether an ID's birth date lies after "today" must not change its key.
const NO_FUTURE_CHECK = /* @__PURE__ */ new Date(Date.UTC(9999, 11, 31));

const compact = (s: string) =>
  toHalfWidth(s)
    .replace(/[\s\-‐‑–—_./]+/g, "")
    .toUpperCase();

/**
 * The form of an identifier that pseudonymous keys are computed from, so that the same
 * person's ID written in different ways (spaces, a lower-case x, the old 15-digit form,
 * `+86` or dashes in a phone, traditional characters in a name) gets the same key. Values that
 * fail their check are still keyed, after generic clean-up, so that the same typo links too.
 * `undefined` for empty values and non-text.
 *
 * @example
 * ```ts
 * import { normalizeIdentifier } from "@linli/privacy";
 * normalizeIdentifier("110105491231002", "citizen-id"); // "11010519491231002X"
 * normalizeIdentifier("+86 138-0013-8000", "phone"); // "13800138000"
 * normalizeIdentifier(" 張 靜 ", "name"); // "张静"
 * normalizeIdentifier("e 1234-5678", "document"); // "E12345678"
 * ```
 */
export function normalizeIdentifier(
  value: unknown,
  kind: PseudonymKind,
  options: NormalizeIdentifierOptions = {},
): string | undefined {
  const text =
    typeof value === "string"
      ? value
      : typeof value === "number" && Number.isFinite(value)
        ? String(value)
        : undefined;
  if (text === undefined) return undefined;
  let out: string;
  switch (kind) {
    case "citizen-id": {
      const r = checkCitizenId(text, { now: NO_FUTURE_CHECK });
      out = r.ok ? r.value : compact(text);
      break;
    }
    case "phone": {
      const r = checkPhone(text, { defaultCountry: options.defaultCountry ?? "CN" });
      out = r.ok ? r.value : toHalfWidth(text).replace(/[^\d+]/g, "");
      break;
    }
    case "name":
      out = toSimplified(normalizeName(text)).toLowerCase();
      break;
    case "document":
      out = compact(text);
      break;
    default:
      out = normalizeText(text);
  }
  return out === "" ? undefined : out;
}
