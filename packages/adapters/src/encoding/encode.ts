import type { TextEncodingName } from "./detect.js";

// GB18030 and Windows-1252 encoders built from the platform's own decoders, so that what is
// written here reads back identically with TextDecoder, in browsers and in Node, without a
// table shipped in the bundle. Built on first use (~25 ms), then cached.
let gbTable: Uint32Array | undefined;
const TWO = 0x1000000;
const FOUR = 0x2000000;

function fourBytes(pointer: number, out: number[]): void {
  out.push(
    0x81 + Math.floor(pointer / 12600),
    0x30 + (Math.floor(pointer / 1260) % 10),
    0x81 + (Math.floor(pointer / 10) % 126),
    0x30 + (pointer % 10),
  );
}

function buildGb(): Uint32Array {
  const table = new Uint32Array(65536);
  const decoder = new TextDecoder("gb18030");
  const fourCount = 39420;
  const four = new Uint8Array(fourCount * 4);
  const scratch: number[] = [];
  for (let p = 0; p < fourCount; p++) {
    scratch.length = 0;
    fourBytes(p, scratch);
    four.set(scratch, p * 4);
  }
  const fourText = decoder.decode(four);
  if (fourText.length === fourCount) {
    for (let p = 0; p < fourCount; p++) {
      const c = fourText.charCodeAt(p);
      // Every BMP four-byte pointer is valid, so U+FFFD here is its real code, not an error.
      if (c >= 0x80) table[c] = FOUR | p;
    }
  }
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const twoText = decoder.decode(new Uint8Array(pairs));
  if (twoText.length * 2 !== pairs.length) throw new Error("gb18030: unexpected decoder table");
  for (let k = 0; k < twoText.length; k++) {
    const c = twoText.charCodeAt(k);
    if (c !== 0xfffd && c >= 0x80) table[c] = TWO | (pairs[2 * k]! << 8) | pairs[2 * k + 1]!;
  }
  return table;
}

function encodeGb18030(text: string): Uint8Array {
  gbTable ??= buildGb();
  const table = gbTable;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        fourBytes(((c - 0xd800) << 10) + (d - 0xdc00) + 189000, out);
        i++;
        continue;
      }
    }
    const e = table[c]!;
    if (e & TWO) out.push((e >> 8) & 0xff, e & 0xff);
    else if (e & FOUR) fourBytes(e & 0xffffff, out);
    else out.push(0x3f);
  }
  return new Uint8Array(out);
}

let cp1252: Map<number, number> | undefined;

function encode1252(text: string): Uint8Array {
  if (!cp1252) {
    cp1252 = new Map();
    const all = new Uint8Array(256).map((_, i) => i);
    const decoded = new TextDecoder("windows-1252").decode(all);
    for (let i = 0; i < 256; i++) cp1252.set(decoded.charCodeAt(i), i);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = cp1252.get(text.charCodeAt(i)) ?? 0x3f;
  return out;
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/**
 * Encode text in one of the encodings the readers understand. Characters the encoding cannot
 * hold (only possible in Windows-1252) become `?`.
 *
 * @example
 * ```ts
 * import { encodeText } from "@linli/adapters";
 * encodeText("你好", "gb18030"); // Uint8Array [0xc4, 0xe3, 0xba, 0xc3]
 * ```
 */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "gb18030":
      return encodeGb18030(text);
    case "utf-16le":
      return encodeUtf16(text, true);
    case "utf-16be":
      return encodeUtf16(text, false);
    case "windows-1252":
      return encode1252(text);
  }
}

/**
 * The byte-order mark of an encoding, empty for those that have none.
 *
 * @example
 * ```ts
 * import { byteOrderMark } from "@linli/adapters";
 * byteOrderMark("utf-8"); // Uint8Array [0xef, 0xbb, 0xbf]
 * ```
 */
export function byteOrderMark(encoding: TextEncodingName): Uint8Array {
  if (encoding === "utf-8") return new Uint8Array([0xef, 0xbb, 0xbf]);
  if (encoding === "utf-16le") return new Uint8Array([0xff, 0xfe]);
  if (encoding === "utf-16be") return new Uint8Array([0xfe, 0xff]);
  return new Uint8Array(0);
}
