import { type EntityName, type Localized, type MessageParams, messageCatalogue } from "@linli/core";
import { type ProfileCode, profileEn } from "../../locales/en/profile.js";
import { profileZhCN } from "../../locales/zh-CN/profile.js";
import type { BlockingRule, Comparator, FieldSpec, Profile } from "../../types.js";
import { comparatorOf, transformsOf } from "./parse-parts.js";
import { sourceReader } from "./readers.js";

const text = /* @__PURE__ */ messageCatalogue<ProfileCode>({ "zh-CN": profileZhCN, en: profileEn });

/** A problem in a linkage profile: where (`fields[2].comparator`) and what, in both languages. */
export interface ProfileIssue {
  readonly path: string;
  readonly code: ProfileCode;
  readonly message: Localized;
}

/** A linkage profile read from JSON, or what is wrong with it. */
export type ProfileParse =
  | { readonly ok: true; readonly value: Profile }
  | { readonly ok: false; readonly issues: readonly ProfileIssue[] };

const TOP = [
  "name",
  "summary",
  "exactKeys",
  "fields",
  "blocking",
  "cannotLink",
  "conflicts",
  "identifying",
  "threshold",
  "training",
  "context",
  "estimateU",
];
const FIELD = [
  "name",
  "column",
  "anyOf",
  "allOf",
  "path",
  "comparator",
  "options",
  "termFrequency",
  "m",
  "u",
];
const RULE = ["name", "on", "transform", "maxBlockSize"];
const TRAINING = ["rule", "ignore", "matches"];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Read a linkage profile written as JSON data (or the parsed object) for records of `entity`:
 * fields read from the entity's columns and compared by built-in comparators by name (with
 * options), blocking rules on fields with named transforms, cannot-link fields, conflict fields
 * (values that can never be one record's), identifying fields, threshold, training rules. Every problem is reported with its place, in zh-CN and en; nothing throws.
 *
 * @example
 * ```ts
 * import { parseLinkageProfile } from "@linli/dedupe";
 * const r = parseLinkageProfile(
 *   JSON.stringify({
 *     name: "needs",
 *     fields: [
 *       { name: "phone", anyOf: ["phone", "phone2"], comparator: "phone" },
 *       { name: "item", column: "itemName", comparator: "string", options: { thresholds: [0.92] } },
 *       { name: "when", column: "reportedAt", comparator: "time", options: { withinHours: [24] } },
 *     ],
 *     blocking: [{ name: "phone", on: ["phone"] }],
 *   }),
 *   "need",
 * );
 * if (r.ok) r.value.fields.length; // 3
 * ```
 */
export function parseLinkageProfile(input: unknown, entity: EntityName): ProfileParse {
  const issues: ProfileIssue[] = [];
  const fail = (path: string, code: ProfileCode, params: MessageParams = {}): false => {
    issues.push({ path, code, message: text(code, { path, ...params }) });
    return false;
  };
  let json: unknown = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (e) {
      fail("", "profile.json", { detail: (e as Error).message });
      return { ok: false, issues };
    }
  }
  if (!isObject(json)) {
    fail("profile", "profile.object");
    return { ok: false, issues };
  }
  const keys = (obj: Json, allowed: readonly string[], path: string) => {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k))
        fail(path, "profile.unknownKey", { key: k, keys: allowed.join(", ") });
    }
  };
  const str = (v: unknown, path: string): v is string =>
    typeof v === "string" && v !== "" ? true : fail(path, "profile.text");
  const list = (v: unknown, path: string): v is unknown[] =>
    Array.isArray(v)
      ? v.length > 0
        ? true
        : fail(path, "profile.empty")
      : fail(path, "profile.list");
  keys(json, TOP, "profile");
  const name = str(json.name, "name") ? (json.name as string) : "custom";

  const fields: FieldSpec[] = [];
  const seenFields = new Set<string>();
  if (list(json.fields, "fields")) {
    for (const [i, f] of json.fields.entries()) {
      const at = `fields[${i}]`;
      if (!isObject(f)) {
        fail(at, "profile.object");
        continue;
      }
      keys(f, FIELD, at);
      if (!str(f.name, `${at}.name`)) continue;
      if (seenFields.has(f.name as string)) {
        fail(`${at}.name`, "profile.duplicate", { name: f.name as string });
        continue;
      }
      seenFields.add(f.name as string);
      const sources = ["column", "anyOf", "allOf", "path"].filter((k) => f[k] !== undefined);
      if (sources.length !== 1) {
        fail(at, "profile.source");
        continue;
      }
      const get = sourceReader(entity, f as never);
      if ("unknownColumn" in get) {
        fail(`${at}.${sources[0]}`, "profile.column", { column: get.unknownColumn, entity });
        continue;
      }
      const comparator = comparatorOf(f, at, fail);
      if (!comparator) continue;
      const spec: { -readonly [K in keyof FieldSpec]: FieldSpec[K] } = {
        name: f.name as string,
        get,
        comparator,
      };
      if (f.termFrequency !== undefined) {
        if (typeof f.termFrequency !== "boolean") fail(`${at}.termFrequency`, "profile.boolean");
        else spec.termFrequency = f.termFrequency;
      }
      for (const k of ["m", "u"] as const) {
        if (f[k] === undefined) continue;
        const v = f[k];
        const n = comparator.levels.length;
        if (
          !Array.isArray(v) ||
          v.length !== n ||
          v.some((x) => typeof x !== "number" || !(x > 0 && x < 1))
        ) {
          fail(`${at}.${k}`, "profile.levels", { n, levels: comparator.levels.join(", ") });
        } else spec[k] = v as number[];
      }
      fields.push(spec);
    }
  }
  const names = fields.map((f) => f.name);
  const field = (v: unknown, path: string) => {
    if (!str(v, path)) return false;
    if (names.includes(v)) return true;
    fail(path, "profile.field", { field: v, fields: names.join(", ") });
    return false;
  };

  const blocking: BlockingRule[] = [];
  const seenRules = new Set<string>();
  if (list(json.blocking, "blocking")) {
    for (const [i, r] of json.blocking.entries()) {
      const at = `blocking[${i}]`;
      if (!isObject(r)) {
        fail(at, "profile.object");
        continue;
      }
      keys(r, RULE, at);
      if (!str(r.name, `${at}.name`)) continue;
      if (seenRules.has(r.name as string)) {
        fail(`${at}.name`, "profile.duplicate", { name: r.name as string });
        continue;
      }
      seenRules.add(r.name as string);
      if (!list(r.on, `${at}.on`)) continue;
      if (!r.on.every((f, k) => field(f, `${at}.on[${k}]`))) continue;
      const rule: { -readonly [K in keyof BlockingRule]: BlockingRule[K] } = {
        name: r.name as string,
        on: r.on as string[],
      };
      if (r.transform !== undefined) {
        const t = transformsOf(r.transform, r.on.length, `${at}.transform`, fail);
        if (t === undefined) continue;
        rule.transform = t;
      }
      if (r.maxBlockSize !== undefined) {
        if (typeof r.maxBlockSize !== "number" || !(r.maxBlockSize >= 2)) {
          fail(`${at}.maxBlockSize`, "profile.number");
          continue;
        }
        rule.maxBlockSize = r.maxBlockSize;
      }
      blocking.push(rule);
    }
  }

  const profile: { -readonly [K in keyof Profile]: Profile[K] } = { name, fields, blocking };
  if (json.cannotLink !== undefined && list(json.cannotLink, "cannotLink")) {
    const ok = json.cannotLink.filter((f, k) => {
      const path = `cannotLink[${k}]`;
      if (!field(f, path)) return false;
      const c = fields.find((x) => x.name === f)!.comparator as Comparator;
      if (c.isValid) return true;
      fail(path, "profile.cannotLink", { field: f as string });
      return false;
    });
    profile.cannotLink = ok as string[];
  }
  for (const key of ["conflicts", "identifying"] as const) {
    if (json[key] === undefined || !list(json[key], key)) continue;
    profile[key] = (json[key] as unknown[]).filter((f, k) => field(f, `${key}[${k}]`)) as string[];
  }
  if (json.threshold !== undefined) {
    const t = json.threshold;
    if (typeof t !== "number" || !(t > 0 && t < 1)) fail("threshold", "profile.threshold");
    else profile.threshold = t;
  }
  if (json.training !== undefined && list(json.training, "training")) {
    profile.training = json.training.flatMap((t, i) => {
      const at = `training[${i}]`;
      if (!isObject(t)) return fail(at, "profile.object") || [];
      keys(t, TRAINING, at);
      if (!str(t.rule, `${at}.rule`)) return [];
      if (!blocking.some((b) => b.name === t.rule)) {
        return fail(`${at}.rule`, "profile.rule", { rule: t.rule }) || [];
      }
      const ignore = Array.isArray(t.ignore)
        ? t.ignore.filter((f, k) => field(f, `${at}.ignore[${k}]`))
        : [];
      return [
        {
          rule: t.rule,
          ignore: ignore as string[],
          ...(t.matches === true ? { matches: true } : {}),
        },
      ];
    });
  }
  if (json.context !== undefined) {
    if (!isObject(json.context)) fail("context", "profile.object");
    else {
      for (const [k, v] of Object.entries(json.context)) {
        if (field(k, `context.${k}`) && typeof v !== "number")
          fail(`context.${k}`, "profile.number");
      }
      profile.context = json.context as Record<string, number>;
    }
  }
  if (json.estimateU !== undefined) {
    if (json.estimateU !== "random" && json.estimateU !== "candidates")
      fail("estimateU", "profile.estimateU");
    else profile.estimateU = json.estimateU;
  }
  if (json.exactKeys !== undefined) {
    if (typeof json.exactKeys !== "boolean") fail("exactKeys", "profile.boolean");
    else profile.exactKeys = json.exactKeys;
  }
  if (json.summary !== undefined) {
    const s = json.summary;
    if (typeof s === "string") profile.summary = { "zh-CN": s, en: s };
    else if (isObject(s) && typeof s["zh-CN"] === "string" && typeof s.en === "string") {
      profile.summary = { "zh-CN": s["zh-CN"], en: s.en };
    } else fail("summary", "profile.text");
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: profile };
}
