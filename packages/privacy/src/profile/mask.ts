import { expectText } from "@linli/core";
import type { FieldKind } from "./types.js";

const STAR = "*";
const HAN = /\p{Script=Han}/u;

/**
 * Hide the middle of a text, keeping `keepStart` and `keepEnd` characters (code points) but
 * always hiding at least a third of them, one star per hidden character.
 */
export function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(text);
  const n = chars.length;
  if (n === 0) return text;
  const minHidden = Math.max(1, Math.ceil(n / 3));
  let end = Math.max(0, keepEnd);
  let start = Math.max(0, keepStart);
  while (n - start - end < minHidden && (end > 0 || start > 0)) {
    if (end >= start && end > 0) end--;
    else start--;
  }
  return (
    chars.slice(0, start).join("") + STAR.repeat(n - start - end) + chars.slice(n - end).join("")
  );
}

function maskNamePart(part: string): string {
  const chars = Array.from(part);
  if (chars.length === 0) return part;
  if (!HAN.test(part)) {
    // Latin names: the initial of each word (John Smith → J*** S****).
    return part.replace(/\S+/g, (w) => {
      const c = Array.from(w);
      return c[0] + STAR.repeat(c.length - 1);
    });
  }
  if (chars.length === 1) return STAR;
  if (chars.length === 2) return chars[0] + STAR;
  return chars[0] + STAR.repeat(chars.length - 2) + chars[chars.length - 1];
}

/**
 * Mask a person's name the way Chinese notices do: 王伟 → 王*, 王小伟 → 王*伟, 欧阳娜娜 → 欧**娜;
 * each part of a name with a middle dot on its own (买买提·艾力 → 买*提·艾*); Latin names keep
 * each word's initial (John Smith → J*** S****).
 *
 * @example
 * ```ts
 * import { maskName } from "@linli/privacy";
 * maskName("王小伟"); // "王*伟"
 * ```
 */
export function maskName(name: string): string {
  expectText("maskName", "name", name);
  return name.split("·").map(maskNamePart).join("·");
}

const DEFAULTS: Readonly<Partial<Record<FieldKind, readonly [number, number]>>> = {
  "citizen-id": [4, 4],
  document: [2, 2],
};

/**
 * Mask a value of some kind with the kind's default pattern, or with `keepStart`/`keepEnd`
 * when given. `undefined` when the value cannot be masked (it is then dropped).
 */
export function maskValue(
  value: unknown,
  kind: FieldKind,
  keepStart?: number,
  keepEnd?: number,
): string | undefined {
  if (typeof value === "number" && (kind === "phone" || kind === "citizen-id")) {
    return maskValue(String(value), kind, keepStart, keepEnd);
  }
  if (typeof value !== "string" || value === "") return undefined;
  const custom = keepStart !== undefined || keepEnd !== undefined;
  switch (kind) {
    case "name":
      return custom ? maskMiddle(value, keepStart ?? 1, keepEnd ?? 1) : maskName(value);
    case "phone": {
      const long = Array.from(value).length >= 11;
      return maskMiddle(value, keepStart ?? (long ? 3 : 2), keepEnd ?? (long ? 4 : 2));
    }
    case "birth-date":
    case "date": {
      // A date keeps only its year: 1950-**-**.
      const m = /^(\d{4})(-\d{2}(?:-\d{2})?)?/.exec(value);
      return m ? m[1] + (m[2] ?? "").replace(/\d/g, STAR) : undefined;
    }
    case "category":
    case "number":
      return undefined;
    default: {
      const [s, e] = DEFAULTS[kind] ?? [1, 1];
      return maskMiddle(value, keepStart ?? s, keepEnd ?? e);
    }
  }
}
