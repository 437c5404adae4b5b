import { BX, consumableSuffix, isDigit, R, RM, UX } from "./match.js";

// The shape most registers write, 3号楼2单元301 (also 栋 幢 # and a closing 室), read in one
// pass. For these texts the backtracking matcher's first try at its first start already
// reaches the end, with exactly these captures; the differential test holds the two to the
// same answers. Anything else returns undefined and goes through the matcher.

const HAO = 0x53f7; // 号
const LOU = 0x697c; // 楼
const DAN = 0x5355; // 单
const YUAN = 0x5143; // 元
const SHI = 0x5ba4; // 室
/** 栋 幢 #: marks the matcher reads as one character, like 号楼. */
const isOneCharBuilding = (c: number) => c === 0x680b || c === 0x5e62 || c === 0x23;

/**
 * Where the unit part starts, its captures written into `cap`, when `text` ends in 1–4 digits,
 * 号楼 / 栋 / 幢 / #, 1–2 digits, 单元, 1–5 digits and maybe 室, after nothing the matcher
 * reads; -1 otherwise.
 */
export function commonUnitPart(text: string, cap: Int32Array): number {
  const n = text.length;
  let end = n;
  if (end > 0 && text.charCodeAt(end - 1) === SHI) end--;
  // The room: digits back from the end.
  let r = end;
  while (r > 0 && isDigit(text.charCodeAt(r - 1))) r--;
  if (r === end || end - r > 5 || r < 2) return -1;
  if (text.charCodeAt(r - 1) !== YUAN || text.charCodeAt(r - 2) !== DAN) return -1;
  // The unit: 1–2 digits before 单元.
  let u = r - 2;
  while (u > 0 && isDigit(text.charCodeAt(u - 1))) u--;
  if (u === r - 2 || r - 2 - u > 2 || u < 1) return -1;
  // The building mark, then 1–4 digits.
  let m = u - 1;
  const c = text.charCodeAt(m);
  if (c === LOU) {
    if (m < 1 || text.charCodeAt(m - 1) !== HAO) return -1;
    m--;
  } else if (!isOneCharBuilding(c)) return -1;
  let b = m;
  while (b > 0 && isDigit(text.charCodeAt(b - 1))) b--;
  if (b === m || m - b > 4) return -1;
  // The matcher starts at the first character of the readable end of the text: it must be b.
  if (consumableSuffix(text) !== b) return -1;
  cap.fill(-1);
  cap[BX] = b;
  cap[BX + 1] = m;
  cap[UX] = u;
  cap[UX + 1] = r - 2;
  cap[R] = r;
  cap[R + 1] = end;
  if (end < n) {
    cap[RM] = end;
    cap[RM + 1] = n;
  }
  return b;
}
