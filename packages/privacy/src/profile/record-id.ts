import { DROP, type Leaf, type LeafFn } from "./leaf.js";
import type { ResolvedProfile } from "./types.js";

// A record ID is kept by most profiles, yet registers often use the ID number or the phone
// as their record number (记录编号): such an ID is the identifier, and is shared as one.
const CITIZEN_ID = /^\d{17}[\dXx]$|^\d{15}$/;
const PHONE = /^\+?\d{7,}$/;
const SEPARATORS = /[\s\-()（）]/g;

/** The identifier kind a record ID holds, if it is one. */
function identifierIn(value: unknown): "citizen-id" | "phone" | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().replace(SEPARATORS, "");
  if (CITIZEN_ID.test(v)) return "citizen-id";
  if (PHONE.test(v)) return "phone";
  return undefined;
}

/**
 * Wrap the leaf of a record ID (or a reference to one) that the profile keeps: a value that
 * is an ID number or a phone is kept only where the profile keeps that identifier; otherwise
 * it becomes the identifier's pseudonym (one key, so references still meet), or is dropped
 * when no secret was given.
 */
export function guardRecordId(leaf: Leaf, profile: ResolvedProfile): Leaf {
  if (leaf.info.kind !== "record-id" || leaf.form !== "value") return leaf;
  const keeps = (kind: "citizen-id" | "phone") => {
    const a = profile.kinds[kind] ?? profile.classes.direct;
    return a === "keep" || (typeof a === "object" && a.action === "keep");
  };
  const inner = leaf.run;
  const one = (v: unknown, ctx: Parameters<LeafFn>[2]): unknown => {
    const kind = identifierIn(v);
    if (!kind || keeps(kind)) return v;
    return ctx.pseudonymizer?.key(v, kind) ?? DROP;
  };
  const run: LeafFn = (value, get, ctx) => {
    const out = inner(value, get, ctx);
    if (Array.isArray(out)) {
      const kept = out.map((v) => one(v, ctx)).filter((v) => v !== DROP);
      return kept.length > 0 || out.length === 0 ? kept : DROP;
    }
    return one(out, ctx);
  };
  return { ...leaf, run };
}
