import { expectArgument } from "@linli/core";
/** An HXL hashtag with its attributes, e.g. `#adm1+name` → tag `#adm1`, attributes `["name"]`. */
export interface Hashtag {
  readonly tag: string;
  readonly attributes: readonly string[];
}

const HASHTAG = /^\s*#([A-Za-z][A-Za-z0-9_]*)((?:\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*)\s*$/;
const BARE = /^\s*([A-Za-z][A-Za-z0-9_]*)((?:\s*\+\s*[A-Za-z][A-Za-z0-9_]*)+)\s*$/;

/**
 * Parse an HXL hashtag spec such as `#contact +phone` (tag and attributes are lower-cased).
 *
 * @example
 * ```ts
 * import { parseHashtag } from "@linli/adapters";
 * parseHashtag("#date+reported"); // { tag: "#date", attributes: ["reported"] }
 * parseHashtag("Date"); // undefined
 * ```
 */
export function parseHashtag(text: string): Hashtag | undefined {
  const m = HASHTAG.exec(text);
  if (!m) return undefined;
  const attributes = m[2]!
    .split("+")
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== "");
  return { tag: `#${m[1]!.toLowerCase()}`, attributes };
}

/**
 * A hashtag written back as text: `#tag+attr+attr`.
 *
 * @example
 * ```ts
 * import { formatHashtag, parseHashtag } from "@linli/adapters";
 * formatHashtag(parseHashtag("#Adm1 +Name")!); // "#adm1+name"
 * ```
 */
export function formatHashtag(h: Hashtag): string {
  expectArgument("formatHashtag", "h", "object", h);
  return h.tag + h.attributes.map((a) => `+${a}`).join("");
}

/**
 * Whether a row is an HXL hashtag row: as in the HXL reference library, at least half of its
 * non-empty cells parse as hashtags.
 *
 * @example
 * ```ts
 * import { isHashtagRow } from "@linli/adapters";
 * isHashtagRow(["", "#org+es", "#adm1", "country"]); // true
 * isHashtagRow(["姓名", "电话"]); // false
 * ```
 */
export function isHashtagRow(cells: readonly string[]): boolean {
  expectArgument("isHashtagRow", "cells", "texts", cells);
  let filled = 0;
  let tags = 0;
  for (const c of cells) {
    if (c.trim() === "") continue;
    filled++;
    if (parseHashtag(c)) tags++;
  }
  return tags > 0 && tags * 2 >= filled;
}

/**
 * Whether a row looks like hashtags with the `#` left out (`sector+es`, `org+es`): most
 * non-empty cells are words joined with `+` attributes and none starts with `#`.
 */
export function looksLikeBareHashtags(cells: readonly string[]): string[] | undefined {
  let filled = 0;
  const bare: string[] = [];
  for (const c of cells) {
    if (c.trim() === "") continue;
    filled++;
    if (c.trim().startsWith("#")) return undefined;
    if (BARE.test(c)) bare.push(c.trim());
  }
  return bare.length >= 2 && bare.length * 2 >= filled ? bare : undefined;
}
