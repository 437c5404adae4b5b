import type { MessageParams } from "@linli/core";
import { comparators } from "../../comparators/index.js";
import { resolveComparator } from "../../engine/resolve.js";
import type { ProfileCode } from "../../locales/en/profile.js";
import type { Comparator, KeyTransform } from "../../types.js";
import { TRANSFORMS } from "./transforms.js";

// The parts of a JSON linkage profile that name built-in things: comparators and transforms.

/** Records a problem at a path. */
export type Fail = (path: string, code: ProfileCode, params?: MessageParams) => false;

/** Comparators that take an options object. */
const WITH_OPTIONS = ["date", "geo", "numeric", "phone", "string", "time"];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The comparator of a field: by name ("phone", "orgNamePart:place"), with options. */
export function comparatorOf(
  f: Record<string, unknown>,
  at: string,
  fail: Fail,
): Comparator | undefined {
  const name = f.comparator;
  const known = Object.keys(comparators).join(", ");
  if (typeof name !== "string" || name === "") {
    fail(`${at}.comparator`, "profile.comparator", {
      comparator: String(name ?? ""),
      comparators: known,
    });
    return undefined;
  }
  const base = name.split(":")[0]!;
  if (!(base in comparators)) {
    fail(`${at}.comparator`, "profile.comparator", { comparator: name, comparators: known });
    return undefined;
  }
  try {
    if (f.options === undefined) return resolveComparator(name, undefined);
    if (!isObject(f.options)) {
      fail(`${at}.options`, "profile.object");
      return undefined;
    }
    // A comparator that takes no options would ignore them: say so rather than pretend.
    if (!WITH_OPTIONS.includes(base)) throw new Error(Object.keys(f.options).join(", "));
    const make = (comparators as unknown as Record<string, (o: unknown) => Comparator>)[base]!;
    return make(f.options);
  } catch (e) {
    fail(`${at}.options`, "profile.options", { comparator: name, detail: (e as Error).message });
    return undefined;
  }
}

/** Named transforms of a blocking rule: one for all fields, or one (or null) per field. */
export function transformsOf(
  v: unknown,
  count: number,
  at: string,
  fail: Fail,
): KeyTransform | (KeyTransform | undefined)[] | undefined {
  const list = Object.keys(TRANSFORMS).join(", ");
  const one = (name: unknown, path: string): KeyTransform | undefined | false => {
    if (name === null) return undefined;
    if (typeof name === "string" && TRANSFORMS[name]) return TRANSFORMS[name];
    fail(path, "profile.transform", { transform: String(name), transforms: list });
    return false;
  };
  if (typeof v === "string") {
    const t = one(v, at);
    return t === false ? undefined : t;
  }
  if (!Array.isArray(v) || v.length !== count) {
    fail(at, "profile.transforms");
    return undefined;
  }
  const out = v.map((name, k) => one(name, `${at}[${k}]`));
  return out.includes(false) ? undefined : (out as (KeyTransform | undefined)[]);
}
