import { checkCitizenId, citizenIdCheckChar, parseAddress } from "@linli/core";

// Fast paths for the values that fill most cells of a register, tried before the general
// normalisers; anything they are unsure of goes to the general path, so results are the same.

let provinces: Set<string> | undefined;

/** Province codes a citizen ID may start with, learnt once from checkCitizenId itself. */
function provinceCodes(): Set<string> {
  if (provinces) return provinces;
  provinces = new Set();
  for (let p = 10; p <= 99; p++) {
    const body = `${p}010519800101001`;
    if (checkCitizenId(body + citizenIdCheckChar(body)).ok) provinces.add(String(p));
  }
  return provinces;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const CANONICAL_ID = /^\d{17}[\dX]$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
}
let todayCache = { at: 0, value: "" };

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]!) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/**
 * A citizen ID already in canonical form with a correct check character, a real birth date
 * not in the future and a known province: returned as is. `undefined` otherwise.
 */
export function canonicalCitizenId(text: string): string | undefined {
  if (text.length !== 18 || !CANONICAL_ID.test(text)) return undefined;
  if (citizenIdCheckChar(text.slice(0, 17)) !== text[17]) return undefined;
  if (!provinceCodes().has(text.slice(0, 2))) return undefined;
  const y = Number(text.slice(6, 10));
  if (y < 1890 || !validDay(y, Number(text.slice(10, 12)), Number(text.slice(12, 14))))
    return undefined;
  const now = Date.now();
  if (now - todayCache.at > 60_000) todayCache = { at: now, value: today() };
  return text.slice(6, 14) <= todayCache.value ? text : undefined;
}

/** An ISO date `YYYY-MM-DD` that exists, returned as is; `undefined` otherwise. */
export function isoDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1000 && validDay(y, Number(m[2]), Number(m[3])) ? text : undefined;
}

const CACHE_SIZE = 4096;
const addressCache = new Map<string, Readonly<Record<string, string | undefined>>>();
let lastLine = "";
let lastParts: Readonly<Record<string, string | undefined>> = {};

/**
 * parseAddress, remembered: family members on consecutive rows share an address, and a
 * register repeats the same buildings. A small map, cleared when full, keeps the cost of a
 * miss low when addresses hardly repeat.
 */
export function parseAddressCached(line: string): Readonly<Record<string, string | undefined>> {
  if (line === lastLine) return lastParts;
  let hit = addressCache.get(line);
  if (!hit) {
    hit = parseAddress(line) as Readonly<Record<string, string | undefined>>;
    if (addressCache.size >= CACHE_SIZE) addressCache.clear();
    addressCache.set(line, hit);
  }
  lastLine = line;
  lastParts = hit;
  return hit;
}
