import type { Localized, PiiClass } from "@linli/core";

/**
 * The PII classes of the data model, in the order profiles list them.
 *
 * @example
 * ```ts
 * import { piiClasses } from "@linli/privacy";
 * piiClasses; // ["direct", "quasi", "sensitive", "none"]
 * ```
 */
export const piiClasses: readonly PiiClass[] = ["direct", "quasi", "sensitive", "none"];

/**
 * What kind of value a field holds, read off the data model's metadata (HXL tags, widgets,
 * patterns, PII class): sharing profiles pick actions per kind, and actions such as mask and
 * generalise work differently on each.
 * - `name`: a person's name (姓名, 户主姓名, 提交人…);
 * - `citizen-id`: a GB 11643 citizen ID; `document`: passport, permit or other ID numbers;
 * - `phone`; `birth-date`; `date`: other dates and date-times;
 * - `address`: a part of an address, including the full line, division code and coordinates;
 * - `free-text`: notes, descriptions, columns kept from the source (`extra`), and values
 *   whose shape does not match the model;
 * - `record-id`: a record's own ID or a reference to another record;
 * - `category`: a choice from a list (gender, vulnerabilities…) or a yes/no;
 * - `number`; `text`: any other text (organisation names, place of origin…).
 *
 * @example
 * ```ts
 * import type { FieldKind } from "@linli/privacy";
 * const kind: FieldKind = "birth-date";
 * ```
 */
export type FieldKind =
  | "name"
  | "citizen-id"
  | "document"
  | "phone"
  | "birth-date"
  | "date"
  | "address"
  | "free-text"
  | "record-id"
  | "category"
  | "number"
  | "text";

/**
 * Every {@link FieldKind}.
 *
 * @example
 * ```ts
 * import { fieldKinds } from "@linli/privacy";
 * fieldKinds.includes("citizen-id"); // true
 * ```
 */
export const fieldKinds: readonly FieldKind[] = [
  "name",
  "citizen-id",
  "document",
  "phone",
  "birth-date",
  "date",
  "address",
  "free-text",
  "record-id",
  "category",
  "number",
  "text",
];

/**
 * Levels of a Chinese address, coarse to fine. Generalising an address to a level keeps
 * the parts at that level and above and drops the finer ones.
 *
 * @example
 * ```ts
 * import type { AddressLevel } from "@linli/privacy";
 * const level: AddressLevel = "building"; // keeps 小区 and 楼栋, drops 单元, 楼层, 房号
 * ```
 */
export type AddressLevel =
  | "country"
  | "province"
  | "city"
  | "district"
  | "street"
  | "community"
  | "compound"
  | "building"
  | "unit"
  | "floor"
  | "room";

/**
 * Every {@link AddressLevel}, coarse to fine.
 *
 * @example
 * ```ts
 * import { addressLevels } from "@linli/privacy";
 * addressLevels.indexOf("building") < addressLevels.indexOf("room"); // true
 * ```
 */
export const addressLevels: readonly AddressLevel[] = [
  "country",
  "province",
  "city",
  "district",
  "street",
  "community",
  "compound",
  "building",
  "unit",
  "floor",
  "room",
];

/**
 * Hide the middle of a value: 王*伟, 6101**********1234, 138****5678, E1*****78. `keepStart`
 * and `keepEnd` override the per-kind defaults (names: first and last character; citizen
 * IDs: 4 and 4; phones: 3 and 4; documents: 2 and 2; other text: 1 and 1). At least a third
 * of the characters are always hidden. Values that cannot be masked (numbers, categories)
 * are dropped; dates keep only their year.
 *
 * @example
 * ```ts
 * import type { MaskAction } from "@linli/privacy";
 * const lastFour: MaskAction = { action: "mask", keepStart: 0, keepEnd: 4 };
 * ```
 */
export interface MaskAction {
  readonly action: "mask";
  readonly keepStart?: number;
  readonly keepEnd?: number;
}

/**
 * Make a value coarser. Birth dates become an age band at the as-of date (`"60-69"`, with
 * `bandWidth` years per band and everyone from `topCode` up together as `"90+"`; `false`
 * turns top-coding off) or the year of birth; other dates keep their month or year; address
 * parts finer than `level` are dropped, the full address line is rebuilt down to `level`,
 * the division code is cut to it, and coordinates are dropped (or rounded to `geoDecimals`
 * decimals). Categories and numbers are already coarse and are kept; anything else that
 * cannot be generalised (names, IDs, free text) is dropped.
 *
 * @example
 * ```ts
 * import type { GeneraliseAction } from "@linli/privacy";
 * const toCommunity: GeneraliseAction = { action: "generalise", level: "community" };
 * const fiveYearBands: GeneraliseAction = { action: "generalise", bandWidth: 5 };
 * ```
 */
export interface GeneraliseAction {
  readonly action: "generalise";
  /** Birth dates: `age-band` (default) or `year`. */
  readonly birthDate?: "age-band" | "year";
  /** Years per age band. Default 10. */
  readonly bandWidth?: number;
  /** Ages from here up share one band (`"90+"`); `false` for none. Default 90. */
  readonly topCode?: number | false;
  /** Other dates: `month` (default, `2022-01`) or `year`. */
  readonly date?: "month" | "year";
  /** Address level to keep. Default `building`. */
  readonly level?: AddressLevel;
  /** Round coordinates to this many decimals instead of dropping them (2 ≈ 1 km). */
  readonly geoDecimals?: number;
}

/**
 * What a sharing profile does with a field: a name, or an object with the name in `action`
 * and its options.
 * - `keep`: unchanged; `drop`: left out;
 * - `mask`: see {@link MaskAction}; `generalise`: see {@link GeneraliseAction};
 * - `pseudonymise`: replaced by a keyed pseudonymous key (see `pseudonymKey`); dropped when
 *   no pseudonymizer is given.
 *
 * @example
 * ```ts
 * import type { Action } from "@linli/privacy";
 * const actions: Action[] = ["drop", "mask", { action: "generalise", birthDate: "year" }];
 * ```
 */
export type Action =
  | "keep"
  | "drop"
  | "mask"
  | "generalise"
  | "pseudonymise"
  | { readonly action: "keep" }
  | { readonly action: "drop" }
  | MaskAction
  | GeneraliseAction
  | { readonly action: "pseudonymise" };

/**
 * The built-in sharing profiles.
 *
 * @example
 * ```ts
 * import type { BuiltinProfileName } from "@linli/privacy";
 * const name: BuiltinProfileName = "public-statistics";
 * ```
 */
export type BuiltinProfileName = "internal" | "partner-ngo" | "public-statistics";

/**
 * A sharing profile: what to do with each field when data leaves the register holder. Plain
 * JSON, so it can live in a file (`linli export --profile my-profile.json`).
 *
 * The action for a field is the first of: `fields[column key]` (e.g. `citizenId`, `phone2`),
 * `fields[field path]` (e.g. `address.room`, `household.members.name`), `fields[path of an
 * enclosing object]` (e.g. `quarantine`), `kinds[field kind]`, `classes[PII class]`.
 * With `extends`, a built-in profile supplies whatever this one leaves out.
 *
 * @example
 * ```ts
 * import type { SharingProfile } from "@linli/privacy";
 * const deliveries: SharingProfile = {
 *   name: "deliveries",
 *   description: { "zh-CN": "送货志愿者：保留电话", en: "Delivery volunteers: phones kept" },
 *   extends: "partner-ngo",
 *   kinds: { phone: "keep" },
 *   fields: { "address.room": "keep" },
 * };
 * ```
 */
export interface SharingProfile {
  readonly name: string;
  readonly description: Localized;
  readonly extends?: BuiltinProfileName;
  /** Default action per PII class; all four are needed unless the profile `extends` one. */
  readonly classes?: Readonly<Partial<Record<PiiClass, Action>>>;
  /** Actions per field kind; they win over `classes`. */
  readonly kinds?: Readonly<Partial<Record<FieldKind, Action>>>;
  /** Actions per column key or field path; they win over everything else. */
  readonly fields?: Readonly<Record<string, Action>>;
}

/**
 * A profile with `extends` merged in and every PII class given an action.
 *
 * @example
 * ```ts
 * import { resolveProfile, type ResolvedProfile } from "@linli/privacy";
 * const p: ResolvedProfile = resolveProfile("partner-ngo");
 * p.classes.direct; // "drop"
 * ```
 */
export interface ResolvedProfile {
  readonly name: string;
  readonly description: Localized;
  /** The built-in profile this one extends, if any (kept for export logs). */
  readonly extends?: BuiltinProfileName;
  readonly classes: Readonly<Record<PiiClass, Action>>;
  readonly kinds: Readonly<Partial<Record<FieldKind, Action>>>;
  readonly fields: Readonly<Record<string, Action>>;
}
