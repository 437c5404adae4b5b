import { expectArgument, expectText } from "@linli/core";
/**
 * A text encoding the readers understand.
 *
 * @example
 * ```ts
 * import type { TextEncodingName } from "@linli/adapters";
 * const excelOnChineseWindows: TextEncodingName = "gb18030";
 * ```
 */
export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * The encodings accepted by the `encoding` option (besides `"auto"`).
 *
 * @example
 * ```ts
 * import { TEXT_ENCODINGS } from "@linli/adapters";
 * TEXT_ENCODINGS.includes("gb18030"); // true
 * ```
 */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  "utf-8",
  "gb18030",
  "utf-16le",
  "utf-16be",
  "windows-1252",
];

const ALIASES: Readonly<Record<string, TextEncodingName>> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  gb18030: "gb18030",
  gbk: "gb18030",
  gb2312: "gb18030",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16": "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  "windows-1252": "windows-1252",
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
  cp1252: "windows-1252",
};

/**
 * The canonical name of an encoding label, or `undefined` when it is not supported.
 *
 * @example
 * ```ts
 * import { encodingName } from "@linli/adapters";
 * encodingName("GBK"); // "gb18030" (a superset that reads GBK and GB2312 files)
 * encodingName("big5"); // undefined
 * ```
 */
export function encodingName(label: string): TextEncodingName | undefined {
  expectText("encodingName", "label", label);
  return ALIASES[label.trim().toLowerCase()];
}

/**
 * Guess the encoding of text from its first bytes: a byte-order mark first, then UTF-16
 * without one (every other byte zero), then strict UTF-8, then GB18030 — unless the
 * GB18030 reading looks like Western text with accented letters, which is Windows-1252
 * (Latin-1) instead.
 *
 * @example
 * ```ts
 * import { detectEncoding } from "@linli/adapters";
 * detectEncoding(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])); // "gb18030" (你好)
 * detectEncoding(new TextEncoder().encode("你好")); // "utf-8"
 * ```
 */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  expectArgument("detectEncoding", "sample", "bytes", sample);
  const [a, b, c] = sample;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  const zeros = zeroParity(sample);
  if (zeros) return zeros;
  if (decodes("utf-8", sample)) return "utf-8";
  if (decodes("gb18030", sample) && looksChinese(sample)) return "gb18030";
  return "windows-1252";
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function zeroParity(sample: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return undefined;
}

/**
 * Chinese text in GB18030 is nearly all GB2312 characters, whose two bytes are both ≥ 0xA1.
 * Latin-1 text read as GB18030 pairs an accented letter with the ASCII letter after it
 * (é + s), which lands in the rarely used GBK extension with a trail byte below 0x80.
 */
function looksChinese(bytes: Uint8Array): boolean {
  let pairs = 0;
  let asciiTrail = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const next = bytes[i + 1];
    if (next === undefined) break;
    if (next >= 0x30 && next <= 0x39) {
      i += 4;
      continue;
    }
    pairs++;
    if (next < 0x80) asciiTrail++;
    i += 2;
  }
  return asciiTrail * 2 <= pairs;
}

// Windows-1252 leaves these five bytes undefined; Western text has its accented letters
// alone between ASCII ones (é in "Qué"), not in runs as Chinese or damaged bytes are.
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether bytes that are neither UTF-8 nor GB18030 read as Western text in Windows-1252:
 * no undefined byte, and most non-ASCII bytes stand alone. Otherwise the file is damaged or in
 * an encoding linli does not guess, and reading it as Windows-1252 would turn every
 * character into a wrong one.
 */
export function looksWestern(sample: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    if (UNDEFINED_1252.has(b)) return false;
    high++;
    if ((sample[i - 1] ?? 0) >= 0x80 || (sample[i + 1] ?? 0) >= 0x80) inRuns++;
  }
  return inRuns * 3 <= high;
}

/** Offset of the first byte that is not valid UTF-8 (`-1` when all are). */
export function firstInvalidUtf8(sample: Uint8Array): number {
  let lo = 0;
  let hi = sample.length;
  // Binary search on prefixes (a cut character at the end of a prefix is tolerated).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, mid + 1), {
        stream: true,
      });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo >= sample.length ? -1 : lo;
}
