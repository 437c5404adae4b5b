// A hand-written matcher for the building / unit / floor / room pattern at the end of an
// address. It explores the alternatives in exactly the order a backtracking regular expression
// would, and stops at the first that reaches the end of the text, so its captures are the ones
//
//   (?:第?(?<bx>[A-Za-z]\d{0,3}|\d{1,4}[A-Za-z]?|CN{1,4})\s?(?:号楼|號樓|号樓|號楼|栋|棟|幢|座|#
//      |[号號](?=SEP(?:UNIT)SEP(?:单元|單元|门|門|-))|[楼樓](?=SEP(?:UNIT)SEP(?:单元|單元|门|門)))
//    |(?<bd>\d{1,3}|[A-Za-z]\d{0,2})-)?SEP
//   (?:(?<ux>UNIT)\s?(?:单元|單元|门|門)|(?<ud>\d{1,2})-)?SEP
//   (?:(?<f>[负負]?(?:\d{1,3}|CN{1,4}))\s?(?:层|層|楼|樓|F|f))?SEP
//   (?:(?<r>[A-Za-z]?\d{1,5}[A-Za-z]?)\s?(?<rm>室|号|號|户|戶|房)?)?[\s,，。.;；]*$
//
// (CN = [〇零一二两三四五六七八九十百], UNIT = \d{1,2}|CN{1,4}, SEP = \s?-?\s?) would give, without
// compiling a pattern or building a match object per try. reference.ts keeps that expression;
// the differential test holds the two to the same captures at every start.

/** Capture slots: start and end of bx, bd, ux, ud, f, r, rm; -1 when unset. */
export const BX = 0;
export const BD = 2;
export const UX = 4;
export const UD = 6;
export const F = 8;
export const R = 10;
export const RM = 12;

// Character classes, as bits in a table over the Basic Multilingual Plane.
const DIGIT = 1;
const LETTER = 2;
const CN = 4;
const SPACE = 8;
/** Read by the pattern somewhere: a match needs every character from its start in this class. */
const READ = 16;
const TAIL = 32;
const FLOOR_MARK = 64;
const ROOM_MARK = 128;

let table: Uint8Array | undefined;

function classes(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number) => {
    for (const c of chars) t[c.charCodeAt(0)]! |= bit;
  };
  for (let c = 0x30; c <= 0x39; c++) t[c]! |= DIGIT | READ;
  for (let c = 0x41; c <= 0x5a; c++) t[c]! |= LETTER | READ;
  for (let c = 0x61; c <= 0x7a; c++) t[c]! |= LETTER | READ;
  // What `\s` matches without the `u` flag.
  mark("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff", SPACE | TAIL | READ);
  for (let c = 0x2000; c <= 0x200a; c++) t[c]! |= SPACE | TAIL | READ;
  mark("〇零一二两三四五六七八九十百", CN | READ);
  mark(",，。.;；", TAIL | READ);
  mark("层層楼樓Ff", FLOOR_MARK);
  mark("室号號户戶房", ROOM_MARK);
  mark("第-号楼號樓栋棟幢座#单元單门門负負层層室户戶房", READ);
  table = t;
  return t;
}

/** Class bits of a UTF-16 code unit (`-1` past the end has none). */
export function charClass(c: number): number {
  return c < 0 ? 0 : classes()[c]!;
}

export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
export const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isCn = (c: number) => (charClass(c) & CN) !== 0;
export const isSpace = (c: number) => (charClass(c) & SPACE) !== 0;

const DASH = 0x2d;
const DI = 0x7b2c; // 第
const HAO = 0x53f7; // 号
const HAO_T = 0x865f; // 號
const LOU = 0x697c; // 楼
const LOU_T = 0x6a13; // 樓
const FU = 0x8d1f; // 负
const FU_T = 0x8ca0; // 負
const DAN = 0x5355; // 单
const DAN_T = 0x55ae; // 單
const YUAN = 0x5143; // 元
const MEN = 0x95e8; // 门
const MEN_T = 0x9580; // 門
/** 栋 棟 幢 座 #. */
const ONE_CHAR_BUILDING = [0x680b, 0x68df, 0x5e62, 0x5ea7, 0x23];

// The steps after each optional group; `sep` runs `\s?-?\s?` and then one of them.
const UNIT = 0;
const FLOOR = 1;
const ROOM = 2;
const AHEAD_MARK = 3;
const AHEAD_MARK_OR_DASH = 4;

let t = "";
let n = 0;
let ct: Uint8Array = /* @__PURE__ */ new Uint8Array(0);
const cap = /* @__PURE__ */ new Int32Array(14);

const at = (i: number) => (i < n ? t.charCodeAt(i) : -1);
const is = (i: number, bits: number) => i < n && (ct[t.charCodeAt(i)]! & bits) !== 0;

/** How many characters from `i` (at most `max`) have one of `bits`. */
function count(i: number, max: number, bits: number): number {
  let k = 0;
  while (k < max && is(i + k, bits)) k++;
  return k;
}

/** Length of a unit mark at `i` (单元 單元 门 門), or 0. */
function unitMark(i: number): number {
  const c = at(i);
  if ((c === DAN || c === DAN_T) && at(i + 1) === YUAN) return 2;
  return c === MEN || c === MEN_T ? 1 : 0;
}

function step(kind: number, i: number): boolean {
  switch (kind) {
    case UNIT:
      return unit(i);
    case FLOOR:
      return floor(i);
    case ROOM:
      return room(i);
    case AHEAD_MARK:
      return unitMark(i) > 0;
    default:
      return unitMark(i) > 0 || at(i) === DASH;
  }
}

/**
 * `\s?-?\s?` from `i`, then `next`: the ends in the order a regular expression tries them, each
 * once (a later duplicate of an end could only fail again).
 */
function sep(i: number, next: number): boolean {
  let tried = 0;
  for (let a = is(i, SPACE) ? 1 : 0; a >= 0; a--) {
    for (let d = at(i + a) === DASH ? 1 : 0; d >= 0; d--) {
      for (let b = is(i + a + d, SPACE) ? 1 : 0; b >= 0; b--) {
        const off = a + d + b;
        if (tried & (1 << off)) continue;
        tried |= 1 << off;
        if (step(next, i + off)) return true;
      }
    }
  }
  return false;
}

/** The lookahead after 号 (`dash`: a dash may stand for the unit mark) or 楼: SEP UNIT SEP mark. */
function unitAhead(i: number, dash: boolean): boolean {
  let tried = 0;
  const next = dash ? AHEAD_MARK_OR_DASH : AHEAD_MARK;
  for (let a = is(i, SPACE) ? 1 : 0; a >= 0; a--) {
    for (let d = at(i + a) === DASH ? 1 : 0; d >= 0; d--) {
      for (let b = is(i + a + d, SPACE) ? 1 : 0; b >= 0; b--) {
        const off = a + d + b;
        if (tried & (1 << off)) continue;
        tried |= 1 << off;
        const p = i + off;
        for (let k = count(p, 2, DIGIT); k >= 1; k--) if (sep(p + k, next)) return true;
        for (let k = count(p, 4, CN); k >= 1; k--) if (sep(p + k, next)) return true;
      }
    }
  }
  return false;
}

function set(slot: number, start: number, end: number) {
  cap[slot] = start;
  cap[slot + 1] = end;
}

/** `bx` ending at `e`, then `\s?` and a building mark. */
function buildingAt(b: number, e: number): boolean {
  for (let s = is(e, SPACE) ? 1 : 0; s >= 0; s--) {
    set(BX, b, e);
    if (buildingMark(e + s)) return true;
  }
  return false;
}

function building(i: number): boolean {
  // 第? bx \s? mark
  for (let b = at(i) === DI ? i + 1 : i; b >= i; b--) {
    const c = at(b);
    if (isLetter(c)) {
      for (let k = count(b + 1, 3, DIGIT); k >= 0; k--) if (buildingAt(b, b + 1 + k)) return true;
    } else if (isDigit(c)) {
      for (let k = count(b, 4, DIGIT); k >= 1; k--) {
        if (is(b + k, LETTER) && buildingAt(b, b + k + 1)) return true;
        if (buildingAt(b, b + k)) return true;
      }
    } else {
      for (let k = count(b, 4, CN); k >= 1; k--) if (buildingAt(b, b + k)) return true;
    }
  }
  set(BX, -1, -1);
  // bd -
  const c = at(i);
  if (isDigit(c)) {
    for (let k = count(i, 3, DIGIT); k >= 1; k--) if (dashBuilding(i, i + k)) return true;
  } else if (isLetter(c)) {
    for (let k = count(i + 1, 2, DIGIT); k >= 0; k--) if (dashBuilding(i, i + 1 + k)) return true;
  }
  set(BD, -1, -1);
  return sep(i, UNIT);
}

function dashBuilding(start: number, end: number): boolean {
  if (at(end) !== DASH) return false;
  set(BD, start, end);
  return sep(end + 1, UNIT);
}

function buildingMark(i: number): boolean {
  const c = at(i);
  const c2 = at(i + 1);
  // 号楼 號樓 号樓 號楼
  if ((c === HAO || c === HAO_T) && (c2 === LOU || c2 === LOU_T) && sep(i + 2, UNIT)) return true;
  if (ONE_CHAR_BUILDING.includes(c)) return sep(i + 1, UNIT);
  if (c === HAO || c === HAO_T) return unitAhead(i + 1, true) && sep(i + 1, UNIT);
  if (c === LOU || c === LOU_T) return unitAhead(i + 1, false) && sep(i + 1, UNIT);
  return false;
}

function unit(i: number): boolean {
  const c = at(i);
  const digits = isDigit(c) ? count(i, 2, DIGIT) : 0;
  const length = digits > 0 ? digits : count(i, 4, CN);
  for (let k = length; k >= 1; k--) {
    for (let s = is(i + k, SPACE) ? 1 : 0; s >= 0; s--) {
      const m = unitMark(i + k + s);
      if (m === 0) continue;
      set(UX, i, i + k);
      if (sep(i + k + s + m, FLOOR)) return true;
    }
  }
  set(UX, -1, -1);
  for (let k = digits; k >= 1; k--) {
    if (at(i + k) !== DASH) continue;
    set(UD, i, i + k);
    if (sep(i + k + 1, FLOOR)) return true;
  }
  set(UD, -1, -1);
  return sep(i, FLOOR);
}

function floor(i: number): boolean {
  const neg = at(i) === FU || at(i) === FU_T;
  for (let a = neg ? i + 1 : i; a >= i; a--) {
    const length = isDigit(at(a)) ? count(a, 3, DIGIT) : count(a, 4, CN);
    for (let k = length; k >= 1; k--) {
      for (let s = is(a + k, SPACE) ? 1 : 0; s >= 0; s--) {
        if (!is(a + k + s, FLOOR_MARK)) continue;
        set(F, i, a + k);
        if (sep(a + k + s + 1, ROOM)) return true;
      }
    }
  }
  set(F, -1, -1);
  return sep(i, ROOM);
}

function room(i: number): boolean {
  for (let a = isLetter(at(i)) ? i + 1 : i; a >= i; a--) {
    for (let k = count(a, 5, DIGIT); k >= 1; k--) {
      const e = a + k;
      for (let b = is(e, LETTER) ? e + 1 : e; b >= e; b--) {
        set(R, i, b);
        for (let s = is(b, SPACE) ? 1 : 0; s >= 0; s--) {
          const m = b + s;
          if (is(m, ROOM_MARK)) {
            set(RM, m, m + 1);
            if (tail(m + 1)) return true;
            set(RM, -1, -1);
          }
          if (tail(m)) return true;
        }
      }
    }
  }
  set(R, -1, -1);
  return tail(i);
}

/** `[\s,，。.;；]*$`. */
function tail(i: number): boolean {
  for (let k = i; k < n; k++) if ((ct[t.charCodeAt(k)]! & TAIL) === 0) return false;
  return true;
}

/**
 * The captures of the first match that starts at `start` and reaches the end of `text`, or
 * `undefined`. The returned slots are reused by the next call.
 */
export function matchAt(text: string, start: number): Int32Array | undefined {
  ct = classes();
  t = text;
  n = text.length;
  cap.fill(-1);
  const ok = building(start);
  t = "";
  return ok ? cap : undefined;
}

/** Start of the longest suffix made only of characters the pattern reads: no match starts before. */
export function consumableSuffix(text: string): number {
  const c = classes();
  let i = text.length;
  while (i > 0 && (c[text.charCodeAt(i - 1)]! & READ) !== 0) i--;
  return i;
}
