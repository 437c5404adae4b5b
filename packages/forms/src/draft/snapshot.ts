import type { FormSnapshot } from "../form/types.js";

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");

/** Whether a value read back from storage has the shape of a draft. */
export function isSnapshot(v: unknown): v is FormSnapshot {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  if (s.format !== "linli-form-draft" || s.version !== 1) return false;
  if (typeof s.entity !== "string" || typeof s.savedAt !== "string") return false;
  if (typeof s.expiresAt !== "string" || typeof s.next !== "number") return false;
  if (!isStrings(s.touched) || !isStrings(s.derived)) return false;
  const values = s.values as Record<string, unknown> | null;
  const items = s.items as Record<string, unknown> | null;
  if (typeof values !== "object" || values === null) return false;
  if (typeof items !== "object" || items === null) return false;
  return (
    Object.values(values).every((x) => typeof x === "string" || isStrings(x)) &&
    Object.values(items).every(isStrings)
  );
}
