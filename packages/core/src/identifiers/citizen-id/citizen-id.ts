import { expectText } from "../../i18n/argument.js";
import type { Issue } from "../../i18n/issue.js";
import { issue } from "../../i18n/message.js";
import { fail, ok, type Result } from "../../i18n/result.js";
import {
  isLossyNumber,
  isMasked,
  isScientificNotation,
  removeSpaces,
  toAscii,
} from "../shared/text.js";
import { citizenIdCheckChar } from "./check-char.js";
import { CITIZEN_ID_PROVINCES } from "./provinces.js";

/**
 * What a valid citizen ID tells about its holder.
 *
 * @example
 * ```ts
 * import { checkCitizenId, type CitizenIdDetails } from "@linli/core";
 * const r = checkCitizenId("110105491231002");
 * const details: CitizenIdDetails | undefined = r.ok ? r.details : undefined;
 * // { birthDate: "1949-12-31", sex: "female", regionCode: "110105", legacy: true }
 * ```
 */
export interface CitizenIdDetails {
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** From the 17th digit: odd for men, even for women. */
  readonly sex: "male" | "female";
  /** The 6-digit GB/T 2260 code of the place where the ID was first issued. */
  readonly regionCode: string;
  /** Whether the input was an old 15-digit ID, upgraded to 18 digits. */
  readonly legacy: boolean;
}

/**
 * Options of {@link checkCitizenId}.
 *
 * @example
 * ```ts
 * import { checkCitizenId } from "@linli/core";
 * // As of 1 June 2024 (months count from 0), a child born on 2 June 2024 is not born yet.
 * checkCitizenId("110105202406020027", { now: new Date(2024, 5, 1) }).ok; // false
 * ```
 */
export interface CheckCitizenIdOptions {
  /** The moment "today" is taken from when rejecting birth dates in the future. */
  readonly now?: Date;
}

const EARLIEST_BIRTH_YEAR = 1890;

const DASH = /[-‐‑‒–—―]/;
/** A dash between digits (or before the final X): a separator, as a space is. */
const DASH_BETWEEN = /(?<=\d)[-‐‑‒–—―](?=[\dXx])/g;

/** The ID without dashes grouping its digits (region-birth date-sequence); others are kept. */
function removeDashes(id: string): string {
  return DASH.test(id) ? id.replace(DASH_BETWEEN, "") : id;
}

/**
 * A citizen ID as {@link checkCitizenId} reads it before checking it: half-width, without the
 * apostrophe Excel keeps text with, without spaces or the dashes grouping its digits, and in
 * upper case. Nothing is checked: use it to keep an ID that fails only its check character.
 *
 * @example
 * ```ts
 * import { compactCitizenId } from "@linli/core";
 * compactCitizenId("'110105-19491231-002x"); // "11010519491231002X"
 * ```
 */
export function compactCitizenId(input: string): string {
  expectText("compactCitizenId", "input", input);
  return removeDashes(removeSpaces(toAscii(input))).toUpperCase();
}

/**
 * Check a PRC resident identity number (GB 11643-1999) and return it in its canonical
 * 18-character form, with the birth date, sex and region it encodes.
 *
 * Accepts spaces anywhere, dashes between digits (`110105-19491231-002X`), full-width digits, a lower-case `x` and old 15-digit numbers (which
 * are upgraded with a `citizenId.legacyUpgraded` warning). Rejects, each with its own code:
 * an empty value (`citizenId.empty`), a number Excel turned into scientific notation
 * (`citizenId.scientificNotation`), an ID with digits hidden behind * (`citizenId.masked`,
 * 610102********123X), characters other than digits and a final X
 * (`citizenId.charset`), a wrong length (`citizenId.length`), an unknown province
 * (`citizenId.region`), an impossible or pre-1890 birth date (`citizenId.birthDate`), a
 * birth date after today (`citizenId.future`) and a wrong check character
 * (`citizenId.checksum`, with the `expected` character in its params).
 *
 * @example
 * ```ts
 * import { checkCitizenId } from "@linli/core";
 * const r = checkCitizenId(" 110105 19491231 002x ");
 * if (r.ok) {
 *   r.value; // "11010519491231002X"
 *   r.details; // { birthDate: "1949-12-31", sex: "female", regionCode: "110105", legacy: false }
 * }
 * const bad = checkCitizenId("6.10113E+17");
 * if (!bad.ok) bad.issues[0]?.code; // "citizenId.scientificNotation"
 * ```
 */
export function checkCitizenId(
  input: string,
  options: CheckCitizenIdOptions = {},
): Result<string, CitizenIdDetails> {
  const raw = toAscii(input);
  const id = removeDashes(removeSpaces(raw)).toUpperCase();
  if (id === "") return fail(issue("citizenId.empty"));
  if (isScientificNotation(id) || isLossyNumber(input)) {
    return fail(issue("citizenId.scientificNotation", "error", { input: raw }));
  }

  if (isMasked(id)) return fail(issue("citizenId.masked", "error", { input: raw }));

  const bad = /[^0-9X]|X(?=.)/.exec(id);
  if (bad) {
    return fail(issue("citizenId.charset", "error", { char: bad[0], position: bad.index + 1 }));
  }
  if (id.length !== 18 && id.length !== 15) {
    return fail(issue("citizenId.length", "error", { length: id.length }));
  }
  if (id.length === 15 && id.endsWith("X")) {
    return fail(issue("citizenId.charset", "error", { char: "X", position: 15 }));
  }

  const province = id.slice(0, 2);
  if (!CITIZEN_ID_PROVINCES.has(province)) {
    return fail(issue("citizenId.region", "error", { code: province }));
  }

  const legacy = id.length === 15;
  const birth = legacy ? `19${id.slice(6, 12)}` : id.slice(6, 14);
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (!isRealDate(birth) || Number(birth.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    return fail(issue("citizenId.birthDate", "error", { date: birthDate }));
  }
  if (birthDate > localDate(options.now ?? new Date())) {
    return fail(issue("citizenId.future", "error", { date: birthDate }));
  }

  const first17 = legacy ? `${id.slice(0, 6)}19${id.slice(6)}` : id.slice(0, 17);
  const expected = citizenIdCheckChar(first17);
  const warnings: Issue[] = [];
  let value: string;
  if (legacy) {
    value = first17 + expected;
    warnings.push(issue("citizenId.legacyUpgraded", "warning", { original: id, upgraded: value }));
  } else {
    const actual = id[17]!;
    if (actual !== expected) {
      // Excel keeps 15 significant digits: a long ID stored as a number comes back with its
      // last digits zeroed, which no retyping check can repair.
      if (/^\d{15}000$/.test(id)) {
        return fail(issue("citizenId.scientificNotation", "error", { input: raw }));
      }
      return fail(issue("citizenId.checksum", "error", { expected, actual }));
    }
    value = id;
  }

  return ok(value, warnings, {
    birthDate,
    sex: Number(value[16]) % 2 === 1 ? "male" : "female",
    regionCode: value.slice(0, 6),
    legacy,
  });
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
