// Readers for the division names at the start of an address, by position in the line instead
// of on sliced copies. Each gives exactly what a lazy pattern `^[^X\d\s]{min,max}?(?:S1|S2…)`
// gives (reference.ts keeps those patterns; the differential test holds both to the same
// answers): the shortest run of allowed characters followed by one of the suffixes, tried in
// order.

/** A division level: characters its name may not contain, its length bounds and suffixes. */
export interface Level {
  /** Bit of the level in the character table. */
  readonly bit: number;
  readonly min: number;
  readonly max: number;
  readonly suffixes: readonly string[];
  /** Optional second suffix read greedily after the first (居委会 after 社区). */
  readonly then?: readonly string[];
}

const LEVELS: [excluded: string, min: number, max: number, suffixes: string[], then?: string[]][] =
  [
    ["省市县縣区區镇鎮乡鄉村路街号", 2, 12, ["省", "自治区", "自治區", "特别行政区"]],
    ["省市县縣区區镇鎮乡鄉村路街号", 2, 12, ["市", "自治州", "地区", "地區", "盟"]],
    ["省县縣区區镇鎮乡鄉村路街号", 1, 14, ["区", "區", "县", "縣", "市", "旗"]],
    [
      "省市县縣区區镇鎮乡鄉社号",
      1,
      12,
      ["街道办事处", "街道辦事處", "街道办", "街道", "街办", "镇", "鎮", "乡", "鄉", "苏木"],
    ],
    [
      "省市县縣镇鎮乡鄉号",
      1,
      12,
      ["社区", "社區", "村民委员会", "村委会", "村", "嘎查", "居民委员会", "居委会"],
      ["居民委员会", "居委会", "村民委员会", "村委会"],
    ],
  ];

export const PROVINCE_LEVEL = /* @__PURE__ */ level(0);
export const CITY_LEVEL = /* @__PURE__ */ level(1);
export const DISTRICT_LEVEL = /* @__PURE__ */ level(2);
export const STREET_LEVEL = /* @__PURE__ */ level(3);
export const COMMUNITY_LEVEL = /* @__PURE__ */ level(4);

function level(i: number): Level {
  const [, min, max, suffixes, then] = LEVELS[i]!;
  return { bit: 1 << i, min, max, suffixes, ...(then ? { then } : {}) };
}

// Per character: bits 0–4 say a level's name may not contain it (digits and spaces for all),
// bits 8–12 that one of the level's suffixes starts with it. Built on first use.
let table: Uint16Array | undefined;

function classes(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  LEVELS.forEach(([excluded, , , suffixes], i) => {
    for (const c of excluded) t[c.charCodeAt(0)]! |= 1 << i;
    for (const s of suffixes) t[s.charCodeAt(0)]! |= 1 << (i + 8);
  });
  const all = 0x1f;
  for (let c = 0x30; c <= 0x39; c++) t[c]! |= all;
  for (let c = 0; c < 0x10000; c++) if (isSpace(c)) t[c]! |= all;
  table = t;
  return t;
}

/** What `\s` matches in a regular expression without the `u` flag. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Length of the name of `l` at `pos` in `text` (0 when there is none). */
export function matchLevel(l: Level, text: string, pos: number): number {
  const t = classes();
  const n = text.length;
  const first = l.bit << 8;
  for (let k = 1; k <= l.max && pos + k <= n; k++) {
    if ((t[text.charCodeAt(pos + k - 1)]! & l.bit) !== 0) return 0;
    if (k < l.min || pos + k >= n || (t[text.charCodeAt(pos + k)]! & first) === 0) continue;
    for (const s of l.suffixes) {
      if (!text.startsWith(s, pos + k)) continue;
      let end = pos + k + s.length;
      if (l.then) {
        for (const then of l.then) {
          if (text.startsWith(then, end)) {
            end += then.length;
            break;
          }
        }
      }
      return end - pos;
    }
  }
  return 0;
}

const COMPOUND_WORDS = [
  "花园",
  "花園",
  "广场",
  "廣場",
  "中心",
  "公寓",
  "家园",
  "小区",
  "大厦",
  "公馆",
  "苑",
  "府",
];
const SHI = 0x5e02; // 市
const VILLAGE_LIKE = [0x4e61, 0x9109, 0x9547, 0x93ae, 0x6751]; // 乡鄉镇鎮村

/** Words that make the text before them part of a compound name: 城市花园, 水乡花园, 地球村小区. */
const compoundWordAt = (text: string, pos: number) =>
  COMPOUND_WORDS.some((w) => text.startsWith(w, pos));

/**
 * The name of `l` at `pos`, unless the suffix it ends on is really part of a longer word:
 * 市场, 紫薇城市花园, 水乡花园, 地球村小区. Only 市, 乡, 镇 and 村 are checked: 区, 县 and the
 * rest do not start such words, and checking them would break 雁塔区花园小区. Returns the
 * length, 0 for none.
 */
export function take(l: Level, text: string, pos: number): number {
  const length = matchLevel(l, text, pos);
  if (length === 0) return 0;
  const end = pos + length;
  const last = text.charCodeAt(end - 1);
  if (last === SHI) {
    if (text.charCodeAt(end) === 0x573a /* 场 */) return 0;
    const before = length >= 2 ? text.charCodeAt(end - 2) : -1;
    const cityWord = before === 0x57ce /* 城 */ || before === 0x90fd; /* 都 */
    if (cityWord && compoundWordAt(text, end)) return 0;
  } else if (VILLAGE_LIKE.includes(last) && compoundWordAt(text, end)) {
    return 0;
  }
  return length;
}
