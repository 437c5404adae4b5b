// Countries as registers write them: ISO 3166-1 codes in any case, or names in Chinese or
// English (菲律宾, Philippines, United Kingdom). Names come from the runtime's own list
// (Intl.DisplayNames), so nothing is bundled.

const EXTRA: Record<string, string> = {
  uk: "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  usa: "US",
  "u.s.a.": "US",
  "u.s.": "US",
  america: "US",
  "united states of america": "US",
  中华人民共和国: "CN",
  中国大陆: "CN",
  "mainland china": "CN",
  "people's republic of china": "CN",
  "south korea": "KR",
  "north korea": "KP",
  russia: "RU",
  vietnam: "VN",
  "viet nam": "VN",
  syria: "SY",
  iran: "IR",
};

let names: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(EXTRA));
  const A = 65;
  let displays: Intl.DisplayNames[] = [];
  try {
    displays = ["en", "zh-Hans", "zh-Hant"].map(
      (l) => new Intl.DisplayNames([l], { type: "region" }),
    );
  } catch {
    return names;
  }
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      for (const d of displays) {
        let name: string | undefined;
        try {
          name = d.of(code);
        } catch {
          name = undefined;
        }
        if (!name || name === code || code === "ZZ" || code === "UN" || code === "EU") continue;
        const key = name.toLowerCase();
        if (!names.has(key)) names.set(key, code);
      }
    }
  }
  return names;
}

/**
 * The ISO 3166-1 alpha-2 code of a country written as a code (any case) or a name in
 * Chinese or English; undefined when it is neither.
 *
 * @example
 * ```ts
 * countryCode("ph"); // "PH"
 * countryCode("Philippines"); // "PH"
 * countryCode("菲律宾"); // "PH"
 * countryCode("Atlantis"); // undefined
 * ```
 */
export function countryCode(text: string): string | undefined {
  const t = text.trim();
  const key = t.toLowerCase().replace(/\s+/g, " ");
  const known = Object.hasOwn(EXTRA, key) ? EXTRA[key] : undefined;
  if (known) return known;
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  return table().get(key);
}
