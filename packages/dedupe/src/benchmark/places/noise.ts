import type { Random } from "../synthetic/random.js";
import { DEPARTMENTS, TRADITIONAL } from "./pools.js";

/**
 * Kinds of re-typing on duplicate records of an organisation.
 *
 * @example
 * ```ts
 * import { ORG_NOISE_KINDS } from "@linli/dedupe/benchmark";
 * ORG_NOISE_KINDS.includes("english"); // true
 * ```
 */
export const ORG_NOISE_KINDS = [
  "short-form",
  "suffix-dropped",
  "province-added",
  "city-toggled",
  "english",
  "traditional",
  "spacing",
  "phone-changed",
  "phone-missing",
  "phone-format",
  "address-format",
  "address-english",
  "address-missing",
  "code-missing",
] as const;

/** A kind of re-typing. */
export type OrgNoiseKind = (typeof ORG_NOISE_KINDS)[number];

/** Traditional characters for some of the simplified ones. */
export function traditional(s: string): string {
  return s.replace(/门诊|./g, (c) => TRADITIONAL[c] ?? c);
}

/** Spaces, full-width brackets and an ASCII space somewhere in the name. */
export function spacing(rand: Random, s: string): string {
  const at = rand.int(1, Math.max(1, s.length - 1));
  const out = `${s.slice(0, at)} ${s.slice(at)}`;
  return rand.chance(0.5) ? out.replace(/\(/g, "（").replace(/\)/g, "）") : ` ${out}  `;
}

/** A phone written another way: spaces, brackets, country code. */
export function phoneFormat(rand: Random, p: string): string {
  const m = /^(0\d{2,3})-(\d{7,8})$/.exec(p);
  if (m) {
    return rand.pick([
      `(${m[1]})${m[2]}`,
      `${m[1]} ${m[2]}`,
      `+86 ${m[1]!.slice(1)} ${m[2]}`,
      m[1]! + m[2]!,
    ]);
  }
  return rand.pick([
    `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`,
    `+86${p}`,
    `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`,
  ]);
}

/** An address line written another way: no province, no 号, a department after it. */
export function addressFormat(rand: Random, line: string, province: string): string {
  switch (rand.int(0, 2)) {
    case 0:
      return line.startsWith(province) ? line.slice(province.length) : province + line;
    case 1:
      return line.replace(/号$/, "");
    default:
      return line + rand.pick(DEPARTMENTS);
  }
}
