import { checkCitizenId, citizenIdCheckChar, parseAddress } from "@linli/core";

// Fast paths for the values that fill most cells of a register, tried before the general
// normalisers; anything they are unsure of goes to the general path, so results are the same.

let provinces: boolean[] | undefined;

/** Province codes a citizen ID may start with, learnt once from checkCitizenId itself. */
function provinceCodes(): boolean[] {
  if (provinces) return provinces;
  provinces = [];
  for (let p = 10; p <= 99; p++) {
    const body = `${p}010519800101001`;
    provinces[p] = checkCitizenId(body + citizenIdCheckChar(body)).ok;
  }
  return provinces;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = [0x31, 0x30, 0x58, 0x39, 0x38, 0x37, 0x36, 0x35, 0x34, 0x33, 0x32]; // 10X98765432

/** Today as the number YYYYMMDD, as last looked up. */
let todayValue = 0;
function today(): number {
  const d = new Date();
  todayValue = d.getFullYear() * 10_000 + (d.getMonth() + 1) * 100 + d.getDate();
  return todayValue;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]!) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** The number written by the ASCII digits `text[from..to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A citizen ID already in canonical form with a correct check character, a real birth date
 * not in the future and a known province: returned as is. `undefined` otherwise.
 */
export function canonicalCitizenId(text: string): string | undefined {
  if (text.length !== 18) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    sum += d * WEIGHTS[i]!;
  }
  if (text.charCodeAt(17) !== CHECK[sum % 11]) return undefined;
  if (provinceCodes()[digits(text, 0, 2)] !== true) return undefined;
  const y = digits(text, 6, 10);
  if (y < 1890 || !validDay(y, digits(text, 10, 12), digits(text, 12, 14))) return undefined;
  // A date not after a day already passed is not in the future; only later ones need the clock.
  const birth = digits(text, 6, 14);
  return birth <= todayValue || birth <= today() ? text : undefined;
}

/** An ISO date `YYYY-MM-DD` that exists, returned as is; `undefined` otherwise. */
export function isoDate(text: string): string | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) {
    return undefined;
  }
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (m < 0 || d < 0) return undefined;
  return y >= 1000 && validDay(y, m, d) ? text : undefined;
}

type Parts = Readonly<Record<string, string | undefined>>;

// A direct-mapped cache: each address has one slot, chosen from its text. A Map cleared when
// full cost more than parsing on a register whose addresses hardly repeat (0.4 µs a row); a
// slot costs a few character reads and one string comparison.
const SLOTS = 256;
const cachedLines: string[] = /* @__PURE__ */ new Array<string>(SLOTS).fill("");
const cachedParts: Parts[] = /* @__PURE__ */ new Array<Parts>(SLOTS).fill({});

/** The slot of `line`: a hash of its length and its last (at most 32) characters. */
function slotOf(line: string): number {
  const n = line.length;
  let h = n;
  for (let i = n > 32 ? n - 32 : 0; i < n; i++) h = Math.imul(h, 31) + line.charCodeAt(i);
  return (h ^ (h >>> 8) ^ (h >>> 16)) & (SLOTS - 1);
}

/**
 * parseAddress, remembered: family members on consecutive rows share an address, and a
 * register repeats the same buildings. A small cache where a new address replaces the one
 * in its slot keeps the cost of a miss low when addresses hardly repeat.
 */
export function parseAddressCached(line: string): Parts {
  const slot = slotOf(line);
  if (cachedLines[slot] === line) return cachedParts[slot]!;
  const parts = parseAddress(line) as Parts;
  cachedLines[slot] = line;
  cachedParts[slot] = parts;
  return parts;
}
