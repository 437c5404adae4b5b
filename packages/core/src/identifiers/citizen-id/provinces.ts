/**
 * First two digits of GB/T 2260 province-level codes that appear in citizen IDs: the 31
 * mainland provinces, 71 (Taiwan), 81/82 (Hong Kong, Macao) and 83, used in residence
 * permits of Taiwan residents.
 */
// biome-ignore format: one row per region keeps the list checkable against the standard
export const CITIZEN_ID_PROVINCES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "11", "12", "13", "14", "15",
  "21", "22", "23",
  "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46",
  "50", "51", "52", "53", "54",
  "61", "62", "63", "64", "65",
  "71", "81", "82", "83",
]);
